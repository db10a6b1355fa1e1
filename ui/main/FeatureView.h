// A page in the main window's central area (Overview, Plan, Resources, Secrets, Costs, Telemetry, Hosts).
#pragma once

#include <QWidget>

namespace Infradeck {

class Workspace;
struct Environment;

class FeatureView : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;
    virtual QString title() const = 0;
    // env may be null (no selection). The workspace outlives the call; copy what you keep.
    virtual void setEnvironment(const Workspace &workspace, const Environment *env) = 0;
};

} // namespace Infradeck
