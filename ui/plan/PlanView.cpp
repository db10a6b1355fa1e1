#include "PlanView.h"

#include "AttributeDiffModel.h"
#include "PlanChangeModel.h"
#include "PlanFilterModel.h"

#include "common/Async.h"
#include "cost/CostEstimator.h"
#include "cost/CostSummary.h"
#include "risk/Rules.h"
#include "terraform/AttributeDiff.h"
#include "terraform/PlanReader.h"
#include "topology/DiagramView.h"
#include "topology/GraphBuilder.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

#include <set>

namespace Infradeck {

struct PlanView::Analysis
{
    QString path;
    QList<Finding> findings;
    std::shared_ptr<const Graph> graph;
    std::shared_ptr<const CostReport> cost;
    Errors warnings;
};

struct PlanView::Loaded
{
    QString path;
    std::shared_ptr<const Plan> plan;
    QList<Finding> findings;
    std::shared_ptr<const Graph> graph;
    std::shared_ptr<const CostReport> cost;
    PlanReview review;
    Error error;
};

PlanView::PlanView(QWidget *parent)
    : FeatureView(parent),
      m_countsLabel(new QLabel(this)),
      m_costLabel(new QLabel(this)),
      m_messageLabel(new QLabel(this)),
      m_reviewLabel(new QLabel(this)),
      m_approvalLabel(new QLabel(this)),
      m_reviewAllButton(new QPushButton(tr("Mark All Reviewed"), this)),
      m_approveButton(new QPushButton(tr("Approve Plan"), this)),
      m_progress(new QProgressBar(this)),
      m_cancelButton(new QPushButton(tr("Cancel"), this)),
      m_actionFilter(new QComboBox(this)),
      m_typeFilter(new QComboBox(this)),
      m_searchEdit(new QLineEdit(this)),
      m_hideNoOpCheck(new QCheckBox(tr("Hide unchanged"), this)),
      m_changeView(new QTreeView(this)),
      m_changeModel(new PlanChangeModel(this)),
      m_filterModel(new PlanFilterModel(this)),
      m_detailTitle(new QLabel(this)),
      m_detailReason(new QLabel(this)),
      m_findingList(new QListWidget(this)),
      m_showUnchangedCheck(new QCheckBox(tr("Show unchanged attributes"), this)),
      m_diffView(new QTableView(this)),
      m_diffModel(new AttributeDiffModel(this)),
      m_detailTabs(new QTabWidget(this)),
      m_diagram(new DiagramView(this))
{
    setObjectName(QStringLiteral("planView"));
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    m_countsLabel->setTextFormat(Qt::RichText);
    // The header wraps instead of widening the window (German and French labels are long).
    m_countsLabel->setWordWrap(true);
    m_costLabel->setObjectName(QStringLiteral("costLabel"));
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reviewLabel->setObjectName(QStringLiteral("reviewLabel"));
    m_approvalLabel->setObjectName(QStringLiteral("approvalLabel"));
    m_approvalLabel->setWordWrap(true);
    m_reviewAllButton->setObjectName(QStringLiteral("reviewAllButton"));
    m_approveButton->setObjectName(QStringLiteral("approveButton"));
    m_progress->setObjectName(QStringLiteral("loadProgressBar"));
    m_progress->setAccessibleName(tr("Loading plan"));
    m_progress->setRange(0, 0);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_actionFilter->setObjectName(QStringLiteral("actionFilterComboBox"));
    m_actionFilter->setAccessibleName(tr("Filter by action"));
    m_typeFilter->setObjectName(QStringLiteral("typeFilterComboBox"));
    m_typeFilter->setAccessibleName(tr("Filter by resource type"));
    m_searchEdit->setObjectName(QStringLiteral("searchLineEdit"));
    m_searchEdit->setAccessibleName(tr("Search changes"));
    m_searchEdit->setPlaceholderText(tr("Filter by address…"));
    m_searchEdit->setClearButtonEnabled(true);
    m_hideNoOpCheck->setObjectName(QStringLiteral("hideNoOpCheckBox"));
    m_hideNoOpCheck->setChecked(true);
    m_showUnchangedCheck->setObjectName(QStringLiteral("showUnchangedCheckBox"));

    m_actionFilter->addItem(tr("All actions"), -1);
    for (ResourceChange::Action a : {ResourceChange::Action::Create, ResourceChange::Action::Update, ResourceChange::Action::Delete,
                                     ResourceChange::Action::Replace, ResourceChange::Action::Read, ResourceChange::Action::NoOp})
        m_actionFilter->addItem(PlanChangeModel::actionSymbol(a) + QLatin1Char(' ') + ResourceChange::actionName(a), int(a));

    m_filterModel->setSourceModel(m_changeModel);
    m_filterModel->setHideNoOp(true);
    m_changeView->setObjectName(QStringLiteral("changeTreeView"));
    m_changeView->setAccessibleName(tr("Changes"));
    m_changeView->setModel(m_filterModel);
    m_changeView->setUniformRowHeights(true); // virtual rows: large plans stay fast
    m_changeView->setAlternatingRowColors(true);
    m_changeView->header()->setStretchLastSection(false);

    m_detailTitle->setObjectName(QStringLiteral("detailTitleLabel"));
    m_detailTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_detailTitle->font();
    bold.setBold(true);
    m_detailTitle->setFont(bold);
    m_detailReason->setObjectName(QStringLiteral("detailReasonLabel"));
    m_detailReason->setWordWrap(true);
    m_findingList->setObjectName(QStringLiteral("findingListWidget"));
    m_findingList->setAccessibleName(tr("Risk findings"));
    m_findingList->setMaximumHeight(110);
    m_diffView->setObjectName(QStringLiteral("diffTableView"));
    m_diffView->setAccessibleName(tr("Attribute diff"));
    m_diffView->setModel(m_diffModel);
    m_diffView->verticalHeader()->hide();
    m_diffView->horizontalHeader()->setStretchLastSection(true);
    m_diffView->setWordWrap(false);

    auto *header = new QHBoxLayout;
    header->addWidget(m_countsLabel, 1);
    header->addWidget(m_costLabel);
    header->addWidget(m_reviewLabel);
    header->addWidget(m_reviewAllButton);
    header->addWidget(m_approveButton);
    auto *loading = new QHBoxLayout;
    loading->addWidget(m_progress, 1);
    loading->addWidget(m_cancelButton);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_actionFilter);
    filters->addWidget(m_typeFilter);
    filters->addWidget(m_searchEdit, 1);
    filters->addWidget(m_hideNoOpCheck);

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detailTitle);
    detailLayout->addWidget(m_detailReason);
    detailLayout->addWidget(m_findingList);
    detailLayout->addWidget(m_showUnchangedCheck);
    detailLayout->addWidget(m_diffView, 1);

    m_diagram->setObjectName(QStringLiteral("planDiagramView"));
    m_detailTabs->setObjectName(QStringLiteral("detailTabWidget"));
    m_detailTabs->setAccessibleName(tr("Change details"));
    m_detailTabs->addTab(detail, tr("Diff"));
    m_detailTabs->addTab(m_diagram, tr("Diagram"));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("planSplitter"));
    splitter->addWidget(m_changeView);
    splitter->addWidget(m_detailTabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 4);
    // Start with room for full addresses in the list (the detail side's size hint would take nearly all of it).
    splitter->setSizes({420, 560});
    m_changeView->header()->resizeSection(PlanChangeModel::AddressColumn, 300);
    m_changeView->header()->resizeSection(PlanChangeModel::ActionColumn, 190);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_approvalLabel);
    layout->addWidget(m_messageLabel);
    layout->addLayout(loading);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    connect(m_actionFilter, &QComboBox::currentIndexChanged, this, &PlanView::applyFilter);
    connect(m_typeFilter, &QComboBox::currentIndexChanged, this, &PlanView::applyFilter);
    connect(m_searchEdit, &QLineEdit::textChanged, this, &PlanView::applyFilter);
    connect(m_hideNoOpCheck, &QCheckBox::toggled, this, &PlanView::applyFilter);
    connect(m_showUnchangedCheck, &QCheckBox::toggled, m_diffModel, &AttributeDiffModel::setShowUnchanged);
    connect(m_changeView->selectionModel(), &QItemSelectionModel::currentChanged, this, &PlanView::showSelection);
    connect(m_changeModel, &PlanChangeModel::reviewChanged, this, [this] {
        auto it = m_documents.find(m_currentPath);
        if (it == m_documents.end())
            return;
        it->review.reviewed = m_changeModel->reviewed();
        saveReview();
        updateReviewHeader();
    });
    // Selection follows both ways between the change list and the diagram.
    connect(this, &PlanView::changeSelected, m_diagram, [this](const QString &address) {
        if (m_diagram->selectedNode() != address)
            m_diagram->selectNode(address);
    });
    connect(m_diagram, &DiagramView::nodeSelected, this, [this](const QString &address) {
        if (selectedAddress() != address)
            selectAddress(address);
    });
    connect(m_reviewAllButton, &QPushButton::clicked, this, [this] { m_changeModel->setAllReviewed(true); });
    connect(m_approveButton, &QPushButton::clicked, this, &PlanView::approve);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        auto it = m_documents.find(m_currentPath);
        if (it != m_documents.end() && it->loading) {
            it->task.cancel();
            m_documents.erase(it);
            m_messageLabel->setText(tr("Loading canceled."));
            showDocument();
        }
    });
    showDocument();
}

