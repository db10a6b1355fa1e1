#include "CostsView.h"

#include "CostEnvironmentModel.h"
#include "CostHistory.h"
#include "CostResourceModel.h"
#include "CostSummary.h"

#include "charts/LineChart.h"
#include "charts/PieChart.h"
#include "charts/StackedBarChart.h"

#include "common/Async.h"
#include "secrets/CredentialStore.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMap>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <map>

namespace Infradeck {

namespace {

double toDouble(const Money &m)
{
    return double(m.micros()) / double(Money::Scale);
}

// RFC 4180: quote fields holding a separator, a quote or a line break; double the quotes. A leading = + - @
// would make spreadsheets evaluate the cell, so such text fields get a leading apostrophe.
QString csvField(const QString &value, bool numeric)
{
    QString v = value;
    if (!numeric && !v.isEmpty() && QStringLiteral("=+-@").contains(v.front()))
        v.prepend(QLatin1Char('\''));
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n'))
        || v.contains(QLatin1Char('\r'))) {
        v.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        v = QLatin1Char('"') + v + QLatin1Char('"');
    }
    return v;
}

} // namespace

CostsView::CostsView(QWidget *parent)
    : FeatureView(parent),
      m_totalLabel(new QLabel(this)),
      m_selectedLabel(new QLabel(this)),
      m_prCapLabel(new QLabel(this)),
      m_messageLabel(new QLabel(this)),
      m_progress(new QProgressBar(this)),
      m_refreshButton(new QPushButton(tr("Refresh"), this)),
      m_pricesButton(new QPushButton(tr("Refresh prices"), this)),
      m_pricesLabel(new QLabel(this)),
      m_staleBadge(new QLabel(tr("stale"), this)),
      m_pricesStatusLabel(new QLabel(this)),
      m_barChart(new StackedBarChart(this)),
      m_pieChart(new PieChart(this)),
      m_historyChart(new LineChart(this)),
      m_tabs(new QTabWidget(this)),
      m_environmentView(new QTableView(this)),
      m_environmentModel(new CostEnvironmentModel(this)),
      m_filterEdit(new QLineEdit(this)),
      m_exportButton(new QPushButton(tr("Export CSV…"), this)),
      m_resourceView(new QTableView(this)),
      m_resourceModel(new CostResourceModel(this)),
      m_resourceProxy(new QSortFilterProxyModel(this)),
      m_unpricedList(new QListWidget(this))
{
    setObjectName(QStringLiteral("costsView"));
    m_totalLabel->setObjectName(QStringLiteral("totalLabel"));
    m_totalLabel->setAccessibleName(tr("Workspace monthly total"));
    QFont big = m_totalLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_totalLabel->setFont(big);
    m_selectedLabel->setObjectName(QStringLiteral("selectedLabel"));
    m_selectedLabel->setAccessibleName(tr("Selected environment cost"));
    m_prCapLabel->setObjectName(QStringLiteral("prCapLabel"));
    m_prCapLabel->setAccessibleName(tr("Preview environments against their cap"));
    m_prCapLabel->setTextFormat(Qt::RichText);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setObjectName(QStringLiteral("estimateProgressBar"));
    m_progress->setAccessibleName(tr("Estimating costs"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_refreshButton->setObjectName(QStringLiteral("refreshButton"));
    m_pricesButton->setObjectName(QStringLiteral("refreshPricesButton"));
    m_pricesButton->setAccessibleName(tr("Refresh prices from the Hetzner API"));
    m_pricesButton->setToolTip(tr("Fetch current Hetzner Cloud prices with the token stored in the keychain."));
    m_pricesLabel->setObjectName(QStringLiteral("pricesLabel"));
    m_pricesLabel->setAccessibleName(tr("Where the prices come from"));
    m_staleBadge->setObjectName(QStringLiteral("staleBadge"));
    m_staleBadge->setAccessibleName(tr("Prices are stale"));
    m_staleBadge->setStyleSheet(QStringLiteral("QLabel { background: #d08a00; color: white; border-radius: 6px; padding: 1px 6px; font-weight: bold; }"));
    m_staleBadge->setVisible(false);
    m_pricesStatusLabel->setObjectName(QStringLiteral("pricesStatusLabel"));
    m_pricesStatusLabel->setAccessibleName(tr("Price refresh status"));
    m_pricesStatusLabel->setWordWrap(true);
    m_pricesStatusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pricesStatusLabel->setVisible(false);
    m_barChart->setObjectName(QStringLiteral("providerStackedBarChart"));
    m_barChart->setTitle(tr("Monthly cost per environment by provider"));
    m_pieChart->setObjectName(QStringLiteral("typePieChart"));
    m_pieChart->setTitle(tr("Monthly cost by resource type"));
    m_historyChart->setObjectName(QStringLiteral("historyLineChart"));
    m_historyChart->setTitle(tr("Monthly total over time"));
    m_tabs->setObjectName(QStringLiteral("costTabWidget"));
    m_tabs->setAccessibleName(tr("Cost breakdown"));

    m_environmentView->setObjectName(QStringLiteral("environmentTableView"));
    m_environmentView->setAccessibleName(tr("Environments"));
    m_environmentView->setModel(m_environmentModel);
    m_environmentView->verticalHeader()->hide();
    m_environmentView->horizontalHeader()->setStretchLastSection(false);
    m_environmentView->horizontalHeader()->setSectionResizeMode(CostEnvironmentModel::StatusColumn, QHeaderView::Stretch);
    m_environmentView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_environmentView->setWordWrap(false);

    m_filterEdit->setObjectName(QStringLiteral("filterLineEdit"));
    m_filterEdit->setAccessibleName(tr("Filter resources"));
    m_filterEdit->setPlaceholderText(tr("Filter by environment, address, type, provider or source…"));
    m_filterEdit->setClearButtonEnabled(true);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setAccessibleName(tr("Export the resource table to CSV"));
    m_resourceProxy->setObjectName(QStringLiteral("resourceProxyModel"));
    m_resourceProxy->setSourceModel(m_resourceModel);
    m_resourceProxy->setSortRole(CostResourceModel::SortRole);
    m_resourceProxy->setFilterKeyColumn(-1);
    m_resourceProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_resourceView->setObjectName(QStringLiteral("resourceTableView"));
    m_resourceView->setAccessibleName(tr("Resources"));
    m_resourceView->setModel(m_resourceProxy);
    m_resourceView->setSortingEnabled(true);
    m_resourceView->sortByColumn(CostResourceModel::MonthlyColumn, Qt::DescendingOrder);
    m_resourceView->verticalHeader()->hide();
    m_resourceView->horizontalHeader()->setSectionResizeMode(CostResourceModel::AddressColumn, QHeaderView::Stretch);
    m_resourceView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_resourceView->setWordWrap(false);
    m_unpricedList->setObjectName(QStringLiteral("unpricedListWidget"));
    m_unpricedList->setAccessibleName(tr("Unpriced resources"));

    auto *header = new QHBoxLayout;
    header->addWidget(m_totalLabel);
    header->addSpacing(16);
    header->addWidget(m_selectedLabel, 1);
    header->addWidget(m_progress);
    header->addWidget(m_refreshButton);

    auto *charts = new QSplitter(Qt::Horizontal, this);
    charts->setObjectName(QStringLiteral("chartSplitter"));
    charts->addWidget(m_barChart);
    charts->addWidget(m_pieChart);
    charts->addWidget(m_historyChart);
    charts->setStretchFactor(0, 3);
    charts->setStretchFactor(1, 3);
    charts->setStretchFactor(2, 3);

    auto *resources = new QWidget(this);
    auto *resourcesLayout = new QVBoxLayout(resources);
    resourcesLayout->setContentsMargins(0, 0, 0, 0);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filterEdit, 1);
    filters->addWidget(m_exportButton);
    resourcesLayout->addLayout(filters);
    resourcesLayout->addWidget(m_resourceView, 1);

    m_tabs->addTab(m_environmentView, tr("Environments"));
    m_tabs->addTab(resources, tr("Resources"));
    m_tabs->addTab(m_unpricedList, tr("Unpriced"));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("costSplitter"));
    splitter->addWidget(charts);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    charts->setMinimumHeight(280);

    auto *layout = new QVBoxLayout(this);
    auto *prices = new QHBoxLayout;
    prices->addWidget(m_pricesLabel);
    prices->addWidget(m_staleBadge);
    prices->addStretch(1);
    prices->addWidget(m_pricesButton);
    layout->addLayout(header);
    layout->addLayout(prices);
    layout->addWidget(m_pricesStatusLabel);
    layout->addWidget(m_prCapLabel);
    layout->addWidget(m_messageLabel);
    layout->addWidget(splitter, 1);

    m_saveFileName = [](QWidget *parent, const QString &suggested) {
        return QFileDialog::getSaveFileName(parent, tr("Export Costs"), suggested, tr("CSV files (*.csv)"));
    };
    connect(m_refreshButton, &QPushButton::clicked, this, &CostsView::refresh);
    connect(m_pricesButton, &QPushButton::clicked, this, &CostsView::refreshPrices);
    connect(m_exportButton, &QPushButton::clicked, this, &CostsView::exportClicked);
    connect(m_filterEdit, &QLineEdit::textChanged, m_resourceProxy, &QSortFilterProxyModel::setFilterFixedString);
    showResult();
}

