// The Costs view: the whole workspace's monthly cost with the selected environment highlighted — total, stacked
// bars per environment by provider, a pie by resource type, per-environment plan delta and budget check, the PR
// environments against their cap, a filterable resource table (exported to CSV), unpriced resources and the
// history of monthly totals.
#pragma once

#include "main/FeatureView.h"

#include "EnvironmentCost.h"
#include "WorkspaceCosts.h"

#include "workspace/Workspace.h"

#include <QFuture>

#include <functional>

class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTabWidget;

namespace Infradeck {

class CostEnvironmentModel;
class CostResourceModel;
class LineChart;
class PieChart;
class StackedBarChart;

class CostsView : public FeatureView
{
    Q_OBJECT
public:
    // Asks where to save the CSV export; empty = canceled. Tests inject a path instead of a modal dialog.
    using SaveFileNameProvider = std::function<QString(QWidget *parent, const QString &suggested)>;

    struct PrCap
    {
        Money total;      // sum of the preview environments' monthly totals
        Money cap;        // sum of their budgets
        int environments = 0;
        int withoutBudget = 0;
        bool hasCap() const { return !cap.isZero(); }
        bool isOver() const { return hasCap() && total > cap; }
    };

    explicit CostsView(QWidget *parent = nullptr);
    ~CostsView() override;

    QString title() const override;
    void setEnvironment(const Workspace &workspace, const Environment *env) override;

    // Estimates the workspace again (also the Refresh button).
    void refresh();
    bool isLoading() const { return m_loading; }
    const WorkspaceCosts::Result &result() const { return m_result; }
    Money workspaceTotal() const;
    PrCap prCap() const;
    QString historyPath() const;

    void setSaveFileNameProvider(SaveFileNameProvider provider) { m_saveFileName = std::move(provider); }
    void setHistoryPath(const QString &path) { m_historyPathOverride = path; } // tests; empty = the cache dir
    // Writes the resource table as shown (filtered, sorted) to `path`; false with errorString() on failure.
    bool exportCsv(const QString &path);
    QString errorString() const { return m_errorString; }

Q_SIGNALS:
    void estimated();

private:
    void startEstimate();
    void showResult();
    void showHighlight();
    void updateHistory();
    void showHistory();
    void exportClicked();

    Workspace m_workspace; // our copy
    QString m_selected;
    QString m_historyPathOverride;
    bool m_loading = false;
    quint64 m_generation = 0;
    QFuture<void> m_task;
    WorkspaceCosts::Result m_result;
    SaveFileNameProvider m_saveFileName;
    QString m_errorString;

    QLabel *m_totalLabel;
    QLabel *m_selectedLabel;
    QLabel *m_prCapLabel;
    QLabel *m_messageLabel;
    QProgressBar *m_progress;
    QPushButton *m_refreshButton;
    StackedBarChart *m_barChart;
    PieChart *m_pieChart;
    LineChart *m_historyChart;
    QTabWidget *m_tabs;
    QTableView *m_environmentView;
    CostEnvironmentModel *m_environmentModel;
    QLineEdit *m_filterEdit;
    QPushButton *m_exportButton;
    QTableView *m_resourceView;
    CostResourceModel *m_resourceModel;
    QSortFilterProxyModel *m_resourceProxy;
    QListWidget *m_unpricedList;
};

} // namespace Infradeck
