#include "Bech32.h"

#include <QCoreApplication>

#include <vector>

namespace Infradeck {

namespace {
constexpr char kCharset[] = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

quint32 polymod(const std::vector<quint8> &values)
{
    static constexpr quint32 gen[5] = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
    quint32 chk = 1;
    for (quint8 v : values) {
        const quint32 top = chk >> 25;
        chk = ((chk & 0x1ffffff) << 5) ^ v;
        for (int i = 0; i < 5; ++i)
            if ((top >> i) & 1)
                chk ^= gen[i];
    }
    return chk;
}

std::vector<quint8> hrpExpand(QByteArrayView hrp)
{
    std::vector<quint8> out;
    out.reserve(std::size_t(hrp.size()) * 2 + 1);
    for (char c : hrp)
        out.push_back(quint8(c) >> 5);
    out.push_back(0);
    for (char c : hrp)
        out.push_back(quint8(c) & 31);
    return out;
}

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Infradeck::Bech32)
};
} // namespace

SecureBytes Bech32::encode(QByteArrayView hrp, QByteArrayView data)
{
    std::vector<quint8> five;
    quint32 acc = 0;
    int bits = 0;
    for (char c : data) {
        acc = (acc << 8) | quint8(c);
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            five.push_back((acc >> bits) & 31);
        }
    }
    if (bits > 0)
        five.push_back((acc << (5 - bits)) & 31);
    std::vector<quint8> values = hrpExpand(hrp);
    values.insert(values.end(), five.begin(), five.end());
    values.insert(values.end(), 6, 0);
    const quint32 mod = polymod(values) ^ 1;
    SecureBytes out;
    out.append(hrp);
    out.append("1");
    for (quint8 v : five)
        out.append(QByteArrayView(&kCharset[v], 1));
    for (int i = 0; i < 6; ++i)
        out.append(QByteArrayView(&kCharset[(mod >> (5 * (5 - i))) & 31], 1));
    SecureBytes::wipe(five.data(), five.size());
    SecureBytes::wipe(values.data(), values.size());
    acc = 0;
    return out;
}

Result<Bech32::Decoded> Bech32::decode(QByteArrayView text)
{
    bool lower = false, upper = false;
    for (char c : text) {
        if (quint8(c) < 33 || quint8(c) > 126)
            return Error(Tr::tr("invalid character in Bech32 string")).expecting(Tr::tr("printable ASCII"));
        lower |= (c >= 'a' && c <= 'z');
        upper |= (c >= 'A' && c <= 'Z');
    }
    if (lower && upper)
        return Error(Tr::tr("mixed-case Bech32 string")).expecting(Tr::tr("all lower case or all upper case"));
    const qsizetype sep = text.lastIndexOf('1');
    if (sep < 1 || sep + 7 > text.size())
        return Error(Tr::tr("malformed Bech32 string: separator '1' or checksum missing"));
    Decoded result;
    result.hrp = text.first(sep).toByteArray().toLower();
    std::vector<quint8> values = hrpExpand(result.hrp);
    std::vector<quint8> five;
    for (qsizetype i = sep + 1; i < text.size(); ++i) {
        const char c = char(text[i] >= 'A' && text[i] <= 'Z' ? text[i] + 32 : text[i]);
        const char *p = std::char_traits<char>::find(kCharset, 32, c);
        if (!p)
            return Error(Tr::tr("invalid Bech32 character '%1'").arg(QLatin1Char(c))).atOffset(i);
        values.push_back(quint8(p - kCharset));
        five.push_back(quint8(p - kCharset));
    }
    const bool checksumOk = polymod(values) == 1;
    SecureBytes::wipe(values.data(), values.size());
    if (!checksumOk) {
        SecureBytes::wipe(five.data(), five.size());
        return Error(Tr::tr("Bech32 checksum mismatch (mistyped key?)"));
    }
    five.resize(five.size() - 6);
    quint32 acc = 0;
    int bits = 0;
    SecureBytes out;
    out.resize(five.size() * 5 / 8);
    std::size_t n = 0;
    for (quint8 v : five) {
        acc = (acc << 5) | v;
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            out.udata()[n++] = quint8((acc >> bits) & 0xff);
        }
    }
    const bool padOk = bits < 5 && (acc & ((1u << bits) - 1)) == 0;
    SecureBytes::wipe(five.data(), five.size());
    acc = 0;
    if (!padOk)
        return Error(Tr::tr("invalid Bech32 padding"));
    out.resize(n);
    result.data = std::move(out);
    return result;
}

} // namespace Infradeck
