// The price catalog: for each priced resource type, which attributes select a price, the prices (monthly/hourly,
// per unit), quantities, add-ons such as backups, usage defaults, currency, VAT handling, source and date.
// Loaded from YAML (resources/pricing/default-catalog.yaml; a workspace file of the same schema overrides by type).
#pragma once

#include "common/Error.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Infradeck {

// One price row: the selector values it applies to and its price per unit.
struct PriceEntry
{
    QHash<QString, QStringList> match; // selector key → accepted values (case-insensitive); absent key = any
    std::optional<qint64> monthly;     // micro-units per unit per month
    std::optional<qint64> hourly;      // micro-units per unit per hour
    QString unit;                      // "GB-month", "vCPU-second", ... (display only)
    QString source;                    // empty: the type's / catalog's
    QDate date;
    std::optional<bool> verified;      // unset: the type's
    int line = -1;
};

// A multiplier of the price: an attribute (size, memory_size_gb, a Kubernetes CPU/memory quantity), the number of
// elements of a list attribute, or a usage figure.
struct QuantityFactor
{
    enum class Kind { Attribute, Count, Usage };
    enum class Parse { Number, Cpu, MemoryGiB };
    Kind kind = Kind::Attribute;
    QString name;                     // attribute path (dotted; lists step into their first element) or usage key
    Parse parse = Parse::Number;
    std::optional<qint64> fallback;   // micro-units used (and stated) when the attribute is absent
    QString unit;
};

struct PriceComponent
{
    QString name; // "base" unless the type has components
    QList<QuantityFactor> quantity;
    QList<PriceEntry> prices;
};

struct PriceAddon
{
    QString name;         // "backups"
    QString when;         // attribute that must be true
    qint64 percent = 0;   // micro-percent of the base price
};

struct UsageDefault
{
    QString value; // decimal or word ("hobby")
    QString note;  // why this default
};

struct TypePricing
{
    QString type;
    QString provider;
    QString currency;
    bool free = false;
    bool hourlyCapped = false; // Hetzner: billed hourly, never more than the monthly price
    bool vatIncluded = false;
    bool verified = true; // false: the figures could not be checked against a dated source ("unverified")
    QString source;
    QDate date;
    QString note;
    QHash<QString, QStringList> select; // selector key → sources: attribute paths or "usage:NAME"
    QStringList selectOrder;
    QList<PriceComponent> components;
    QList<PriceAddon> addons;
    QHash<QString, UsageDefault> usage;
    int line = -1;
};

struct ExchangeRate
{
    qint64 rate = 0; // micro-units of the catalog currency per unit of the other
    QString source;
    QDate date;
};

class PriceCatalog
{
public:
    static Result<PriceCatalog> load(const QString &yamlPath);
    static Result<PriceCatalog> loadString(const QByteArray &yaml, const QString &source = QStringLiteral("<catalog>"));
    // $INFRADECK_PRICE_CATALOG, :/pricing/default-catalog.yaml, the installed share dir, the source tree.
    static QString defaultCatalogPath();
    static Result<PriceCatalog> loadDefault();

    // Types of `overlay` replace ours whole; exchange rates are merged; its currency must equal ours.
    Errors merge(const PriceCatalog &overlay);

    const TypePricing *type(const QString &name) const;
    QStringList typeNames() const;
    void setType(const TypePricing &pricing);
    QString currency() const { return m_currency; }
    bool vatIncluded() const { return m_vatIncluded; }
    QString source() const { return m_source; }
    QDate date() const { return m_date; }
    int staleAfterDays() const { return m_staleAfterDays; }
    // Rate to convert `from` into the catalog currency; nullopt when unknown. 1.0 for the catalog currency.
    std::optional<qint64> rateTo(const QString &from) const;
    void setExchangeRate(const QString &currency, const ExchangeRate &rate) { m_rates.insert(currency, rate); }

    // The oldest date of any type (or the catalog's) and whether it is older than staleAfterDays at `today`.
    QDate oldestDate() const;
    bool isStale(const QDate &today, int days = -1) const;
    QStringList staleTypes(const QDate &today, int days = -1) const;

    Errors warnings;

private:
    friend class PriceCatalogLoader;
    QString m_currency = QStringLiteral("EUR");
    bool m_vatIncluded = false;
    QString m_source;
    QDate m_date;
    int m_staleAfterDays = 90;
    QHash<QString, TypePricing> m_types;
    QHash<QString, ExchangeRate> m_rates;
};

} // namespace Infradeck
