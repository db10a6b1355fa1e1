// A minimal S3-compatible server for tests (QTcpServer on 127.0.0.1, path-style GET only). It recomputes the
// AWS Signature V4 of every request on its own — Qt's percent-encoding and QMessageAuthenticationCode, not
// AwsSigV4 — and answers like S3: 403 SignatureDoesNotMatch / InvalidAccessKeyId / RequestTimeTooSkewed,
// 400 AuthorizationHeaderMalformed for a wrong region, 404 NoSuchBucket / NoSuchKey, 304 on a matching
// If-None-Match, and canned failures (5xx, a hanging answer) queued by the test.
#pragma once

#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QMessageAuthenticationCode>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimeZone>
#include <QUrl>

#include <algorithm>

class S3TestServer : public QTcpServer
{
public:
    struct Received
    {
        QByteArray method;
        QByteArray target; // path?query as sent
        QHash<QByteArray, QByteArray> headers; // lower-case names
        bool signatureOk = false;
        QByteArray signedHeaders;
    };
    struct Canned
    {
        int status = 503;
        QByteArray code = "SlowDown";
        bool hang = false;
    };

    QString region = QStringLiteral("us-east-1");
    QHash<QString, QByteArray> secrets;            // access key id -> secret
    QHash<QString, QHash<QString, QByteArray>> objects; // bucket -> key -> body
    QList<Canned> failures;                        // answered first, one per request
    QList<Received> received;

    S3TestServer()
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                auto *buffer = new QByteArray;
                connect(s, &QObject::destroyed, [buffer] { delete buffer; });
                connect(s, &QTcpSocket::readyRead, this, [this, s, buffer] {
                    *buffer += s->readAll();
                    for (;;) {
                        const qsizetype end = buffer->indexOf("\r\n\r\n");
                        if (end < 0)
                            return;
                        const QByteArray head = buffer->left(end);
                        buffer->remove(0, end + 4);
                        handle(s, head);
                    }
                });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }

    QUrl endpoint() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort())); }

    static QByteArray etagOf(const QByteArray &body)
    {
        return '"' + QCryptographicHash::hash(body, QCryptographicHash::Md5).toHex() + '"';
    }

