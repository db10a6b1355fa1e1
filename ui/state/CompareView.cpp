#include "CompareView.h"

#include "InventoryDiffModel.h"

#include "common/Async.h"
#include "terraform/InventoryIgnoreRules.h"
#include "terraform/PlanReader.h"
#include "terraform/StateReader.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QTreeView>
#include <QVBoxLayout>

#include <optional>

namespace Infradeck {

namespace {
struct Compared
{
    QList<InventoryDiffModel::Section> sections;
    QStringList errors;
    QString summary;
};

QString summaryOf(const InventoryDiff &diff)
{
    return QCoreApplication::translate("Infradeck::CompareView",
                                       "%1 only in %2, %3 only in %4, %5 differ, %6 identical")
        .arg(diff.count(InventoryDiff::Kind::OnlyInA))
        .arg(diff.labelA)
        .arg(diff.count(InventoryDiff::Kind::OnlyInB))
        .arg(diff.labelB)
        .arg(diff.count(InventoryDiff::Kind::Changed))
        .arg(diff.unchanged);
}
} // namespace

CompareView::CompareView(QWidget *parent)
    : FeatureView(parent),
      m_modeCombo(new QComboBox(this)),
      m_aCombo(new QComboBox(this)),
      m_bCombo(new QComboBox(this)),
      m_summaryLabel(new QLabel(this)),
      m_messageLabel(new QLabel(this)),
      m_progress(new QProgressBar(this)),
      m_diffView(new QTreeView(this)),
      m_model(new InventoryDiffModel(this))
{
    setObjectName(QStringLiteral("compareView"));
    m_modeCombo->setObjectName(QStringLiteral("modeComboBox"));
    m_modeCombo->setAccessibleName(tr("Comparison mode"));
    m_modeCombo->addItem(tr("Compare environments"), int(Mode::Environments));
    m_modeCombo->addItem(tr("Drift: state vs plan"), int(Mode::Drift));
    m_aCombo->setObjectName(QStringLiteral("environmentAComboBox"));
    m_aCombo->setAccessibleName(tr("Environment A"));
    m_bCombo->setObjectName(QStringLiteral("environmentBComboBox"));
    m_bCombo->setAccessibleName(tr("Environment B"));
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setObjectName(QStringLiteral("loadProgressBar"));
    m_progress->setAccessibleName(tr("Comparing"));
    m_progress->setRange(0, 0);
    m_progress->hide();
    m_diffView->setObjectName(QStringLiteral("diffTreeView"));
    m_diffView->setAccessibleName(tr("Differences"));
    m_diffView->setModel(m_model);
    m_diffView->setUniformRowHeights(true);
    m_diffView->setAlternatingRowColors(true);
    m_diffView->header()->setSectionResizeMode(InventoryDiffModel::ItemColumn, QHeaderView::Stretch);
    m_diffView->header()->setStretchLastSection(false);

    auto *pickers = new QHBoxLayout;
    pickers->addWidget(m_modeCombo);
    pickers->addWidget(new QLabel(tr("A:"), this));
    pickers->addWidget(m_aCombo, 1);
    pickers->addWidget(new QLabel(tr("B:"), this));
    pickers->addWidget(m_bCombo, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pickers);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_progress);
    layout->addWidget(m_diffView, 1);

    connect(m_modeCombo, &QComboBox::currentIndexChanged, this, &CompareView::startComparison);
    connect(m_aCombo, &QComboBox::currentIndexChanged, this, &CompareView::startComparison);
    connect(m_bCombo, &QComboBox::currentIndexChanged, this, &CompareView::startComparison);
}

CompareView::~CompareView()
{
    m_task.cancel();
}

QString CompareView::title() const
{
    return tr("Compare");
}

CompareView::Mode CompareView::mode() const
{
    return Mode(m_modeCombo->currentData().toInt());
}

void CompareView::setEnvironment(const Workspace &workspace, const Environment *env)
{
    const QString previousA = m_aCombo->currentText();
    const QString previousB = m_bCombo->currentText();
    m_environments = workspace.environments();
    fillCombos();
    // The selected environment becomes A; B stays where it was, else the first other environment with a state.
    QString a = env ? env->name : previousA;
    QString b = previousB;
    if (b.isEmpty() || b == a) {
        b.clear();
        for (const Environment &e : std::as_const(m_environments))
            if (e.name != a && !e.statePath.isEmpty()) {
                b = e.name;
                break;
            }
    }
    compareEnvironments(a, b);
}

void CompareView::fillCombos()
{
    for (QComboBox *combo : {m_aCombo, m_bCombo}) {
        const QSignalBlocker blocker(combo);
        combo->clear();
        for (const Environment &e : std::as_const(m_environments))
            combo->addItem(e.isProtected ? tr("%1 (protected)").arg(e.name) : e.name, e.name);
    }
}

void CompareView::compareEnvironments(const QString &a, const QString &b)
{
    {
        const QSignalBlocker blockA(m_aCombo);
        const QSignalBlocker blockB(m_bCombo);
        const QSignalBlocker blockMode(m_modeCombo);
        if (const int i = m_aCombo->findData(a); i >= 0)
            m_aCombo->setCurrentIndex(i);
        if (const int i = m_bCombo->findData(b); i >= 0)
            m_bCombo->setCurrentIndex(i);
        m_modeCombo->setCurrentIndex(m_modeCombo->findData(int(Mode::Environments)));
    }
    startComparison();
}

