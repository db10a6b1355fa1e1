#include "cost/CostEstimator.h"
#include "cost/CostInputReader.h"
#include "cost/CostSummary.h"
#include "EnvironmentsOverview.h"

#include "EnvironmentSummaryModel.h"
#include "InventoryModel.h"

#include "common/Async.h"
#include "terraform/StateReader.h"
#include "workspace/Workspace.h"

#include <optional>

#include <QCoreApplication>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSet>
#include <QTreeView>
#include <QVBoxLayout>

namespace Infradeck {

namespace {
bool isPreview(const Environment &env)
{
    static const QRegularExpression prName(QStringLiteral("^(pr|preview|review)[-_]?\\d+"),
                                           QRegularExpression::CaseInsensitiveOption);
    return env.kind == QStringLiteral("preview") || prName.match(env.name).hasMatch();
}

EnvironmentSummaryModel::Summary baseSummary(const Environment &env)
{
    EnvironmentSummaryModel::Summary s;
    s.name = env.name;
    s.kind = env.kind;
    s.isProtected = env.isProtected;
    s.preview = isPreview(env);
    s.statePath = env.statePath;
    s.created = env.created;
    if (!env.statePath.isEmpty()) {
        const QFileInfo info(env.statePath);
        if (info.exists())
            s.modified = info.lastModified();
    }
    return s;
}
} // namespace

EnvironmentsOverview::EnvironmentsOverview(QWidget *parent)
    : FeatureView(parent),
      m_summaryLabel(new QLabel(this)),
      m_progress(new QProgressBar(this)),
      m_view(new QTreeView(this)),
      m_model(new EnvironmentSummaryModel(this))
{
    setObjectName(QStringLiteral("environmentsOverview"));
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("loadProgressBar"));
    m_progress->setAccessibleName(tr("Reading states"));
    m_progress->hide();
    m_view->setObjectName(QStringLiteral("environmentTreeView"));
    m_view->setAccessibleName(tr("Environments"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setRootIsDecorated(true);
    m_view->header()->setSectionResizeMode(EnvironmentSummaryModel::ProvidersColumn, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_progress);
    layout->addWidget(m_view, 1);

    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QString name = index.data(EnvironmentSummaryModel::NameRole).toString();
        if (!name.isEmpty())
            Q_EMIT environmentActivated(name);
    });
}

EnvironmentsOverview::~EnvironmentsOverview()
{
    m_task.cancel();
}

QString EnvironmentsOverview::title() const
{
    return tr("Environments");
}

void EnvironmentsOverview::setReferenceDate(const QDate &date)
{
    m_model->setReferenceDate(date);
    m_view->expandAll();
}

void EnvironmentsOverview::setEnvironment(const Workspace &workspace, const Environment *env)
{
    m_selected = env ? env->name : QString();
    // Switching environment only moves the selection; the states are read again only when the workspace (a reload
    // included), its environments or a state file changed.
    QString key = workspace.filePath() + QLatin1Char('\n') + workspace.pricingPath();
    for (const Environment &e : workspace.environments())
        key += QLatin1Char('\n') + e.name + QLatin1Char('|') + e.statePath + QLatin1Char('|')
               + QString::number(e.statePath.isEmpty() ? 0 : QFileInfo(e.statePath).lastModified().toMSecsSinceEpoch());
    if (!workspace.filePath().isEmpty() && key == m_loadedKey) {
        m_view->setCurrentIndex(m_model->indexOfName(m_selected));
        return;
    }
    m_loadedKey = key;
    m_pricingPath = workspace.pricingPath();
    m_task.cancel();
    const int generation = ++m_generation;

    QList<EnvironmentSummaryModel::Summary> summaries;
    for (const Environment &e : workspace.environments()) {
        EnvironmentSummaryModel::Summary s = baseSummary(e);
        if (e.statePath.isEmpty())
            s.error = tr("No state file named.");
        summaries.append(s);
    }
    m_model->setSummaries(summaries);
    m_view->expandAll();
    m_loading = true;
    m_progress->setRange(0, int(summaries.size()));
    m_progress->setValue(0);
    m_progress->show();
    m_summaryLabel->setText(tr("Reading %n state file(s)…", nullptr, int(summaries.size())));

    m_task = QFuture<void>(runAsync(
        this,
        [summaries, pricing = m_pricingPath](const TaskControl &control) {
            QList<EnvironmentSummaryModel::Summary> out = summaries;
            std::optional<CostEstimator> estimator;
            if (Result<PriceCatalog> catalog = PriceCatalog::loadDefault()) {
                if (!pricing.isEmpty())
                    if (Result<PriceCatalog> overlay = PriceCatalog::load(pricing))
                        catalog->merge(overlay.value());
                estimator.emplace(catalog.value());
            }
            for (int i = 0; i < out.size(); ++i) {
                if (control.isCanceled())
                    break;
                control.setProgress(i, int(out.size()));
                EnvironmentSummaryModel::Summary &s = out[i];
                if (s.statePath.isEmpty())
                    continue;
                Result<Inventory> read = StateReader::readFile(s.statePath);
                if (!read) {
                    s.error = read.error().toString();
                    continue;
                }
                const Inventory &inv = read.value();
                s.loaded = true;
                s.resourceCount = int(inv.resources.size());
                s.serial = inv.serial;
                QSet<QString> providers;
                for (const InventoryResource &r : inv.resources)
                    if (!r.provider.isEmpty())
                        providers.insert(InventoryModel::shortProvider(r.provider));
                s.providers = QStringList(providers.cbegin(), providers.cend());
                s.providers.sort();
                if (estimator) {
                    const Result<QList<CostResource>> resources = CostInputReader::readStateFile(s.statePath);
                    if (resources) {
                        const CostReport report = estimator->estimate(resources.value(), s.statePath);
                        s.monthlyCost = CostSummary::planDeltaText(report);
                    }
                }
            }
            control.setProgress(int(out.size()), int(out.size()));
            return out;
        },
        [this, generation](QList<EnvironmentSummaryModel::Summary> loaded) {
            if (generation != m_generation)
                return;
            m_loading = false;
            m_progress->hide();
            m_model->setSummaries(loaded);
            m_view->expandAll();
            for (int c = 0; c < EnvironmentSummaryModel::ColumnCount; ++c)
                if (c != EnvironmentSummaryModel::ProvidersColumn)
                    m_view->resizeColumnToContents(c);
            m_view->setCurrentIndex(m_model->indexOfName(m_selected));
            int resources = 0;
            int failed = 0;
            int old = 0;
            for (const EnvironmentSummaryModel::Summary &s : std::as_const(loaded)) {
                resources += s.loaded ? s.resourceCount : 0;
                failed += s.error.isEmpty() ? 0 : 1;
                old += m_model->isOld(s) ? 1 : 0;
            }
            QString text = tr("%n environment(s), ", nullptr, int(loaded.size()))
                           + tr("%n resource instance(s) in total", nullptr, resources);
            if (old > 0)
                text += tr(" · %n preview environment(s) older than %1 days", nullptr, old)
                            .arg(EnvironmentSummaryModel::OldAfterDays);
            if (failed > 0)
                text += tr(" · %n without a readable state", nullptr, failed);
            m_summaryLabel->setText(text);
            Q_EMIT summariesLoaded();
        },
        [this](int value, int maximum) {
            m_progress->setRange(0, maximum);
            m_progress->setValue(value);
        }));
}

} // namespace Infradeck
