// An age X25519 identity (`AGE-SECRET-KEY-1…`): the secret scalar, kept in a wiped buffer.
#pragma once

#include "AgeRecipient.h"

#include "common/Error.h"
#include "common/SecureBytes.h"

#include <QList>

namespace Infradeck {

class AgeIdentity
{
public:
    AgeIdentity() = default;
    static Result<AgeIdentity> parse(QByteArrayView text);
    static AgeIdentity generate();
    // A key file as age-keygen writes it: `#` comments, blank lines, one or more AGE-SECRET-KEY-1 lines.
    static Result<QList<AgeIdentity>> parseKeyFile(QByteArrayView contents, const QString &source = {});
    static Result<QList<AgeIdentity>> loadKeyFile(const QString &path);

    bool isValid() const { return m_secret.size() == 32; }
    AgeRecipient recipient() const;
    SecureBytes toSecretString() const; // AGE-SECRET-KEY-1… (upper case)
    SecureBytes keyFileContents() const; // "# created: …\n# public key: …\nAGE-SECRET-KEY-1…\n"

    // Unwraps an X25519 stanza: args = [ephemeral share], body = wrapped file key. Empty when it is not ours.
    SecureBytes unwrapX25519(QByteArrayView ephemeralShare, QByteArrayView wrappedKey) const;

private:
    SecureBytes m_secret;
};

} // namespace Infradeck