CostsView::~CostsView()
{
    m_task.cancel();
    ++m_pricesGeneration;
    delete m_pricing.data(); // before the network manager it uses
}

QString CostsView::title() const
{
    return tr("Costs");
}

void CostsView::setEnvironment(const Workspace &workspace, const Environment *env)
{
    m_selected = env ? env->name : QString();
    QStringList oldNames, newNames;
    for (const Environment &e : m_workspace.environments())
        oldNames << e.name;
    for (const Environment &e : workspace.environments())
        newNames << e.name;
    // Switching environments only moves the highlight; another workspace (or a reloaded one) is estimated again.
    if (workspace.filePath() != m_workspace.filePath() || oldNames != newNames || !m_workspace.isValid()) {
        if (workspace.filePath() != m_workspace.filePath() && isFetchingPrices()) {
            ++m_pricesGeneration; // the other workspace's fetch is of no use here
            m_readingToken = false;
            if (m_pricing)
                m_pricing->deleteLater();
            m_pricing = nullptr;
            m_pricesStatus.clear();
        }
        m_workspace = workspace;
        startEstimate();
        return;
    }
    showHighlight();
}

QString CostsView::historyPath() const
{
    if (!m_historyPathOverride.isEmpty())
        return m_historyPathOverride;
    return m_workspace.filePath().isEmpty() ? QString() : CostHistory::defaultPath(m_workspace.filePath());
}

