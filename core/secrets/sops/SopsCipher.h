// SOPS value encryption: `ENC[AES256_GCM,data:…,iv:…,tag:…,type:…]` with a 32-byte IV, and sops' byte forms of values.
#pragma once

#include "SopsValue.h"

#include "common/Error.h"

namespace Infradeck {

class SopsCipher
{
public:
    struct Parts
    {
        QByteArray data, iv, tag;
        SopsValue::Type type = SopsValue::Type::Str;
    };

    static bool looksEncrypted(QByteArrayView text); // starts with "ENC[AES256_GCM," and ends with ']'
    static Result<Parts> parse(QByteArrayView text);
    // Decrypts into a value (type from the tag). aad = "key1:key2:" (list indices excluded).
    static Result<SopsValue> decrypt(QByteArrayView text, const SecureBytes &key, QByteArrayView aad);
    // Encrypts value.plain in sops' byte form with a fresh IV; returns the ENC[...] text.
    static QByteArray encrypt(const SopsValue &value, const SecureBytes &key, QByteArrayView aad);
    static QByteArray encryptBytes(QByteArrayView plain, SopsValue::Type type, const SecureBytes &key, QByteArrayView aad);

    // The bytes sops hashes and encrypts for a value (Go's ToBytes): strings as-is, ints in decimal,
    // floats as strconv.FormatFloat(f, 'f', -1, 64), booleans True/False.
    static SecureBytes canonicalBytes(const SopsValue &value);
    static QByteArray formatFloat(double value);
};

} // namespace Infradeck
