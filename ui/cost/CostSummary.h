// Short texts about costs, shared by the Costs view and callable from the Plan view (header and per change).
#pragma once

#include "cost/CostReport.h"
#include "cost/Money.h"

#include <QCoreApplication>
#include <QString>

namespace Infradeck {

class CostSummary
{
    Q_DECLARE_TR_FUNCTIONS(Cost)
public:
    // "+4.59 EUR/month (10.00 → 14.59 EUR), 1 unpriced" — for a plan; a state gives "14.59 EUR/month".
    static QString planDeltaText(const CostReport &report);
    // "+4.59 EUR" / "−4.59 EUR" / "±0.00 EUR": a signed amount for one changed resource.
    static QString deltaText(const Money &delta);
    // "14.59 EUR/month"
    static QString monthlyText(const Money &amount);
    // The delta of one resource of the report, "" when the address is not priced in it.
    static QString resourceDeltaText(const CostReport &report, const QString &address);
};

} // namespace Infradeck