void CompareView::showDrift(const QString &environment)
{
    {
        const QSignalBlocker blockA(m_aCombo);
        const QSignalBlocker blockMode(m_modeCombo);
        if (const int i = m_aCombo->findData(environment); i >= 0)
            m_aCombo->setCurrentIndex(i);
        m_modeCombo->setCurrentIndex(m_modeCombo->findData(int(Mode::Drift)));
    }
    startComparison();
}

void CompareView::startComparison()
{
    m_task.cancel();
    const int generation = ++m_generation;
    const Mode currentMode = mode();
    m_bCombo->setEnabled(currentMode == Mode::Environments);
    const Environment *a = nullptr;
    const Environment *b = nullptr;
    for (const Environment &e : std::as_const(m_environments)) {
        if (e.name == m_aCombo->currentData().toString())
            a = &e;
        if (e.name == m_bCombo->currentData().toString())
            b = &e;
    }
    m_model->clear();
    m_errorText.clear();
    m_messageLabel->clear();
    if (!a || (currentMode == Mode::Environments && !b)) {
        m_loading = false;
        m_progress->hide();
        m_summaryLabel->setText(m_environments.isEmpty() ? QString() : tr("Pick two environments."));
        return;
    }
    m_loading = true;
    m_progress->show();
    m_summaryLabel->setText(tr("Comparing…"));

    const Environment envA = *a;
    const Environment envB = b ? *b : Environment{};
    auto work = [envA, envB, currentMode](const TaskControl &control) {
        Compared out;
        Result<InventoryIgnoreRules> rules = InventoryIgnoreRules::loadDefault();
        if (!rules)
            out.errors << rules.error().toString(); // compare everything rather than nothing
        const InventoryIgnoreRules ignore = rules ? rules.value() : InventoryIgnoreRules{};
        auto readState = [&out](const Environment &env) -> std::optional<Inventory> {
            if (env.statePath.isEmpty()) {
                out.errors << QCoreApplication::translate("Infradeck::CompareView",
                                                          "Environment \"%1\" names no state file.")
                                  .arg(env.name);
                return std::nullopt;
            }
            Result<Inventory> read = StateReader::readFile(env.statePath);
            if (!read) {
                out.errors << read.error().toString();
                return std::nullopt;
            }
            return std::move(read).value();
        };

        if (currentMode == Mode::Environments) {
            std::optional<Inventory> left = readState(envA);
            std::optional<Inventory> right = control.isCanceled() ? std::nullopt : readState(envB);
            if (!left || !right)
                return out;
            InventoryDiff diff = InventoryDiff::compare(*left, *right, ignore);
            diff.labelA = envA.name;
            diff.labelB = envB.name;
            out.summary = summaryOf(diff);
            out.sections.append({QString(), std::move(diff)});
            return out;
        }

        // Drift: the state as stored vs what the plan refreshed, and the plan's own resource_drift.
        if (envA.planPath.isEmpty()) {
            out.errors << QCoreApplication::translate("Infradeck::CompareView",
                                                      "Environment \"%1\" names no plan file: drift needs a plan.")
                              .arg(envA.name);
            return out;
        }
        Result<Plan> plan = PlanReader::readFile(envA.planPath);
        if (!plan) {
            out.errors << plan.error().toString();
            return out;
        }
        QStringList summaries;
        std::optional<Inventory> state = readState(envA);
        Result<Inventory> prior = StateReader::readPriorState(plan.value());
        if (!prior)
            out.errors << prior.error().toString();
        if (state && prior) {
            for (const Error &w : prior.value().warnings)
                out.errors << w.toString();
            InventoryDiff diff = InventoryDiff::compare(*state, prior.value(), ignore);
            diff.labelA = QCoreApplication::translate("Infradeck::CompareView", "state");
            diff.labelB = QCoreApplication::translate("Infradeck::CompareView", "plan prior_state");
            summaries << summaryOf(diff);
            out.sections.append({QCoreApplication::translate("Infradeck::CompareView",
                                                             "State file vs the plan's prior_state"),
                                 std::move(diff)});
        }
        InventoryDiff drift = InventoryDiff::fromDrift(plan.value());
        summaries << QCoreApplication::translate("Infradeck::CompareView", "%n resource(s) drifted", nullptr,
                                                 int(drift.entries.size()));
        out.sections.append({QCoreApplication::translate("Infradeck::CompareView",
                                                         "Plan resource_drift (changed outside Terraform)"),
                             std::move(drift)});
        out.summary = summaries.join(QStringLiteral(" · "));
        return out;
    };
    m_task = QFuture<void>(runAsync(this, std::move(work), [this, generation](Compared compared) {
        if (generation != m_generation)
            return;
        m_loading = false;
        m_progress->hide();
        m_model->setSections(compared.sections);
        m_diffView->expandToDepth(compared.sections.size() > 1 ? 1 : 0);
        m_diffView->resizeColumnToContents(InventoryDiffModel::ChangeColumn);
        m_errorText = compared.errors.join(QLatin1Char('\n'));
        m_messageLabel->setText(m_errorText);
        m_summaryLabel->setText(compared.summary.isEmpty() ? tr("Comparison failed.") : compared.summary);
        Q_EMIT comparisonFinished();
    }));
}

} // namespace Infradeck
