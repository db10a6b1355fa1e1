// One leaf of a SOPS document: its type, its plaintext (wiped buffer) and, when it came from a file, its ciphertext.
#pragma once

#include "common/SecureBytes.h"

#include <QByteArray>
#include <QString>

namespace Infradeck {

class SopsValue
{
public:
    enum class Type { Str, Int, Float, Bool, Bytes, Comment, Null };

    SopsValue() = default;
    SopsValue(Type type, SecureBytes plain) : type(type), plain(std::move(plain)), hasPlain(true) {}
    static SopsValue string(QByteArrayView text) { return SopsValue(Type::Str, SecureBytes(text)); }

    static QString typeName(Type type); // sops' names: str, int, float, bool, bytes, comment
    static bool typeFromName(QByteArrayView name, Type &type);

    Type type = Type::Str;
    // The value as text: strings and bytes as-is, bool "True"/"False" (any case accepted on input),
    // numbers as written. Valid when hasPlain.
    SecureBytes plain;
    bool hasPlain = false;
    QByteArray ciphertext; // "ENC[AES256_GCM,…]" as stored; empty for cleartext values and edited ones
    bool dirty = false;    // edited since load: re-encrypted on save, unchanged ones keep ciphertext

    bool isEncrypted() const { return !ciphertext.isEmpty(); }
};

} // namespace Infradeck
