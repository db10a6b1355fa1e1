#include "TelemetryView.h"

#include "AlertsModel.h"
#include "TargetsModel.h"
#include "TelemetryPanel.h"

#include "charts/TimeSeriesChart.h"
#include "secrets/CredentialStore.h"
#include "telemetry/PrometheusClient.h"
#include "telemetry/PrometheusCredentials.h"
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
#include <QSortFilterProxyModel>
#include <QTreeView>
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

QTreeView *makeTree(const QString &objectName, QAbstractItemModel *model, int sortRole, QObject *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(sortRole);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    auto *tree = new QTreeView;
    tree->setObjectName(objectName);
    tree->setModel(proxy);
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    tree->setUniformRowHeights(true);
    tree->setSortingEnabled(true);
    tree->sortByColumn(-1, Qt::AscendingOrder); // the model's own order (firing first) until a header is clicked
    tree->header()->setStretchLastSection(true);
    return tree;
}

} // namespace

TelemetryView::TelemetryView(QWidget *parent)
    : FeatureView(parent), m_network(new QNetworkAccessManager(this)), m_dashboardCombo(new QComboBox), m_rangeCombo(new QComboBox),
      m_fromEdit(new QDateTimeEdit), m_toEdit(new QDateTimeEdit), m_refreshCombo(new QComboBox), m_refreshButton(new QPushButton(tr("Refresh"))),
      m_status(new QLabel), m_grid(new QWidget), m_gridLayout(new QGridLayout(m_grid)),
      m_alertsModel(new AlertsModel(this)), m_targetsModel(new TargetsModel(this)),
      m_alerts(makeTree(QStringLiteral("alertsTree"), m_alertsModel, AlertsModel::SortRole, this)),
      m_targets(makeTree(QStringLiteral("targetsTree"), m_targetsModel, TargetsModel::SortRole, this)),
      m_alertsStatus(new QLabel), m_targetsStatus(new QLabel), m_autoRefresh(new QTimer(this))
{
    setObjectName(QStringLiteral("telemetryView"));
    m_dashboardCombo->setObjectName(QStringLiteral("dashboardComboBox"));
    m_rangeCombo->setObjectName(QStringLiteral("rangeComboBox"));
    m_refreshCombo->setObjectName(QStringLiteral("refreshComboBox"));
    m_refreshButton->setObjectName(QStringLiteral("refreshButton"));
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_fromEdit->setObjectName(QStringLiteral("fromDateTimeEdit"));
    m_toEdit->setObjectName(QStringLiteral("toDateTimeEdit"));
    m_alertsStatus->setObjectName(QStringLiteral("alertsStatusLabel"));
    m_targetsStatus->setObjectName(QStringLiteral("targetsStatusLabel"));
    for (QLabel *label : {m_alertsStatus, m_targetsStatus}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_dashboardCombo->setAccessibleName(tr("Dashboard"));
    m_rangeCombo->setAccessibleName(tr("Time range"));
    m_fromEdit->setAccessibleName(tr("Start of the time range"));
    m_toEdit->setAccessibleName(tr("End of the time range"));
    m_refreshCombo->setAccessibleName(tr("Auto-refresh interval"));
    m_refreshButton->setAccessibleName(tr("Refresh the charts"));
    m_alerts->setAccessibleName(tr("Firing alerts"));
    m_targets->setAccessibleName(tr("Targets"));
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
    scroll->setAccessibleName(tr("Dashboard panels"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_grid);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *side = new QSplitter(Qt::Vertical);
    auto *alertsBox = new QWidget;
    auto *alertsLayout = new QVBoxLayout(alertsBox);
    alertsLayout->setContentsMargins(0, 0, 0, 0);
    alertsLayout->addWidget(new QLabel(tr("<b>Firing alerts</b>")));
    alertsLayout->addWidget(m_alertsStatus);
    alertsLayout->addWidget(m_alerts);
    auto *targetsBox = new QWidget;
    auto *targetsLayout = new QVBoxLayout(targetsBox);
    targetsLayout->setContentsMargins(0, 0, 0, 0);
    targetsLayout->addWidget(new QLabel(tr("<b>Targets</b>")));
    targetsLayout->addWidget(m_targetsStatus);
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
    ++m_environmentGeneration;
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
    cancelSideJobs();
    m_scrapeInterval = kDefaultScrapeInterval;
    m_alertsModel->clear();
    m_targetsModel->clear();
    m_alertsStatus->clear();
    m_targetsStatus->clear();
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
    options.timeoutMs = m_timeoutMs;
    const QString problem = problems.isEmpty() ? QString() : problems.first().toString();
    if (!m_store)
        m_store = new CredentialStore(this);
    const auto key = PrometheusCredentials::keychainKey(workspace, *env, *m_store);
    if (!key) {
        startClient(options, problem);
        return;
    }
    // The token is read off the UI thread; nothing is asked of Prometheus before it is there.
    for (TelemetryPanel *p : std::as_const(m_panels))
        p->chart()->setMessage(tr("reading the Prometheus credentials from the keychain…"));
    m_status->setText(tr("Reading the Prometheus credentials \"%1\" from the keychain…").arg(key->name));
    const quint64 generation = m_environmentGeneration;
    QPointer<TelemetryView> self(this);
    PrometheusCredentials::load(m_store, *key, options, [self, generation, problem](Result<PrometheusOptions> loaded) {
        if (!self || generation != self->m_environmentGeneration)
            return; // another environment was chosen meanwhile
        if (!loaded) {
            const QString text = tr("Cannot use the Prometheus credentials: %1").arg(loaded.error().toString());
            for (TelemetryPanel *p : std::as_const(self->m_panels))
                p->chart()->setMessage(text);
            self->m_status->setText(text);
            return;
        }
        self->startClient(loaded.value(), problem);
    });
}

void TelemetryView::startClient(const PrometheusOptions &options, const QString &problem)
{
    m_client = new PrometheusClient(m_network, options, this);
    if (!problem.isEmpty())
        m_status->setText(problem);
    refresh();
    const int seconds = m_refreshCombo->currentData().toInt();
    if (seconds > 0)
        m_autoRefresh->start(seconds * 1000);
}

void TelemetryView::setCredentialStore(CredentialStore *store)
{
    m_store = store;
}

void TelemetryView::setRequestTimeoutMs(int ms)
{
    m_timeoutMs = ms;
}

bool TelemetryView::hasClient() const
{
    return m_client != nullptr;
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

QString TelemetryView::alertsStatusText() const
{
    return m_alertsStatus->text();
}

QString TelemetryView::targetsStatusText() const
{
    return m_targetsStatus->text();
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
    cancelSideJobs();
    m_alertsJob = m_client->alerts(this);
    m_targetsJob = m_client->targets(this);
    PrometheusJob *alerts = m_alertsJob;
    PrometheusJob *targets = m_targetsJob;
    connect(alerts, &PrometheusJob::finished, this, [this, alerts] { showAlerts(alerts); });
    connect(targets, &PrometheusJob::finished, this, [this, targets] { showTargets(targets); });
}

void TelemetryView::cancelSideJobs()
{
    for (PrometheusJob *old : {m_alertsJob.data(), m_targetsJob.data()}) {
        if (old) {
            old->disconnect(this);
            old->abort();
            old->deleteLater();
        }
    }
    m_alertsJob = nullptr;
    m_targetsJob = nullptr;
}

void TelemetryView::showAlerts(PrometheusJob *job)
{
    job->deleteLater();
    if (job != m_alertsJob)
        return;
    if (!job->ok()) {
        m_alertsModel->clear();
        m_alertsStatus->setText(tr("Cannot load the alerts: %1").arg(job->error().message));
        m_alertsStatus->setToolTip(job->error().toString());
    } else {
        m_alertsModel->setAlerts(job->response().alerts);
        const int firing = m_alertsModel->firingCount();
        const int pending = m_alertsModel->rowCount() - firing;
        m_alertsStatus->setText(firing == 0 && pending == 0 ? tr("No alerts firing.")
                                                            : tr("%1 firing, %2 pending.").arg(firing).arg(pending));
        m_alertsStatus->setToolTip(QString());
    }
    m_alertsJob = nullptr;
    checkFinished();
}

void TelemetryView::showTargets(PrometheusJob *job)
{
    job->deleteLater();
    if (job != m_targetsJob)
        return;
    if (!job->ok()) {
        m_targetsModel->clear();
        m_targetsStatus->setText(tr("Cannot load the targets: %1").arg(job->error().message));
        m_targetsStatus->setToolTip(job->error().toString());
    } else {
        m_targetsModel->setTargets(job->response().targets);
        const int down = m_targetsModel->downCount();
        m_targetsStatus->setText(down ? tr("%1 of %2 targets are down.").arg(down).arg(m_targetsModel->rowCount())
                     : m_targetsModel->rowCount() == 1 ? tr("The target is up.")
                                                       : tr("All %1 targets are up.").arg(m_targetsModel->rowCount()));
        m_targetsStatus->setToolTip(QString());
        // $__rate_interval needs the real scrape interval: learnt here, used from the next refresh on.
        if (const qint64 scrape = m_targetsModel->shortestScrapeIntervalSeconds(); scrape > 0)
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
