// Reads the resources to price from a state: raw terraform.tfstate v4 (resources[].instances[].attributes) or
// `terraform show -json` state output (values.root_module + child_modules). Data sources are left out.
// Small and private to cost on purpose; an Inventory from the state reader can be turned into CostResources instead.
#pragma once

#include "cost/CostResource.h"

#include "common/Error.h"

#include <QByteArray>
#include <QList>

namespace Infradeck {

class CostInputReader
{
public:
    static Result<QList<CostResource>> readStateFile(const QString &path);
    static Result<QList<CostResource>> readState(const QByteArray &json, const QString &source = QStringLiteral("<state>"));
    // Raw bytes that look like a plan (resource_changes / planned_values) rather than a state.
    static bool looksLikePlan(const QByteArray &json);
};

} // namespace Infradeck
