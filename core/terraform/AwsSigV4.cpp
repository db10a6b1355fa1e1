#include "AwsSigV4.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QTimeZone>

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <algorithm>

namespace Infradeck {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AwsSigV4)
};

SecureBytes hmac(QByteArrayView key, QByteArrayView data)
{
    SecureBytes out(32);
    unsigned int len = 32;
    HMAC(EVP_sha256(), key.data(), int(key.size()), reinterpret_cast<const unsigned char *>(data.data()), std::size_t(data.size()),
         out.udata(), &len);
    return out;
}

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == '~';
}

QByteArray collapseSpaces(QByteArrayView value)
{
    QByteArray out;
    out.reserve(value.size());
    bool space = false;
    for (char c : value.trimmed()) {
        if (c == ' ' || c == '\t') {
            space = true;
            continue;
        }
        if (space && !out.isEmpty())
            out += ' ';
        space = false;
        out += c;
    }
    return out;
}

} // namespace

Result<AwsSigV4::Credentials> AwsSigV4::Credentials::parse(const SecureBytes &value, const QString &source)
{
    const QByteArrayView v = value.view();
    const qsizetype colon = v.indexOf(':');
    const QString expected = Tr::tr("ACCESS_KEY_ID:SECRET_ACCESS_KEY");
    if (v.isEmpty())
        return Error(Tr::tr("the S3 credentials are empty"), source).expecting(expected);
    if (colon <= 0 || colon == v.size() - 1)
        return Error(Tr::tr("the S3 credentials are not in the form ACCESS_KEY_ID:SECRET_ACCESS_KEY"), source).expecting(expected);
    Credentials c;
    const QByteArrayView id = v.first(colon).trimmed();
    for (char ch : id) {
        if (!isUnreserved(ch) || ch == '~')
            return Error(Tr::tr("the S3 access key id contains characters an access key id cannot have"), source).expecting(expected);
    }
    c.accessKeyId = QString::fromLatin1(id);
    QByteArrayView rest = v.sliced(colon + 1);
    // Secret keys are base64-like (no ':'), so a further ':' starts an STS session token.
    const qsizetype second = rest.indexOf(':');
    QByteArrayView secret = second < 0 ? rest : rest.first(second);
    while (!secret.isEmpty() && (secret.back() == '\n' || secret.back() == '\r' || secret.back() == ' '))
        secret.chop(1);
    if (secret.isEmpty())
        return Error(Tr::tr("the S3 secret access key is empty"), source).expecting(expected);
    c.secretAccessKey = SecureBytes(secret);
    if (second >= 0) {
        QByteArrayView token = rest.sliced(second + 1);
        while (!token.isEmpty() && (token.back() == '\n' || token.back() == '\r' || token.back() == ' '))
            token.chop(1);
        c.sessionToken = SecureBytes(token);
    }
    return c;
}

QByteArray AwsSigV4::amzDate(const QDateTime &time)
{
    return time.toTimeZone(QTimeZone::utc()).toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

QByteArray AwsSigV4::uriEncode(QByteArrayView bytes, bool encodeSlash)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(bytes.size() * 3 / 2);
    for (char c : bytes) {
        if (isUnreserved(c) || (c == '/' && !encodeSlash)) {
            out += c;
        } else {
            const auto b = static_cast<unsigned char>(c);
            out += '%';
            out += hex[b >> 4];
            out += hex[b & 0xf];
        }
    }
    return out;
}

QByteArray AwsSigV4::canonicalUri(QByteArrayView decodedPath)
{
    if (decodedPath.isEmpty())
        return QByteArrayLiteral("/");
    return uriEncode(decodedPath, false);
}

QByteArray AwsSigV4::canonicalQuery(QByteArrayView query)
{
    if (query.isEmpty())
        return {};
    QList<QPair<QByteArray, QByteArray>> params;
    for (const QByteArray &part : query.toByteArray().split('&')) {
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        // '+' in a query means a space to most servers, but S3 reads it literally: decode %XX only.
        const QByteArray name = QByteArray::fromPercentEncoding(eq < 0 ? part : part.left(eq));
        const QByteArray value = eq < 0 ? QByteArray() : QByteArray::fromPercentEncoding(part.mid(eq + 1));
        params.append({uriEncode(name, true), uriEncode(value, true)});
    }
    std::sort(params.begin(), params.end());
    QByteArray out;
    for (const auto &[name, value] : std::as_const(params)) {
        if (!out.isEmpty())
            out += '&';
        out += name + '=' + value;
    }
    return out;
}