PlanView::~PlanView()
{
    for (Document &d : m_documents)
        d.task.cancel();
}

QString PlanView::title() const
{
    return tr("Plan");
}

void PlanView::setEnvironment(const Workspace &workspace, const Environment *env)
{
    m_pricingOverride = workspace.pricingPath();
    m_riskRules = workspace.riskRulesPath();
    if (!env || env->planPath.isEmpty()) {
        m_currentPath.clear();
        showDocument();
        m_messageLabel->setText(env ? tr("Environment \"%1\" names no plan file.").arg(env->name) : QString());
        return;
    }
    openPlan(env->planPath, env->isProtected);
}

void PlanView::openPlan(const QString &path, bool protectedEnv)
{
    m_currentPath = path;
    auto it = m_documents.find(path);
    const QFileInfo info(path);
    const bool changedOnDisk = it != m_documents.end() && !it->loading
                               && (it->modified != info.lastModified() || it->size != info.size());
    if (it == m_documents.end() || changedOnDisk || (!it->loading && it->protectedEnv != protectedEnv))
        startLoading(path, protectedEnv);
    showDocument();
}

void PlanView::startLoading(const QString &path, bool protectedEnv)
{
    Document &doc = m_documents[path];
    doc = Document{};
    doc.loading = true;
    doc.protectedEnv = protectedEnv;
    doc.modified = QFileInfo(path).lastModified();
    doc.size = QFileInfo(path).size();
    doc.task = QFuture<void>(runAsync(
        this,
        [path](const TaskControl &control) {
            Loaded loaded;
            loaded.path = path;
            // One read serves both the approval digest and the parser.
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                loaded.error = Error(tr("cannot open plan file: %1").arg(file.errorString()), path);
                return std::make_shared<Loaded>(std::move(loaded));
            }
            QByteArray bytes = file.readAll();
            file.close();
            const QString digest = PlanReview::sha256(bytes);
            Result<Plan> plan = PlanReader::readBytes(std::move(bytes), path);
            if (!plan) {
                loaded.error = plan.error();
                return std::make_shared<Loaded>(std::move(loaded));
            }
            if (control.isCanceled())
                return std::make_shared<Loaded>(std::move(loaded));
            auto shared = std::make_shared<Plan>(std::move(plan).value());
            Result<PlanReview> review = PlanReview::load(path, digest);
            if (review) {
                loaded.review = review.value();
            } else {
                shared->warnings.append(review.error());
                loaded.review.planPath = path;
                loaded.review.currentDigest = digest;
            }
            loaded.plan = shared;
            return std::make_shared<Loaded>(std::move(loaded));
        },
        [this](std::shared_ptr<Loaded> loaded) {
            auto it = m_documents.find(loaded->path);
            if (it == m_documents.end())
                return;
            it->loading = false;
            it->plan = loaded->plan;
            it->review = loaded->review;
            it->error = loaded->error;
            it->analysing = bool(loaded->plan);
            if (loaded->path == m_currentPath)
                showDocument();
            Q_EMIT planShown(loaded->path);
            if (loaded->plan)
                startAnalysis(loaded->path);
            else
                Q_EMIT planLoaded(loaded->path);
        }));
}

