#include "Age.h"

#include "AgeHeader.h"
#include "secrets/Crypto.h"

#include <QCoreApplication>

#include <cstring>

namespace Infradeck {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Infradeck::Age)
};

QByteArray streamNonce(quint64 counter, bool last)
{
    QByteArray nonce(12, '\0');
    for (int i = 0; i < 8; ++i)
        nonce[10 - i] = char((counter >> (8 * i)) & 0xff);
    nonce[11] = last ? '\x01' : '\0';
    return nonce;
}

QByteArray headerMac(const SecureBytes &fileKey, QByteArrayView macInput)
{
    const SecureBytes hmacKey = Crypto::hkdfSha256(fileKey.view(), {}, "header", 32);
    return Crypto::hmacSha256(hmacKey.view(), macInput);
}
} // namespace

Result<SecureBytes> Age::decrypt(QByteArrayView input, const QList<AgeIdentity> &identities, const QString &source)
{
    bool armored = false;
    auto binary = AgeHeader::dearmor(input, armored, source);
    if (!binary)
        return binary.error();
    const QByteArray &file = binary.value();
    auto header = AgeHeader::parse(file, source);
    if (!header)
        return header.error();

    SecureBytes fileKey;
    int x25519Stanzas = 0;
    for (const AgeHeader::Stanza &stanza : header->stanzas) {
        if (stanza.type != "X25519")
            continue;
        ++x25519Stanzas;
        QByteArray share;
        if (stanza.args.size() != 1 || !AgeHeader::decodeRawBase64(stanza.args.first(), share) || share.size() != 32
            || stanza.body.size() != 32)
            return Error(Tr::tr("bad age header: invalid X25519 stanza"), source)
                .expecting(Tr::tr("one 32-byte share argument and a 32-byte body"));
        for (const AgeIdentity &id : identities) {
            fileKey = id.unwrapX25519(share, stanza.body);
            if (!fileKey.isEmpty())
                break;
        }
        if (!fileKey.isEmpty())
            break;
    }
    if (fileKey.isEmpty())
        return Error(x25519Stanzas ? Tr::tr("no identity matches any recipient stanza")
                                   : Tr::tr("no identity matches any recipient stanza (the file has no X25519 recipients)"),
                     source);

    if (!Crypto::constantTimeEquals(headerMac(fileKey, header->macInput), header->mac))
        return Error(Tr::tr("bad age header MAC: the header was modified"), source);

    QByteArrayView payload = QByteArrayView(file).sliced(header->payloadOffset);
    if (payload.size() < 16)
        return Error(Tr::tr("truncated age payload: missing nonce"), source).atOffset(header->payloadOffset);
    const SecureBytes key = Crypto::hkdfSha256(fileKey.view(), payload.first(16), "payload", 32);
    QByteArrayView data = payload.sliced(16);
    if (data.size() < 16)
        return Error(Tr::tr("truncated age payload: no data chunk"), source).atOffset(header->payloadOffset + 16);

    constexpr qsizetype encChunk = ChunkSize + 16;
    SecureBytes out(std::size_t(data.size()));
    std::size_t written = 0;
    quint64 counter = 0;
    qsizetype pos = 0;
    while (pos < data.size()) {
        const qsizetype remaining = data.size() - pos;
        if (remaining < 16)
            return Error(Tr::tr("truncated age payload"), source).atOffset(header->payloadOffset + 16 + pos);
        const bool last = remaining <= encChunk;
        const qsizetype len = last ? remaining : encChunk;
        SecureBytes chunk;
        if (!Crypto::chachaOpen(key, streamNonce(counter, last), data.sliced(pos, len), chunk))
            return Error(last ? Tr::tr("age payload failed authentication: truncated or modified")
                              : Tr::tr("age payload failed authentication: modified"),
                         source).atOffset(header->payloadOffset + 16 + pos);
        if (last && chunk.isEmpty() && counter > 0)
            return Error(Tr::tr("malformed age payload: empty last chunk"), source);
        if (!chunk.isEmpty())
            std::memcpy(out.data() + written, chunk.data(), chunk.size());
        written += chunk.size();
        pos += len;
        ++counter;
    }
    out.resize(written);
    return out;
}

Result<QByteArray> Age::encrypt(QByteArrayView plaintext, const QList<AgeRecipient> &recipients, bool armored)
{
    if (recipients.isEmpty())
        return Error(Tr::tr("no age recipients given"));
    const SecureBytes fileKey = Crypto::randomBytes(16);
    QByteArray header = "age-encryption.org/v1\n";
    for (const AgeRecipient &r : recipients) {
        if (!r.isValid())
            return Error(Tr::tr("invalid age recipient"));
        const SecureBytes ephemeral = Crypto::randomBytes(32);
        const QByteArray share = Crypto::x25519PublicKey(ephemeral);
        SecureBytes shared;
        if (share.isEmpty() || !Crypto::x25519(ephemeral, r.publicKey(), shared))
            return Error(Tr::tr("invalid age recipient %1: low-order point").arg(r.toString()));
        const SecureBytes wrapKey = Crypto::hkdfSha256(shared.view(), QByteArray(share + r.publicKey()), "age-encryption.org/v1/X25519", 32);
        const QByteArray body = Crypto::chachaSeal(wrapKey, QByteArray(12, '\0'), fileKey.view());
        header += "-> X25519 " + AgeHeader::encodeRawBase64(share) + '\n';
        const QByteArray b64 = AgeHeader::encodeRawBase64(body);
        for (qsizetype i = 0; i <= b64.size(); i += 64) // a body of exactly 64·n columns ends with an empty line
            header += QByteArrayView(b64).sliced(i, std::min<qsizetype>(64, b64.size() - i)).toByteArray() + '\n';
    }
    header += "---";
    header += ' ' + AgeHeader::encodeRawBase64(headerMac(fileKey, header)) + '\n';

    const QByteArray nonce = Crypto::randomPublicBytes(16);
    const SecureBytes key = Crypto::hkdfSha256(fileKey.view(), nonce, "payload", 32);
    QByteArray out = header + nonce;
    const qsizetype chunks = std::max<qsizetype>(1, (plaintext.size() + ChunkSize - 1) / ChunkSize);
    out.reserve(out.size() + plaintext.size() + chunks * 16);
    for (qsizetype i = 0; i < chunks; ++i) {
        const qsizetype off = i * ChunkSize;
        const qsizetype len = std::min<qsizetype>(ChunkSize, plaintext.size() - off);
        out += Crypto::chachaSeal(key, streamNonce(quint64(i), i == chunks - 1), plaintext.sliced(off, len));
    }
    return armored ? AgeHeader::armor(out) : out;
}

} // namespace Infradeck
