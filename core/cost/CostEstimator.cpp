#include "CostEstimator.h"

#include "terraform/Plan.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace Infradeck {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Infradeck::CostEstimator)
};

constexpr qint64 HoursPerMonth = 730; // Hetzner, GCP and OVH all bill a month as 730 hours

// Dotted attribute path; a list on the way steps into its first element (Terraform blocks are lists).
QJsonValue lookup(const QJsonObject &attributes, const QString &path, bool keepFinalList)
{
    QJsonValue current(attributes);
    const QStringView view(path);
    qsizetype start = 0;
    while (start <= view.size()) {
        qsizetype dot = view.indexOf(QLatin1Char('.'), start);
        if (dot < 0)
            dot = view.size();
        const QStringView key = view.mid(start, dot - start);
        while (current.isArray()) {
            const QJsonArray a = current.toArray();
            if (a.isEmpty())
                return QJsonValue::Undefined;
            current = a.first();
        }
        if (!current.isObject())
            return QJsonValue::Undefined;
        current = current.toObject().value(key);
        if (current.isUndefined() || current.isNull())
            return QJsonValue::Undefined;
        start = dot + 1;
    }
    if (!keepFinalList) {
        while (current.isArray()) {
            const QJsonArray a = current.toArray();
            if (a.isEmpty())
                return QJsonValue::Undefined;
            current = a.first();
        }
    }
    return current;
}

QString scalarText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String: return v.toString();
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (d == double(qint64(d)))
            return QString::number(qint64(d));
        return QString::number(d, 'f', 6);
    }
    default: return {};
    }
}

bool truthy(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool();
    if (v.isString())
        return v.toString().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    if (v.isDouble())
        return v.toDouble() != 0;
    return false;
}

// "1", "0.5", "1000m" (CPU) → micro-units of vCPU.
std::optional<qint64> parseCpu(const QString &text)
{
    if (text.endsWith(QLatin1Char('m'))) {
        const auto milli = Money::parseMicros(QStringView(text).chopped(1));
        if (!milli)
            return std::nullopt;
        return Money::mulDivHalfEven(*milli, 1, 1000);
    }
    return Money::parseMicros(text);
}

// "512Mi", "2Gi", "1G", "1073741824" (bytes) → micro-units of GiB.
std::optional<qint64> parseMemoryGiB(const QString &text)
{
    static const QList<QPair<QString, qint64>> suffixes = {
        {QStringLiteral("Ki"), qint64(1) << 10}, {QStringLiteral("Mi"), qint64(1) << 20}, {QStringLiteral("Gi"), qint64(1) << 30},
        {QStringLiteral("Ti"), qint64(1) << 40}, {QStringLiteral("k"), 1000},             {QStringLiteral("K"), 1000},
        {QStringLiteral("M"), 1000000},          {QStringLiteral("G"), 1000000000},       {QStringLiteral("T"), 1000000000000}};
    qint64 multiplier = 1;
    QStringView number(text);
    for (const auto &[suffix, factor] : suffixes) {
        if (text.endsWith(suffix)) {
            multiplier = factor;
            number = number.chopped(suffix.size());
            break;
        }
    }
    const auto value = Money::parseMicros(number);
    if (!value)
        return std::nullopt;
    return Money::mulDivHalfEven(*value, multiplier, qint64(1) << 30);
}

