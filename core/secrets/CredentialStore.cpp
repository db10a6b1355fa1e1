#include "CredentialStore.h"

#include "common/Logging.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>
#include <QSettings>

#include <qt6keychain/keychain.h>

namespace Infradeck {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Secrets)
};

const QString NamesSetting = QStringLiteral("credentials/keys");

bool isUnavailableError(QKeychain::Error error)
{
    // Without a session bus or Secret Service the libsecret backend reports OtherError (7).
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented
        || error == QKeychain::OtherError;
}

bool validPart(const QString &part)
{
    return !part.isEmpty() && !part.contains(QLatin1Char('/'));
}

} // namespace

QString CredentialStore::Key::toString() const
{
    return workspace + QLatin1Char('/') + (environment.isEmpty() ? QString::fromLatin1(AnyEnvironment) : environment)
        + QLatin1Char('/') + name;
}

bool CredentialStore::Key::parse(const QString &text, Key &key)
{
    const int first = text.indexOf(QLatin1Char('/'));
    const int second = first < 0 ? -1 : text.indexOf(QLatin1Char('/'), first + 1);
    if (first <= 0 || second <= first + 1 || second == text.size() - 1)
        return false;
    key.workspace = text.left(first);
    key.environment = text.mid(first + 1, second - first - 1);
    key.name = text.mid(second + 1);
    return true;
}

CredentialStore::CredentialStore(QObject *parent, QSettings *settings)
    : QObject(parent), m_settings(settings)
{
    if (!m_settings) {
        m_settings = new QSettings();
        m_ownsSettings = true;
    }
}

CredentialStore::~CredentialStore()
{
    if (m_ownsSettings)
        delete m_settings;
}

QString CredentialStore::workspaceId(const QString &workspaceName)
{
    QString id;
    for (const QChar c : workspaceName.toLower()) {
        if (c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('_'))
            id.append(c);
        else if (!id.isEmpty() && !id.endsWith(QLatin1Char('-')))
            id.append(QLatin1Char('-'));
    }
    while (id.endsWith(QLatin1Char('-')))
        id.chop(1);
    return id.isEmpty() ? QStringLiteral("default") : id;
}

QString CredentialStore::unavailableMessage()
{
    return Tr::tr("no keychain available — nothing will be stored, you will be asked for the key each time");
}

QStringList CredentialStore::storedNames() const
{
    return m_settings->value(NamesSetting).toStringList();
}

QList<CredentialStore::Key> CredentialStore::keys(const QString &workspace) const
{
    QList<Key> result;
    for (const QString &text : storedNames()) {
        Key key;
        if (Key::parse(text, key) && (workspace.isEmpty() || key.workspace == workspace))
            result.append(key);
    }
    return result;
}

bool CredentialStore::contains(const Key &key) const
{
    return storedNames().contains(key.toString());
}

void CredentialStore::addName(const Key &key)
{
    QStringList names = storedNames();
    if (names.contains(key.toString()))
        return;
    names.append(key.toString());
    names.sort();
    m_settings->setValue(NamesSetting, names);
    m_settings->sync();
    Q_EMIT keysChanged();
}

void CredentialStore::removeName(const Key &key)
{
    QStringList names = storedNames();
    if (names.removeAll(key.toString()) == 0)
        return;
    m_settings->setValue(NamesSetting, names);
    m_settings->sync();
    Q_EMIT keysChanged();
}

void CredentialStore::startJob(QKeychain::Job *job, std::function<void(QKeychain::Job *)> finished)
{
    // Jobs are not the store's children: deleting a job while libsecret still answers it crashes (qtkeychain
    // issue #261). A job outlives a store destroyed before the answer, deletes itself then and drops the callback.
    job->setAutoDelete(false);
    job->setInsecureFallback(false); // never: on KWallet it would write plaintext
    QPointer<CredentialStore> self(this);
    connect(job, &QKeychain::Job::finished, job, [self, job, finished = std::move(finished)](QKeychain::Job *) {
        if (self)
            finished(job);
        job->deleteLater();
    });
    job->start();
}

Error CredentialStore::jobError(QKeychain::Job *job, const Key &key, const QString &what)
{
    if (isUnavailableError(job->error())) {
        m_available = false;
        qCWarning(lcSecrets) << "keychain unavailable:" << job->errorString();
        Q_EMIT keychainUnavailable(unavailableMessage());
        return Error(unavailableMessage() + QStringLiteral(" (") + job->errorString() + QLatin1Char(')'),
                     key.toString());
    }
    if (job->error() == QKeychain::EntryNotFound)
        return Error(Tr::tr("%1: no such item in the keychain").arg(what), key.toString())
            .expecting(Tr::tr("an item stored under service \"%1\"").arg(QString::fromLatin1(ServiceName)));
    return Error(Tr::tr("%1 failed: %2").arg(what, job->errorString()), key.toString());
}

