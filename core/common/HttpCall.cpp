#include "HttpCall.h"

#include "Logging.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QTimer>

#include <algorithm>

namespace Infradeck {

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

HttpCall::HttpCall(QNetworkAccessManager *network, HttpPolicy policy, QObject *parent)
    : QObject(parent), m_network(network), m_policy(std::move(policy)), m_timeout(new QTimer(this)), m_retry(new QTimer(this))
{
    if (!m_policy.retryable)
        m_policy.retryable = [](int status, const QByteArray &) { return status == 429 || status == 502 || status == 503 || status == 504; };
    m_timeout->setSingleShot(true);
    m_retry->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_reply)
            m_reply->abort();
    });
    connect(m_retry, &QTimer::timeout, this, &HttpCall::attempt);
}

HttpCall::~HttpCall()
{
    dropReply();
}

void HttpCall::dropReply()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    m_reply = nullptr;
}

void HttpCall::send(QNetworkRequest request, QByteArray verb, QByteArray body, Prepare prepare)
{
    abort();
    m_request = std::move(request);
    m_verb = std::move(verb);
    m_body = std::move(body);
    m_prepare = std::move(prepare);
    m_running = true;
    m_retries = 0;
    m_attempts = 0;
    m_result = HttpResult();
    attempt();
}

void HttpCall::abort()
{
    m_retry->stop();
    m_timeout->stop();
    dropReply();
    m_running = false;
}

void HttpCall::attempt()
{
    QNetworkRequest request = m_request;
    if (m_prepare)
        m_prepare(request);
    m_timedOut = false;
    m_tooLarge = false;
    ++m_attempts;
    // Never log headers or the query: Authorization, tokens and signatures would end up in the log.
    qCDebug(lcNetwork) << m_verb << request.url().toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo) << "attempt" << m_attempts;
    QNetworkReply *reply = m_body.isEmpty() && m_verb == "GET" ? m_network->get(request)
                                                                : m_network->sendCustomRequest(request, m_verb, m_body);
    m_reply = reply;
    m_timeout->start(m_policy.timeoutMs);
    connect(reply, &QNetworkReply::downloadProgress, this, [this, reply](qint64 received, qint64 total) {
        if (m_policy.maxBytes > 0 && (received > m_policy.maxBytes || total > m_policy.maxBytes)) {
            m_tooLarge = true;
            reply->abort();
            return;
        }
        m_timeout->start(m_policy.timeoutMs); // a slow but moving download is not a timeout
        Q_EMIT downloadProgress(received, total);
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
}

void HttpCall::onFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    if (reply != m_reply)
        return;
    m_reply = nullptr;
    m_timeout->stop();

    HttpResult result;
    result.url = reply->url();
    result.attempts = m_attempts;
    result.timedOut = m_timedOut;
    result.tooLarge = m_tooLarge;
    if (!m_timedOut && !m_tooLarge) {
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.headers = reply->rawHeaderPairs();
        result.body = reply->readAll();
        if (result.status == 0)
            result.networkError = reply->errorString();
    }
    if (result.status != 0 && m_retries < m_policy.maxRetries && m_policy.retryable(result.status, result.body)) {
        const int delay = retryDelayMs(result, m_policy, m_retries);
        ++m_retries;
        qCInfo(lcNetwork) << "HTTP" << result.status << "from" << result.source() << "- retry" << m_retries << "in" << delay << "ms";
        Q_EMIT retrying(result.status, delay, m_retries);
        m_retry->start(delay);
        return;
    }
    m_running = false;
    m_result = std::move(result);
    Q_EMIT finished();
}

std::optional<qint64> HttpCall::waitSeconds(const HttpResult &result)
{
    const QByteArray reset = result.header("RateLimit-Reset").trimmed();
    const QByteArray retryAfter = result.header("Retry-After").trimmed();
    bool ok = false;
    if (!reset.isEmpty()) {
        // Hetzner sends a UNIX timestamp; a small number is read as seconds from now (the IETF draft's form).
        const qint64 value = reset.toLongLong(&ok);
        if (ok)
            return std::max<qint64>(0, value > 1000000000 ? value - QDateTime::currentSecsSinceEpoch() : value);
    } else if (!retryAfter.isEmpty()) {
        const qint64 seconds = retryAfter.toLongLong(&ok);
        if (ok)
            return std::max<qint64>(0, seconds);
    }
    return std::nullopt;
}

int HttpCall::retryDelayMs(const HttpResult &result, const HttpPolicy &policy, int retries)
{
    qint64 delay = qint64(policy.backoffMs) << std::min(retries, 16);
    if (const auto seconds = waitSeconds(result))
        delay = std::min<qint64>(*seconds, 24 * 3600) * 1000;
    return int(std::min<qint64>(delay, policy.maxBackoffMs));
}

} // namespace Infradeck