// The second phase: what needs the whole plan (risk rules, dependency graph, cost) runs while the list is
// already on screen, so a large plan is browsable as soon as it is read.
void PlanView::startAnalysis(const QString &path)
{
    Document &doc = m_documents[path];
    doc.task = QFuture<void>(runAsync(
        this,
        [path, plan = doc.plan, protectedEnv = doc.protectedEnv, pricing = m_pricingOverride,
         riskRules = m_riskRules](const TaskControl &control) {
            Analysis analysis;
            analysis.path = path;
            Result<Rules> rules = Rules::loadDefault();
            if (rules && !riskRules.isEmpty()) {
                if (Result<Rules> own = Rules::load(riskRules))
                    rules->merge(own.value());
                else
                    analysis.warnings.append(own.error());
            }
            if (rules)
                analysis.findings = rules->evaluate(*plan, protectedEnv);
            else
                analysis.warnings.append(rules.error());
            if (control.isCanceled())
                return std::make_shared<Analysis>(std::move(analysis));
            analysis.graph = std::make_shared<const Graph>(GraphBuilder::fromPlan(*plan));
            Result<PriceCatalog> catalog = PriceCatalog::loadDefault();
            if (catalog && !pricing.isEmpty()) {
                if (Result<PriceCatalog> overlay = PriceCatalog::load(pricing))
                    analysis.warnings.append(catalog->merge(overlay.value()));
                else
                    analysis.warnings.append(overlay.error());
            }
            if (catalog)
                analysis.cost = std::make_shared<const CostReport>(CostEstimator(catalog.value()).estimate(*plan));
            else
                analysis.warnings.append(catalog.error());
            return std::make_shared<Analysis>(std::move(analysis));
        },
        [this](std::shared_ptr<Analysis> analysis) {
            auto it = m_documents.find(analysis->path);
            if (it == m_documents.end())
                return;
            it->analysing = false;
            it->findings = analysis->findings;
            it->graph = analysis->graph;
            it->cost = analysis->cost;
            it->analysisWarnings = analysis->warnings;
            if (analysis->path == m_currentPath) {
                const QString selected = selectedAddress();
                showDocument();
                if (!selected.isEmpty())
                    selectAddress(selected);
            }
            Q_EMIT planLoaded(analysis->path);
        }));
}

