// The result of an estimate: per resource before/after monthly cost, totals, the unpriced resources and the
// assumptions made. For a state, before = after.
#pragma once

#include "cost/Money.h"

#include "terraform/ResourceChange.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Infradeck {

struct ResourceCost
{
    QString address;
    QString type;
    QString provider;
    QString module;
    ResourceChange::Action action = ResourceChange::Action::NoOp;
    std::optional<Money> before; // absent: the resource does not exist before (create) or this is not priced
    std::optional<Money> after;  // absent: it does not exist after (delete) or this is not priced
    bool priced = true;
    bool free = false;           // the catalog says explicitly that it costs nothing
    QString unpricedReason;
    QString priceSource;         // "Hetzner price list 2025 (catalog, 2025-06-01)"
    QString detail;              // "cpx31 @ fsn1 + backups 20 %"
    QStringList assumptions;     // usage defaults and attribute defaults that were used

    Money monthlyBefore(const QString &currency) const { return before.value_or(Money(0, currency)); }
    Money monthlyAfter(const QString &currency) const { return after.value_or(Money(0, currency)); }
    Money delta(const QString &currency) const { return monthlyAfter(currency) - monthlyBefore(currency); }
};

class CostReport
{
public:
    enum class Kind { State, Plan };
    enum class GroupBy { Type, Provider, Module };

    struct Group
    {
        QString key;
        Money before;
        Money after;
        int count = 0;
    };

    Kind kind = Kind::State;
    QString source;
    QString currency;
    Money totalBefore;
    Money totalAfter;
    QList<ResourceCost> resources; // priced (and free) resources, in input order
    QList<ResourceCost> unpriced;  // listed, never counted
    QStringList assumptions;       // distinct assumptions over all resources, sorted

    Money delta() const { return totalAfter - totalBefore; }
    QList<Group> groups(GroupBy by) const; // sorted by after desc, then key
    int changedCount() const;              // priced resources whose cost changes

    // The CLI contract: {"currency", "monthly_before", "monthly_after", "monthly_delta",
    // "resources": [{"address","type","monthly_before","monthly_after","price_source"}], "unpriced": [addresses]}.
    QJsonObject toJson() const;
    QString toText() const;
};

} // namespace Infradeck
