// Remote state from an S3-compatible store: one signed GET (AWS Signature V4, path-style addressing) as a job
// object on the caller's QNetworkAccessManager — timeout, abort, retry with backoff on 5xx, clear error texts —
// and the body read by StateReader on the thread pool into an Inventory kept in memory only. State is never
// written anywhere; the downloaded bytes are wiped once read.
#pragma once

#include "terraform/AwsSigV4.h"
#include "terraform/Inventory.h"

#include "common/Error.h"
#include "common/HttpCall.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace Infradeck {

class S3StateFetcher : public QObject
{
    Q_OBJECT

public:
    // Where the state is: endpoint (https://s3.gra.io.cloud.ovh.net, http://127.0.0.1:9000, ...), bucket, key.
    struct Location
    {
        QUrl endpoint;
        QString bucket;
        QString key;
        QString region = QStringLiteral("us-east-1");

        QString displayUrl() const; // s3://bucket/key
        // The object's URL, path-style: ENDPOINT[/base path]/BUCKET/KEY with the key URI-encoded once.
        QUrl objectUrl() const;
        // "s3://bucket/some/key" → bucket and key (endpoint and region left as they are).
        static Result<Location> fromS3Url(const QString &url, const QUrl &endpoint, const QString &region = QStringLiteral("us-east-1"));
    };

    struct Options
    {
        Location location;
        AwsSigV4::Credentials credentials;
        int timeoutMs = 30000; // per request
        int maxRetries = 3;    // on 5xx (and 429)
        int backoffMs = 500;   // first retry delay, doubled each time
        int maxBackoffMs = 8000;
        qint64 maxBytes = qint64(1) << 30; // a bigger object is refused before it fills the memory
        QByteArray ifNoneMatch;            // the ETag of the copy the caller holds: 304 → notModified()
        std::function<QDateTime()> clock;  // signing time; default: now (UTC). Tests skew it.
    };

    S3StateFetcher(QNetworkAccessManager *network, Options options, QObject *parent = nullptr);
    ~S3StateFetcher() override;

    void start();
    void abort(); // finished() follows with an "aborted" error
    bool isRunning() const { return m_running; }

    bool ok() const { return m_ok; }
    bool notModified() const { return m_notModified; } // ok() and the caller's copy (ifNoneMatch) is current
    const Error &error() const { return m_error; }
    std::shared_ptr<const Inventory> inventory() const { return m_inventory; }
    QByteArray etag() const { return m_etag; }
    int attempts() const { return m_call->attempts(); } // HTTP requests made, retries included
    const Options &options() const { return m_options; }

    // The error text for an S3 answer that is not 2xx (XML <Error><Code>..</Code><Message>..</Message>).
    static Error httpError(int status, const QByteArray &body, const QByteArray &bucketRegionHeader, const Location &location);

Q_SIGNALS:
    void progress(qint64 received, qint64 total);
    void finished();

private:
    void request();
    void onReply();
    void parse(QByteArray body);
    void fail(Error error);
    void complete();

    Options m_options;
    HttpCall *m_call;
    bool m_running = false;
    bool m_ok = false;
    bool m_notModified = false;
    quint64 m_generation = 0; // drops a parse result that an abort/restart made stale
    Error m_error;
    std::shared_ptr<const Inventory> m_inventory;
    QByteArray m_etag;
};

} // namespace Infradeck
