// Estimates every environment of a workspace (runs on the pool): the default catalog merged with the
// workspace's pricing override, each environment's plan (or state) priced, budgets checked.
#pragma once

#include "EnvironmentCost.h"

#include "common/Error.h"

#include <QCoreApplication>
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
        Errors problems;                     // catalog problems
    };

    static Result estimate(const Workspace &workspace, const TaskControl *control = nullptr);
};

} // namespace Infradeck
