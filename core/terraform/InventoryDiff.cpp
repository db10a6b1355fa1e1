#include "InventoryDiff.h"

#include "terraform/Plan.h"

#include "common/Redaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace Infradeck {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Infradeck::InventoryDiff)
};

QJsonObject withoutIgnored(const QJsonObject &attributes, const InventoryIgnoreRules &rules, int *removed)
{
    QJsonObject out = attributes;
    for (auto it = attributes.begin(); it != attributes.end(); ++it) {
        if (rules.ignoresName(it.key())) {
            out.remove(it.key());
            ++*removed;
        }
    }
    return out;
}

void sortEntries(QList<InventoryDiff::Entry> &entries)
{
    std::stable_sort(entries.begin(), entries.end(), [](const InventoryDiff::Entry &x, const InventoryDiff::Entry &y) {
        if (x.module != y.module)
            return x.module < y.module;
        if (x.type != y.type)
            return x.type < y.type;
        return x.address < y.address;
    });
}

} // namespace

InventoryDiff InventoryDiff::compare(const Inventory &a, const Inventory &b, const InventoryIgnoreRules &rules)
{
    InventoryDiff diff;
    diff.labelA = a.source;
    diff.labelB = b.source;
    diff.ignoredNames = rules.names();

    for (const InventoryResource &ra : a.resources) {
        if (!ra.deposed.isEmpty())
            continue;
        const InventoryResource *rb = b.find(ra.addressText);
        if (rb && !rb->deposed.isEmpty())
            rb = nullptr;
        Entry e;
        e.address = ra.addressText;
        e.type = ra.type();
        e.module = ra.address.moduleGroupKey();
        if (!rb) {
            e.kind = Kind::OnlyInA;
            diff.entries << e;
            continue;
        }
        if (ra.attributes == rb->attributes) { // the common case: nothing to walk
            ++diff.unchanged;
            continue;
        }
        int removedA = 0, removedB = 0;
        const QJsonObject attrsA = withoutIgnored(ra.attributes, rules, &removedA);
        const QJsonObject attrsB = withoutIgnored(rb->attributes, rules, &removedB);
        if (attrsA == attrsB) {
            ++diff.unchanged;
            continue;
        }
        const QList<AttributeDiff::Entry> leaves =
            AttributeDiff::compute(attrsA, attrsB, QJsonValue(QJsonValue::Undefined), ra.sensitiveMask, rb->sensitiveMask);
        for (const AttributeDiff::Entry &leaf : leaves) {
            if (leaf.kind == AttributeDiff::Kind::Unchanged)
                continue;
            if (rules.ignores(leaf.steps, leaf.path)) {
                ++e.ignored;
                continue;
            }
            e.changes << leaf;
        }
        if (e.changes.isEmpty()) {
            ++diff.unchanged;
            continue;
        }
        e.kind = Kind::Changed;
        diff.entries << e;
    }
    for (const InventoryResource &rb : b.resources) {
        if (!rb.deposed.isEmpty())
            continue;
        const InventoryResource *ra = a.find(rb.addressText);
        if (ra && ra->deposed.isEmpty())
            continue;
        Entry e;
        e.kind = Kind::OnlyInB;
        e.address = rb.addressText;
        e.type = rb.type();
        e.module = rb.address.moduleGroupKey();
        diff.entries << e;
    }
    sortEntries(diff.entries);

    QMap<QString, const InventoryOutput *> outsA, outsB;
    for (const InventoryOutput &o : a.outputs)
        outsA.insert(o.name, &o);
    for (const InventoryOutput &o : b.outputs)
        outsB.insert(o.name, &o);
    QStringList names = outsA.keys();
    for (const QString &n : outsB.keys())
        if (!outsA.contains(n))
            names << n;
    std::sort(names.begin(), names.end());
    for (const QString &n : std::as_const(names)) {
        const InventoryOutput *oa = outsA.value(n);
        const InventoryOutput *ob = outsB.value(n);
        if (oa && ob && oa->value == ob->value && oa->sensitive == ob->sensitive)
            continue;
        OutputEntry e;
        e.name = n;
        e.kind = !ob ? Kind::OnlyInA : !oa ? Kind::OnlyInB : Kind::Changed;
        e.sensitive = (oa && oa->sensitive) || (ob && ob->sensitive);
        // Both sides masked when either is sensitive: the value of one environment must not hint at the other's.
        if (oa)
            e.a = e.sensitive ? Redaction::mask() : oa->displayText();
        if (ob)
            e.b = e.sensitive ? Redaction::mask() : ob->displayText();
        diff.outputs << e;
    }
    return diff;
}

InventoryDiff InventoryDiff::fromDrift(const Plan &plan)
{
    InventoryDiff diff;
    diff.labelA = Tr::tr("last applied state");
    diff.labelB = Tr::tr("refreshed (%1)").arg(plan.source);
    for (const ResourceChange &change : plan.drift) {
        Entry e;
        Address address;
        auto parsed = Address::parse(change.address);
        if (parsed)
            address = parsed.value();
        e.address = change.address;
        e.type = change.type;
        e.module = parsed ? address.moduleGroupKey() : change.moduleAddress;
        if (change.action == ResourceChange::Action::Delete) {
            e.kind = Kind::OnlyInA; // deleted outside Terraform
        } else if (change.action == ResourceChange::Action::Create) {
            e.kind = Kind::OnlyInB;
        } else {
            e.kind = Kind::Changed;
            for (const AttributeDiff::Entry &leaf : AttributeDiff::compute(plan, change))
                if (leaf.kind != AttributeDiff::Kind::Unchanged)
                    e.changes << leaf;
        }
        diff.entries << e;
    }
    sortEntries(diff.entries);
    return diff;
}

