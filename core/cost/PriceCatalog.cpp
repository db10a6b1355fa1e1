#include "PriceCatalog.h"

#include "Money.h"

#include "common/DataFiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <yaml-cpp/yaml.h>

namespace Infradeck {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Infradeck::PriceCatalog)
};

struct LoadFailure
{
    Error error;
};

QString str(const YAML::Node &n)
{
    return QString::fromStdString(n.as<std::string>());
}

} // namespace

class PriceCatalogLoader
{
public:
    explicit PriceCatalogLoader(QString source) : m_source(std::move(source)) {}

    [[noreturn]] void fail(const YAML::Node &node, const QString &message, const QString &expected, const QString &path)
    {
        const YAML::Mark mark = node.Mark();
        Error e(message, m_source);
        if (mark.line >= 0)
            e.at(mark.line + 1, mark.column + 1);
        throw LoadFailure{e.atPath(path).expecting(expected)};
    }

    void warn(const YAML::Node &node, const QString &message, const QString &path)
    {
        const YAML::Mark mark = node.Mark();
        Error e(message, m_source, Error::Severity::Warning);
        if (mark.line >= 0)
            e.at(mark.line + 1, mark.column + 1);
        m_warnings << e.atPath(path);
    }

    QString scalar(const YAML::Node &node, const QString &path)
    {
        if (!node.IsScalar())
            fail(node, Tr::tr("%1 must be a single value").arg(path), Tr::tr("a string"), path);
        return str(node);
    }

    QStringList list(const YAML::Node &node, const QString &path)
    {
        if (!node)
            return {};
        if (node.IsScalar())
            return {str(node)};
        if (!node.IsSequence())
            fail(node, Tr::tr("%1 must be a value or a list").arg(path), Tr::tr("a string or a list of strings"), path);
        QStringList out;
        for (std::size_t i = 0; i < node.size(); ++i)
            out << scalar(node[i], path + QStringLiteral("[%1]").arg(i));
        return out;
    }

    qint64 decimal(const YAML::Node &node, const QString &path)
    {
        const QString text = scalar(node, path);
        const auto micros = Money::parseMicros(text);
        if (!micros)
            fail(node, Tr::tr("\"%1\" is not a decimal amount").arg(text), Tr::tr("a decimal such as \"4.59\" or \"0.0069\""), path);
        return *micros;
    }

