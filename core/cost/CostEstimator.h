// Prices resources with a PriceCatalog: the monthly cost of a state/inventory and the before/after/delta of a plan.
#pragma once

#include "cost/CostReport.h"
#include "cost/CostResource.h"
#include "cost/PriceCatalog.h"
#include "cost/UsageAssumptions.h"

#include <QHash>
#include <QList>

namespace Infradeck {

class Plan;

class CostEstimator
{
public:
    struct Price
    {
        bool priced = false;
        bool free = false;
        Money monthly; // in the catalog currency
        QString reason; // why not priced
        QString source; // where the price comes from, "unverified: …" and the usage it rests on
        bool verified = true;
        QString detail;
        QStringList assumptions;
    };

    explicit CostEstimator(PriceCatalog catalog, UsageAssumptions usage = {});

    const PriceCatalog &catalog() const { return m_catalog; }

    // The monthly price of one resource instance.
    Price price(const CostResource &resource) const;

    // A state or inventory: before = after = the current monthly cost.
    CostReport estimate(const QList<CostResource> &resources, const QString &source = {}) const;
    // A plan: before from each change's before values (= refreshed prior state), after from its planned values.
    // create = +after, delete = −before, replace/update = after − before; data sources are skipped.
    CostReport estimate(const Plan &plan) const;

private:
    // Prices repeat: resources with the same type and the same price-relevant attribute values cost the same.
    using PriceCache = QHash<QString, Price>;
    Price priceCached(const CostResource &resource, PriceCache &cache) const;
    Price priceComponents(const CostResource &resource, const TypePricing &pricing) const;

    PriceCatalog m_catalog;
    UsageAssumptions m_usage;
};

} // namespace Infradeck
