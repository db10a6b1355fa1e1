// age v1 (age-encryption.org/v1) file encryption with X25519 recipients, binary or ASCII-armored.
#pragma once

#include "AgeIdentity.h"
#include "AgeRecipient.h"

#include "common/Error.h"
#include "common/SecureBytes.h"

#include <QByteArray>
#include <QList>

namespace Infradeck {

class Age
{
public:
    static constexpr qsizetype ChunkSize = 64 * 1024;

    // Decrypts a binary or armored file. Errors: bad header, no matching identity, bad header MAC,
    // truncated or tampered payload. Stanzas of other types (scrypt, ssh-…) are skipped.
    static Result<SecureBytes> decrypt(QByteArrayView file, const QList<AgeIdentity> &identities,
                                       const QString &source = {});
    static Result<QByteArray> encrypt(QByteArrayView plaintext, const QList<AgeRecipient> &recipients,
                                      bool armored);
};

} // namespace Infradeck