void CostsView::refresh()
{
    startEstimate();
}

void CostsView::startEstimate()
{
    m_task.cancel();
    const quint64 generation = ++m_generation;
    m_loading = true;
    m_progress->setVisible(true);
    m_refreshButton->setEnabled(false);
    const Workspace workspace = m_workspace;
    const QString liveDir = livePricesDir();
    m_task = QFuture<void>(runAsync(
        this,
        [workspace, liveDir](const TaskControl &control) {
            return std::make_shared<WorkspaceCosts::Result>(WorkspaceCosts::estimate(workspace, &control, liveDir));
        },
        [this, generation](std::shared_ptr<WorkspaceCosts::Result> result) {
            if (generation != m_generation) // a newer estimate was started: this one is stale
                return;
            m_loading = false;
            m_result = std::move(*result);
            updateHistory();
            showResult();
            Q_EMIT estimated();
        }));
}

Money CostsView::workspaceTotal() const
{
    Money total(0, m_result.currency);
    for (const EnvironmentCost &e : m_result.environments)
        total += e.monthly();
    return total;
}

CostsView::PrCap CostsView::prCap() const
{
    PrCap cap;
    cap.total = Money(0, m_result.currency);
    cap.cap = Money(0, m_result.currency);
    for (const EnvironmentCost &e : m_result.environments) {
        if (!e.isPreview())
            continue;
        ++cap.environments;
        cap.total += e.monthly();
        if (e.budget)
            cap.cap += e.budget->amount();
        else
            ++cap.withoutBudget;
    }
    return cap;
}

