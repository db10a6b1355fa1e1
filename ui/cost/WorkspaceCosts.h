// Estimates every environment of a workspace (runs on the pool): the default catalog, overlaid by cached live
// Hetzner prices when there are any, then by the workspace's pricing override; the workspace's usage file for
// usage-based prices; each environment's plan (or state) priced, budgets checked.
#pragma once

#include "EnvironmentCost.h"

#include "common/Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>

namespace Infradeck {

class TaskControl;
class Workspace;

class WorkspaceCosts
{
    Q_DECLARE_TR_FUNCTIONS(Cost)
public:
    struct Result
    {
        QString currency;
        QList<EnvironmentCost> environments; // in workspace order
        Errors problems;                     // catalog and usage-file problems
        QDate catalogDate;                   // the default catalog's date
        int staleAfterDays = 0;
        QDateTime livePricesAt;              // when the cached live Hetzner prices were fetched; invalid: none used
        QString usageFile;                   // the usage file read, empty when none
    };

    // livePricesDir: where HetznerPricing caches live prices (empty: catalog prices only).
    static Result estimate(const Workspace &workspace, const TaskControl *control = nullptr, const QString &livePricesDir = {});
};

} // namespace Infradeck