static Errors invalidKey(const CredentialStore::Key &key)
{
    if (validPart(key.workspace) && validPart(key.environment) && !key.name.isEmpty())
        return {};
    return {Error(Tr::tr("invalid keychain key name"), key.toString())
                .expecting(Tr::tr("WORKSPACE/ENVIRONMENT_OR_*/NAME with no '/' in workspace or environment"))};
}

void CredentialStore::store(const Key &key, const SecureBytes &value, DoneCallback done)
{
    if (Errors bad = invalidKey(key); !bad.isEmpty()) {
        QMetaObject::invokeMethod(this, [done, bad] { done(bad); }, Qt::QueuedConnection);
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(QString::fromLatin1(ServiceName));
    job->setKey(key.toString());
    job->setBinaryData(value.toByteArrayUnsafe());
    startJob(job, [this, key, done](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError) {
            done({jobError(j, key, Tr::tr("storing"))});
            return;
        }
        m_available = true;
        addName(key);
        done({});
    });
}

void CredentialStore::read(const Key &key, ValueCallback done)
{
    if (Errors bad = invalidKey(key); !bad.isEmpty()) {
        QMetaObject::invokeMethod(this, [done, bad] { done(Result<SecureBytes>(bad.first())); }, Qt::QueuedConnection);
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(QString::fromLatin1(ServiceName));
    job->setKey(key.toString());
    startJob(job, [this, key, done](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError) {
            done(Result<SecureBytes>(jobError(j, key, Tr::tr("reading"))));
            return;
        }
        m_available = true;
        QByteArray bytes = static_cast<QKeychain::ReadPasswordJob *>(j)->binaryData();
        SecureBytes value(bytes);
        SecureBytes::wipe(bytes);
        done(Result<SecureBytes>(std::move(value)));
    });
}

void CredentialStore::remove(const Key &key, DoneCallback done)
{
    if (Errors bad = invalidKey(key); !bad.isEmpty()) {
        QMetaObject::invokeMethod(this, [done, bad] { done(bad); }, Qt::QueuedConnection);
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(QString::fromLatin1(ServiceName));
    job->setKey(key.toString());
    startJob(job, [this, key, done](QKeychain::Job *j) {
        // An item already gone from the keychain still leaves the list.
        if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound) {
            done({jobError(j, key, Tr::tr("deleting"))});
            return;
        }
        removeName(key);
        done({});
    });
}

void CredentialStore::rename(const Key &from, const Key &to, DoneCallback done)
{
    if (from == to) {
        QMetaObject::invokeMethod(this, [done] { done({}); }, Qt::QueuedConnection);
        return;
    }
    if (contains(to)) {
        const Errors exists{Error(Tr::tr("a keychain item with this name already exists"), to.toString())};
        QMetaObject::invokeMethod(this, [done, exists] { done(exists); }, Qt::QueuedConnection);
        return;
    }
    // Copy, then delete the old item: a failure half-way leaves the value under at least one name.
    read(from, [this, from, to, done](Result<SecureBytes> value) {
        if (!value) {
            done({value.error()});
            return;
        }
        store(to, value.value(), [this, from, done](Errors errors) {
            if (hasErrors(errors)) {
                done(errors);
                return;
            }
            remove(from, done);
        });
    });
}

void CredentialStore::importIdentityFile(const Key &key, const QString &keyFilePath, RecipientCallback done)
{
    auto ids = AgeIdentity::loadKeyFile(keyFilePath);
    if (!ids) {
        const Error e = ids.error();
        QMetaObject::invokeMethod(this, [done, e] { done(Result<AgeRecipient>(e)); }, Qt::QueuedConnection);
        return;
    }
    SecureBytes contents;
    for (const AgeIdentity &id : ids.value()) {
        contents.append(id.toSecretString().view());
        contents.append("\n");
    }
    const AgeRecipient recipient = ids->first().recipient();
    store(key, contents, [done, recipient](Errors errors) {
        if (hasErrors(errors))
            done(Result<AgeRecipient>(errors.first()));
        else
            done(Result<AgeRecipient>(recipient));
    });
}

void CredentialStore::generateIdentity(const Key &key, RecipientCallback done)
{
    const AgeIdentity id = AgeIdentity::generate();
    const AgeRecipient recipient = id.recipient();
    store(key, id.keyFileContents(), [done, recipient](Errors errors) {
        if (hasErrors(errors))
            done(Result<AgeRecipient>(errors.first()));
        else
            done(Result<AgeRecipient>(recipient));
    });
}

void CredentialStore::readIdentities(const Key &key, IdentitiesCallback done)
{
    read(key, [key, done](Result<SecureBytes> value) {
        if (!value) {
            done(Result<QList<AgeIdentity>>(value.error()));
            return;
        }
        auto ids = AgeIdentity::parseKeyFile(value->view(), key.toString());
        if (!ids) {
            // Never echo the parser's view of the value: only say what is wrong.
            done(Result<QList<AgeIdentity>>(Error(Tr::tr("the keychain item does not hold an age identity"),
                                                  key.toString())
                                                .expecting(Tr::tr("AGE-SECRET-KEY-1… lines"))));
            return;
        }
        done(std::move(ids));
    });
}

} // namespace Infradeck
