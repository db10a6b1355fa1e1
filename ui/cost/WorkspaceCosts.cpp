#include "WorkspaceCosts.h"

#include "common/Async.h"
#include "cost/CostEstimator.h"
#include "cost/CostInputReader.h"
#include "cost/HetznerPricing.h"
#include "cost/PriceCatalog.h"
#include "terraform/PlanReader.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QFileInfo>

namespace Infradeck {

WorkspaceCosts::Result WorkspaceCosts::estimate(const Workspace &workspace, const TaskControl *control, const QString &livePricesDir)
{
    Result result;
    auto catalog = PriceCatalog::loadDefault();
    if (!catalog) {
        result.problems.append(catalog.error());
        return result;
    }
    result.catalogDate = catalog->date();
    result.staleAfterDays = catalog->staleAfterDays();
    if (!livePricesDir.isEmpty() && QFileInfo::exists(QDir(livePricesDir).filePath(HetznerPricing::cacheFileName()))) {
        auto live = HetznerPricing::loadCache(livePricesDir);
        if (!live) {
            Error problem = live.error();
            result.problems.append(problem.asWarning());
        } else {
            const Errors mergeProblems = catalog->merge(live->catalog);
            result.problems.append(mergeProblems);
            if (mergeProblems.isEmpty())
                result.livePricesAt = live->fetchedAt;
        }
    }
    if (!workspace.pricingPath().isEmpty()) {
        auto overlay = PriceCatalog::load(workspace.pricingPath());
        if (!overlay)
            result.problems.append(overlay.error());
        else
            result.problems.append(catalog->merge(overlay.value()));
    }
    result.problems.append(catalog->warnings);
    result.currency = catalog->currency();
    UsageAssumptions usage;
    if (!workspace.usagePath().isEmpty()) {
        auto loaded = UsageAssumptions::load(workspace.usagePath());
        if (!loaded) {
            result.problems.append(loaded.error());
        } else {
            usage = std::move(loaded).value();
            result.usageFile = workspace.usagePath();
        }
    }
    const CostEstimator estimator(std::move(catalog).value(), std::move(usage));

    for (const Environment &env : workspace.environments()) {
        if (control && control->isCanceled())
            return result;
        EnvironmentCost cost;
        cost.name = env.name;
        cost.kind = env.kind;
        cost.report.currency = result.currency;
        if (!env.planPath.isEmpty() && QFileInfo::exists(env.planPath)) {
            Infradeck::Result<Plan> plan = PlanReader::readFile(env.planPath);
            if (plan) {
                cost.report = estimator.estimate(plan.value());
                cost.hasReport = true;
            } else {
                cost.problems << plan.error().toString();
            }
        }
        if (!cost.hasReport && !env.statePath.isEmpty() && QFileInfo::exists(env.statePath)) {
            auto resources = CostInputReader::readStateFile(env.statePath);
            if (resources) {
                cost.report = estimator.estimate(resources.value(), env.statePath);
                cost.hasReport = true;
            } else {
                cost.problems << resources.error().toString();
            }
        }
        if (!cost.hasReport && cost.problems.isEmpty())
            cost.problems << tr("Environment \"%1\" names no plan or state file that exists.").arg(env.name);
        if (env.budget.isSet()) {
            const QString text = env.budget.monthly + QLatin1Char(' ') + env.budget.currency;
            auto budget = CostBudget::parse(text.trimmed(), result.currency, env.name);
            if (!budget) {
                cost.problems << budget.error().toString();
            } else if (budget->amount().currency() != result.currency) {
                cost.problems << tr("Budget of \"%1\" is in %2 but prices are in %3; not checked.")
                                     .arg(env.name, budget->amount().currency(), result.currency);
            } else {
                cost.budget = budget.value();
                if (cost.hasReport)
                    cost.budgetFinding = budget->check(cost.report);
            }
        }
        result.environments.append(std::move(cost));
    }
    return result;
}

} // namespace Infradeck