bool PlanView::isLoading() const
{
    auto it = m_documents.find(m_currentPath);
    return it != m_documents.end() && (it->loading || it->analysing);
}

std::shared_ptr<const CostReport> PlanView::costReport() const
{
    auto it = m_documents.find(m_currentPath);
    return it == m_documents.end() ? nullptr : it->cost;
}

std::shared_ptr<const Plan> PlanView::plan() const
{
    auto it = m_documents.find(m_currentPath);
    return it == m_documents.end() ? nullptr : it->plan;
}

void PlanView::showDocument()
{
    auto it = m_documents.find(m_currentPath);
    const bool loading = it != m_documents.end() && it->loading;
    m_progress->setVisible(loading || (it != m_documents.end() && it->analysing));
    m_cancelButton->setVisible(loading);
    const Document *doc = (it == m_documents.end() || loading) ? nullptr : &it.value();
    const bool havePlan = doc && doc->plan;
    m_changeModel->setPlan(havePlan ? doc->plan : nullptr, havePlan ? doc->findings : QList<Finding>(),
                           havePlan ? doc->review.reviewed : QSet<QString>(), havePlan ? doc->cost : nullptr);
    m_costLabel->clear();
    if (havePlan && doc->cost) {
        m_costLabel->setText(tr("Cost: %1").arg(CostSummary::planDeltaText(*doc->cost)));
        m_costLabel->setToolTip(doc->cost->assumptions.join(QLatin1Char('\n')));
    }

    // Types present, for the type filter.
    const QString previousType = m_typeFilter->currentData().toString();
    m_typeFilter->blockSignals(true);
    m_typeFilter->clear();
    m_typeFilter->addItem(tr("All types"), QString());
    if (havePlan) {
        std::set<QString> types;
        for (const ResourceChange &c : doc->plan->changes)
            types.insert(c.type);
        for (const QString &t : types)
            m_typeFilter->addItem(t, t);
    }
    m_typeFilter->setCurrentIndex(std::max(0, m_typeFilter->findData(previousType)));
    m_typeFilter->blockSignals(false);
    applyFilter();
    // Measuring every row's text is O(rows) on the UI thread: only worth it for plans of ordinary size.
    if (havePlan && doc->plan->changes.size() <= 2000)
        for (int c = PlanChangeModel::ActionColumn; c < PlanChangeModel::ColumnCount; ++c)
            m_changeView->resizeColumnToContents(c);

    if (loading) {
        m_countsLabel->setText(tr("Loading %1…").arg(QFileInfo(m_currentPath).fileName()));
        m_messageLabel->clear();
    } else if (doc && !doc->plan) {
        m_countsLabel->setText(tr("Plan could not be read"));
        m_messageLabel->setText(doc->error.toString());
    } else if (havePlan) {
        const Plan &p = *doc->plan;
        const Plan::Counts n = p.counts();
        auto part = [](const QString &symbol, int count, const QString &label, ResourceChange::Action a) {
            return QStringLiteral("<span style='color:%1'><b>%2%3</b> %4</span>")
                .arg(PlanChangeModel::actionColor(a).name(), symbol).arg(count).arg(label);
        };
        QStringList parts{part(QStringLiteral("+"), n.create, tr("create"), ResourceChange::Action::Create),
                          part(QStringLiteral("~"), n.update, tr("update"), ResourceChange::Action::Update),
                          part(QStringLiteral("−"), n.remove, tr("delete"), ResourceChange::Action::Delete),
                          part(QStringLiteral("±"), n.replace, tr("replace"), ResourceChange::Action::Replace)};
        if (n.read)
            parts << part(QStringLiteral("<="), n.read, tr("read"), ResourceChange::Action::Read);
        if (!p.drift.isEmpty())
            parts << tr("<b>%1</b> drifted").arg(p.drift.size());
        int high = 0;
        for (const Finding &f : doc->findings)
            high += f.severity == Finding::Severity::High ? 1 : 0;
        if (!doc->findings.isEmpty())
            parts << tr("<span style='color:#d03b3b'><b>%1</b> risk(s), %2 high</span>").arg(doc->findings.size()).arg(high);
        // Wrap between the items, never inside one.
        for (QString &item : parts)
            item = QStringLiteral("<span style='white-space:nowrap'>") + item + QStringLiteral("</span>");
        m_countsLabel->setText(parts.join(QStringLiteral(" &nbsp; ")));
        QStringList messages;
        if (p.errored)
            messages << tr("Terraform reported errors while planning: this plan is incomplete and cannot be applied.");
        for (const Error &w : p.warnings)
            messages << w.toString();
        for (const Error &w : doc->analysisWarnings)
            messages << w.toString();
        if (doc->analysing)
            m_costLabel->setText(tr("Checking risks and cost…"));
        m_messageLabel->setText(messages.join(QLatin1Char('\n')));
    } else {
        m_countsLabel->setText(tr("No plan"));
        m_messageLabel->clear();
    }
    m_messageLabel->setVisible(!m_messageLabel->text().isEmpty());
    const std::shared_ptr<const Graph> graph = havePlan ? doc->graph : nullptr;
    if (graph != m_shownGraph) {
        m_shownGraph = graph;
        m_diagram->setGraph(graph ? *graph : Graph());
    }
    updateReviewHeader();
    showSelection();
}

