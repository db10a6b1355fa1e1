// Telemetry dashboards: panels of PromQL queries with a unit and thresholds. The built-in host dashboard charts
// node exporter metrics (CPU, memory, disk, network); workspaces add their own under a top-level `dashboards:` key.
// Queries use {{instance}}, {{host}}, {{environment}} (the environment's hosts map to `instance` labels),
// $__rate_interval and $__interval.
#pragma once

#include "common/Error.h"
#include "telemetry/PromResponse.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Infradeck {

struct Host;
struct Environment;

struct PanelQuery
{
    QString expr;
    QString legend; // "{{instance}} rx"; empty: the series' labels
};

struct PanelThreshold
{
    double value = 0;
    QString color; // "#e5a50a"; empty: the view's default for its position
    QString label;
};

struct DashboardPanel
{
    QString title;
    QList<PanelQuery> queries;
    QString unit; // percent | bytes | Bps | reqps | seconds | short (empty)
    QList<PanelThreshold> thresholds;
    bool area = false;
    std::optional<double> min; // fixed axis bounds, e.g. 0..100 for percent
    std::optional<double> max;
};

class Dashboard
{
public:
    QString name;
    QStringList environments; // empty: every environment
    QList<DashboardPanel> panels;

    bool appliesTo(const QString &environment) const { return environments.isEmpty() || environments.contains(environment); }

    static Dashboard hostDashboard();
    // The `dashboards:` key of a workspace file (unknown to core/workspace, which warns and ignores it).
    static QList<Dashboard> loadFromWorkspace(const QString &workspaceFile, Errors &problems);
    static QList<Dashboard> loadFromData(const QByteArray &yaml, const QString &source, Errors &problems);

    // Variables for an environment: environment, host (name alternation), instance (regex over addresses/names
    // with an optional :port). With no hosts, host and instance match everything.
    static QMap<QString, QString> variables(const Environment *env);
    static QString instanceRegex(const QList<Host> &hosts);
    // Substitutes {{name}} variables and $__rate_interval/$__interval (as durations).
    static QString expand(const QString &expr, const QMap<QString, QString> &variables, qint64 stepSeconds, qint64 scrapeIntervalSeconds);
    // A series' legend from a "{{label}}" template; the series name when the template is empty.
    static QString legend(const QString &format, const PromSeries &series);
};

} // namespace Infradeck