    QDate date(const YAML::Node &node, const QString &path)
    {
        const QString text = scalar(node, path);
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!d.isValid())
            fail(node, Tr::tr("\"%1\" is not a date").arg(text), Tr::tr("a date as YYYY-MM-DD"), path);
        return d;
    }

    bool boolean(const YAML::Node &node, const QString &path)
    {
        bool value = false;
        if (!node.IsScalar() || !YAML::convert<bool>::decode(node, value))
            fail(node, Tr::tr("%1 must be true or false").arg(path), Tr::tr("true or false"), path);
        return value;
    }

    void unknownKeys(const YAML::Node &map, const QSet<QString> &known, const QString &path)
    {
        for (auto it = map.begin(); it != map.end(); ++it) {
            const QString key = str(it->first);
            if (!known.contains(key))
                warn(it->first, Tr::tr("unknown key \"%1\" ignored").arg(key), path + QLatin1Char('.') + key);
        }
    }

    QuantityFactor factor(const YAML::Node &node, const QString &path)
    {
        if (!node.IsMap())
            fail(node, Tr::tr("a quantity must be a map"), Tr::tr("{attribute: NAME} or {count: NAME} or {usage: NAME}"), path);
        QuantityFactor f;
        if (node["attribute"]) {
            f.kind = QuantityFactor::Kind::Attribute;
            f.name = scalar(node["attribute"], path + QStringLiteral(".attribute"));
        } else if (node["count"]) {
            f.kind = QuantityFactor::Kind::Count;
            f.name = scalar(node["count"], path + QStringLiteral(".count"));
        } else if (node["usage"]) {
            f.kind = QuantityFactor::Kind::Usage;
            f.name = scalar(node["usage"], path + QStringLiteral(".usage"));
        } else {
            fail(node, Tr::tr("a quantity needs attribute, count or usage"), Tr::tr("{attribute: NAME} or {count: NAME} or {usage: NAME}"),
                 path);
        }
        if (node["parse"]) {
            const QString p = scalar(node["parse"], path + QStringLiteral(".parse"));
            if (p == QLatin1String("number"))
                f.parse = QuantityFactor::Parse::Number;
            else if (p == QLatin1String("cpu"))
                f.parse = QuantityFactor::Parse::Cpu;
            else if (p == QLatin1String("memory_gib"))
                f.parse = QuantityFactor::Parse::MemoryGiB;
            else
                fail(node["parse"], Tr::tr("unknown quantity parser \"%1\"").arg(p), Tr::tr("number, cpu or memory_gib"),
                     path + QStringLiteral(".parse"));
        }
        if (node["default"])
            f.fallback = decimal(node["default"], path + QStringLiteral(".default"));
        if (node["unit"])
            f.unit = scalar(node["unit"], path + QStringLiteral(".unit"));
        unknownKeys(node, {QStringLiteral("attribute"), QStringLiteral("count"), QStringLiteral("usage"), QStringLiteral("parse"),
                           QStringLiteral("default"), QStringLiteral("unit")},
                    path);
        return f;
    }

    PriceEntry entry(const YAML::Node &node, const TypePricing &t, const QString &path)
    {
        if (!node.IsMap())
            fail(node, Tr::tr("a price must be a map"), Tr::tr("{SELECTOR: VALUE, ..., monthly: \"4.59\", hourly: \"0.0074\"}"), path);
        PriceEntry e;
        e.line = node.Mark().line + 1;
        for (auto it = node.begin(); it != node.end(); ++it) {
            const QString key = str(it->first);
            const QString kp = path + QLatin1Char('.') + key;
            if (key == QLatin1String("monthly"))
                e.monthly = decimal(it->second, kp);
            else if (key == QLatin1String("hourly"))
                e.hourly = decimal(it->second, kp);
            else if (key == QLatin1String("unit"))
                e.unit = scalar(it->second, kp);
            else if (key == QLatin1String("source"))
                e.source = scalar(it->second, kp);
            else if (key == QLatin1String("date"))
                e.date = date(it->second, kp);
            else if (key == QLatin1String("verified"))
                e.verified = boolean(it->second, kp);
            else if (key == QLatin1String("note"))
                ;
            else if (t.select.contains(key))
                e.match.insert(key, list(it->second, kp));
            else
                fail(it->first, Tr::tr("\"%1\" is not a selector of %2").arg(key, t.type),
                     t.selectOrder.isEmpty() ? Tr::tr("monthly, hourly, unit, source, date, verified (this type has no selectors)")
                                             : Tr::tr("one of %1 or monthly, hourly, unit, source, date, verified").arg(t.selectOrder.join(QStringLiteral(", "))),
                     kp);
        }
        if (!e.monthly && !e.hourly)
            fail(node, Tr::tr("a price of %1 has neither monthly nor hourly").arg(t.type), Tr::tr("monthly: \"4.59\" and/or hourly: \"0.0074\""),
                 path);
        return e;
    }

    PriceComponent component(const YAML::Node &node, const TypePricing &t, const QString &path, const QString &name)
    {
        PriceComponent c;
        c.name = name;
        if (const YAML::Node q = node["quantity"]) {
            const QString qp = path + QStringLiteral(".quantity");
            if (q.IsMap())
                c.quantity << factor(q, qp);
            else if (q.IsSequence())
                for (std::size_t i = 0; i < q.size(); ++i)
                    c.quantity << factor(q[i], qp + QStringLiteral("[%1]").arg(i));
            else
                fail(q, Tr::tr("quantity must be a map or a list"), Tr::tr("[{attribute: size}]"), qp);
        }
        const YAML::Node prices = node["prices"];
        const QString pp = path + QStringLiteral(".prices");
        if (!prices || !prices.IsSequence() || prices.size() == 0)
            fail(prices ? prices : node, Tr::tr("%1 has no prices").arg(t.type), Tr::tr("prices: [ {monthly: \"4.59\"}, ... ]"), pp);
        for (std::size_t i = 0; i < prices.size(); ++i)
            c.prices << entry(prices[i], t, pp + QStringLiteral("[%1]").arg(i));
        return c;
    }

    TypePricing type(const QString &name, const YAML::Node &node, const QString &path)
    {
        TypePricing t;
        t.type = name;
        t.currency = m_currency;
        t.vatIncluded = m_vatIncluded;
        t.line = node.Mark().line + 1;
        if (node.IsScalar()) {
            const QString word = str(node);
            if (word != QLatin1String("free"))
                fail(node, Tr::tr("%1: \"%2\" is not a pricing").arg(name, word), Tr::tr("free or a map with prices"), path);
            t.free = true;
            return t;
        }
        if (!node.IsMap())
            fail(node, Tr::tr("the pricing of %1 must be a map").arg(name), Tr::tr("provider, select, prices, ..."), path);
        unknownKeys(node,
                    {QStringLiteral("provider"), QStringLiteral("currency"), QStringLiteral("free"), QStringLiteral("billing"),
                     QStringLiteral("vat_included"), QStringLiteral("source"), QStringLiteral("date"), QStringLiteral("note"),
                     QStringLiteral("select"), QStringLiteral("quantity"), QStringLiteral("prices"), QStringLiteral("components"),
                     QStringLiteral("addons"), QStringLiteral("usage"), QStringLiteral("verified")},
                    path);
        auto field = [&](const char *key) { return node[key] ? scalar(node[key], path + QLatin1Char('.') + QLatin1String(key)) : QString(); };
        t.provider = field("provider");
        if (node["currency"])
            t.currency = field("currency");
        if (node["vat_included"])
            t.vatIncluded = boolean(node["vat_included"], path + QStringLiteral(".vat_included"));
        if (node["verified"])
            t.verified = boolean(node["verified"], path + QStringLiteral(".verified"));
        t.source = field("source");
        t.note = field("note");
        if (node["date"])
            t.date = date(node["date"], path + QStringLiteral(".date"));
        if (node["billing"]) {
            const QString billing = field("billing");
            if (billing == QLatin1String("hourly_capped"))
                t.hourlyCapped = true;
            else if (billing != QLatin1String("monthly"))
                fail(node["billing"], Tr::tr("unknown billing \"%1\"").arg(billing), Tr::tr("monthly or hourly_capped"), path + QStringLiteral(".billing"));
        }
        if (node["free"] && boolean(node["free"], path + QStringLiteral(".free"))) {
            t.free = true;
            return t;
        }
        if (const YAML::Node sel = node["select"]) {
            const QString sp = path + QStringLiteral(".select");
            if (!sel.IsMap())
                fail(sel, Tr::tr("select must be a map"), Tr::tr("{server_type: [server_type], location: [location, datacenter]}"), sp);
            for (auto it = sel.begin(); it != sel.end(); ++it) {
                const QString key = str(it->first);
                t.select.insert(key, list(it->second, sp + QLatin1Char('.') + key));
                t.selectOrder << key;
            }
        }
        if (const YAML::Node usage = node["usage"]) {
            const QString up = path + QStringLiteral(".usage");
            if (!usage.IsMap())
                fail(usage, Tr::tr("usage must be a map"), Tr::tr("{NAME: {default: VALUE, note: WHY}}"), up);
            for (auto it = usage.begin(); it != usage.end(); ++it) {
                const QString key = str(it->first);
                UsageDefault d;
                if (it->second.IsMap()) {
                    if (!it->second["default"])
                        fail(it->second, Tr::tr("usage %1 has no default").arg(key), Tr::tr("default: VALUE"), up + QLatin1Char('.') + key);
                    d.value = scalar(it->second["default"], up + QLatin1Char('.') + key + QStringLiteral(".default"));
                    if (it->second["note"])
                        d.note = scalar(it->second["note"], up + QLatin1Char('.') + key + QStringLiteral(".note"));
                } else {
                    d.value = scalar(it->second, up + QLatin1Char('.') + key);
                }
                t.usage.insert(key, d);
            }
        }
        if (const YAML::Node comps = node["components"]) {
            const QString cp = path + QStringLiteral(".components");
            if (!comps.IsSequence() || comps.size() == 0)
                fail(comps, Tr::tr("components must be a non-empty list"), Tr::tr("[{name: cpu, quantity: ..., prices: ...}]"), cp);
            for (std::size_t i = 0; i < comps.size(); ++i) {
                const QString here = cp + QStringLiteral("[%1]").arg(i);
                if (!comps[i].IsMap())
                    fail(comps[i], Tr::tr("a component must be a map"), Tr::tr("{name: cpu, quantity: ..., prices: ...}"), here);
                const QString cname = comps[i]["name"] ? scalar(comps[i]["name"], here + QStringLiteral(".name")) : QStringLiteral("part %1").arg(i + 1);
                t.components << component(comps[i], t, here, cname);
            }
        } else {
            t.components << component(node, t, path, QStringLiteral("base"));
        }
        if (const YAML::Node addons = node["addons"]) {
            const QString ap = path + QStringLiteral(".addons");
            if (!addons.IsSequence())
                fail(addons, Tr::tr("addons must be a list"), Tr::tr("[{name: backups, when: backups, percent: \"20\"}]"), ap);
            for (std::size_t i = 0; i < addons.size(); ++i) {
                const QString here = ap + QStringLiteral("[%1]").arg(i);
                const YAML::Node a = addons[i];
                if (!a.IsMap() || !a["percent"] || !a["when"])
                    fail(a, Tr::tr("an addon needs when and percent"), Tr::tr("{name: backups, when: backups, percent: \"20\"}"), here);
                PriceAddon addon;
                addon.name = a["name"] ? scalar(a["name"], here + QStringLiteral(".name")) : scalar(a["when"], here + QStringLiteral(".when"));
                addon.when = scalar(a["when"], here + QStringLiteral(".when"));
                addon.percent = decimal(a["percent"], here + QStringLiteral(".percent"));
                t.addons << addon;
            }
        }
        // Every usage a quantity or selector refers to must have a default, so estimates can always say what they assumed.
        for (const PriceComponent &c : std::as_const(t.components))
            for (const QuantityFactor &f : c.quantity)
                if (f.kind == QuantityFactor::Kind::Usage && !t.usage.contains(f.name))
                    fail(node, Tr::tr("%1 uses usage \"%2\" without a default").arg(name, f.name),
                         Tr::tr("usage: {%1: {default: VALUE, note: WHY}}").arg(f.name), path + QStringLiteral(".usage"));
        for (const QStringList &sources : std::as_const(t.select))
            for (const QString &s : sources)
                if (s.startsWith(QLatin1String("usage:")) && !t.usage.contains(s.mid(6)))
                    fail(node, Tr::tr("%1 selects by usage \"%2\" without a default").arg(name, s.mid(6)),
                         Tr::tr("usage: {%1: {default: VALUE}}").arg(s.mid(6)), path + QStringLiteral(".usage"));
        return t;
    }

    void catalog(const YAML::Node &root, PriceCatalog &out)
    {
        if (!root.IsMap())
            fail(root, Tr::tr("the price catalog must be a map"), Tr::tr("schema_version: 1, currency, types: {...}"), QStringLiteral("$"));
        unknownKeys(root,
                    {QStringLiteral("schema_version"), QStringLiteral("currency"), QStringLiteral("vat_included"), QStringLiteral("source"),
                     QStringLiteral("date"), QStringLiteral("stale_after_days"), QStringLiteral("exchange_rates"), QStringLiteral("types")},
                    QStringLiteral("$"));
        if (root["schema_version"]) {
            const QString v = scalar(root["schema_version"], QStringLiteral("schema_version"));
            if (v != QLatin1String("1"))
                fail(root["schema_version"], Tr::tr("unsupported catalog schema_version \"%1\"").arg(v), Tr::tr("schema_version: 1"),
                     QStringLiteral("schema_version"));
        }
        if (root["currency"]) {
            out.m_currency = scalar(root["currency"], QStringLiteral("currency"));
            static const QRegularExpression iso(QStringLiteral("^[A-Z]{3}$"));
            if (!iso.match(out.m_currency).hasMatch())
                fail(root["currency"], Tr::tr("\"%1\" is not a currency code").arg(out.m_currency), Tr::tr("an ISO 4217 code such as EUR"),
                     QStringLiteral("currency"));
        }
        m_currency = out.m_currency;
        if (root["vat_included"])
            out.m_vatIncluded = boolean(root["vat_included"], QStringLiteral("vat_included"));
        m_vatIncluded = out.m_vatIncluded;
        if (root["source"])
            out.m_source = scalar(root["source"], QStringLiteral("source"));
        if (root["date"])
            out.m_date = date(root["date"], QStringLiteral("date"));
        if (root["stale_after_days"]) {
            bool ok = false;
            out.m_staleAfterDays = scalar(root["stale_after_days"], QStringLiteral("stale_after_days")).toInt(&ok);
            if (!ok || out.m_staleAfterDays < 1)
                fail(root["stale_after_days"], Tr::tr("stale_after_days must be a positive number"), Tr::tr("a number of days"),
                     QStringLiteral("stale_after_days"));
        }
        if (const YAML::Node rates = root["exchange_rates"]) {
            if (!rates.IsMap())
                fail(rates, Tr::tr("exchange_rates must be a map"), Tr::tr("{USD: {rate: \"0.92\", source: ..., date: ...}}"),
                     QStringLiteral("exchange_rates"));
            for (auto it = rates.begin(); it != rates.end(); ++it) {
                const QString code = str(it->first);
                const QString rp = QStringLiteral("exchange_rates.") + code;
                ExchangeRate r;
                if (it->second.IsMap()) {
                    if (!it->second["rate"])
                        fail(it->second, Tr::tr("exchange rate %1 has no rate").arg(code), Tr::tr("rate: \"0.92\""), rp);
                    r.rate = decimal(it->second["rate"], rp + QStringLiteral(".rate"));
                    if (it->second["source"])
                        r.source = scalar(it->second["source"], rp + QStringLiteral(".source"));
                    if (it->second["date"])
                        r.date = date(it->second["date"], rp + QStringLiteral(".date"));
                } else {
                    r.rate = decimal(it->second, rp);
                }
                if (r.rate <= 0)
                    fail(it->second, Tr::tr("exchange rate %1 must be positive").arg(code), Tr::tr("a positive decimal"), rp);
                out.m_rates.insert(code, r);
            }
        }
        const YAML::Node types = root["types"];
        if (!types || !types.IsMap())
            fail(types ? types : root, Tr::tr("the catalog has no types map"), Tr::tr("types: {hcloud_server: {...}, hcloud_firewall: free}"),
                 QStringLiteral("types"));
        for (auto it = types.begin(); it != types.end(); ++it) {
            const QString name = str(it->first);
            TypePricing t = type(name, it->second, QStringLiteral("types.") + name);
            if (!t.free && t.currency != out.m_currency && !out.m_rates.contains(t.currency))
                fail(it->second, Tr::tr("%1 is priced in %2 but the catalog has no exchange rate for it").arg(name, t.currency),
                     Tr::tr("exchange_rates: {%1: \"RATE\"}").arg(t.currency), QStringLiteral("types.") + name + QStringLiteral(".currency"));
            out.m_types.insert(name, t);
        }
        out.warnings = m_warnings;
    }

