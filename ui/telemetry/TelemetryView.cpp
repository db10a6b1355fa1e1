#include "TelemetryView.h"

#include "TelemetryPanel.h"

#include "charts/TimeSeriesChart.h"
#include "telemetry/PrometheusClient.h"
#include "telemetry/QueryStep.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTime>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Infradeck {

namespace {

struct Preset
{
    const char *label;
    qint64 seconds;
};
const Preset RangePresets[] = {{QT_TRANSLATE_NOOP("Infradeck::TelemetryView", "Last 15 minutes"), 900},
                               {QT_TRANSLATE_NOOP("Infradeck::TelemetryView", "Last hour"), 3600},
                               {QT_TRANSLATE_NOOP("Infradeck::TelemetryView", "Last 3 hours"), 3 * 3600},
                               {QT_TRANSLATE_NOOP("Infradeck::TelemetryView", "Last 6 hours"), 6 * 3600},
                               {QT_TRANSLATE_NOOP("Infradeck::TelemetryView", "Last 12 hours"), 12 * 3600},
                               {QT_TRANSLATE_NOOP("Infradeck::TelemetryView", "Last 24 hours"), 86400},
                               {QT_TRANSLATE_NOOP("Infradeck::TelemetryView", "Last 2 days"), 2 * 86400},
                               {QT_TRANSLATE_NOOP("Infradeck::TelemetryView", "Last 7 days"), 7 * 86400},
                               {QT_TRANSLATE_NOOP("Infradeck::TelemetryView", "Last 30 days"), 30 * 86400}};
const Preset RefreshPresets[] = {{QT_TRANSLATE_NOOP("Infradeck::TelemetryView", "Auto-refresh off"), 0},
                                 {QT_TRANSLATE_NOOP("Infradeck::TelemetryView", "Every 5 s"), 5},
                                 {QT_TRANSLATE_NOOP("Infradeck::TelemetryView", "Every 10 s"), 10},
                                 {QT_TRANSLATE_NOOP("Infradeck::TelemetryView", "Every 30 s"), 30},
                                 {QT_TRANSLATE_NOOP("Infradeck::TelemetryView", "Every minute"), 60},
                                 {QT_TRANSLATE_NOOP("Infradeck::TelemetryView", "Every 5 minutes"), 300}};

QTreeWidget *makeTree(const QString &objectName, const QStringList &headers)
{
    auto *tree = new QTreeWidget;
    tree->setObjectName(objectName);
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    tree->setUniformRowHeights(true);
    tree->header()->setStretchLastSection(true);
    return tree;
}

QString labelText(const PromLabels &labels, const QStringList &skip)
{
    QStringList parts;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        if (!skip.contains(it.key()))
            parts << it.key() + QLatin1Char('=') + it.value();
    return parts.join(QStringLiteral(", "));
}

} // namespace

