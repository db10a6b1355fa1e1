// Bech32 (BIP 173 checksum, no length limit) as used by age for `age1…` and `AGE-SECRET-KEY-1…`.
#pragma once

#include "common/Error.h"
#include "common/SecureBytes.h"

#include <QByteArray>
#include <QByteArrayView>

namespace Infradeck {

class Bech32
{
public:
    struct Decoded
    {
        QByteArray hrp;   // lower case
        SecureBytes data; // 8-bit payload (may be a secret key)
    };

    // Lower-case encoding of hrp + data; the caller upper-cases it when needed (age secret keys).
    static SecureBytes encode(QByteArrayView hrp, QByteArrayView data);
    // Accepts all-lower or all-upper input; rejects mixed case, bad characters, bad checksum and bad padding.
    static Result<Decoded> decode(QByteArrayView text);
};

} // namespace Infradeck