void PlanView::applyFilter()
{
    const int action = m_actionFilter->currentData().toInt();
    m_filterModel->setFilter(action < 0 ? QSet<ResourceChange::Action>{} : QSet<ResourceChange::Action>{ResourceChange::Action(action)},
                             m_typeFilter->currentData().toString(), m_searchEdit->text(),
                             m_hideNoOpCheck->isChecked() && action != int(ResourceChange::Action::NoOp));
    m_changeView->expandAll();
}

QString PlanView::selectedAddress() const
{
    return m_changeView->currentIndex().data(PlanChangeModel::AddressRole).toString();
}

void PlanView::selectAddress(const QString &address)
{
    const QModelIndex source = m_changeModel->indexOfAddress(address);
    QModelIndex proxy = m_filterModel->mapFromSource(source);
    if (!proxy.isValid() && source.isValid()) { // hidden by a filter: clear filters so the selection is visible
        const bool searching = !m_searchEdit->text().isEmpty();
        {
            const QSignalBlocker blockAction(m_actionFilter);
            const QSignalBlocker blockType(m_typeFilter);
            const QSignalBlocker blockNoOp(m_hideNoOpCheck);
            m_actionFilter->setCurrentIndex(0);
            m_typeFilter->setCurrentIndex(0);
            m_hideNoOpCheck->setChecked(false);
        }
        // One applyFilter(): the search field is cleared unblocked (its clear button hides on its own textChanged).
        if (searching)
            m_searchEdit->clear();
        else
            applyFilter();
        proxy = m_filterModel->mapFromSource(source);
    }
    if (proxy.isValid()) {
        m_changeView->setCurrentIndex(proxy);
        m_changeView->scrollTo(proxy);
    }
}

