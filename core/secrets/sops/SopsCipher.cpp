#include "SopsCipher.h"

#include "secrets/Crypto.h"

#include <QCoreApplication>

#include <charconv>
#include <cmath>

namespace Infradeck {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Infradeck::SopsCipher)
};
constexpr QByteArrayView kPrefix = "ENC[AES256_GCM,";
} // namespace

bool SopsCipher::looksEncrypted(QByteArrayView text)
{
    return text.startsWith(kPrefix) && text.endsWith(']');
}

Result<SopsCipher::Parts> SopsCipher::parse(QByteArrayView text)
{
    if (!looksEncrypted(text))
        return Error(Tr::tr("not a SOPS encrypted value")).expecting(QStringLiteral("ENC[AES256_GCM,data:…,iv:…,tag:…,type:…]"));
    const QByteArrayView body = text.sliced(kPrefix.size(), text.size() - kPrefix.size() - 1);
    Parts parts;
    bool haveData = false, haveIv = false, haveTag = false, haveType = false;
    qsizetype start = 0;
    while (start <= body.size()) {
        qsizetype comma = body.indexOf(',', start);
        if (comma < 0)
            comma = body.size();
        const QByteArrayView field = body.sliced(start, comma - start);
        start = comma + 1;
        const qsizetype colon = field.indexOf(':');
        if (colon < 0)
            return Error(Tr::tr("malformed SOPS encrypted value: field without ':'"));
        const QByteArrayView name = field.first(colon);
        const QByteArrayView val = field.sliced(colon + 1);
        auto b64 = [&](QByteArray &out) {
            auto r = QByteArray::fromBase64Encoding(val.toByteArray(), QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
            if (!r)
                return false;
            out = *r;
            return true;
        };
        if (name == "data") {
            if (!b64(parts.data))
                return Error(Tr::tr("malformed SOPS encrypted value: bad base64 in data"));
            haveData = true;
        } else if (name == "iv") {
            if (!b64(parts.iv) || parts.iv.isEmpty())
                return Error(Tr::tr("malformed SOPS encrypted value: bad iv"));
            haveIv = true;
        } else if (name == "tag") {
            if (!b64(parts.tag) || parts.tag.size() != 16)
                return Error(Tr::tr("malformed SOPS encrypted value: bad tag")).expecting(Tr::tr("16 bytes"));
            haveTag = true;
        } else if (name == "type") {
            if (!SopsValue::typeFromName(val, parts.type))
                return Error(Tr::tr("unknown SOPS value type '%1'").arg(QString::fromUtf8(val)))
                    .expecting(QStringLiteral("str, int, float, bool, bytes or comment"));
            haveType = true;
        }
    }
    if (!haveData || !haveIv || !haveTag || !haveType)
        return Error(Tr::tr("malformed SOPS encrypted value: missing field")).expecting(QStringLiteral("data, iv, tag and type"));
    return parts;
}

Result<SopsValue> SopsCipher::decrypt(QByteArrayView text, const SecureBytes &key, QByteArrayView aad)
{
    auto parts = parse(text);
    if (!parts)
        return parts.error();
    SecureBytes plain;
    if (!Crypto::aesGcmOpen(key, parts->iv, parts->data, parts->tag, aad, plain))
        return Error(Tr::tr("value failed authentication: wrong data key, or the value or its key path was modified"));
    SopsValue v(parts->type, std::move(plain));
    v.ciphertext = text.toByteArray();
    return v;
}

QByteArray SopsCipher::encryptBytes(QByteArrayView plain, SopsValue::Type type, const SecureBytes &key, QByteArrayView aad)
{
    const QByteArray iv = Crypto::randomPublicBytes(32);
    QByteArray ct, tag;
    if (!Crypto::aesGcmSeal(key, iv, plain, aad, ct, tag))
        return {};
    QByteArray out;
    out.reserve(ct.size() * 4 / 3 + 120);
    out += kPrefix;
    out += "data:" + ct.toBase64() + ",iv:" + iv.toBase64() + ",tag:" + tag.toBase64() + ",type:"
        + SopsValue::typeName(type).toLatin1() + ']';
    return out;
}

QByteArray SopsCipher::encrypt(const SopsValue &value, const SecureBytes &key, QByteArrayView aad)
{
    const SecureBytes bytes = canonicalBytes(value);
    return encryptBytes(bytes.view(), value.type, key, aad);
}

QByteArray SopsCipher::formatFloat(double value)
{
    if (std::isnan(value))
        return "NaN";
    if (std::isinf(value))
        return value > 0 ? "+Inf" : "-Inf";
    char buf[400];
    auto res = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::fixed);
    return QByteArray(buf, res.ptr - buf);
}

SecureBytes SopsCipher::canonicalBytes(const SopsValue &value)
{
    const QByteArrayView text = value.plain.view();
    switch (value.type) {
    case SopsValue::Type::Bool: {
        const QByteArray lower = text.toByteArray().toLower();
        if (lower == "true" || lower == "1" || lower == "t")
            return SecureBytes(QByteArrayView("True"));
        if (lower == "false" || lower == "0" || lower == "f")
            return SecureBytes(QByteArrayView("False"));
        return value.plain;
    }
    case SopsValue::Type::Int: {
        bool ok = false;
        const qlonglong n = text.toByteArray().toLongLong(&ok);
        return ok ? SecureBytes(QByteArray::number(n)) : value.plain;
    }
    case SopsValue::Type::Float: {
        double d = 0;
        const auto res = std::from_chars(text.data(), text.data() + text.size(), d);
        if (res.ec != std::errc() || res.ptr != text.data() + text.size())
            return value.plain;
        return SecureBytes(formatFloat(d));
    }
    case SopsValue::Type::Null:
        return {};
    default:
        return value.plain;
    }
}

} // namespace Infradeck
