// Reads Terraform/OpenTofu state into an Inventory. The kind is detected from the content:
//   - raw terraform.tfstate version 4 (Terraform >= 0.12);
//   - raw version 3 (0.7 - 0.11) as legacy, with a warning (attributes stay flat strings);
//   - `terraform show -json` state output (format_version 0.x / 1.x; no `values` key = empty state);
//   - a plan's `prior_state` (readPriorState).
// Other state versions, plans given as states, empty or broken files are refused with an Error naming the file,
// the JSON path or byte offset, and what was expected. Pure function of its input: safe on any thread.
#pragma once

#include "terraform/Inventory.h"

#include "common/Error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace Infradeck {

class Plan;

class StateReader
{
public:
    static Result<Inventory> readFile(const QString &path);
    // source names the data in errors.
    static Result<Inventory> readBytes(const QByteArray &bytes, const QString &source = QStringLiteral("<state>"));
    // An already parsed document; jsonPath is where root sits in its file ("$", "$.prior_state").
    static Result<Inventory> readJson(const QJsonObject &root, const QString &source,
                                      const QString &jsonPath = QStringLiteral("$"));

    // A state, or when the file is a plan, the plan's prior_state (for comparisons: state vs what a plan saw).
    static Result<Inventory> readStateOrPlanFile(const QString &path);
    static Result<Inventory> readStateOrPlanBytes(const QByteArray &bytes, const QString &source);

    // The plan's prior_state (the refreshed state the plan was made from); an empty inventory with a warning
    // when the plan has none. Kind is PlanPriorState.
    static Result<Inventory> readPriorState(const Plan &plan);
    // Same from the plan's JSON bytes (GitHub's setup-terraform wrapper lines are skipped: PlanReader::locateJson).
    static Result<Inventory> readPriorStateBytes(const QByteArray &planBytes, const QString &source);

private:
    static Result<Inventory> readBytesImpl(const QByteArray &bytes, const QString &source, bool planToo);
    static Result<Inventory> priorStateOf(const QJsonObject &planRoot, const QString &source);
};

} // namespace Infradeck