bool matches(const QString &value, const QStringList &accepted)
{
    for (const QString &a : accepted) {
        if (value.compare(a, Qt::CaseInsensitive) == 0)
            return true;
        // A datacenter ("fsn1-dc14") selects its location's price ("fsn1").
        if (value.size() > a.size() && value.at(a.size()) == QLatin1Char('-') && value.startsWith(a, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString describeSource(const QString &source, const QDate &date)
{
    if (source.isEmpty())
        return date.isValid() ? Tr::tr("catalog (%1)").arg(date.toString(Qt::ISODate)) : Tr::tr("catalog");
    return date.isValid() && !source.contains(date.toString(Qt::ISODate)) ? QStringLiteral("%1 (%2)").arg(source, date.toString(Qt::ISODate)) : source;
}

} // namespace

CostEstimator::CostEstimator(PriceCatalog catalog, UsageAssumptions usage) : m_catalog(std::move(catalog)), m_usage(std::move(usage)) {}

CostEstimator::Price CostEstimator::price(const CostResource &resource) const
{
    Price p;
    const TypePricing *pricing = m_catalog.type(resource.type);
    if (!pricing) {
        p.reason = Tr::tr("no price for %1 in the catalog").arg(resource.type);
        return p;
    }
    if (pricing->free) {
        p.priced = true;
        p.free = true;
        p.monthly = Money(0, m_catalog.currency());
        p.source = describeSource(pricing->source.isEmpty() ? Tr::tr("catalog: free") : pricing->source,
                                  pricing->date.isValid() ? pricing->date : m_catalog.date());
        p.detail = Tr::tr("free");
        return p;
    }
    return priceComponents(resource, *pricing);
}

CostEstimator::Price CostEstimator::priceComponents(const CostResource &r, const TypePricing &t) const
{
    Price p;
    bool usageFromFile = false;  // some usage figure came from the workspace's usage file
    QStringList usageDefaults;   // catalog defaults stood in for usage the file does not give
    // Usage: the usage file first, then the catalog's stated default (which is then reported as an assumption).
    auto usageValue = [&](const QString &key, QString *said) -> std::optional<QString> {
        if (const auto v = m_usage.value(r.address, r.type, key)) {
            usageFromFile = true;
            if (said)
                *said = Tr::tr("%1 = %2 (usage file)").arg(key, *v);
            return v;
        }
        const auto it = t.usage.constFind(key);
        if (it == t.usage.cend())
            return std::nullopt;
        usageDefaults << (it->note.isEmpty() ? QStringLiteral("%1 = %2").arg(key, it->value)
                                             : QStringLiteral("%1 = %2 (%3)").arg(key, it->value, it->note));
        if (said)
            *said = it->note.isEmpty() ? Tr::tr("%1 = %2 (catalog default)").arg(key, it->value)
                                       : Tr::tr("%1 = %2 (catalog default: %3)").arg(key, it->value, it->note);
        return it->value;
    };

    // Selector values.
    QHash<QString, QString> selected;
    for (const QString &key : t.selectOrder) {
        for (const QString &src : t.select.value(key)) {
            if (src.startsWith(QLatin1String("usage:"))) {
                QString said;
                if (const auto v = usageValue(src.mid(6), &said)) {
                    selected.insert(key, *v);
                    p.assumptions << said;
                    break;
                }
                continue;
            }
            const QString text = scalarText(lookup(r.attributes, src, false));
            if (!text.isEmpty()) {
                selected.insert(key, text);
                break;
            }
        }
    }
    auto describeSelection = [&] {
        QStringList parts;
        for (const QString &key : t.selectOrder)
            parts << QStringLiteral("%1=%2").arg(key, selected.value(key, QStringLiteral("?")));
        return parts.join(QStringLiteral(", "));
    };

    qint64 total = 0; // micro-units of the type's currency
    QStringList details;
    QString source;
    QDate date;
    std::optional<qint64> hours;
    QString hoursSaid;
    if (t.hourlyCapped) {
        if (const auto h = m_usage.value(r.address, r.type, QStringLiteral("hours_per_month"))) {
            hours = Money::parseMicros(*h);
            hoursSaid = Tr::tr("hours_per_month = %1 (usage file)").arg(*h);
            usageFromFile = true;
        }
    }

    for (const PriceComponent &c : t.components) {
        const PriceEntry *best = nullptr;
        int bestScore = -1;
        for (const PriceEntry &e : c.prices) {
            bool ok = true;
            for (auto it = e.match.cbegin(); it != e.match.cend() && ok; ++it) {
                const auto v = selected.constFind(it.key());
                ok = v != selected.cend() && matches(*v, it.value());
            }
            if (ok && int(e.match.size()) > bestScore) {
                best = &e;
                bestScore = int(e.match.size());
            }
        }
        if (!best) {
            p.reason = t.selectOrder.isEmpty() ? Tr::tr("no price for %1").arg(r.type) : Tr::tr("no price for %1 with %2").arg(r.type, describeSelection());
            return p;
        }
        // Unit price per month; hourly-billed types are capped at the monthly price.
        qint64 unit = 0;
        if (best->monthly && (!best->hourly || !hours)) {
            unit = *best->monthly;
        } else if (best->hourly) {
            const qint64 h = hours.value_or(HoursPerMonth * Money::Scale);
            unit = Money::mulDivHalfEven(*best->hourly, h, Money::Scale);
            if (best->monthly)
                unit = std::min(unit, *best->monthly);
            if (hours)
                p.assumptions << hoursSaid;
        }
        qint64 amount = unit;
        QStringList qty;
        for (const QuantityFactor &f : c.quantity) {
            std::optional<qint64> q;
            QString said;
            switch (f.kind) {
            case QuantityFactor::Kind::Usage: {
                if (const auto v = usageValue(f.name, &said)) {
                    q = Money::parseMicros(*v);
                    if (!q) {
                        p.reason = Tr::tr("usage %1 = \"%2\" is not a number").arg(f.name, *v);
                        return p;
                    }
                    p.assumptions << said;
                }
                break;
            }
            case QuantityFactor::Kind::Count: {
                const QJsonValue v = lookup(r.attributes, f.name, true);
                if (v.isArray())
                    q = qint64(v.toArray().size()) * Money::Scale;
                break;
            }
            case QuantityFactor::Kind::Attribute: {
                const QJsonValue v = lookup(r.attributes, f.name, false);
                const QString text = scalarText(v);
                if (!text.isEmpty()) {
                    switch (f.parse) {
                    case QuantityFactor::Parse::Number: q = Money::parseMicros(text); break;
                    case QuantityFactor::Parse::Cpu: q = parseCpu(text); break;
                    case QuantityFactor::Parse::MemoryGiB: q = parseMemoryGiB(text); break;
                    }
                    if (!q) {
                        p.reason = Tr::tr("%1 = \"%2\" is not a quantity").arg(f.name, text);
                        return p;
                    }
                }
                break;
            }
            }
            if (!q && f.fallback) {
                q = f.fallback;
                p.assumptions << Tr::tr("%1 = %2 (not set; catalog default)").arg(f.name, Money::formatMicros(*f.fallback, 6));
            }
            if (!q) {
                p.reason = Tr::tr("%1 of %2 is not known (needed for its price)").arg(f.name, r.address);
                return p;
            }
            amount = Money::mulDivHalfEven(amount, *q, Money::Scale);
            qty << QStringLiteral("%1 %2").arg(Money(*q, {}).toExactString(), f.unit.isEmpty() ? f.name : f.unit);
        }
        total += amount;
        QString d;
        if (!selected.isEmpty()) {
            QStringList sel;
            for (const QString &key : t.selectOrder)
                if (selected.contains(key))
                    sel << selected.value(key);
            d = sel.join(QStringLiteral(" @ "));
        }
        if (!qty.isEmpty())
            d += (d.isEmpty() ? QString() : QStringLiteral(", ")) + qty.join(QStringLiteral(" × "));
        if (t.components.size() > 1)
            d = c.name + QStringLiteral(": ") + d;
        if (!d.isEmpty())
            details << d;
        if (source.isEmpty()) {
            source = best->source;
            date = best->date;
        }
        p.verified = p.verified && best->verified.value_or(t.verified);
    }
    const qint64 base = total;
    for (const PriceAddon &a : t.addons) {
        if (truthy(lookup(r.attributes, a.when, false))) {
            total += Money::mulDivHalfEven(base, a.percent, 100 * Money::Scale);
            details << Tr::tr("%1 %2 %").arg(a.name, Money(a.percent, {}).toExactString());
        }
    }
    Money monthly(total, t.currency);
    if (t.currency != m_catalog.currency()) {
        const auto rate = m_catalog.rateTo(t.currency);
        if (!rate) {
            p.reason = Tr::tr("no exchange rate from %1 to %2").arg(t.currency, m_catalog.currency());
            return p;
        }
        details << Tr::tr("%1 %2 at %3").arg(monthly.toString(), t.currency, Money(*rate, {}).toExactString());
        monthly = Money(monthly.timesDecimal(*rate).micros(), m_catalog.currency());
    }
    p.priced = true;
    p.monthly = monthly;
    p.detail = details.join(QStringLiteral(" + "));
    if (source.isEmpty())
        source = t.source.isEmpty() ? m_catalog.source() : t.source;
    if (!date.isValid())
        date = t.date.isValid() ? t.date : m_catalog.date();
    p.source = describeSource(source, date);
    if (!p.verified)
        p.source = Tr::tr("unverified: %1").arg(p.source);
    if (usageFromFile)
        p.source = Tr::tr("%1; usage from %2").arg(p.source, QFileInfo(m_usage.source()).fileName());
    if (!usageDefaults.isEmpty())
        p.source = Tr::tr("%1; default assumption: %2").arg(p.source, usageDefaults.join(QStringLiteral("; ")));
    if (t.vatIncluded != m_catalog.vatIncluded())
        p.assumptions << (t.vatIncluded ? Tr::tr("%1 prices include VAT").arg(t.type) : Tr::tr("%1 prices exclude VAT").arg(t.type));
    return p;
}

CostEstimator::Price CostEstimator::priceCached(const CostResource &r, PriceCache &cache) const
{
    const TypePricing *t = m_catalog.type(r.type);
    if (!t || t->free || m_usage.hasResource(r.address))
        return price(r);
    // The key holds every attribute the price can depend on: selectors, quantities and add-on switches.
    QString key = r.type;
    auto add = [&](const QJsonValue &v) {
        key += QChar(0x1f);
        key += v.isArray() ? QString::number(v.toArray().size()) + QLatin1Char('#') : scalarText(v);
    };
    for (const QString &k : t->selectOrder)
        for (const QString &src : t->select.value(k))
            if (!src.startsWith(QLatin1String("usage:")))
                add(lookup(r.attributes, src, false));
    for (const PriceComponent &c : t->components)
        for (const QuantityFactor &f : c.quantity)
            if (f.kind != QuantityFactor::Kind::Usage)
                add(lookup(r.attributes, f.name, f.kind == QuantityFactor::Kind::Count));
    for (const PriceAddon &a : t->addons)
        add(lookup(r.attributes, a.when, false));
    const auto it = cache.constFind(key);
    if (it != cache.cend())
        return *it;
    const Price p = price(r);
    cache.insert(key, p);
    return p;
}

CostReport CostEstimator::estimate(const QList<CostResource> &resources, const QString &source) const
{
    PriceCache cache;
    CostReport report;
    report.kind = CostReport::Kind::State;
    report.source = source;
    report.currency = m_catalog.currency();
    report.totalBefore = report.totalAfter = Money(0, report.currency);
    report.resources.reserve(resources.size());
    QSet<QString> assumptions;
    for (const CostResource &r : resources) {
        ResourceCost rc;
        rc.address = r.address;
        rc.type = r.type;
        rc.module = r.module;
        const TypePricing *t = m_catalog.type(r.type);
        rc.provider = !r.provider.isEmpty() ? r.provider : t ? t->provider : r.type.section(QLatin1Char('_'), 0, 0);
        const Price p = priceCached(r, cache);
        if (!p.priced) {
            rc.priced = false;
            rc.unpricedReason = p.reason;
            report.unpriced << rc;
            continue;
        }
        rc.free = p.free;
        rc.before = rc.after = p.monthly;
        rc.priceSource = p.source;
        rc.detail = p.detail;
        rc.assumptions = p.assumptions;
        for (const QString &a : p.assumptions)
            assumptions.insert(rc.address + QStringLiteral(": ") + a);
        // (assumptions are per resource on purpose: the report says which resources rest on a default)
        report.totalBefore += p.monthly;
        report.totalAfter += p.monthly;
        report.resources << rc;
    }
    report.assumptions = QStringList(assumptions.cbegin(), assumptions.cend());
    report.assumptions.sort();
    return report;
}

CostReport CostEstimator::estimate(const Plan &plan) const
{
    using Action = ResourceChange::Action;
    PriceCache cache;
    CostReport report;
    report.kind = CostReport::Kind::Plan;
    report.source = plan.source;
    report.currency = m_catalog.currency();
    report.totalBefore = report.totalAfter = Money(0, report.currency);
    report.resources.reserve(plan.changes.size());
    QSet<QString> assumptions;
    for (const ResourceChange &change : plan.changes) {
        if (change.isData || change.action == Action::Read)
            continue;
        ResourceCost rc;
        rc.address = change.deposed.isEmpty() ? change.address : change.address + QStringLiteral(" (deposed %1)").arg(change.deposed);
        rc.type = change.type;
        rc.module = change.moduleAddress;
        rc.action = change.action;
        rc.provider = CostResource::shortProviderName(change.providerName);
        const TypePricing *t = m_catalog.type(change.type);
        if (rc.provider.isEmpty() && t)
            rc.provider = t->provider;
        if (!t) {
            // Not in the catalog: no need to decode its values.
            rc.priced = false;
            rc.unpricedReason = Tr::tr("no price for %1 in the catalog").arg(change.type);
            report.unpriced << rc;
            continue;
        }
        const bool hasBefore = change.action != Action::Create;
        const bool hasAfter = change.action != Action::Delete;
        std::optional<Price> before;
        std::optional<Price> after;
        auto side = [&](const JsonSpan &span) {
            CostResource r{change.address, change.type, change.moduleAddress, rc.provider, {}};
            if (!t->free && span.isPresent())
                r.attributes = plan.json(span).toObject();
            return priceCached(r, cache);
        };
        if (hasBefore)
            before = side(change.before);
        if (hasAfter)
            after = side(change.after);
        const Price *failed = (before && !before->priced) ? &*before : (after && !after->priced) ? &*after : nullptr;
        if (failed) {
            // One side unknown: counting only the other would invent a delta, so the resource is listed, not counted.
            rc.priced = false;
            rc.unpricedReason = after && failed == &*after && change.afterUnknown.isPresent() ? failed->reason + Tr::tr(" (some values are known only after apply)")
                                                                                     : failed->reason;
            report.unpriced << rc;
            continue;
        }
        const Price &shown = after ? *after : *before;
        rc.free = shown.free;
        rc.priceSource = shown.source;
        rc.detail = shown.detail;
        if (before) {
            rc.before = before->monthly;
            report.totalBefore += before->monthly;
            rc.assumptions << before->assumptions;
        }
        if (after) {
            rc.after = after->monthly;
            report.totalAfter += after->monthly;
            for (const QString &a : after->assumptions)
                if (!rc.assumptions.contains(a))
                    rc.assumptions << a;
        }
        if (before && after && before->detail != after->detail && !before->detail.isEmpty())
            rc.detail = QStringLiteral("%1 → %2").arg(before->detail, after->detail);
        for (const QString &a : std::as_const(rc.assumptions))
            assumptions.insert(rc.address + QStringLiteral(": ") + a);
        report.resources << rc;
    }
    report.assumptions = QStringList(assumptions.cbegin(), assumptions.cend());
    report.assumptions.sort();
    return report;
}

} // namespace Infradeck
