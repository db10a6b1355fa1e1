#include "AgeIdentity.h"

#include "Bech32.h"
#include "secrets/Crypto.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>

namespace Infradeck {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Infradeck::AgeIdentity)
};
constexpr QByteArrayView kX25519Label = "age-encryption.org/v1/X25519";
} // namespace

Result<AgeIdentity> AgeIdentity::parse(QByteArrayView input)
{
    const QByteArrayView text = input.trimmed();
    if (!text.startsWith("AGE-SECRET-KEY-1") && !text.startsWith("age-secret-key-1"))
        return Error(Tr::tr("not an age secret key")).expecting(QStringLiteral("AGE-SECRET-KEY-1…"));
    auto decoded = Bech32::decode(text);
    if (!decoded)
        return Error(Tr::tr("invalid age secret key: %1").arg(decoded.error().message));
    if (decoded->hrp != "age-secret-key-")
        return Error(Tr::tr("invalid age secret key: wrong prefix"));
    if (decoded->data.size() != 32)
        return Error(Tr::tr("invalid age secret key: %1 bytes of key data").arg(decoded->data.size())).expecting(Tr::tr("32 bytes"));
    AgeIdentity id;
    id.m_secret = std::move(decoded->data);
    return id;
}

AgeIdentity AgeIdentity::generate()
{
    AgeIdentity id;
    id.m_secret = Crypto::randomBytes(32);
    return id;
}

Result<QList<AgeIdentity>> AgeIdentity::parseKeyFile(QByteArrayView contents, const QString &source)
{
    QList<AgeIdentity> ids;
    int lineNo = 0;
    qsizetype pos = 0;
    while (pos < contents.size()) {
        qsizetype nl = contents.indexOf('\n', pos);
        if (nl < 0)
            nl = contents.size();
        ++lineNo;
        QByteArrayView line = contents.sliced(pos, nl - pos);
        pos = nl + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        auto id = parse(line);
        if (!id) // the message never contains the key itself
            return Error(Tr::tr("invalid identity on line %1: %2").arg(lineNo).arg(id.error().message), source)
                .at(lineNo).expecting(Tr::tr("AGE-SECRET-KEY-1… or a # comment"));
        ids.append(std::move(id.value()));
    }
    if (ids.isEmpty())
        return Error(Tr::tr("no age identities found"), source).expecting(Tr::tr("at least one AGE-SECRET-KEY-1… line"));
    return ids;
}

Result<QList<AgeIdentity>> AgeIdentity::loadKeyFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(Tr::tr("cannot open identity file: %1").arg(f.errorString()), path);
    QByteArray raw = f.readAll();
    auto result = parseKeyFile(raw, path);
    SecureBytes::wipe(raw);
    return result;
}

AgeRecipient AgeIdentity::recipient() const
{
    return AgeRecipient::fromPublicKey(Crypto::x25519PublicKey(m_secret));
}

SecureBytes AgeIdentity::toSecretString() const
{
    SecureBytes s = Bech32::encode("age-secret-key-", m_secret.view());
    for (std::size_t i = 0; i < s.size(); ++i)
        if (s.data()[i] >= 'a' && s.data()[i] <= 'z')
            s.data()[i] = char(s.data()[i] - 32);
    return s;
}

SecureBytes AgeIdentity::keyFileContents() const
{
    SecureBytes out;
    out.append("# created: ");
    out.append(QDateTime::currentDateTime().toOffsetFromUtc(QDateTime::currentDateTime().offsetFromUtc())
                   .toString(Qt::ISODate).toLatin1());
    out.append("\n# public key: ");
    out.append(recipient().toString().toLatin1());
    out.append("\n");
    out.append(toSecretString().view());
    out.append("\n");
    return out;
}

SecureBytes AgeIdentity::unwrapX25519(QByteArrayView share, QByteArrayView wrapped) const
{
    if (!isValid() || share.size() != 32 || wrapped.size() != 32)
        return {};
    SecureBytes shared;
    if (!Crypto::x25519(m_secret, share, shared))
        return {};
    QByteArray salt = share.toByteArray() + Crypto::x25519PublicKey(m_secret);
    const SecureBytes wrapKey = Crypto::hkdfSha256(shared.view(), salt, kX25519Label, 32);
    SecureBytes fileKey;
    if (!Crypto::chachaOpen(wrapKey, QByteArray(12, '\0'), wrapped, fileKey) || fileKey.size() != 16)
        return {};
    return fileKey;
}

} // namespace Infradeck
