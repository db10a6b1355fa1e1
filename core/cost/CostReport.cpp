#include "CostReport.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

#include <algorithm>

namespace Infradeck {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Infradeck::CostReport)
};

QString signedAmount(const Money &m)
{
    const QString s = m.toString();
    return m.isNegative() || s == QLatin1String("0.00") ? s : QLatin1Char('+') + s;
}

} // namespace

QList<CostReport::Group> CostReport::groups(GroupBy by) const
{
    QHash<QString, int> index;
    QList<Group> out;
    for (const ResourceCost &r : resources) {
        QString key;
        switch (by) {
        case GroupBy::Type: key = r.type; break;
        case GroupBy::Provider: key = r.provider; break;
        case GroupBy::Module: key = r.module.isEmpty() ? QStringLiteral("(root)") : r.module; break;
        }
        auto it = index.find(key);
        if (it == index.end()) {
            it = index.insert(key, int(out.size()));
            out << Group{key, Money(0, currency), Money(0, currency), 0};
        }
        Group &g = out[*it];
        g.before += r.monthlyBefore(currency);
        g.after += r.monthlyAfter(currency);
        ++g.count;
    }
    std::sort(out.begin(), out.end(), [](const Group &a, const Group &b) {
        return a.after.micros() != b.after.micros() ? a.after.micros() > b.after.micros() : a.key < b.key;
    });
    return out;
}

int CostReport::changedCount() const
{
    return int(std::count_if(resources.cbegin(), resources.cend(), [this](const ResourceCost &r) { return !r.delta(currency).isZero(); }));
}

QJsonObject CostReport::toJson() const
{
    QJsonArray rows;
    for (const ResourceCost &r : resources) {
        rows.append(QJsonObject{{QStringLiteral("address"), r.address},
                                {QStringLiteral("type"), r.type},
                                {QStringLiteral("monthly_before"), r.monthlyBefore(currency).toString()},
                                {QStringLiteral("monthly_after"), r.monthlyAfter(currency).toString()},
                                {QStringLiteral("price_source"), r.priceSource}});
    }
    QJsonArray unpricedList;
    for (const ResourceCost &r : unpriced)
        unpricedList.append(r.address);
    return QJsonObject{{QStringLiteral("currency"), currency},
                       {QStringLiteral("monthly_before"), totalBefore.toString()},
                       {QStringLiteral("monthly_after"), totalAfter.toString()},
                       {QStringLiteral("monthly_delta"), delta().toString()},
                       {QStringLiteral("resources"), rows},
                       {QStringLiteral("unpriced"), unpricedList}};
}

QString CostReport::toText() const
{
    QString out;
    int width = 20;
    for (const ResourceCost &r : resources)
        width = std::max(width, int(r.address.size()));
    width = std::min(width, 70);
    const bool plan = kind == Kind::Plan;
    if (plan)
        out += QStringLiteral("%1  %2  %3  %4  %5\n")
                   .arg(Tr::tr("resource").leftJustified(width), Tr::tr("before").rightJustified(10), Tr::tr("after").rightJustified(10),
                        Tr::tr("delta").rightJustified(10), Tr::tr("price"));
    else
        out += QStringLiteral("%1  %2  %3\n").arg(Tr::tr("resource").leftJustified(width), Tr::tr("monthly").rightJustified(10), Tr::tr("price"));
    for (const ResourceCost &r : resources) {
        const QString what = r.free ? Tr::tr("free") : r.detail;
        if (plan)
            out += QStringLiteral("%1  %2  %3  %4  %5\n")
                       .arg(r.address.leftJustified(width), r.monthlyBefore(currency).toString().rightJustified(10),
                            r.monthlyAfter(currency).toString().rightJustified(10), signedAmount(r.delta(currency)).rightJustified(10), what);
        else
            out += QStringLiteral("%1  %2  %3\n").arg(r.address.leftJustified(width), r.monthlyAfter(currency).toString().rightJustified(10), what);
    }
    out += QLatin1Char('\n');
    if (plan) {
        out += Tr::tr("Monthly before: %1\n").arg(totalBefore.toDisplayString());
        out += Tr::tr("Monthly after:  %1\n").arg(totalAfter.toDisplayString());
        out += Tr::tr("Monthly delta:  %1 %2\n").arg(signedAmount(delta()), currency);
    } else {
        out += Tr::tr("Monthly total: %1\n").arg(totalAfter.toDisplayString());
    }
    if (!unpriced.isEmpty()) {
        out += QCoreApplication::translate("Infradeck::CostReport", "\nNot priced (%n resource(s), not counted in the totals):\n", nullptr, int(unpriced.size()));
        for (const ResourceCost &r : unpriced)
            out += QStringLiteral("  %1  (%2)\n").arg(r.address, r.unpricedReason);
    }
    if (!assumptions.isEmpty()) {
        out += Tr::tr("\nAssumptions:\n");
        for (const QString &a : assumptions)
            out += QStringLiteral("  %1\n").arg(a);
    }
    return out;
}

} // namespace Infradeck