void CostsView::showResult()
{
    m_progress->setVisible(m_loading);
    m_refreshButton->setEnabled(!m_loading);
    const QList<EnvironmentCost> &envs = m_result.environments;
    m_environmentModel->setEnvironments(envs);
    m_resourceModel->setEnvironments(envs);
    m_environmentView->resizeColumnsToContents();
    m_resourceView->resizeColumnToContents(CostResourceModel::EnvironmentColumn);
    m_resourceView->resizeColumnToContents(CostResourceModel::MonthlyColumn);

    if (m_workspace.filePath().isEmpty()) {
        m_totalLabel->setText(tr("No workspace"));
    } else if (m_loading && envs.isEmpty()) {
        m_totalLabel->setText(tr("Estimating…"));
    } else {
        m_totalLabel->setText(tr("%1: %2").arg(m_workspace.name(), CostSummary::monthlyText(workspaceTotal())));
    }

    // Stacked bars: environments along the axis, one segment per provider.
    QStringList categories;
    std::map<QString, QList<double>> byProvider;
    for (const EnvironmentCost &e : envs)
        for (const CostReport::Group &g : e.report.groups(CostReport::GroupBy::Provider))
            byProvider[g.key.isEmpty() ? tr("unknown") : g.key];
    for (qsizetype i = 0; i < envs.size(); ++i) {
        categories << envs.at(i).name;
        for (auto &[provider, values] : byProvider)
            values.append(0.0);
        for (const CostReport::Group &g : envs.at(i).report.groups(CostReport::GroupBy::Provider))
            byProvider[g.key.isEmpty() ? tr("unknown") : g.key][i] = toDouble(g.after);
    }
    QList<ChartSeries> series;
    for (const auto &[provider, values] : byProvider)
        series.append(ChartSeries{provider, values, {}});
    m_barChart->setValueLabel(m_result.currency);
    m_barChart->setData(categories, series);

    // Pie: resource types over the whole workspace.
    std::map<QString, qint64> byType;
    for (const EnvironmentCost &e : envs)
        for (const CostReport::Group &g : e.report.groups(CostReport::GroupBy::Type))
            byType[g.key] += g.after.micros();
    QList<ChartSlice> slices;
    for (const auto &[type, micros] : byType)
        slices.append(ChartSlice{type, double(micros) / double(Money::Scale)});
    m_pieChart->setSlices(slices, 8, tr("other"));

    // Unpriced resources: listed, never counted.
    m_unpricedList->clear();
    int unpriced = 0;
    for (const EnvironmentCost &e : envs)
        for (const ResourceCost &r : e.report.unpriced) {
            auto *item = new QListWidgetItem(tr("%1: %2 (%3) — %4").arg(e.name, r.address, r.type, r.unpricedReason),
                                             m_unpricedList);
            item->setData(Qt::UserRole, e.name);
            ++unpriced;
        }
    m_tabs->setTabText(2, tr("Unpriced (%1)").arg(unpriced));

    QStringList messages;
    for (const Error &p : m_result.problems)
        messages << p.toString();
    m_messageLabel->setText(messages.join(QLatin1Char('\n')));
    m_messageLabel->setVisible(!messages.isEmpty());

    const PrCap cap = prCap();
    if (cap.environments == 0) {
        m_prCapLabel->setText(tr("No preview (PR) environments."));
    } else if (!cap.hasCap()) {
        m_prCapLabel->setText(tr("Preview environments (%1): %2 — no cap: none of them has a budget.")
                                  .arg(cap.environments)
                                  .arg(CostSummary::monthlyText(cap.total)));
    } else {
        const bool over = cap.isOver();
        const QString color = over ? QStringLiteral("#d03b3b") : QStringLiteral("#2e8b57");
        const QString verdict = over ? tr("OVER the cap by %1").arg((cap.total - cap.cap).toDisplayString())
                                     : tr("under the cap, %1 left").arg((cap.cap - cap.total).toDisplayString());
        QString text = tr("Preview environments (%1): <b>%2</b> of a %3 cap — <span style='color:%4'><b>%5 %6</b></span>")
                           .arg(cap.environments)
                           .arg(CostSummary::monthlyText(cap.total), cap.cap.toDisplayString(), color,
                                over ? QStringLiteral("✗") : QStringLiteral("✓"), verdict);
        if (cap.withoutBudget > 0)
            text += tr(" (%n without a budget, not in the cap)", nullptr, cap.withoutBudget);
        m_prCapLabel->setText(text);
    }
    m_prCapLabel->setProperty("overCap", cap.isOver());
    m_prCapLabel->setAccessibleDescription(cap.isOver() ? tr("over the cap") : tr("within the cap"));

    showHistory();
    showHighlight();
    showPrices();
}

