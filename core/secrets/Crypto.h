// Thin wrappers over OpenSSL 3 EVP for the primitives age and SOPS need; keys and plaintexts stay in SecureBytes.
#pragma once

#include "common/SecureBytes.h"

#include <QByteArray>
#include <QByteArrayView>

namespace Infradeck {

class Crypto
{
public:
    static SecureBytes randomBytes(std::size_t size);
    static QByteArray randomPublicBytes(std::size_t size); // nonces, IVs, ephemeral shares

    // X25519. Returns false for a low-order point (all-zero shared secret) or a bad length.
    static bool x25519(const SecureBytes &scalar, QByteArrayView point, SecureBytes &shared);
    static QByteArray x25519PublicKey(const SecureBytes &scalar); // empty on failure

    static SecureBytes hkdfSha256(QByteArrayView ikm, QByteArrayView salt, QByteArrayView info, std::size_t length);

    // ChaCha20-Poly1305 (IETF, 12-byte nonce). Output/input is ciphertext followed by the 16-byte tag.
    static QByteArray chachaSeal(const SecureBytes &key, QByteArrayView nonce, QByteArrayView plaintext);
    static bool chachaOpen(const SecureBytes &key, QByteArrayView nonce, QByteArrayView sealed, SecureBytes &plaintext);

    // AES-256-GCM with any IV length (SOPS uses 32 bytes) and a 16-byte tag.
    static bool aesGcmSeal(const SecureBytes &key, QByteArrayView iv, QByteArrayView plaintext, QByteArrayView aad,
                           QByteArray &ciphertext, QByteArray &tag);
    static bool aesGcmOpen(const SecureBytes &key, QByteArrayView iv, QByteArrayView ciphertext, QByteArrayView tag,
                           QByteArrayView aad, SecureBytes &plaintext);

    static QByteArray sha512(QByteArrayView data);
    static QByteArray hmacSha256(QByteArrayView key, QByteArrayView data);
    static bool constantTimeEquals(QByteArrayView a, QByteArrayView b);
};

} // namespace Infradeck