private:
    QString m_source;
    QString m_currency;
    bool m_vatIncluded = false;
    Errors m_warnings;
};

Result<PriceCatalog> PriceCatalog::load(const QString &yamlPath)
{
    QFile file(yamlPath);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Tr::tr("cannot open the price catalog: %1").arg(file.errorString()), yamlPath);
    return loadString(file.readAll(), yamlPath);
}

Result<PriceCatalog> PriceCatalog::loadString(const QByteArray &yaml, const QString &source)
{
    PriceCatalog catalog;
    PriceCatalogLoader loader(source);
    try {
        const YAML::Node root = YAML::Load(yaml.toStdString());
        if (!root || root.IsNull())
            return Error(Tr::tr("the price catalog is empty"), source).expecting(Tr::tr("schema_version: 1, currency and types"));
        loader.catalog(root, catalog);
    } catch (const LoadFailure &failure) {
        return failure.error;
    } catch (const YAML::Exception &e) {
        Error error(Tr::tr("invalid price catalog YAML: %1").arg(QString::fromStdString(e.msg)), source);
        if (e.mark.line >= 0)
            error.at(e.mark.line + 1, e.mark.column + 1);
        return error;
    }
    return catalog;
}

QString PriceCatalog::defaultCatalogPath()
{
    return findDataFile(QStringLiteral("pricing/default-catalog.yaml"), "INFRADECK_PRICE_CATALOG");
}

