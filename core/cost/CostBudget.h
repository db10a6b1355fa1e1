// A monthly budget for an environment or group ("68.85 EUR", "15 x 4.59 EUR") and the finding when a plan
// would exceed it.
#pragma once

#include "cost/CostReport.h"
#include "cost/Money.h"

#include "common/Error.h"
#include "risk/Finding.h"

#include <optional>

namespace Infradeck {

class CostBudget
{
public:
    CostBudget() = default;
    CostBudget(QString name, Money amount) : m_name(std::move(name)), m_amount(std::move(amount)) {}

    // "68.85", "68.85 EUR", "EUR 68.85", "€68.85", "15 x 4.59 EUR", "15 × €4.59", "15*4.59". Without a currency
    // the amount is in defaultCurrency.
    static Result<CostBudget> parse(const QString &text, const QString &defaultCurrency, const QString &name = {});

    const QString &name() const { return m_name; }
    const Money &amount() const { return m_amount; }

    // A finding when the report's monthly total after the plan exceeds the budget (equal is within budget).
    std::optional<Finding> check(const CostReport &report) const;

private:
    QString m_name;
    Money m_amount;
};

} // namespace Infradeck
