#include "AgeHeader.h"

#include <QCoreApplication>

namespace Infradeck {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Infradeck::AgeHeader)
};
constexpr QByteArrayView kIntro = "age-encryption.org/v1\n";
constexpr QByteArrayView kArmorBegin = "-----BEGIN AGE ENCRYPTED FILE-----";
constexpr QByteArrayView kArmorEnd = "-----END AGE ENCRYPTED FILE-----";

QList<QByteArrayView> splitView(QByteArrayView text, char sep)
{
    QList<QByteArrayView> out;
    qsizetype start = 0;
    while (true) {
        const qsizetype i = text.indexOf(sep, start);
        if (i < 0) {
            out.append(text.sliced(start));
            return out;
        }
        out.append(text.sliced(start, i - start));
        start = i + 1;
    }
}

bool isBase64Char(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
}
} // namespace

bool AgeHeader::decodeRawBase64(QByteArrayView text, QByteArray &out)
{
    for (char c : text)
        if (!isBase64Char(c))
            return false;
    if (text.size() % 4 == 1)
        return false;
    out = QByteArray::fromBase64(text.toByteArray());
    // Canonical check: rejects non-zero trailing bits, which Go's Strict decoder refuses too.
    return encodeRawBase64(out) == text;
}

QByteArray AgeHeader::encodeRawBase64(QByteArrayView bytes)
{
    return bytes.toByteArray().toBase64(QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals);
}

Result<AgeHeader> AgeHeader::parse(QByteArrayView file, const QString &source)
{
    AgeHeader header;
    if (!file.startsWith(kIntro)) {
        if (file.startsWith("age-encryption.org/"))
            return Error(Tr::tr("unsupported age format version"), source).at(1).expecting(QStringLiteral("age-encryption.org/v1"));
        return Error(Tr::tr("not an age file: bad header"), source).at(1).expecting(QStringLiteral("age-encryption.org/v1"));
    }
    qsizetype pos = kIntro.size();
    int lineNo = 1;
    auto nextLine = [&](QByteArrayView &line) -> bool {
        const qsizetype nl = file.indexOf('\n', pos);
        if (nl < 0)
            return false;
        line = file.sliced(pos, nl - pos);
        pos = nl + 1;
        ++lineNo;
        return true;
    };
    auto bad = [&](const QString &what) {
        return Error(Tr::tr("bad age header: %1").arg(what), source).at(lineNo);
    };
    QByteArrayView line;
    if (!nextLine(line))
        return bad(Tr::tr("header ends before the MAC line")).expecting(QStringLiteral("-> stanza or ---"));
    while (true) {
        if (line.startsWith("---")) {
            if (!line.startsWith("--- "))
                return bad(Tr::tr("malformed MAC line")).expecting(QStringLiteral("--- <MAC>"));
            if (!decodeRawBase64(line.sliced(4), header.mac) || header.mac.size() != 32)
                return bad(Tr::tr("malformed header MAC")).expecting(Tr::tr("32 bytes of unpadded base64"));
            header.macInput = file.first(pos - qsizetype(line.size()) - 1 + 3).toByteArray();
            header.payloadOffset = pos;
            return header;
        }
        if (!line.startsWith("-> "))
            return bad(Tr::tr("unexpected line")).expecting(QStringLiteral("-> stanza or ---"));
        Stanza stanza;
        const QList<QByteArrayView> parts = splitView(line.sliced(3), ' ');
        for (QByteArrayView p : parts) {
            if (p.isEmpty())
                return bad(Tr::tr("empty stanza argument"));
            for (char c : p)
                if (quint8(c) < 33 || quint8(c) > 126)
                    return bad(Tr::tr("invalid character in stanza argument"));
        }
        stanza.type = parts.first().toByteArray();
        for (qsizetype i = 1; i < parts.size(); ++i)
            stanza.args.append(parts[i].toByteArray());
        while (true) {
            if (!nextLine(line))
                return bad(Tr::tr("header ends inside a stanza body")).expecting(Tr::tr("base64 body lines"));
            QByteArray chunk;
            if (line.size() > 64 || !decodeRawBase64(line, chunk))
                return bad(Tr::tr("malformed stanza body")).expecting(Tr::tr("unpadded base64, at most 64 columns"));
            stanza.body += chunk;
            if (line.size() < 64)
                break;
        }
        header.stanzas.append(std::move(stanza));
        if (!nextLine(line))
            return bad(Tr::tr("header ends before the MAC line")).expecting(QStringLiteral("-> stanza or ---"));
    }
}

Result<QByteArray> AgeHeader::dearmor(QByteArrayView file, bool &wasArmored, const QString &source)
{
    QByteArrayView text = file.trimmed();
    wasArmored = text.startsWith(kArmorBegin);
    if (!wasArmored)
        return file.toByteArray();
    // BEGIN and END may share their dashes in a damaged file ("-----BEGIN …-----END …-----"): check both fit.
    if (!text.endsWith(kArmorEnd) || text.size() < kArmorBegin.size() + kArmorEnd.size())
        return Error(Tr::tr("truncated armored age file: no END line"), source).expecting(QString::fromLatin1(kArmorEnd));
    QByteArrayView body = text.sliced(kArmorBegin.size(), text.size() - kArmorBegin.size() - kArmorEnd.size());
    QByteArray b64;
    b64.reserve(body.size());
    const QList<QByteArrayView> lines = splitView(body, '\n');
    int lineNo = 1;
    qsizetype prevLen = 64;
    for (QByteArrayView l : lines) {
        ++lineNo;
        if (l.endsWith('\r'))
            l.chop(1);
        if (l.isEmpty())
            continue;
        if (l.size() > 64 || prevLen != 64)
            return Error(Tr::tr("bad armor: line length"), source).at(lineNo).expecting(Tr::tr("64-column base64 lines"));
        for (char c : l)
            if (!isBase64Char(c) && c != '=')
                return Error(Tr::tr("bad armor: invalid base64"), source).at(lineNo);
        prevLen = l.size();
        b64 += l;
    }
    if (b64.size() % 4 != 0)
        return Error(Tr::tr("bad armor: base64 length is not a multiple of 4"), source);
    auto decoded = QByteArray::fromBase64Encoding(b64, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return Error(Tr::tr("bad armor: invalid base64"), source);
    return *decoded;
}

QByteArray AgeHeader::armor(QByteArrayView binary)
{
    const QByteArray b64 = binary.toByteArray().toBase64();
    QByteArray out;
    out.reserve(b64.size() + b64.size() / 64 + 80);
    out += kArmorBegin;
    out += '\n';
    for (qsizetype i = 0; i < b64.size(); i += 64) {
        out += QByteArrayView(b64).sliced(i, std::min<qsizetype>(64, b64.size() - i));
        out += '\n';
    }
    out += kArmorEnd;
    out += '\n';
    return out;
}

} // namespace Infradeck
