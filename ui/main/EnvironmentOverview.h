// The Overview page of one environment: what it is, which artifacts it names and whether they exist.
#pragma once

#include "FeatureView.h"
#include "workspace/Workspace.h"

class QLabel;
class QTreeWidget;

namespace Infradeck {

class EnvironmentOverview : public FeatureView
{
    Q_OBJECT
public:
    explicit EnvironmentOverview(QWidget *parent = nullptr);
    QString title() const override;
    void setEnvironment(const Workspace &workspace, const Environment *env) override;
    void showEnvironment(const Environment *env);

private:
    QLabel *m_title;
    QLabel *m_details;
    QTreeWidget *m_artifacts;
};

} // namespace Infradeck