Result<PriceCatalog> PriceCatalog::loadDefault()
{
    return load(defaultCatalogPath());
}

Errors PriceCatalog::merge(const PriceCatalog &overlay)
{
    Errors problems;
    for (auto it = overlay.m_rates.cbegin(); it != overlay.m_rates.cend(); ++it)
        m_rates.insert(it.key(), it.value());
    for (auto it = overlay.m_types.cbegin(); it != overlay.m_types.cend(); ++it) {
        const TypePricing &t = it.value();
        if (!t.free && t.currency != m_currency && !m_rates.contains(t.currency)) {
            problems << Error(Tr::tr("%1 is priced in %2 but no exchange rate to %3 is known; kept the previous price")
                                  .arg(t.type, t.currency, m_currency),
                              overlay.m_source)
                            .at(t.line);
            continue;
        }
        m_types.insert(it.key(), t);
    }
    warnings << overlay.warnings;
    return problems;
}

const TypePricing *PriceCatalog::type(const QString &name) const
{
    const auto it = m_types.constFind(name);
    return it == m_types.cend() ? nullptr : &it.value();
}

QStringList PriceCatalog::typeNames() const
{
    QStringList names = m_types.keys();
    names.sort();
    return names;
}

void PriceCatalog::setType(const TypePricing &pricing)
{
    m_types.insert(pricing.type, pricing);
}

std::optional<qint64> PriceCatalog::rateTo(const QString &from) const
{
    if (from.isEmpty() || from == m_currency)
        return Money::Scale;
    const auto it = m_rates.constFind(from);
    if (it == m_rates.cend())
        return std::nullopt;
    return it->rate;
}

QDate PriceCatalog::oldestDate() const
{
    QDate oldest = m_date;
    for (const TypePricing &t : m_types) {
        const QDate d = t.date.isValid() ? t.date : m_date;
        if (d.isValid() && (!oldest.isValid() || d < oldest))
            oldest = d;
    }
    return oldest;
}

QStringList PriceCatalog::staleTypes(const QDate &today, int days) const
{
    if (days < 0)
        days = m_staleAfterDays;
    QStringList out;
    for (const TypePricing &t : m_types) {
        if (t.free)
            continue;
        const QDate d = t.date.isValid() ? t.date : m_date;
        if (!d.isValid() || d.daysTo(today) > days)
            out << t.type;
    }
    out.sort();
    return out;
}

bool PriceCatalog::isStale(const QDate &today, int days) const
{
    return !staleTypes(today, days).isEmpty();
}

} // namespace Infradeck
