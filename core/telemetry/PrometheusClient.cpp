#include "PrometheusClient.h"

namespace Infradeck {

PrometheusClient::PrometheusClient(QNetworkAccessManager *network, PrometheusOptions options, QObject *parent)
    : QObject(parent), m_network(network), m_options(std::move(options))
{
}

QString PrometheusClient::timeParameter(const QDateTime &time)
{
    return QString::number(double(time.toMSecsSinceEpoch()) / 1000.0, 'f', 3);
}

PrometheusJob *PrometheusClient::make(PromResponse::Kind kind, const QString &path, PrometheusJob::Params params, QObject *parent)
{
    auto *job = new PrometheusJob(m_network, m_options, kind, path, std::move(params), parent ? parent : this);
    job->start();
    return job;
}

PrometheusJob *PrometheusClient::query(const QString &promql, const QDateTime &time, QObject *parent)
{
    PrometheusJob::Params params{{QStringLiteral("query"), promql}};
    if (time.isValid())
        params.append({QStringLiteral("time"), timeParameter(time)});
    return make(PromResponse::Kind::Query, QStringLiteral("/api/v1/query"), params, parent);
}

PrometheusJob *PrometheusClient::queryRange(const QString &promql, const QDateTime &start, const QDateTime &end, qint64 stepSeconds,
                                            QObject *parent)
{
    const PrometheusJob::Params params{{QStringLiteral("query"), promql},
                                       {QStringLiteral("start"), timeParameter(start)},
                                       {QStringLiteral("end"), timeParameter(end)},
                                       {QStringLiteral("step"), QString::number(std::max<qint64>(1, stepSeconds))}};
    return make(PromResponse::Kind::Query, QStringLiteral("/api/v1/query_range"), params, parent);
}

PrometheusJob *PrometheusClient::alerts(QObject *parent)
{
    return make(PromResponse::Kind::Alerts, QStringLiteral("/api/v1/alerts"), {}, parent);
}

PrometheusJob *PrometheusClient::targets(QObject *parent)
{
    return make(PromResponse::Kind::Targets, QStringLiteral("/api/v1/targets"), {{QStringLiteral("state"), QStringLiteral("active")}}, parent);
}

PrometheusJob *PrometheusClient::labels(QObject *parent)
{
    return make(PromResponse::Kind::Labels, QStringLiteral("/api/v1/labels"), {}, parent);
}

PrometheusJob *PrometheusClient::labelValues(const QString &label, QObject *parent)
{
    return make(PromResponse::Kind::Labels, QStringLiteral("/api/v1/label/%1/values").arg(QString::fromLatin1(QUrl::toPercentEncoding(label))), {},
                parent);
}

PrometheusJob *PrometheusClient::series(const QStringList &matchers, const QDateTime &start, const QDateTime &end, QObject *parent)
{
    PrometheusJob::Params params;
    for (const QString &m : matchers)
        params.append({QStringLiteral("match[]"), m});
    if (start.isValid())
        params.append({QStringLiteral("start"), timeParameter(start)});
    if (end.isValid())
        params.append({QStringLiteral("end"), timeParameter(end)});
    return make(PromResponse::Kind::Series, QStringLiteral("/api/v1/series"), params, parent);
}

} // namespace Infradeck
