// Compares two inventories (staging vs production, a state vs a plan's prior_state) or lists a plan's
// resource_drift: resources only in A, only in B, and in both with attribute differences, grouped per module and
// type. Attribute texts are redacted (AttributeDiff): a sensitive value never reaches them.
#pragma once

#include "terraform/AttributeDiff.h"
#include "terraform/Inventory.h"
#include "terraform/InventoryIgnoreRules.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Infradeck {

class Plan;

class InventoryDiff
{
public:
    enum class Kind { OnlyInA, OnlyInB, Changed };

    struct Entry
    {
        Kind kind = Kind::Changed;
        QString address;
        QString type;
        QString module;                      // Address::moduleGroupKey(): "" for root
        QList<AttributeDiff::Entry> changes; // Changed only; Unchanged and ignored leaves left out
        int ignored = 0;                     // differing leaves skipped by the rules
    };

    struct OutputEntry
    {
        Kind kind = Kind::Changed;
        QString name;
        bool sensitive = false;
        QString a; // display text (masked when sensitive), "" when absent
        QString b;
    };

    struct Group
    {
        QString module;
        QString type;
        QList<int> entries; // indexes into entries
    };

    // Matches instances by address; deposed objects are left out.
    static InventoryDiff compare(const Inventory &a, const Inventory &b, const InventoryIgnoreRules &rules);
    // The plan's resource_drift: A = the state as last applied (before), B = refreshed (after). Nothing ignored.
    static InventoryDiff fromDrift(const Plan &plan);

    QString labelA = QStringLiteral("A");
    QString labelB = QStringLiteral("B");
    QList<Entry> entries; // differing resources only, by module, type, address
    QList<OutputEntry> outputs;
    int unchanged = 0; // resources in both without a (non-ignored) difference
    QStringList ignoredNames;

    int count(Kind kind) const;
    bool isEmpty() const { return entries.isEmpty() && outputs.isEmpty(); }
    QList<Group> groups() const; // root module first, then module path, then type

    static QString kindName(Kind kind); // "only_in_a", "only_in_b", "changed"
    // {"a", "b", "summary": {only_in_a, only_in_b, changed, unchanged}, "resources": [{address, type, module, kind,
    //  ignored, changes: [{path, kind, a, b, sensitive}]}], "outputs": [{name, kind, sensitive, a, b}]}
    QJsonObject toJson() const;
    QString toText() const;
};

} // namespace Infradeck