TelemetryView::TelemetryView(QWidget *parent)
    : FeatureView(parent), m_network(new QNetworkAccessManager(this)), m_dashboardCombo(new QComboBox), m_rangeCombo(new QComboBox),
      m_fromEdit(new QDateTimeEdit), m_toEdit(new QDateTimeEdit), m_refreshCombo(new QComboBox), m_refreshButton(new QPushButton(tr("Refresh"))),
      m_status(new QLabel), m_grid(new QWidget), m_gridLayout(new QGridLayout(m_grid)),
      m_alerts(makeTree(QStringLiteral("alertsTree"), {tr("Alert"), tr("Severity"), tr("State"), tr("Since"), tr("Labels")})),
      m_targets(makeTree(QStringLiteral("targetsTree"), {tr("Target"), tr("Health"), tr("Pool"), tr("Last scrape"), tr("Error")})),
      m_autoRefresh(new QTimer(this))
{
    setObjectName(QStringLiteral("telemetryView"));
    m_dashboardCombo->setObjectName(QStringLiteral("dashboardComboBox"));
    m_rangeCombo->setObjectName(QStringLiteral("rangeComboBox"));
    m_refreshCombo->setObjectName(QStringLiteral("refreshComboBox"));
    m_refreshButton->setObjectName(QStringLiteral("refreshButton"));
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_fromEdit->setObjectName(QStringLiteral("fromDateTimeEdit"));
    m_toEdit->setObjectName(QStringLiteral("toDateTimeEdit"));
    for (const Preset &p : RangePresets)
        m_rangeCombo->addItem(QCoreApplication::translate("Infradeck::TelemetryView", p.label), p.seconds);
    m_rangeCombo->addItem(tr("Custom…"), qint64(-1));
    m_rangeCombo->setCurrentIndex(1);
    for (const Preset &p : RefreshPresets)
        m_refreshCombo->addItem(QCoreApplication::translate("Infradeck::TelemetryView", p.label), p.seconds);
    for (QDateTimeEdit *edit : {m_fromEdit, m_toEdit}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd hh:mm"));
        edit->setVisible(false);
    }
    m_toEdit->setDateTime(QDateTime::currentDateTime());
    m_fromEdit->setDateTime(QDateTime::currentDateTime().addSecs(-3600));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_dashboardCombo);
    bar->addWidget(m_rangeCombo);
    bar->addWidget(m_fromEdit);
    bar->addWidget(m_toEdit);
    bar->addWidget(m_refreshCombo);
    bar->addWidget(m_refreshButton);
    bar->addWidget(m_status, 1);

    m_gridLayout->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_grid);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *side = new QSplitter(Qt::Vertical);
    auto *alertsBox = new QWidget;
    auto *alertsLayout = new QVBoxLayout(alertsBox);
    alertsLayout->setContentsMargins(0, 0, 0, 0);
    alertsLayout->addWidget(new QLabel(tr("<b>Firing alerts</b>")));
    alertsLayout->addWidget(m_alerts);
    auto *targetsBox = new QWidget;
    auto *targetsLayout = new QVBoxLayout(targetsBox);
    targetsLayout->setContentsMargins(0, 0, 0, 0);
    targetsLayout->addWidget(new QLabel(tr("<b>Targets</b>")));
    targetsLayout->addWidget(m_targets);
    side->addWidget(alertsBox);
    side->addWidget(targetsBox);

    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(scroll);
    split->addWidget(side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({3000, 1000}); // charts first; the lists' wide size hints would otherwise take half

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);

    connect(m_rangeCombo, &QComboBox::currentIndexChanged, this, &TelemetryView::onRangeChanged);
    connect(m_fromEdit, &QDateTimeEdit::editingFinished, this, &TelemetryView::refresh);
    connect(m_toEdit, &QDateTimeEdit::editingFinished, this, &TelemetryView::refresh);
    connect(m_dashboardCombo, &QComboBox::currentIndexChanged, this, [this] {
        buildPanels();
        refresh();
    });
    connect(m_refreshCombo, &QComboBox::currentIndexChanged, this, [this] {
        const int seconds = m_refreshCombo->currentData().toInt();
        seconds > 0 ? m_autoRefresh->start(seconds * 1000) : m_autoRefresh->stop();
    });
    connect(m_refreshButton, &QPushButton::clicked, this, &TelemetryView::refresh);
    connect(m_autoRefresh, &QTimer::timeout, this, &TelemetryView::refresh);
    m_status->setText(tr("No environment selected."));
}

TelemetryView::~TelemetryView()
{
    for (TelemetryPanel *p : std::as_const(m_panels))
        p->cancel();
}

QString TelemetryView::title() const
{
    return tr("Telemetry");
}

