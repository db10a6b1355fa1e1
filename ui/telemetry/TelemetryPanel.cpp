#include "TelemetryPanel.h"

#include "charts/TimeSeriesChart.h"
#include "telemetry/PrometheusClient.h"
#include "telemetry/QueryStep.h"
#include "telemetry/ValueFormat.h"

#include <QChartView>
#include <QCoreApplication>
#include <QVBoxLayout>

namespace Infradeck {

namespace {

} // namespace

TelemetryPanel::TelemetryPanel(const DashboardPanel &panel, QWidget *parent) : QWidget(parent), m_panel(panel), m_chart(new TimeSeriesChart(this))
{
    setObjectName(QStringLiteral("telemetryPanel"));
    m_chart->setTitle(panel.title);
    const QString unit = panel.unit;
    m_chart->setValueFormatter([unit](double v) { return ValueFormat::format(v, unit); }, ValueFormat::unitSuffix(unit));
    m_chart->setArea(panel.area);
    m_chart->setYBounds(panel.min, panel.max);
    QList<ThresholdLine> thresholds;
    static const QColor defaults[] = {QColor(0xe5, 0xa5, 0x0a), QColor(0xc0, 0x1c, 0x28)};
    for (qsizetype i = 0; i < panel.thresholds.size(); ++i) {
        const PanelThreshold &t = panel.thresholds[i];
        thresholds << ThresholdLine{t.value, t.color.isEmpty() ? defaults[std::min<qsizetype>(i, 1)] : QColor(t.color),
                                    t.label.isEmpty() ? ValueFormat::format(t.value, unit) : t.label};
    }
    m_chart->setThresholds(thresholds);
    m_chart->setMessage(tr("not loaded yet"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_chart);
}

TelemetryPanel::~TelemetryPanel()
{
    cancel();
}

void TelemetryPanel::cancel()
{
    for (const QPointer<PrometheusJob> &job : std::as_const(m_jobs)) {
        if (job) {
            job->disconnect(this);
            job->abort();
            job->deleteLater();
        }
    }
    m_jobs.clear();
}

void TelemetryPanel::refresh(PrometheusClient *client, const QDateTime &from, const QDateTime &to, const QMap<QString, QString> &variables,
                             qint64 scrapeIntervalSeconds)
{
    cancel();
    m_from = from;
    m_to = to;
    m_state = State::Loading;
    m_errorText.clear();
    m_lastQueries.clear();
    const qint64 range = from.secsTo(to);
    const int width = std::max(100, int(m_chart->chartView()->width()) - 80);
    const qint64 step = QueryStep::choose(range, width, std::max<qint64>(1, scrapeIntervalSeconds));
    for (const PanelQuery &q : std::as_const(m_panel.queries)) {
        const QString expr = Dashboard::expand(q.expr, variables, step, scrapeIntervalSeconds);
        m_lastQueries << expr;
        PrometheusJob *job = client->queryRange(expr, from, to, step, this);
        m_jobs << job;
        connect(job, &PrometheusJob::finished, this, &TelemetryPanel::onJobFinished);
    }
    if (m_chart->showsMessage())
        m_chart->setMessage(tr("loading…"));
}

void TelemetryPanel::onJobFinished()
{
    for (const QPointer<PrometheusJob> &job : std::as_const(m_jobs))
        if (job && job->isRunning())
            return;
    QList<TimeSeriesLine> lines;
    QStringList errors;
    int histograms = 0;
    for (qsizetype i = 0; i < m_jobs.size(); ++i) {
        PrometheusJob *job = m_jobs[i];
        if (!job)
            continue;
        if (!job->ok()) {
            errors << job->error().message;
            continue;
        }
        histograms += job->response().histogramSeriesCount();
        for (const PromSeries &s : job->response().series) {
            if (s.isHistogram())
                continue;
            lines << TimeSeriesLine{Dashboard::legend(m_panel.queries.value(i).legend, s), s.times, s.values};
        }
        job->deleteLater();
    }
    for (const QPointer<PrometheusJob> &job : std::as_const(m_jobs))
        if (job && !job->ok())
            job->deleteLater();
    m_jobs.clear();
    if (!errors.isEmpty() && lines.isEmpty()) {
        m_state = State::Failed;
        errors.removeDuplicates();
        m_errorText = errors.join(QLatin1Char('\n'));
        m_chart->setMessage(m_errorText);
    } else if (lines.isEmpty()) {
        m_state = State::NoData;
        const QString noData = tr("no data in this time range");
        m_chart->setMessage(histograms ? tr("%n native histogram series: not charted yet", nullptr, histograms) : noData);
    } else {
        m_state = State::Ready;
        m_errorText = errors.join(QLatin1Char('\n'));
        m_chart->setTimeRange(m_from, m_to);
        m_chart->setSeries(lines);
        m_chart->setToolTip(m_errorText);
    }
    Q_EMIT finished();
}

} // namespace Infradeck
