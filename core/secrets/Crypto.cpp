#include "Crypto.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/kdf.h>
#include <openssl/params.h>
#include <openssl/rand.h>

#include <memory>

namespace Infradeck {

namespace {
struct CipherCtxFree { void operator()(EVP_CIPHER_CTX *c) const { EVP_CIPHER_CTX_free(c); } };
struct PkeyFree { void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); } };
struct PkeyCtxFree { void operator()(EVP_PKEY_CTX *c) const { EVP_PKEY_CTX_free(c); } };
struct KdfFree { void operator()(EVP_KDF *k) const { EVP_KDF_free(k); } };
struct KdfCtxFree { void operator()(EVP_KDF_CTX *c) const { EVP_KDF_CTX_free(c); } };
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxFree>;

const unsigned char *u(QByteArrayView v) { return reinterpret_cast<const unsigned char *>(v.data()); }
} // namespace

SecureBytes Crypto::randomBytes(std::size_t size)
{
    SecureBytes out(size);
    if (size && RAND_bytes(out.udata(), int(size)) != 1)
        qFatal("OpenSSL RAND_bytes failed"); // no safe way to continue without randomness
    return out;
}

QByteArray Crypto::randomPublicBytes(std::size_t size)
{
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    if (size && RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), int(size)) != 1)
        qFatal("OpenSSL RAND_bytes failed");
    return out;
}

bool Crypto::x25519(const SecureBytes &scalar, QByteArrayView point, SecureBytes &shared)
{
    if (scalar.size() != 32 || point.size() != 32)
        return false;
    std::unique_ptr<EVP_PKEY, PkeyFree> priv(EVP_PKEY_new_raw_private_key(EVP_PKEY_X25519, nullptr, scalar.udata(), 32));
    std::unique_ptr<EVP_PKEY, PkeyFree> pub(EVP_PKEY_new_raw_public_key(EVP_PKEY_X25519, nullptr, u(point), 32));
    if (!priv || !pub)
        return false;
    std::unique_ptr<EVP_PKEY_CTX, PkeyCtxFree> ctx(EVP_PKEY_CTX_new(priv.get(), nullptr));
    if (!ctx || EVP_PKEY_derive_init(ctx.get()) != 1 || EVP_PKEY_derive_set_peer(ctx.get(), pub.get()) != 1)
        return false;
    shared = SecureBytes(std::size_t(32));
    std::size_t len = 32;
    // OpenSSL refuses an all-zero result (low-order point) itself; check again to be independent of that.
    if (EVP_PKEY_derive(ctx.get(), shared.udata(), &len) != 1 || len != 32)
        return false;
    unsigned char acc = 0;
    for (std::size_t i = 0; i < 32; ++i)
        acc |= shared.udata()[i];
    return acc != 0;
}

QByteArray Crypto::x25519PublicKey(const SecureBytes &scalar)
{
    if (scalar.size() != 32)
        return {};
    std::unique_ptr<EVP_PKEY, PkeyFree> priv(EVP_PKEY_new_raw_private_key(EVP_PKEY_X25519, nullptr, scalar.udata(), 32));
    if (!priv)
        return {};
    QByteArray out(32, Qt::Uninitialized);
    std::size_t len = 32;
    if (EVP_PKEY_get_raw_public_key(priv.get(), reinterpret_cast<unsigned char *>(out.data()), &len) != 1 || len != 32)
        return {};
    return out;
}

SecureBytes Crypto::hkdfSha256(QByteArrayView ikm, QByteArrayView salt, QByteArrayView info, std::size_t length)
{
    std::unique_ptr<EVP_KDF, KdfFree> kdf(EVP_KDF_fetch(nullptr, "HKDF", nullptr));
    std::unique_ptr<EVP_KDF_CTX, KdfCtxFree> ctx(kdf ? EVP_KDF_CTX_new(kdf.get()) : nullptr);
    SecureBytes out(length);
    if (!ctx)
        return {};
    char digest[] = "SHA256";
    OSSL_PARAM params[5];
    int n = 0;
    params[n++] = OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0);
    params[n++] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, const_cast<char *>(ikm.data()), std::size_t(ikm.size()));
    // An empty salt is HashLen zero bytes by RFC 5869, which is OpenSSL's default when none is given.
    if (!salt.isEmpty())
        params[n++] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, const_cast<char *>(salt.data()), std::size_t(salt.size()));
    params[n++] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, const_cast<char *>(info.data()), std::size_t(info.size()));
    params[n] = OSSL_PARAM_construct_end();
    if (EVP_KDF_derive(ctx.get(), out.udata(), length, params) != 1)
        return {};
    return out;
}

