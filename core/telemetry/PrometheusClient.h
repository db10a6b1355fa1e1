// The Prometheus HTTP API (and the compatible stores: Mimir, VictoriaMetrics, OpenObserve) as job factories.
// Each call returns a started PrometheusJob, a child of the client unless a parent is given; connect to finished()
// and delete it when done (deleteLater). Errors are delivered asynchronously, so connecting after the call is safe.
#pragma once

#include "telemetry/PrometheusJob.h"
#include "telemetry/PrometheusOptions.h"

#include <QDateTime>
#include <QObject>

class QNetworkAccessManager;

namespace Infradeck {

class PrometheusClient : public QObject
{
    Q_OBJECT

public:
    PrometheusClient(QNetworkAccessManager *network, PrometheusOptions options, QObject *parent = nullptr);

    const PrometheusOptions &options() const { return m_options; }
    void setOptions(const PrometheusOptions &options) { m_options = options; }

    PrometheusJob *query(const QString &promql, const QDateTime &time = {}, QObject *parent = nullptr);
    PrometheusJob *queryRange(const QString &promql, const QDateTime &start, const QDateTime &end, qint64 stepSeconds,
                              QObject *parent = nullptr);
    PrometheusJob *alerts(QObject *parent = nullptr);
    PrometheusJob *targets(QObject *parent = nullptr);
    PrometheusJob *labels(QObject *parent = nullptr);
    PrometheusJob *labelValues(const QString &label, QObject *parent = nullptr);
    PrometheusJob *series(const QStringList &matchers, const QDateTime &start = {}, const QDateTime &end = {}, QObject *parent = nullptr);

    static QString timeParameter(const QDateTime &time); // Unix seconds with milliseconds

private:
    PrometheusJob *make(PromResponse::Kind kind, const QString &path, PrometheusJob::Params params, QObject *parent);

    QNetworkAccessManager *m_network;
    PrometheusOptions m_options;
};

} // namespace Infradeck