void TelemetryView::setEnvironment(const Workspace &workspace, const Environment *env)
{
    m_autoRefresh->stop();
    delete m_client;
    m_client = nullptr;
    m_dashboards.clear();
    m_environmentName = env ? env->name : QString();
    m_variables = Dashboard::variables(env);
    m_dashboards << Dashboard::hostDashboard();
    Errors problems;
    if (!workspace.filePath().isEmpty())
        for (const Dashboard &d : Dashboard::loadFromWorkspace(workspace.filePath(), problems))
            if (env && d.appliesTo(env->name))
                m_dashboards << d;
    {
        const QSignalBlocker block(m_dashboardCombo);
        m_dashboardCombo->clear();
        for (const Dashboard &d : std::as_const(m_dashboards))
            m_dashboardCombo->addItem(d.name);
    }
    m_alerts->clear();
    m_targets->clear();
    buildPanels();
    if (!env || !env->prometheus.isValid() || env->prometheus.isEmpty()) {
        for (TelemetryPanel *p : std::as_const(m_panels))
            p->chart()->setMessage(tr("no Prometheus URL"));
        m_status->setText(env ? tr("The environment \"%1\" names no Prometheus server: add `prometheus: URL` to it in the workspace file.").arg(env->name)
                              : tr("No environment selected."));
        return;
    }
    PrometheusOptions options;
    options.baseUrl = env->prometheus;
    options.timeoutMs = 10000;
    m_client = new PrometheusClient(m_network, options, this);
    if (!problems.isEmpty())
        m_status->setText(problems.first().toString());
    refresh();
    const int seconds = m_refreshCombo->currentData().toInt();
    if (seconds > 0)
        m_autoRefresh->start(seconds * 1000);
}

void TelemetryView::buildPanels()
{
    for (TelemetryPanel *p : std::as_const(m_panels)) {
        p->cancel();
        p->deleteLater();
    }
    m_panels.clear();
    const int index = std::max(0, m_dashboardCombo->currentIndex());
    if (index >= m_dashboards.size())
        return;
    const Dashboard &d = m_dashboards[index];
    for (qsizetype i = 0; i < d.panels.size(); ++i) {
        auto *panel = new TelemetryPanel(d.panels[i], m_grid);
        panel->setMinimumHeight(260);
        m_gridLayout->addWidget(panel, int(i / 2), int(i % 2));
        connect(panel, &TelemetryPanel::finished, this, [this] {
            --m_pendingPanels;
            checkFinished();
        });
        m_panels << panel;
    }
}

std::pair<QDateTime, QDateTime> TelemetryView::currentRange() const
{
    const qint64 seconds = m_rangeCombo->currentData().toLongLong();
    if (seconds < 0)
        return {m_fromEdit->dateTime().toUTC(), m_toEdit->dateTime().toUTC()};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return {now.addSecs(-seconds), now};
}

void TelemetryView::onRangeChanged()
{
    const bool custom = m_rangeCombo->currentData().toLongLong() < 0;
    m_fromEdit->setVisible(custom);
    m_toEdit->setVisible(custom);
    refresh();
}

void TelemetryView::setRangeSeconds(qint64 seconds)
{
    const int i = m_rangeCombo->findData(seconds);
    if (i >= 0)
        m_rangeCombo->setCurrentIndex(i);
}

void TelemetryView::setCustomRange(const QDateTime &from, const QDateTime &to)
{
    m_fromEdit->setDateTime(from.toLocalTime());
    m_toEdit->setDateTime(to.toLocalTime());
    m_rangeCombo->setCurrentIndex(m_rangeCombo->count() - 1);
}

void TelemetryView::setAutoRefreshSeconds(int seconds)
{
    const int i = m_refreshCombo->findData(seconds);
    if (i >= 0)
        m_refreshCombo->setCurrentIndex(i);
}

void TelemetryView::selectDashboard(int index)
{
    m_dashboardCombo->setCurrentIndex(index);
}

QStringList TelemetryView::dashboardNames() const
{
    QStringList names;
    for (const Dashboard &d : m_dashboards)
        names << d.name;
    return names;
}

QString TelemetryView::statusText() const
{
    return m_status->text();
}