private:
    static QByteArray hmac(const QByteArray &key, const QByteArray &data)
    {
        return QMessageAuthenticationCode::hash(data, key, QCryptographicHash::Sha256);
    }

    static QByteArray encode(const QByteArray &decoded, bool keepSlash)
    {
        // toPercentEncoding keeps exactly the RFC 3986 unreserved set and writes upper-case hex.
        return decoded.toPercentEncoding(keepSlash ? QByteArray("/") : QByteArray());
    }

    QByteArray verify(Received &r, const QByteArray &path, const QByteArray &query, int &status)
    {
        status = 403;
        const QByteArray auth = r.headers.value("authorization");
        if (!auth.startsWith("AWS4-HMAC-SHA256 "))
            return "AccessDenied";
        QHash<QByteArray, QByteArray> parts;
        for (const QByteArray &p : auth.mid(17).split(',')) {
            const qsizetype eq = p.indexOf('=');
            parts.insert(p.left(eq).trimmed(), p.mid(eq + 1).trimmed());
        }
        const QList<QByteArray> scope = parts.value("Credential").split('/');
        if (scope.size() != 5 || scope.at(3) != "s3" || scope.at(4) != "aws4_request") {
            status = 400;
            return "AuthorizationHeaderMalformed";
        }
        if (!secrets.contains(QString::fromLatin1(scope.at(0))))
            return "InvalidAccessKeyId";
        if (scope.at(2) != region.toLatin1()) {
            status = 400;
            return "AuthorizationHeaderMalformed";
        }
        const QByteArray date = r.headers.value("x-amz-date");
        const QDateTime when = QDateTime::fromString(QString::fromLatin1(date), QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
        QDateTime utc = when;
        utc.setTimeZone(QTimeZone::utc());
        if (!when.isValid() || std::abs(utc.secsTo(QDateTime::currentDateTimeUtc())) > 15 * 60)
            return "RequestTimeTooSkewed";
        if (date.left(8) != scope.at(1))
            return "SignatureDoesNotMatch";
        r.signedHeaders = parts.value("SignedHeaders");
        const QList<QByteArray> names = r.signedHeaders.split(';');
        for (const char *required : {"host", "x-amz-date", "x-amz-content-sha256"})
            if (!names.contains(QByteArray(required)))
                return "AccessDenied";
        const QByteArray payloadHash = r.headers.value("x-amz-content-sha256");
        if (payloadHash != QCryptographicHash::hash({}, QCryptographicHash::Sha256).toHex() && payloadHash != "UNSIGNED-PAYLOAD")
            return "XAmzContentSHA256Mismatch";

        QList<QPair<QByteArray, QByteArray>> params;
        for (const QByteArray &p : query.split('&')) {
            if (p.isEmpty())
                continue;
            const qsizetype eq = p.indexOf('=');
            params.append({encode(QByteArray::fromPercentEncoding(eq < 0 ? p : p.left(eq)), false),
                           encode(eq < 0 ? QByteArray() : QByteArray::fromPercentEncoding(p.mid(eq + 1)), false)});
        }
        std::sort(params.begin(), params.end());
        QByteArrayList q;
        for (const auto &[k, v] : params)
            q << QByteArray(k + '=' + v);
        QByteArray canonical = r.method + '\n' + encode(QByteArray::fromPercentEncoding(path), true) + '\n' + q.join('&') + '\n';
        for (const QByteArray &n : names)
            canonical += n + ':' + r.headers.value(n).simplified() + '\n';
        canonical += '\n' + r.signedHeaders + '\n' + payloadHash;
        const QByteArray toSign = "AWS4-HMAC-SHA256\n" + date + '\n' + scope.mid(1).join('/') + '\n' +
                                  QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex();
        QByteArray key = "AWS4" + secrets.value(QString::fromLatin1(scope.at(0)));
        for (const QByteArray &step : {scope.at(1), scope.at(2), scope.at(3), QByteArray("aws4_request")})
            key = hmac(key, step);
        if (hmac(key, toSign).toHex() != parts.value("Signature"))
            return "SignatureDoesNotMatch";
        r.signatureOk = true;
        status = 200;
        return {};
    }

    void answer(QTcpSocket *s, int status, const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QByteArray reply = "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
        for (const auto &[k, v] : headers)
            reply += k + ": " + v + "\r\n";
        s->write(reply + "\r\n" + body);
    }

    void error(QTcpSocket *s, int status, const QByteArray &code, const QByteArray &extra = {})
    {
        answer(s, status,
               "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code + "</Code><Message>" + code + " (test server)</Message>" +
                   extra + "<RequestId>1</RequestId></Error>",
               {{"Content-Type", "application/xml"}});
    }

    void handle(QTcpSocket *s, const QByteArray &head)
    {
        Received r;
        const QList<QByteArray> lines = head.split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        r.method = first.value(0);
        r.target = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                r.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
        }
        const qsizetype qmark = r.target.indexOf('?');
        const QByteArray path = qmark < 0 ? r.target : r.target.left(qmark);
        const QByteArray query = qmark < 0 ? QByteArray() : r.target.mid(qmark + 1);
        int status = 0;
        const QByteArray code = verify(r, path, query, status);
        received << r;
        if (!failures.isEmpty()) {
            const Canned c = failures.takeFirst();
            if (!c.hang)
                error(s, c.status, c.code);
            return;
        }
        if (!code.isEmpty()) {
            error(s, status, code, code == "AuthorizationHeaderMalformed" ? QByteArray("<Region>" + region.toLatin1() + "</Region>") : QByteArray());
            return;
        }
        const QString decoded = QString::fromUtf8(QByteArray::fromPercentEncoding(path));
        const QString bucket = decoded.section(QLatin1Char('/'), 1, 1);
        const QString key = decoded.section(QLatin1Char('/'), 2);
        if (r.method != "GET") {
            error(s, 405, "MethodNotAllowed");
        } else if (!objects.contains(bucket)) {
            error(s, 404, "NoSuchBucket");
        } else if (!objects.value(bucket).contains(key)) {
            error(s, 404, "NoSuchKey");
        } else {
            const QByteArray body = objects.value(bucket).value(key);
            if (r.headers.value("if-none-match") == etagOf(body))
                answer(s, 304, {}, {{"ETag", etagOf(body)}});
            else
                answer(s, 200, body, {{"ETag", etagOf(body)}, {"Content-Type", "application/json"}});
        }
    }
};
