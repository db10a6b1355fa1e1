// The Compare view: two environments' states side by side as an InventoryDiff (only in A, only in B, differing
// attributes per module and type), or "Drift": an environment's state against its plan's prior_state plus the
// plan's resource_drift. Reading and diffing run on the pool.
#pragma once

#include "main/FeatureView.h"

#include "workspace/Workspace.h"

#include <QFuture>

class QComboBox;
class QLabel;
class QProgressBar;
class QTreeView;

namespace Infradeck {

class InventoryDiffModel;

class CompareView : public FeatureView
{
    Q_OBJECT
public:
    enum class Mode { Environments, Drift };

    explicit CompareView(QWidget *parent = nullptr);
    ~CompareView() override;

    QString title() const override;
    void setEnvironment(const Workspace &workspace, const Environment *env) override;

    // Picks the two sides (also used by tests); an unknown name leaves that side as it is.
    void compareEnvironments(const QString &a, const QString &b);
    void showDrift(const QString &environment);
    Mode mode() const;
    bool isLoading() const { return m_loading; }
    QString errorText() const { return m_errorText; }

Q_SIGNALS:
    void comparisonFinished();

private:
    void fillCombos();
    void startComparison();

    QList<Environment> m_environments; // copies: the workspace may go away
    bool m_loading = false;
    QString m_errorText;
    int m_generation = 0;
    QFuture<void> m_task;

    QComboBox *m_modeCombo;
    QComboBox *m_aCombo;
    QComboBox *m_bCombo;
    QLabel *m_summaryLabel;
    QLabel *m_messageLabel;
    QProgressBar *m_progress;
    QTreeView *m_diffView;
    InventoryDiffModel *m_model;
};

} // namespace Infradeck
