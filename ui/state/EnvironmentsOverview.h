// The Environments page: every environment of the workspace at a glance — resources, providers, last serial,
// when the state changed, protected badge; preview (PR) environments grouped with their age, old ones marked.
// All states are read on the pool.
#pragma once

#include "main/FeatureView.h"

#include <QDate>
#include <QFuture>

class QLabel;
class QProgressBar;
class QTreeView;

namespace Infradeck {

class EnvironmentSummaryModel;

class EnvironmentsOverview : public FeatureView
{
    Q_OBJECT
public:
    explicit EnvironmentsOverview(QWidget *parent = nullptr);
    ~EnvironmentsOverview() override;

    QString title() const override;
    void setEnvironment(const Workspace &workspace, const Environment *env) override;
    void setReferenceDate(const QDate &date); // ages are measured to this day (tests); default today
    bool isLoading() const { return m_loading; }

Q_SIGNALS:
    void environmentActivated(const QString &name);
    void summariesLoaded();

private:
    bool m_loading = false;
    int m_generation = 0;
    QString m_loadedKey; // the workspace file, its environments and their states' dates as last read
    QString m_pricingPath; // the workspace's price catalog override
    QString m_selected;
    QFuture<void> m_task;

    QLabel *m_summaryLabel;
    QProgressBar *m_progress;
    QTreeView *m_view;
    EnvironmentSummaryModel *m_model;
};

} // namespace Infradeck
