// The estimate of one environment of the workspace, as the Costs view shows it: the plan's report when the
// environment names a plan (after = what it costs once applied), else its state's; its budget and finding.
#pragma once

#include "cost/CostBudget.h"
#include "cost/CostReport.h"
#include "risk/Finding.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Infradeck {

struct EnvironmentCost
{
    QString name;
    QString kind;
    bool hasReport = false;
    CostReport report;
    std::optional<CostBudget> budget;
    std::optional<Finding> budgetFinding;
    QStringList problems; // files that could not be read, budgets that could not be parsed

    bool isPreview() const { return kind == QLatin1String("preview"); }
    bool isPlan() const { return hasReport && report.kind == CostReport::Kind::Plan; }
    Money monthly() const { return hasReport ? report.totalAfter : Money(0, report.currency); }
};

} // namespace Infradeck
