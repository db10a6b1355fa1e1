// The Plan view: review one environment's plan change by change — counts, filtered change tree, attribute diff,
// replace reason, risk findings, review marks and approval. One plan per environment stays open.
#pragma once

#include "main/FeatureView.h"

#include "common/Error.h"
#include "risk/Finding.h"
#include "terraform/Plan.h"
#include "terraform/PlanReview.h"
#include "topology/Graph.h"
#include "cost/CostReport.h"

#include <QDateTime>
#include <QFuture>
#include <QHash>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;
class QTreeView;

namespace Infradeck {

class AttributeDiffModel;
class DiagramView;
class PlanChangeModel;
class PlanFilterModel;

class PlanView : public FeatureView
{
    Q_OBJECT
public:
    explicit PlanView(QWidget *parent = nullptr);
    ~PlanView() override;

    QString title() const override;
    void setEnvironment(const Workspace &workspace, const Environment *env) override;

    // Opens a plan file directly (also used by tests); protectedEnv makes every delete a finding.
    void openPlan(const QString &path, bool protectedEnv);
    // A price catalog that overrides the bundled one (the workspace's `pricing:` file); empty for none.
    void setPricingOverride(const QString &path) { m_pricingOverride = path; }
    // The workspace's own risk rules, merged over the bundled ones (same id replaces); empty for none.
    void setRiskRules(const QString &path) { m_riskRules = path; }
    std::shared_ptr<const CostReport> costReport() const;
    bool isLoading() const;
    std::shared_ptr<const Plan> plan() const;
    QString selectedAddress() const;
    void selectAddress(const QString &address);
    DiagramView *diagram() const { return m_diagram; }
    void showDiagram(); // brings the diagram tab to the front

Q_SIGNALS:
    void changeSelected(const QString &address);
    void planShown(const QString &path);  // the change list is up (risks, cost and diagram follow)
    void planLoaded(const QString &path); // everything, risks, cost and diagram included

private:
    struct Document
    {
        std::shared_ptr<const Plan> plan;
        QList<Finding> findings;
        std::shared_ptr<const Graph> graph;
        std::shared_ptr<const CostReport> cost;
        PlanReview review;
        Error error;
        bool loading = false;   // reading the file
        bool analysing = false; // risk rules, graph and cost, after the list is shown
        Errors analysisWarnings;
        bool protectedEnv = false;
        QDateTime modified; // of the plan file when read: a changed file is read again
        qint64 size = -1;
        QFuture<void> task;
    };
    struct Loaded;
    struct Analysis;
    void startAnalysis(const QString &path);

    void startLoading(const QString &path, bool protectedEnv);
    void showDocument();
    void showSelection();
    void updateReviewHeader();
    void saveReview();
    void approve();
    void applyFilter();

    QHash<QString, Document> m_documents; // by plan path
    QString m_currentPath;
    QString m_pricingOverride;
    QString m_riskRules;

    QLabel *m_countsLabel;
    QLabel *m_costLabel;
    QLabel *m_messageLabel;
    QLabel *m_reviewLabel;
    QLabel *m_approvalLabel;
    QPushButton *m_reviewAllButton;
    QPushButton *m_approveButton;
    QProgressBar *m_progress;
    QPushButton *m_cancelButton;
    QComboBox *m_actionFilter;
    QComboBox *m_typeFilter;
    QLineEdit *m_searchEdit;
    QCheckBox *m_hideNoOpCheck;
    QTreeView *m_changeView;
    PlanChangeModel *m_changeModel;
    PlanFilterModel *m_filterModel;
    QLabel *m_detailTitle;
    QLabel *m_detailReason;
    QListWidget *m_findingList;
    QCheckBox *m_showUnchangedCheck;
    QTableView *m_diffView;
    AttributeDiffModel *m_diffModel;
    QTabWidget *m_detailTabs;
    DiagramView *m_diagram;
    std::shared_ptr<const Graph> m_shownGraph;
};

} // namespace Infradeck