int InventoryDiff::count(Kind kind) const
{
    return int(std::count_if(entries.begin(), entries.end(), [kind](const Entry &e) { return e.kind == kind; }));
}

QList<InventoryDiff::Group> InventoryDiff::groups() const
{
    QList<Group> out;
    for (int i = 0; i < entries.size(); ++i) {
        const Entry &e = entries.at(i);
        if (out.isEmpty() || out.last().module != e.module || out.last().type != e.type)
            out << Group{e.module, e.type, {}};
        out.last().entries << i;
    }
    return out;
}

QString InventoryDiff::kindName(Kind kind)
{
    switch (kind) {
    case Kind::OnlyInA:
        return QStringLiteral("only_in_a");
    case Kind::OnlyInB:
        return QStringLiteral("only_in_b");
    case Kind::Changed:
        return QStringLiteral("changed");
    }
    return {};
}

QJsonObject InventoryDiff::toJson() const
{
    QJsonArray resources;
    for (const Entry &e : entries) {
        QJsonArray changes;
        for (const AttributeDiff::Entry &c : e.changes)
            changes.append(QJsonObject{{QStringLiteral("path"), c.path},
                                       {QStringLiteral("kind"), AttributeDiff::kindName(c.kind)},
                                       {QStringLiteral("a"), c.before},
                                       {QStringLiteral("b"), c.after},
                                       {QStringLiteral("sensitive"), c.sensitive || c.possiblySensitive}});
        resources.append(QJsonObject{{QStringLiteral("address"), e.address},
                                     {QStringLiteral("type"), e.type},
                                     {QStringLiteral("module"), e.module},
                                     {QStringLiteral("kind"), kindName(e.kind)},
                                     {QStringLiteral("ignored"), e.ignored},
                                     {QStringLiteral("changes"), changes}});
    }
    QJsonArray outs;
    for (const OutputEntry &o : outputs)
        outs.append(QJsonObject{{QStringLiteral("name"), o.name},
                                {QStringLiteral("kind"), kindName(o.kind)},
                                {QStringLiteral("sensitive"), o.sensitive},
                                {QStringLiteral("a"), o.a},
                                {QStringLiteral("b"), o.b}});
    return QJsonObject{
        {QStringLiteral("a"), labelA},
        {QStringLiteral("b"), labelB},
        {QStringLiteral("summary"),
         QJsonObject{{QStringLiteral("only_in_a"), count(Kind::OnlyInA)},
                     {QStringLiteral("only_in_b"), count(Kind::OnlyInB)},
                     {QStringLiteral("changed"), count(Kind::Changed)},
                     {QStringLiteral("unchanged"), unchanged}}},
        {QStringLiteral("ignored_names"), QJsonArray::fromStringList(ignoredNames)},
        {QStringLiteral("resources"), resources},
        {QStringLiteral("outputs"), outs},
    };
}

QString InventoryDiff::toText() const
{
    QString out;
    out += Tr::tr("A: %1\nB: %2\n").arg(labelA, labelB);
    out += Tr::tr("%1 only in A, %2 only in B, %3 different, %4 the same")
               .arg(count(Kind::OnlyInA))
               .arg(count(Kind::OnlyInB))
               .arg(count(Kind::Changed))
               .arg(unchanged);
    if (!ignoredNames.isEmpty())
        out += Tr::tr(" (not compared: %1)").arg(ignoredNames.join(QStringLiteral(", ")));
    out += QLatin1Char('\n');
    QString lastModule = QStringLiteral("\x01");
    for (const Group &g : groups()) {
        if (g.module != lastModule) {
            out += QLatin1Char('\n') + (g.module.isEmpty() ? Tr::tr("root module") : g.module) + QLatin1Char('\n');
            lastModule = g.module;
        }
        out += QStringLiteral("  ") + g.type + QLatin1Char('\n');
        for (int i : g.entries) {
            const Entry &e = entries.at(i);
            const char *mark = e.kind == Kind::OnlyInA ? "-" : e.kind == Kind::OnlyInB ? "+" : "~";
            out += QStringLiteral("    %1 %2").arg(QLatin1String(mark), e.address);
            if (e.kind == Kind::OnlyInA)
                out += Tr::tr("  (only in A)");
            else if (e.kind == Kind::OnlyInB)
                out += Tr::tr("  (only in B)");
            out += QLatin1Char('\n');
            for (const AttributeDiff::Entry &c : e.changes) {
                const QString a = c.before.isEmpty() ? Tr::tr("(absent)") : c.before;
                const QString b = c.after.isEmpty() ? Tr::tr("(absent)") : c.after;
                out += QStringLiteral("        %1: %2 -> %3\n").arg(c.path, a, b);
            }
            if (e.ignored > 0)
                out += Tr::tr("        (%1 ignored attribute difference(s))\n").arg(e.ignored);
        }
    }
    if (!outputs.isEmpty()) {
        out += QLatin1Char('\n') + Tr::tr("outputs") + QLatin1Char('\n');
        for (const OutputEntry &o : outputs) {
            const char *mark = o.kind == Kind::OnlyInA ? "-" : o.kind == Kind::OnlyInB ? "+" : "~";
            out += QStringLiteral("  %1 %2: %3 -> %4\n")
                       .arg(QLatin1String(mark), o.name, o.a.isEmpty() ? Tr::tr("(absent)") : o.a,
                            o.b.isEmpty() ? Tr::tr("(absent)") : o.b);
        }
    }
    return out;
}

} // namespace Infradeck
