#include "PrometheusJob.h"

#include "common/Async.h"
#include "common/Logging.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTimer>
#include <QUrlQuery>

namespace Infradeck {

namespace {

QByteArray formEncode(const PrometheusJob::Params &params)
{
    QByteArray out;
    for (const auto &[key, value] : params) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

} // namespace

namespace {
HttpPolicy policyFor(const PrometheusOptions &o)
{
    HttpPolicy p;
    p.timeoutMs = o.timeoutMs;
    p.maxRetries = o.maxRetries;
    p.backoffMs = o.backoffMs;
    p.maxBackoffMs = o.backoffMs << 10;
    // A 503 with a Prometheus error body is a query timeout: asking again would time out again.
    p.retryable = [](int status, const QByteArray &body) {
        return status == 429 || status == 502 || status == 504 || (status == 503 && !body.contains("\"errorType\""));
    };
    return p;
}
} // namespace

PrometheusJob::PrometheusJob(QNetworkAccessManager *network, PrometheusOptions options, PromResponse::Kind kind, QString apiPath,
                             Params params, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_call(new HttpCall(network, policyFor(m_options), this)), m_kind(kind),
      m_apiPath(std::move(apiPath)), m_params(std::move(params))
{
    connect(m_call, &HttpCall::finished, this, &PrometheusJob::onReply);
}

PrometheusJob::~PrometheusJob() = default;

void PrometheusJob::start()
{
    if (m_running)
        return;
    m_running = true;
    m_ok = false;
    m_error = Error();
    m_elapsed.start();
    if (!m_options.baseUrl.isValid() || m_options.baseUrl.scheme().isEmpty() || m_options.baseUrl.host().isEmpty()) {
        // Deliver asynchronously like every other outcome, so callers may connect after start().
        const QString url = m_options.baseUrl.toString();
        QTimer::singleShot(0, this, [this, url] {
            fail(Error(tr("\"%1\" is not a Prometheus URL").arg(url), url).expecting(tr("http(s)://host:port[/prefix]")));
        });
        return;
    }
    request();
}

void PrometheusJob::abort()
{
    if (!m_running)
        return;
    ++m_generation;
    m_call->abort();
    fail(Error(tr("the Prometheus request was aborted"), m_options.baseUrl.toString()));
}

void PrometheusJob::request()
{
    QUrl url = m_options.baseUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + m_apiPath);
    url.setQuery(QString());
    const QByteArray form = formEncode(m_params);
    // Long queries go as a POST form: proxies and servers cap URL length well below PromQL dashboards' needs.
    m_usedPost = form.size() > m_options.postThreshold && m_kind != PromResponse::Kind::Alerts && m_kind != PromResponse::Kind::Targets;
    if (!m_usedPost && !form.isEmpty())
        url.setQuery(QString::fromLatin1(form), QUrl::StrictMode);
    QNetworkRequest req(url);
    req.setRawHeader("Accept", "application/json");
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    if (!m_options.bearerToken.isEmpty())
        req.setRawHeader("Authorization", QByteArray("Bearer ") + m_options.bearerToken.toUtf8());
    else if (!m_options.basicUser.isEmpty())
        req.setRawHeader("Authorization", QByteArray("Basic ") + (m_options.basicUser + QLatin1Char(':') + m_options.basicPassword).toUtf8().toBase64());
    if (m_usedPost) {
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        m_call->send(req, QByteArrayLiteral("POST"), form);
    } else {
        m_call->send(req);
    }
}

void PrometheusJob::onReply()
{
    const HttpResult &r = m_call->result();
    const QString source = r.source();
    if (r.timedOut) {
        fail(Error(tr("Prometheus did not answer within %1 s").arg(m_options.timeoutMs / 1000.0), source));
        return;
    }
    if (r.status == 0) {
        fail(Error(tr("Prometheus is unreachable at %1: %2").arg(m_options.baseUrl.toString(QUrl::RemoveUserInfo), r.networkError), source));
        return;
    }
    parseBody(m_call->takeBody(), r.status, source);
}

void PrometheusJob::parseBody(const QByteArray &body, int status, const QString &source)
{
    const auto kind = m_kind;
    if (body.size() <= m_options.asyncParseBytes) {
        auto parsed = PromResponse::parse(kind, body, source, status);
        parsed ? succeed(std::move(parsed).value()) : fail(parsed.error());
        return;
    }
    const quint64 generation = m_generation;
    runAsync(
        this, [kind, body, source, status](const TaskControl &) { return PromResponse::parse(kind, body, source, status); },
        [this, generation](Result<PromResponse> parsed) {
            if (generation != m_generation || !m_running)
                return;
            parsed ? succeed(std::move(parsed).value()) : fail(parsed.error());
        });
}

void PrometheusJob::succeed(PromResponse response)
{
    m_response = std::move(response);
    m_ok = true;
    m_running = false;
    Q_EMIT finished();
}

void PrometheusJob::fail(Error error)
{
    m_call->abort();
    m_ok = false;
    m_error = std::move(error);
    m_running = false;
    qCDebug(lcTelemetry) << "request failed:" << m_error.message;
    Q_EMIT finished();
}

} // namespace Infradeck