QByteArray Crypto::chachaSeal(const SecureBytes &key, QByteArrayView nonce, QByteArrayView plaintext)
{
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    if (!ctx || key.size() != 32 || nonce.size() != 12)
        return {};
    if (EVP_EncryptInit_ex(ctx.get(), EVP_chacha20_poly1305(), nullptr, key.udata(), u(nonce)) != 1)
        return {};
    QByteArray out(plaintext.size() + 16, Qt::Uninitialized);
    auto *o = reinterpret_cast<unsigned char *>(out.data());
    int len = 0;
    if (!plaintext.isEmpty() && EVP_EncryptUpdate(ctx.get(), o, &len, u(plaintext), int(plaintext.size())) != 1)
        return {};
    int fin = 0;
    if (EVP_EncryptFinal_ex(ctx.get(), o + len, &fin) != 1)
        return {};
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_AEAD_GET_TAG, 16, o + plaintext.size()) != 1)
        return {};
    return out;
}

bool Crypto::chachaOpen(const SecureBytes &key, QByteArrayView nonce, QByteArrayView sealed, SecureBytes &plaintext)
{
    if (key.size() != 32 || nonce.size() != 12 || sealed.size() < 16)
        return false;
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_chacha20_poly1305(), nullptr, key.udata(), u(nonce)) != 1)
        return false;
    const qsizetype ctLen = sealed.size() - 16;
    SecureBytes out{std::size_t(ctLen)};
    int len = 0;
    if (ctLen && EVP_DecryptUpdate(ctx.get(), out.udata(), &len, u(sealed), int(ctLen)) != 1)
        return false;
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_AEAD_SET_TAG, 16, const_cast<char *>(sealed.data() + ctLen)) != 1)
        return false;
    int fin = 0;
    if (EVP_DecryptFinal_ex(ctx.get(), out.udata() + len, &fin) != 1)
        return false;
    plaintext = std::move(out);
    return true;
}

bool Crypto::aesGcmSeal(const SecureBytes &key, QByteArrayView iv, QByteArrayView plaintext, QByteArrayView aad,
                        QByteArray &ciphertext, QByteArray &tag)
{
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    if (!ctx || key.size() != 32 || iv.isEmpty())
        return false;
    if (EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, int(iv.size()), nullptr) != 1
        || EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, key.udata(), u(iv)) != 1)
        return false;
    int len = 0;
    if (!aad.isEmpty() && EVP_EncryptUpdate(ctx.get(), nullptr, &len, u(aad), int(aad.size())) != 1)
        return false;
    ciphertext = QByteArray(plaintext.size(), Qt::Uninitialized);
    auto *o = reinterpret_cast<unsigned char *>(ciphertext.data());
    len = 0;
    if (!plaintext.isEmpty() && EVP_EncryptUpdate(ctx.get(), o, &len, u(plaintext), int(plaintext.size())) != 1)
        return false;
    int fin = 0;
    if (EVP_EncryptFinal_ex(ctx.get(), o + len, &fin) != 1)
        return false;
    tag = QByteArray(16, Qt::Uninitialized);
    return EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, 16, tag.data()) == 1;
}

bool Crypto::aesGcmOpen(const SecureBytes &key, QByteArrayView iv, QByteArrayView ciphertext, QByteArrayView tag,
                        QByteArrayView aad, SecureBytes &plaintext)
{
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    if (!ctx || key.size() != 32 || iv.isEmpty() || tag.size() != 16)
        return false;
    if (EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, int(iv.size()), nullptr) != 1
        || EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, key.udata(), u(iv)) != 1)
        return false;
    int len = 0;
    if (!aad.isEmpty() && EVP_DecryptUpdate(ctx.get(), nullptr, &len, u(aad), int(aad.size())) != 1)
        return false;
    SecureBytes out(std::size_t(ciphertext.size()));
    len = 0;
    if (!ciphertext.isEmpty() && EVP_DecryptUpdate(ctx.get(), out.udata(), &len, u(ciphertext), int(ciphertext.size())) != 1)
        return false;
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, 16, const_cast<char *>(tag.data())) != 1)
        return false;
    int fin = 0;
    if (EVP_DecryptFinal_ex(ctx.get(), out.udata() + len, &fin) != 1)
        return false;
    plaintext = std::move(out);
    return true;
}

QByteArray Crypto::sha512(QByteArrayView data)
{
    QByteArray out(64, Qt::Uninitialized);
    unsigned int len = 64;
    EVP_Digest(data.data(), std::size_t(data.size()), reinterpret_cast<unsigned char *>(out.data()), &len, EVP_sha512(), nullptr);
    return out;
}

QByteArray Crypto::hmacSha256(QByteArrayView key, QByteArrayView data)
{
    QByteArray out(32, Qt::Uninitialized);
    unsigned int len = 32;
    HMAC(EVP_sha256(), key.data(), int(key.size()), u(data), std::size_t(data.size()),
         reinterpret_cast<unsigned char *>(out.data()), &len);
    return out;
}

bool Crypto::constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && CRYPTO_memcmp(a.data(), b.data(), std::size_t(a.size())) == 0;
}

} // namespace Infradeck
