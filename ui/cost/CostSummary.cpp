#include "CostSummary.h"

namespace Infradeck {

QString CostSummary::deltaText(const Money &delta)
{
    const QString amount = Money(delta.micros() < 0 ? -delta.micros() : delta.micros(), delta.currency()).toDisplayString();
    if (delta.rounded().isZero())
        return QStringLiteral("±") + amount;
    return (delta.isNegative() ? QStringLiteral("−") : QStringLiteral("+")) + amount;
}

QString CostSummary::monthlyText(const Money &amount)
{
    return tr("%1/month").arg(amount.toDisplayString());
}

QString CostSummary::planDeltaText(const CostReport &report)
{
    QString text;
    if (report.kind == CostReport::Kind::State) {
        text = monthlyText(report.totalAfter);
    } else {
        text = tr("%1/month (%2 → %3)")
                   .arg(deltaText(report.delta()), report.totalBefore.toDisplayString(2, false), report.totalAfter.toDisplayString());
    }
    if (!report.unpriced.isEmpty())
        text += tr(", %n unpriced", nullptr, int(report.unpriced.size()));
    return text;
}

QString CostSummary::resourceDeltaText(const CostReport &report, const QString &address)
{
    for (const ResourceCost &r : report.resources)
        if (r.address == address)
            return deltaText(r.delta(report.currency));
    return {};
}

} // namespace Infradeck