void PlanView::showSelection()
{
    const QModelIndex current = m_filterModel->mapToSource(m_changeView->currentIndex());
    const ResourceChange *change = m_changeModel->changeAt(current);
    m_findingList->clear();
    const auto plan = m_changeModel->plan();
    if (!change || !plan) {
        m_detailTitle->setText(plan ? tr("Select a change to see its attribute diff.") : QString());
        m_detailReason->clear();
        m_diffModel->setEntries({});
        m_findingList->hide();
        return;
    }
    const bool drift = current.data(PlanChangeModel::IsDriftRole).toBool();
    m_detailTitle->setText((drift ? tr("Drift: %1") : QStringLiteral("%1")).arg(change->address));
    QStringList reason;
    reason << PlanChangeModel::actionSymbol(change->action) + QLatin1Char(' ') + ResourceChange::actionName(change->action);
    if (change->replaceOrder == ResourceChange::ReplaceOrder::DestroyBeforeCreate)
        reason << tr("destroy the old object, then create the new one (downtime between the two)");
    else if (change->replaceOrder == ResourceChange::ReplaceOrder::CreateBeforeDestroy)
        reason << tr("create the new object before destroying the old one");
    if (!change->actionReason.isEmpty())
        reason << ResourceChange::actionReasonText(change->actionReason);
    if (!change->previousAddress.isEmpty())
        reason << tr("moved from %1").arg(change->previousAddress);
    if (change->importing)
        reason << tr("imported");
    m_detailReason->setText(reason.join(QStringLiteral(" — ")));
    const QList<Finding> findings = drift ? QList<Finding>() : m_changeModel->findingsFor(change->address);
    for (const Finding &f : findings) {
        auto *item = new QListWidgetItem(QStringLiteral("[%1] %2%3").arg(Finding::severityName(f.severity), f.reason,
                                                                        f.path.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(f.path)),
                                         m_findingList);
        item->setForeground(f.severity == Finding::Severity::High ? QColor(0xd0, 0x3b, 0x3b) : QColor(0xc7, 0x8a, 0x10));
    }
    m_findingList->setVisible(!findings.isEmpty());
    m_diffModel->setEntries(AttributeDiff::compute(*plan, *change));
    m_diffView->resizeColumnsToContents();
    if (!drift)
        Q_EMIT changeSelected(change->address);
}

void PlanView::updateReviewHeader()
{
    auto it = m_documents.find(m_currentPath);
    const bool ready = it != m_documents.end() && !it->loading && it->plan;
    m_reviewLabel->setVisible(ready);
    m_reviewAllButton->setVisible(ready);
    m_approveButton->setVisible(ready);
    m_approvalLabel->setVisible(ready && it->review.isApproved());
    if (!ready)
        return;
    const int total = m_changeModel->reviewableCount();
    const int done = m_changeModel->reviewedCount();
    m_reviewLabel->setText(tr("%1 of %2 reviewed").arg(done).arg(total));
    m_reviewAllButton->setEnabled(done < total);
    const PlanReview &review = it->review;
    m_approveButton->setEnabled(done == total && (!review.isApproved() || review.approvalIsStale()));
    m_approveButton->setToolTip(done == total ? tr("Record your approval of this exact plan file (SHA-256)")
                                              : tr("Review every change first"));
    if (review.isApproved()) {
        const QString when = QLocale().toString(review.approvedAt.toLocalTime(), QLocale::ShortFormat);
        if (review.approvalIsStale()) {
            m_approvalLabel->setText(tr("⚠ The plan file changed since %1 approved it on %2: its SHA-256 differs from "
                                        "the approved one. Review it again.").arg(review.approvedBy, when));
            m_approvalLabel->setStyleSheet(QStringLiteral("color:#d03b3b; font-weight:bold"));
        } else {
            m_approvalLabel->setText(tr("✔ Approved by %1 on %2 (SHA-256 %3…)").arg(review.approvedBy, when, review.approvedDigest.left(12)));
            m_approvalLabel->setStyleSheet(QStringLiteral("color:#2e9d4a"));
        }
    }
}

void PlanView::saveReview()
{
    auto it = m_documents.find(m_currentPath);
    if (it == m_documents.end())
        return;
    Result<bool> saved = it->review.save();
    if (!saved) {
        m_messageLabel->setText(saved.error().toString());
        m_messageLabel->show();
    }
}

void PlanView::approve()
{
    auto it = m_documents.find(m_currentPath);
    if (it == m_documents.end() || !it->plan)
        return;
    it->review.approve(PlanReview::currentUser(), QDateTime::currentDateTimeUtc());
    saveReview();
    updateReviewHeader();
}

void PlanView::showDiagram()
{
    m_detailTabs->setCurrentWidget(m_diagram);
}

} // namespace Infradeck