void CostsView::showHighlight()
{
    m_environmentModel->setHighlighted(m_selected);
    m_resourceModel->setHighlighted(m_selected);
    m_environmentView->resizeColumnsToContents(); // the bold row is wider
    const EnvironmentCost *selected = nullptr;
    for (const EnvironmentCost &e : m_result.environments)
        if (e.name == m_selected)
            selected = &e;
    if (!selected) {
        m_selectedLabel->setText(m_selected.isEmpty() ? QString() : tr("%1: not estimated yet").arg(m_selected));
        return;
    }
    QString text;
    if (!selected->hasReport)
        text = tr("%1: no estimate").arg(selected->name);
    else if (selected->isPlan())
        text = tr("%1 — plan: %2").arg(selected->name, CostSummary::planDeltaText(selected->report));
    else
        text = tr("%1 — state: %2").arg(selected->name, CostSummary::planDeltaText(selected->report));
    if (selected->budgetFinding)
        text += QStringLiteral(" — ") + selected->budgetFinding->reason;
    m_selectedLabel->setText(text);
}

QString CostsView::livePricesDir() const
{
    const QString history = historyPath();
    if (history.isEmpty())
        return {};
    const QFileInfo info(history);
    return info.absolutePath() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral(".live-prices");
}

void CostsView::refreshPrices()
{
    if (isFetchingPrices() || !m_workspace.isValid())
        return;
    // The selected environment's Hetzner token, else the first environment that names one.
    const QString provider = QStringLiteral("hcloud");
    const Environment *env = m_workspace.environment(m_selected);
    if (!env || env->tokens.value(provider).isEmpty()) {
        env = nullptr;
        for (const Environment &e : m_workspace.environments())
            if (!e.tokens.value(provider).isEmpty()) {
                env = &e;
                break;
            }
    }
    if (!env) {
        showPricesStatus(tr("No environment names a Hetzner token. Add tokens: {hcloud: keychain:NAME} to an environment "
                            "and store the token in the keychain under NAME."),
                         true);
        return;
    }
    const quint64 generation = ++m_pricesGeneration;
    m_readingToken = true;
    showPricesStatus(tr("Reading the Hetzner token of \"%1\" from the keychain…").arg(env->name), false);
    QPointer<CostsView> self(this);
    readToken(*env, [self, generation](Result<SecureBytes> token) {
        if (!self || generation != self->m_pricesGeneration)
            return;
        self->m_readingToken = false;
        if (!token) {
            self->showPricesStatus(tr("Cannot read the Hetzner token: %1").arg(token.error().toString()), true);
            return;
        }
        self->startPricing(QString::fromUtf8(token->view()).trimmed());
    });
}