void TelemetryView::refresh()
{
    if (!m_client)
        return;
    const auto [from, to] = currentRange();
    if (!(from < to)) {
        m_status->setText(tr("The start of the time range must come before its end."));
        return;
    }
    m_status->setText(tr("Loading %1 … %2").arg(QLocale().toString(from.toLocalTime(), QLocale::ShortFormat),
                                                QLocale().toString(to.toLocalTime(), QLocale::ShortFormat)));
    m_pendingPanels = int(m_panels.size());
    for (TelemetryPanel *p : std::as_const(m_panels))
        p->refresh(m_client, from, to, m_variables, m_scrapeInterval);
    for (PrometheusJob *old : {m_alertsJob.data(), m_targetsJob.data()}) {
        if (old) {
            old->disconnect(this);
            old->abort();
            old->deleteLater();
        }
    }
    m_alertsJob = m_client->alerts(this);
    m_targetsJob = m_client->targets(this);
    PrometheusJob *alerts = m_alertsJob;
    PrometheusJob *targets = m_targetsJob;
    connect(alerts, &PrometheusJob::finished, this, [this, alerts] { showAlerts(alerts); });
    connect(targets, &PrometheusJob::finished, this, [this, targets] { showTargets(targets); });
}

void TelemetryView::showAlerts(PrometheusJob *job)
{
    job->deleteLater();
    if (job != m_alertsJob)
        return;
    m_alerts->clear();
    if (!job->ok()) {
        auto *item = new QTreeWidgetItem(m_alerts, {tr("cannot load alerts"), QString(), QString(), QString(), job->error().message});
        item->setToolTip(4, job->error().toString());
    } else {
        int firing = 0;
        for (const PromAlert &a : job->response().alerts) {
            if (a.state != QLatin1String("firing") && a.state != QLatin1String("pending"))
                continue;
            firing += a.state == QLatin1String("firing");
            auto *item = new QTreeWidgetItem(m_alerts, {a.name(), a.severity(), a.state, QLocale().toString(a.activeAt.toLocalTime(), QLocale::ShortFormat),
                                                        labelText(a.labels, {QStringLiteral("alertname"), QStringLiteral("severity")})});
            item->setToolTip(0, a.annotations.value(QStringLiteral("summary"), a.annotations.value(QStringLiteral("description"))));
            if (a.state == QLatin1String("firing"))
                item->setForeground(2, QColor(0xc0, 0x1c, 0x28));
        }
        if (m_alerts->topLevelItemCount() == 0)
            new QTreeWidgetItem(m_alerts, {tr("no alerts firing")});
    }
    m_alertsJob = nullptr;
    checkFinished();
}

void TelemetryView::showTargets(PrometheusJob *job)
{
    job->deleteLater();
    if (job != m_targetsJob)
        return;
    m_targets->clear();
    if (!job->ok()) {
        auto *item = new QTreeWidgetItem(m_targets, {tr("cannot load targets"), QString(), QString(), QString(), job->error().message});
        item->setToolTip(4, job->error().toString());
    } else {
        qint64 scrape = 0;
        for (const PromTarget &t : job->response().targets) {
            auto *item = new QTreeWidgetItem(m_targets, {t.labels.value(QStringLiteral("instance")), t.health, t.scrapePool,
                                                         QLocale().toString(t.lastScrape.toLocalTime(), QLocale::ShortFormat), t.lastError});
            item->setForeground(1, t.health == QLatin1String("up") ? QColor(0x26, 0xa2, 0x69) : QColor(0xc0, 0x1c, 0x28));
            if (const auto s = QueryStep::parse(t.scrapeInterval))
                scrape = scrape ? std::min(scrape, *s) : *s;
        }
        // $__rate_interval needs the real scrape interval: learnt here, used from the next refresh on.
        if (scrape > 0)
            m_scrapeInterval = scrape;
    }
    m_targetsJob = nullptr;
    checkFinished();
}

void TelemetryView::checkFinished()
{
    if (m_pendingPanels > 0 || m_alertsJob || m_targetsJob)
        return;
    int failed = 0;
    for (TelemetryPanel *p : std::as_const(m_panels))
        failed += p->state() == TelemetryPanel::State::Failed;
    m_status->setText(failed ? tr("Updated %1 — %2 of %3 panels failed").arg(QTime::currentTime().toString(Qt::ISODate)).arg(failed).arg(m_panels.size())
                             : tr("Updated %1").arg(QTime::currentTime().toString(Qt::ISODate)));
    Q_EMIT refreshed();
}

} // namespace Infradeck