QByteArray AwsSigV4::canonicalHeaders(const QList<Header> &headers, QByteArray *signedHeaders)
{
    QList<QPair<QByteArray, QByteArray>> sorted;
    for (const auto &[name, value] : headers) {
        const QByteArray lower = name.trimmed().toLower();
        const QByteArray v = collapseSpaces(value);
        auto it = std::find_if(sorted.begin(), sorted.end(), [&lower](const auto &h) { return h.first == lower; });
        if (it != sorted.end())
            it->second += ',' + v;
        else
            sorted.append({lower, v});
    }
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QByteArray out;
    QByteArray names;
    for (const auto &[name, value] : std::as_const(sorted)) {
        out += name + ':' + value + '\n';
        if (!names.isEmpty())
            names += ';';
        names += name;
    }
    if (signedHeaders)
        *signedHeaders = names;
    return out;
}

QByteArray AwsSigV4::canonicalRequest(const QByteArray &method, const QByteArray &canonicalUri, const QByteArray &canonicalQuery,
                                      const QList<Header> &headers, const QByteArray &payloadHash, QByteArray *signedHeaders)
{
    QByteArray names;
    const QByteArray canonical = canonicalHeaders(headers, &names);
    if (signedHeaders)
        *signedHeaders = names;
    return method + '\n' + canonicalUri + '\n' + canonicalQuery + '\n' + canonical + '\n' + names + '\n' + payloadHash;
}

QByteArray AwsSigV4::stringToSign(const QByteArray &amzDate, const QByteArray &scope, const QByteArray &canonicalRequest)
{
    return QByteArrayLiteral("AWS4-HMAC-SHA256\n") + amzDate + '\n' + scope + '\n' + sha256Hex(canonicalRequest);
}

SecureBytes AwsSigV4::signingKey(const SecureBytes &secretAccessKey, const QByteArray &date, const QString &region,
                                 const QByteArray &service)
{
    SecureBytes seed(QByteArrayView("AWS4"));
    seed.append(secretAccessKey.view());
    const SecureBytes dateKey = hmac(seed.view(), date);
    const SecureBytes regionKey = hmac(dateKey.view(), region.toUtf8());
    const SecureBytes serviceKey = hmac(regionKey.view(), service);
    return hmac(serviceKey.view(), "aws4_request");
}

QByteArray AwsSigV4::signature(const SecureBytes &signingKey, const QByteArray &stringToSign)
{
    // The signature is public (it travels in the header); only the key is secret.
    return hmac(signingKey.view(), stringToSign).view().toByteArray().toHex();
}

QByteArray AwsSigV4::sha256Hex(QByteArrayView data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray AwsSigV4::emptyPayloadHash()
{
    return QByteArrayLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

AwsSigV4::Signed AwsSigV4::sign(const Request &request, const Credentials &credentials, const QString &region, const QDateTime &time,
                                const QByteArray &service)
{
    Signed s;
    const QByteArray date = amzDate(time);
    s.scope = date.left(8) + '/' + region.toUtf8() + '/' + service + QByteArrayLiteral("/aws4_request");

    s.headers.append({QByteArrayLiteral("x-amz-content-sha256"), request.payloadHash});
    s.headers.append({QByteArrayLiteral("x-amz-date"), date});
    if (!credentials.sessionToken.isEmpty())
        s.headers.append({QByteArrayLiteral("x-amz-security-token"), credentials.sessionToken.view().toByteArray()});

    QList<Header> all = request.headers;
    all.append({QByteArrayLiteral("host"), request.host});
    all.append(s.headers);
    s.canonicalRequest = canonicalRequest(request.method, canonicalUri(request.path), canonicalQuery(request.query), all,
                                          request.payloadHash, &s.signedHeaders);
    s.stringToSign = stringToSign(date, s.scope, s.canonicalRequest);
    s.signature = signature(signingKey(credentials.secretAccessKey, date.left(8), region, service), s.stringToSign);
    s.authorization = QByteArrayLiteral("AWS4-HMAC-SHA256 Credential=") + credentials.accessKeyId.toUtf8() + '/' + s.scope +
                      QByteArrayLiteral(",SignedHeaders=") + s.signedHeaders + QByteArrayLiteral(",Signature=") + s.signature;
    s.headers.append({QByteArrayLiteral("Authorization"), s.authorization});
    return s;
}

} // namespace Infradeck
