// AWS Signature Version 4 for S3 requests (header form): canonical request, string to sign, the HMAC-SHA256
// signing-key chain and the Authorization header. S3-compatible stores (OVH, MinIO, Ceph, ...) use the same
// scheme. Pure functions: safe on any thread; the secret and the derived keys stay in SecureBytes.
#pragma once

#include "common/Error.h"
#include "common/SecureBytes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace Infradeck {

class AwsSigV4
{
public:
    using Header = QPair<QByteArray, QByteArray>;

    struct Credentials
    {
        QString accessKeyId;
        SecureBytes secretAccessKey;
        SecureBytes sessionToken; // STS temporary credentials only; empty otherwise

        // The keychain value "ACCESS_KEY_ID:SECRET_ACCESS_KEY" (optionally ":SESSION_TOKEN"). source names the
        // keychain entry in errors; the value itself never appears in a message.
        static Result<Credentials> parse(const SecureBytes &value, const QString &source);
    };

    struct Request
    {
        QByteArray method = "GET";
        QByteArray host;  // the Host header as sent: "bucket.s3.amazonaws.com", "127.0.0.1:9000"
        QByteArray path;  // decoded path, e.g. "/bucket/env:/prod/terraform.tfstate"; encoded once when signing
        QByteArray query; // as in the URL (encoded or not), without '?'
        QList<Header> headers; // further headers to sign (Range, ...)
        QByteArray payloadHash = emptyPayloadHash(); // hex SHA-256 of the body, or "UNSIGNED-PAYLOAD"
    };

    struct Signed
    {
        QByteArray canonicalRequest;
        QByteArray stringToSign;
        QByteArray signedHeaders; // "host;range;x-amz-content-sha256;x-amz-date"
        QByteArray scope;         // "20130524/us-east-1/s3/aws4_request"
        QByteArray signature;     // lower-case hex
        QByteArray authorization; // the Authorization header value
        // What the caller sets on the request besides Host and its own headers: x-amz-date, x-amz-content-sha256,
        // x-amz-security-token (when a session token is used) and Authorization.
        QList<Header> headers;
    };

    static Signed sign(const Request &request, const Credentials &credentials, const QString &region, const QDateTime &time,
                       const QByteArray &service = QByteArrayLiteral("s3"));

    // Building blocks, public for tests and for the S3 test server.
    static QByteArray amzDate(const QDateTime &time); // 20130524T000000Z (UTC)
    // RFC 3986 unreserved characters stay, everything else is %XX (upper-case hex); '/' stays when !encodeSlash.
    static QByteArray uriEncode(QByteArrayView bytes, bool encodeSlash);
    // S3 canonical URI: the decoded path encoded once, '/' kept; empty = "/".
    static QByteArray canonicalUri(QByteArrayView decodedPath);
    // Query parameters decoded, re-encoded, sorted by name then value; "a" becomes "a=".
    static QByteArray canonicalQuery(QByteArrayView query);
    // Lower-case names, trimmed values with inner runs of spaces collapsed, sorted, duplicates joined by ','.
    static QByteArray canonicalHeaders(const QList<Header> &headers, QByteArray *signedHeaders);
    static QByteArray canonicalRequest(const QByteArray &method, const QByteArray &canonicalUri, const QByteArray &canonicalQuery,
                                       const QList<Header> &headers, const QByteArray &payloadHash, QByteArray *signedHeaders = nullptr);
    static QByteArray stringToSign(const QByteArray &amzDate, const QByteArray &scope, const QByteArray &canonicalRequest);
    static SecureBytes signingKey(const SecureBytes &secretAccessKey, const QByteArray &date, const QString &region,
                                  const QByteArray &service);
    static QByteArray signature(const SecureBytes &signingKey, const QByteArray &stringToSign); // hex
    static QByteArray sha256Hex(QByteArrayView data);
    static QByteArray emptyPayloadHash(); // SHA-256 of "" in hex
};

} // namespace Infradeck
