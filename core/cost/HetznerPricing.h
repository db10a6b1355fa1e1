// Live Hetzner Cloud prices: GET {base}/v1/pricing and /v1/server_types with a Bearer token, as a job object on
// the caller's QNetworkAccessManager (timeout, abort, retry with backoff on 429 and 5xx, clear error texts), turned
// into a PriceCatalog overlay (net prices per location) and cached with its date under a cache directory.
#pragma once

#include "cost/PriceCatalog.h"

#include "common/Error.h"
#include "common/HttpCall.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;

namespace Infradeck {

class HetznerPricing : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QUrl baseUrl = QUrl(QStringLiteral("https://api.hetzner.cloud"));
        QString token;          // from the keychain; never logged
        int timeoutMs = 20000;  // per request
        int maxRetries = 3;     // on 429 and 5xx
        int backoffMs = 1000;   // first retry delay, doubled each time
        int maxBackoffMs = 60000;
        QString cacheDir;       // empty: no cache written
    };

    struct Snapshot
    {
        PriceCatalog catalog; // overlay with the hcloud_* types
        QDateTime fetchedAt;  // UTC
        QString currency;
        QString vatRate;
    };

    HetznerPricing(QNetworkAccessManager *network, Options options, QObject *parent = nullptr);
    ~HetznerPricing() override;

    void start();
    void abort(); // finished() follows with an "aborted" error
    bool isRunning() const { return m_running; }

    bool ok() const { return m_ok; }
    const Error &error() const { return m_error; }
    const Snapshot &snapshot() const { return m_snapshot; }
    int attempts() const { return m_attempts; } // HTTP requests made, retries included
    // After a final HTTP 429: when the rate limit resets (RateLimit-Reset / Retry-After, else a minute); else invalid.
    QDateTime retryAt() const { return m_retryAt; }

    // Building blocks, public for tests and for the cache.
    static Result<Snapshot> parse(const QByteArray &pricingBody, const QByteArray &serverTypesBody, const QDateTime &fetchedAt,
                                  const QString &source = QStringLiteral("Hetzner Cloud API"));
    static QString cacheFileName() { return QStringLiteral("hetzner-pricing.json"); }
    static Result<Snapshot> loadCache(const QString &cacheDir);

Q_SIGNALS:
    void finished();

private:
    enum class Stage { Pricing, ServerTypes };
    void request();
    void onReply();
    void fail(Error error);
    void complete();

    Options m_options;
    HttpCall *m_call;
    Stage m_stage = Stage::Pricing;
    bool m_running = false;
    bool m_ok = false;
    int m_attempts = 0;
    Error m_error;
    QDateTime m_retryAt;
    Snapshot m_snapshot;
    QByteArray m_pricingBody;
    QJsonArray m_serverTypes; // accumulated over pages
    QUrl m_nextUrl;
};

} // namespace Infradeck