void CostsView::readToken(const Environment &env, std::function<void(Result<SecureBytes>)> done)
{
    if (m_tokenProvider) {
        m_tokenProvider(m_workspace, env, std::move(done));
        return;
    }
    if (!m_store)
        m_store = new CredentialStore(this);
    // The entry scoped to this environment wins over the workspace-wide one.
    CredentialStore::Key key;
    key.workspace = CredentialStore::workspaceId(m_workspace.name());
    key.environment = env.name;
    key.name = env.tokens.value(QStringLiteral("hcloud"));
    if (!m_store->contains(key))
        key.environment = QString::fromLatin1(CredentialStore::AnyEnvironment);
    m_store->read(key, std::move(done));
}

void CostsView::startPricing(const QString &token)
{
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    HetznerPricing::Options options = m_pricingOptions;
    options.token = token;
    options.cacheDir = livePricesDir();
    m_pricing = new HetznerPricing(m_network, options, this);
    const quint64 generation = m_pricesGeneration;
    connect(m_pricing.data(), &HetznerPricing::finished, this, [this, generation] {
        if (generation == m_pricesGeneration)
            pricingFinished();
    });
    showPricesStatus(tr("Fetching prices from the Hetzner API…"), false);
    m_pricing->start();
}

void CostsView::pricingFinished()
{
    HetznerPricing *job = m_pricing.data();
    m_pricing = nullptr;
    if (!job)
        return;
    job->deleteLater();
    if (!job->ok()) {
        showPricesStatus(tr("Live prices not updated: %1. The estimate keeps the prices shown above.").arg(job->error().toString()), true);
        Q_EMIT pricesRefreshed(false);
        return;
    }
    QStringList warnings;
    for (const Error &w : job->snapshot().catalog.warnings)
        warnings << w.toString();
    if (warnings.isEmpty())
        showPricesStatus(tr("Prices updated from the Hetzner API at %1.")
                             .arg(QLocale().toString(job->snapshot().fetchedAt.toLocalTime(), QLocale::ShortFormat)),
                         false);
    else
        showPricesStatus(tr("Prices updated from the Hetzner API, but: %1").arg(warnings.join(QStringLiteral("; "))), true);
    Q_EMIT pricesRefreshed(true);
    startEstimate(); // picks the cached live prices up
}

void CostsView::showPricesStatus(const QString &text, bool error)
{
    m_pricesStatus = text;
    m_pricesError = error;
    showPrices();
}

QString CostsView::pricesStatusText() const
{
    return m_pricesStatus;
}

QString CostsView::pricesText() const
{
    const QString catalogDate = m_result.catalogDate.isValid() ? m_result.catalogDate.toString(Qt::ISODate) : tr("unknown date");
    if (m_result.livePricesAt.isValid())
        return tr("Prices: Hetzner API, %1; other providers from the catalog of %2.")
            .arg(m_result.livePricesAt.toLocalTime().date().toString(Qt::ISODate), catalogDate);
    return tr("Prices: catalog of %1.").arg(catalogDate);
}

bool CostsView::arePricesStale() const
{
    const QDate date = m_result.livePricesAt.isValid() ? m_result.livePricesAt.toLocalTime().date() : m_result.catalogDate;
    const int days = m_staleAfterDays >= 0 ? m_staleAfterDays : m_result.staleAfterDays;
    return date.isValid() && days >= 0 && date.daysTo(QDate::currentDate()) > days;
}

