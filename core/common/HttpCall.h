// One HTTP exchange as a job object on the caller's QNetworkAccessManager: the one place for timeout, abort, size
// limit and retry with backoff (honouring RateLimit-Reset and Retry-After). The clients (Hetzner pricing, Prometheus,
// S3 state) build the request, decide what a status means and parse the body; this class does the rest.
#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <optional>
#include <utility>

class QNetworkAccessManager;
class QTimer;

namespace Infradeck {

struct HttpResult
{
    QUrl url;
    int status = 0;          // 0: no HTTP answer, see timedOut / tooLarge / networkError
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QString networkError;    // the transport's text when status == 0
    bool timedOut = false;
    bool tooLarge = false;
    int attempts = 0;

    QByteArray header(const QByteArray &name) const; // case-insensitive; empty when absent
    QString source() const { return url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo); }
};

struct HttpPolicy
{
    int timeoutMs = 15000;    // per attempt; restarted while a download moves
    int maxRetries = 3;
    int backoffMs = 500;      // doubled on each retry
    int maxBackoffMs = 60000;
    qint64 maxBytes = 0;      // 0: no limit; a larger answer is aborted and reported as tooLarge
    // Which answers are worth asking again; the default retries 429, 502, 503 and 504.
    std::function<bool(int status, const QByteArray &body)> retryable;
};

class HttpCall : public QObject
{
    Q_OBJECT

public:
    using Prepare = std::function<void(QNetworkRequest &)>;

    HttpCall(QNetworkAccessManager *network, HttpPolicy policy, QObject *parent = nullptr);
    ~HttpCall() override;

    // Sends `request` with `verb` and `body`; `prepare` runs before every attempt (e.g. to sign it anew). A call
    // still running is dropped first. finished() follows exactly once per send() unless abort() comes first.
    void send(QNetworkRequest request, QByteArray verb = QByteArrayLiteral("GET"), QByteArray body = {}, Prepare prepare = {});
    void abort(); // silent: no finished()
    bool isRunning() const { return m_running; }
    int attempts() const { return m_attempts; }
    // The outcome of the last send(), valid from finished() on. takeBody() moves the body out, so a receiver that
    // wipes it (state, secrets) holds the only copy.
    const HttpResult &result() const { return m_result; }
    QByteArray takeBody() { return std::exchange(m_result.body, QByteArray()); }

    // The delay before retry number `retries` (0-based): RateLimit-Reset (a UNIX time, or seconds) or Retry-After
    // when the server sent one, else policy.backoffMs doubled per retry; never over policy.maxBackoffMs.
    static int retryDelayMs(const HttpResult &result, const HttpPolicy &policy, int retries);
    // The wait the server asked for in RateLimit-Reset or Retry-After, in seconds from now; none when it sent none.
    static std::optional<qint64> waitSeconds(const HttpResult &result);

Q_SIGNALS:
    void finished();
    void retrying(int status, int delayMs, int retry);
    void downloadProgress(qint64 received, qint64 total);

private:
    void attempt();
    void onFinished(QNetworkReply *reply);
    void dropReply();

    QNetworkAccessManager *m_network;
    HttpPolicy m_policy;
    QNetworkRequest m_request;
    QByteArray m_verb;
    QByteArray m_body;
    Prepare m_prepare;
    HttpResult m_result;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_timeout;
    QTimer *m_retry;
    bool m_running = false;
    bool m_timedOut = false;
    bool m_tooLarge = false;
    int m_retries = 0;
    int m_attempts = 0;
};

} // namespace Infradeck
