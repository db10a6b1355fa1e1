// One dashboard panel: runs its queries through the environment's PrometheusClient and shows them in a
// TimeSeriesChart, or its own error state (unreachable, query error, no data) without affecting other panels.
#pragma once

#include "telemetry/Dashboard.h"

#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QWidget>

namespace Infradeck {

class PrometheusClient;
class PrometheusJob;
class TimeSeriesChart;

class TelemetryPanel : public QWidget
{
    Q_OBJECT
public:
    enum class State { Idle, Loading, Ready, NoData, Failed };

    explicit TelemetryPanel(const DashboardPanel &panel, QWidget *parent = nullptr);
    ~TelemetryPanel() override;

    void refresh(PrometheusClient *client, const QDateTime &from, const QDateTime &to, const QMap<QString, QString> &variables,
                 qint64 scrapeIntervalSeconds);
    void cancel();

    State state() const { return m_state; }
    const DashboardPanel &panel() const { return m_panel; }
    TimeSeriesChart *chart() const { return m_chart; }
    QStringList lastQueries() const { return m_lastQueries; }
    QString errorText() const { return m_errorText; }

Q_SIGNALS:
    void finished();

private:
    void onJobFinished();

    DashboardPanel m_panel;
    TimeSeriesChart *m_chart;
    QList<QPointer<PrometheusJob>> m_jobs;
    QStringList m_lastQueries;
    QString m_errorText;
    State m_state = State::Idle;
    QDateTime m_from, m_to;
};

} // namespace Infradeck