void CostsView::showPrices()
{
    const bool haveResult = m_result.catalogDate.isValid() || m_result.livePricesAt.isValid();
    m_pricesLabel->setText(haveResult ? pricesText() : QString());
    const bool stale = haveResult && arePricesStale();
    m_staleBadge->setVisible(stale);
    if (stale) {
        const QDate date = m_result.livePricesAt.isValid() ? m_result.livePricesAt.toLocalTime().date() : m_result.catalogDate;
        const int days = m_staleAfterDays >= 0 ? m_staleAfterDays : m_result.staleAfterDays;
        m_staleBadge->setToolTip(tr("The prices are %1 days old, older than %2 days: refresh them or check the catalog.")
                                     .arg(date.daysTo(QDate::currentDate()))
                                     .arg(days));
    }
    m_pricesButton->setEnabled(m_workspace.isValid() && !isFetchingPrices());
    m_pricesStatusLabel->setText(m_pricesStatus);
    m_pricesStatusLabel->setVisible(!m_pricesStatus.isEmpty());
    m_pricesStatusLabel->setStyleSheet(m_pricesError ? QStringLiteral("QLabel { color: #d03b3b; }") : QString());
    m_pricesStatusLabel->setProperty("error", m_pricesError);
}

void CostsView::updateHistory()
{
    const QString path = historyPath();
    if (path.isEmpty())
        return;
    auto loaded = CostHistory::load(path, m_workspace.filePath());
    CostHistory history(path, m_workspace.filePath());
    if (loaded)
        history = std::move(loaded).value();
    else // a damaged history is started afresh rather than blocking the view; say so
        m_result.problems.append(loaded.error());
    bool changed = false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const EnvironmentCost &e : m_result.environments)
        if (e.hasReport)
            changed = history.record(e.name, e.monthly(), now) || changed;
    if (changed) {
        Result<bool> saved = history.save();
        if (!saved)
            m_result.problems.append(saved.error());
    }
}

void CostsView::showHistory()
{
    QList<ChartSeries> series;
    const QString path = historyPath();
    if (!path.isEmpty()) {
        auto history = CostHistory::load(path);
        if (history) {
            for (const QString &env : history->environments()) {
                ChartSeries s;
                s.name = env;
                for (const CostHistory::Entry &e : history->entries(env))
                    s.points.append({e.time, toDouble(e.monthly)});
                series.append(s);
            }
        }
    }
    m_historyChart->setValueLabel(m_result.currency);
    m_historyChart->setSeries(series);
}

void CostsView::exportClicked()
{
    const QString suggested = QDir::home().filePath(
        QStringLiteral("%1-costs.csv").arg(m_workspace.name().isEmpty() ? QStringLiteral("infradeck") : m_workspace.name()));
    const QString path = m_saveFileName ? m_saveFileName(this, suggested) : QString();
    if (path.isEmpty())
        return;
    if (!exportCsv(path)) {
        m_messageLabel->setText(m_errorString);
        m_messageLabel->setVisible(true);
    }
}

bool CostsView::exportCsv(const QString &path)
{
    QString out;
    QStringList header;
    for (int c = 0; c < CostResourceModel::ColumnCount; ++c)
        header << csvField(m_resourceModel->headerData(c, Qt::Horizontal).toString(), false);
    header << csvField(tr("Currency"), false);
    out += header.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (int r = 0; r < m_resourceProxy->rowCount(); ++r) {
        QStringList fields;
        for (int c = 0; c < CostResourceModel::ColumnCount; ++c) {
            const bool numeric = c == CostResourceModel::MonthlyColumn || c == CostResourceModel::DeltaColumn;
            fields << csvField(m_resourceProxy->index(r, c).data(CostResourceModel::ExactValueRole).toString(), numeric);
        }
        fields << m_result.currency;
        out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_errorString = tr("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    file.write(out.toUtf8());
    if (!file.commit()) {
        m_errorString = tr("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    m_errorString.clear();
    return true;
}

} // namespace Infradeck
