// An age X25519 recipient (`age1…`): the public key a file key is wrapped to.
#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QString>

namespace Infradeck {

class AgeRecipient
{
public:
    AgeRecipient() = default;
    static Result<AgeRecipient> parse(const QString &text);
    static AgeRecipient fromPublicKey(const QByteArray &publicKey);

    bool isValid() const { return m_publicKey.size() == 32; }
    const QByteArray &publicKey() const { return m_publicKey; }
    QString toString() const; // age1…
    bool operator==(const AgeRecipient &other) const { return m_publicKey == other.m_publicKey; }

private:
    QByteArray m_publicKey;
};

} // namespace Infradeck
