#include "AgeRecipient.h"

#include "Bech32.h"

#include <QCoreApplication>

namespace Infradeck {

Result<AgeRecipient> AgeRecipient::parse(const QString &input)
{
    const QString text = input.trimmed();
    auto tr = [](const char *s) { return QCoreApplication::translate("Infradeck::AgeRecipient", s); };
    if (!text.startsWith(QLatin1String("age1"), Qt::CaseInsensitive))
        return Error(tr("'%1' is not an age recipient").arg(text.left(80))).expecting(QStringLiteral("age1…"));
    auto decoded = Bech32::decode(text.toLatin1());
    if (!decoded)
        return Error(tr("invalid age recipient: %1").arg(decoded.error().message)).expecting(QStringLiteral("age1…"));
    if (decoded->hrp != "age")
        return Error(tr("invalid age recipient: wrong prefix")).expecting(QStringLiteral("age1…"));
    if (decoded->data.size() != 32)
        return Error(tr("invalid age recipient: %1 bytes of key data").arg(decoded->data.size()))
            .expecting(tr("32 bytes"));
    return fromPublicKey(decoded->data.toByteArrayUnsafe());
}

AgeRecipient AgeRecipient::fromPublicKey(const QByteArray &publicKey)
{
    AgeRecipient r;
    r.m_publicKey = publicKey;
    return r;
}

QString AgeRecipient::toString() const
{
    if (!isValid())
        return {};
    const SecureBytes s = Bech32::encode("age", m_publicKey);
    return QString::fromLatin1(s.view());
}

} // namespace Infradeck
