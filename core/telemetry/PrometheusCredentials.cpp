#include "PrometheusCredentials.h"

#include "common/SecureBytes.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>

namespace Infradeck {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Infradeck::PrometheusCredentials)
};

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

QByteArrayView trimmed(QByteArrayView v)
{
    while (!v.isEmpty() && isSpace(v.front()))
        v = v.sliced(1);
    while (!v.isEmpty() && isSpace(v.back()))
        v.chop(1);
    return v;
}

bool hasControl(QByteArrayView v)
{
    for (char c : v)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
            return true;
    return false;
}

// v is word (ASCII, case-insensitive) alone or followed by white space.
bool startsWithWord(QByteArrayView v, QByteArrayView word)
{
    if (v.size() < word.size() || (v.size() > word.size() && !isSpace(v[word.size()])))
        return false;
    for (qsizetype i = 0; i < word.size(); ++i)
        if ((v[i] | 0x20) != (word[i] | 0x20)) // ASCII letters, case-insensitive
            return false;
    return true;
}

Error invalid(const QString &source, const QString &what)
{
    return Error(what, source).expecting(Tr::tr("\"Bearer TOKEN\", a bare token, or \"basic USER:PASSWORD\""));
}

} // namespace

std::optional<Error> PrometheusCredentials::apply(QByteArrayView value, const QString &source, PrometheusOptions &options)
{
    const QByteArrayView v = trimmed(value);
    if (v.isEmpty())
        return invalid(source, Tr::tr("the Prometheus credential is empty"));
    if (hasControl(v))
        return invalid(source, Tr::tr("the Prometheus credential contains a line break or another control character"));
    options.bearerToken.clear();
    options.basicUser.clear();
    options.basicPassword.clear();
    if (startsWithWord(v, "basic")) {
        const QByteArrayView pair = trimmed(v.sliced(5)); // "basic" alone: no colon below
        const qsizetype colon = pair.indexOf(':');
        if (colon <= 0)
            return invalid(source, Tr::tr("the Prometheus basic credential has no user name followed by a colon"));
        options.basicUser = QString::fromUtf8(pair.first(colon));
        options.basicPassword = QString::fromUtf8(pair.sliced(colon + 1));
        return std::nullopt;
    }
    QByteArrayView token = v;
    if (startsWithWord(v, "bearer"))
        token = trimmed(v.sliced(6));
    if (token.isEmpty())
        return invalid(source, Tr::tr("the Prometheus credential has no token after \"Bearer\""));
    for (char c : token)
        if (isSpace(c))
            return invalid(source, Tr::tr("the Prometheus token contains a space"));
    options.bearerToken = QString::fromUtf8(token);
    return std::nullopt;
}

std::optional<CredentialStore::Key> PrometheusCredentials::keychainKey(const Workspace &workspace, const Environment &env,
                                                                       const CredentialStore &store)
{
    const QString name = env.tokens.value(QString::fromLatin1(Provider));
    if (name.isEmpty())
        return std::nullopt;
    CredentialStore::Key key;
    key.workspace = CredentialStore::workspaceId(workspace.name());
    key.environment = env.name;
    key.name = name;
    if (!store.contains(key))
        key.environment = QString::fromLatin1(CredentialStore::AnyEnvironment);
    return key;
}

void PrometheusCredentials::load(CredentialStore *store, const CredentialStore::Key &key, PrometheusOptions options,
                                 std::function<void(Result<PrometheusOptions>)> done)
{
    const QString source = QStringLiteral("keychain:") + key.toString();
    store->read(key, [options = std::move(options), source, done = std::move(done)](Result<SecureBytes> value) mutable {
        if (!value) {
            done(Result<PrometheusOptions>(value.error()));
            return;
        }
        if (auto error = apply(value->view(), source, options))
            done(Result<PrometheusOptions>(*error));
        else
            done(Result<PrometheusOptions>(std::move(options)));
    });
}

} // namespace Infradeck
