#include "HetznerPricing.h"

#include "Money.h"

#include "common/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSaveFile>
#include <QSet>
#include <QTimer>
#include <QUrlQuery>

namespace Infradeck {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Infradeck::HetznerPricing)
};

struct ParseFailure
{
    Error error;
};

class BodyParser
{
public:
    explicit BodyParser(QString source) : m_source(std::move(source)) {}

    [[noreturn]] void fail(const QString &path, const QString &expected)
    {
        throw ParseFailure{Error(Tr::tr("malformed Hetzner pricing response"), m_source).atPath(path).expecting(expected)};
    }

    QJsonObject object(const QJsonValue &v, const QString &path)
    {
        if (!v.isObject())
            fail(path, Tr::tr("an object"));
        return v.toObject();
    }

    QJsonArray array(const QJsonValue &v, const QString &path)
    {
        if (!v.isArray())
            fail(path, Tr::tr("an array"));
        return v.toArray();
    }

    QString string(const QJsonValue &v, const QString &path)
    {
        if (!v.isString())
            fail(path, Tr::tr("a string"));
        return v.toString();
    }

    // {net, gross} → net in micro-units.
    qint64 net(const QJsonValue &v, const QString &path)
    {
        const QJsonObject o = object(v, path);
        const QString text = string(o.value(QLatin1String("net")), path + QStringLiteral(".net"));
        const auto micros = Money::parseMicros(text);
        if (!micros)
            fail(path + QStringLiteral(".net"), Tr::tr("a decimal string such as \"4.5900000000\""));
        return *micros;
    }

    // prices[] of a server or load balancer type → entries keyed by `key` = name and location.
    void locationPrices(const QJsonArray &prices, const QString &key, const QString &name, const QString &path, TypePricing &t,
                        bool hourly)
    {
        for (qsizetype i = 0; i < prices.size(); ++i) {
            const QString pp = path + QStringLiteral("[%1]").arg(i);
            const QJsonObject p = object(prices.at(i), pp);
            PriceEntry e;
            if (!key.isEmpty())
                e.match.insert(key, {name});
            e.match.insert(QStringLiteral("location"), {string(p.value(QLatin1String("location")), pp + QStringLiteral(".location"))});
            e.monthly = net(p.value(QLatin1String("price_monthly")), pp + QStringLiteral(".price_monthly"));
            if (hourly)
                e.hourly = net(p.value(QLatin1String("price_hourly")), pp + QStringLiteral(".price_hourly"));
            t.components.first().prices << e;
        }
    }

private:
    QString m_source;
};

TypePricing hcloudType(const QString &type, const QString &currency, const QString &source, const QDate &date, bool capped)
{
    TypePricing t;
    t.type = type;
    t.provider = QStringLiteral("hcloud");
    t.currency = currency;
    t.source = source;
    t.date = date;
    t.hourlyCapped = capped;
    t.components << PriceComponent{QStringLiteral("base"), {}, {}};
    return t;
}

void addSelect(TypePricing &t, const QString &key, const QStringList &sources)
{
    t.select.insert(key, sources);
    t.selectOrder << key;
}

QString httpErrorText(int status, const QByteArray &body)
{
    // Hetzner errors: {"error": {"code": "unauthorized", "message": "..."}}
    const QJsonObject err = QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toObject();
    const QString detail = err.value(QLatin1String("message")).toString();
    QString text;
    if (status == 401)
        text = Tr::tr("the Hetzner API token was rejected (HTTP 401): check the token stored for this environment");
    else if (status == 403)
        text = Tr::tr("the Hetzner API token may not read prices (HTTP 403)");
    else if (status == 404)
        text = Tr::tr("the pricing endpoint was not found (HTTP 404): check the API base URL");
    else if (status == 429)
        text = Tr::tr("the Hetzner API rate limit was exceeded (HTTP 429) and retries ran out");
    else if (status >= 500)
        text = Tr::tr("the Hetzner API failed (HTTP %1) and retries ran out").arg(status);
    else
        text = Tr::tr("the Hetzner API answered HTTP %1").arg(status);
    if (!detail.isEmpty())
        text += QStringLiteral(": ") + detail;
    return text;
}

} // namespace

namespace {
HttpPolicy policyFor(const HetznerPricing::Options &o)
{
    HttpPolicy p;
    p.timeoutMs = o.timeoutMs;
    p.maxRetries = o.maxRetries;
    p.backoffMs = o.backoffMs;
    p.maxBackoffMs = o.maxBackoffMs;
    p.retryable = [](int status, const QByteArray &) { return status == 429 || status >= 500; };
    return p;
}
} // namespace

HetznerPricing::HetznerPricing(QNetworkAccessManager *network, Options options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_call(new HttpCall(network, policyFor(m_options), this))
{
    connect(m_call, &HttpCall::finished, this, &HetznerPricing::onReply);
}

HetznerPricing::~HetznerPricing() = default;

void HetznerPricing::start()
{
    if (m_running)
        return;
    m_running = true;
    m_ok = false;
    m_error = Error();
    m_stage = Stage::Pricing;
    m_retryAt = QDateTime();
    m_attempts = 0;
    m_serverTypes = QJsonArray();
    m_nextUrl = QUrl();
    if (m_options.token.isEmpty()) {
        // Deliver asynchronously like every other outcome.
        QTimer::singleShot(0, this, [this] { fail(Error(Tr::tr("no Hetzner API token is available"), m_options.baseUrl.toString())); });
        return;
    }
    request();
}

void HetznerPricing::abort()
{
    if (!m_running)
        return;
    m_call->abort();
    fail(Error(Tr::tr("fetching Hetzner prices was aborted"), m_options.baseUrl.toString()));
}

void HetznerPricing::request()
{
    QUrl url = m_options.baseUrl;
    const QString basePath = url.path().endsWith(QLatin1Char('/')) ? url.path().chopped(1) : url.path();
    if (m_stage == Stage::Pricing) {
        url.setPath(basePath + QStringLiteral("/v1/pricing"));
    } else if (m_nextUrl.isValid()) {
        url = m_nextUrl;
    } else {
        url.setPath(basePath + QStringLiteral("/v1/server_types"));
        url.setQuery(QStringLiteral("per_page=50"));
    }
    QNetworkRequest req(url);
    req.setRawHeader("Authorization", QByteArray("Bearer ") + m_options.token.toUtf8());
    req.setRawHeader("Accept", "application/json");
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    m_call->send(req);
}

void HetznerPricing::onReply()
{
    const HttpResult &r = m_call->result();
    m_attempts += r.attempts;
    const QString source = r.url.toString(QUrl::RemoveQuery);
    if (r.timedOut) {
        fail(Error(Tr::tr("the Hetzner API did not answer within %1 s").arg(m_options.timeoutMs / 1000.0), source));
        return;
    }
    if (r.status == 0) {
        fail(Error(Tr::tr("cannot reach the Hetzner API: %1").arg(r.networkError), source));
        return;
    }
    if (r.status == 429) {
        const qint64 seconds = HttpCall::waitSeconds(r).value_or(60);
        m_retryAt = QDateTime::currentDateTimeUtc().addSecs(seconds);
        fail(Error(Tr::tr("the Hetzner API rate limit was exceeded (HTTP 429) and retries ran out; try again after %1 (in %n s)", nullptr, int(seconds))
                       .arg(QLocale().toString(m_retryAt.toLocalTime().time(), QLocale::ShortFormat)),
                   source));
        return;
    }
    if (r.status < 200 || r.status >= 300) {
        fail(Error(httpErrorText(r.status, r.body), source));
        return;
    }
    if (m_stage == Stage::Pricing) {
        m_pricingBody = r.body;
        m_stage = Stage::ServerTypes;
        request();
        return;
    }
    const QJsonObject page = QJsonDocument::fromJson(r.body).object();
    if (!page.value(QLatin1String("server_types")).isArray()) {
        fail(Error(Tr::tr("malformed Hetzner server types response"), source).atPath(QStringLiteral("$.server_types")).expecting(Tr::tr("an array")));
        return;
    }
    for (const QJsonValue &v : page.value(QLatin1String("server_types")).toArray())
        m_serverTypes.append(v);
    const QJsonValue next = page.value(QLatin1String("meta")).toObject().value(QLatin1String("pagination")).toObject().value(QLatin1String("next_page"));
    if (next.isDouble() && m_serverTypes.size() < 10000) {
        QUrl url = r.url;
        QUrlQuery q(url);
        q.removeAllQueryItems(QStringLiteral("page"));
        q.addQueryItem(QStringLiteral("page"), QString::number(next.toInt()));
        url.setQuery(q);
        m_nextUrl = url;
        request();
        return;
    }
    complete();
}

void HetznerPricing::complete()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QByteArray serverTypesBody = QJsonDocument(QJsonObject{{QStringLiteral("server_types"), m_serverTypes}}).toJson(QJsonDocument::Compact);
    auto parsed = parse(m_pricingBody, serverTypesBody, now, m_options.baseUrl.toString());
    if (!parsed) {
        fail(parsed.error());
        return;
    }
    m_snapshot = std::move(parsed).value();
    if (!m_options.cacheDir.isEmpty()) {
        QDir().mkpath(m_options.cacheDir);
        QSaveFile file(QDir(m_options.cacheDir).filePath(cacheFileName()));
        const QJsonObject cache{{QStringLiteral("fetched_at"), now.toString(Qt::ISODate)},
                                {QStringLiteral("base_url"), m_options.baseUrl.toString()},
                                {QStringLiteral("pricing"), QJsonDocument::fromJson(m_pricingBody).object().value(QLatin1String("pricing"))},
                                {QStringLiteral("server_types"), m_serverTypes}};
        if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(cache).toJson(QJsonDocument::Compact)) < 0 || !file.commit())
            m_snapshot.catalog.warnings << Error(Tr::tr("cannot write the price cache: %1").arg(file.errorString()), file.fileName()).asWarning();
    }
    m_ok = true;
    m_running = false;
    Q_EMIT finished();
}

void HetznerPricing::fail(Error error)
{
    m_call->abort();
    m_ok = false;
    m_error = std::move(error);
    m_running = false;
    Q_EMIT finished();
}

Result<HetznerPricing::Snapshot> HetznerPricing::parse(const QByteArray &pricingBody, const QByteArray &serverTypesBody,
                                                       const QDateTime &fetchedAt, const QString &source)
{
    const QString src = source + QStringLiteral("/v1/pricing");
    BodyParser p(src);
    QJsonParseError jsonError;
    const QJsonDocument doc = QJsonDocument::fromJson(pricingBody, &jsonError);
    if (jsonError.error != QJsonParseError::NoError)
        return Error(Tr::tr("the Hetzner pricing response is not JSON: %1").arg(jsonError.errorString()), src)
            .atOffset(jsonError.offset)
            .expecting(Tr::tr("a JSON object with \"pricing\""));
    Snapshot snap;
    snap.fetchedAt = fetchedAt;
    const QDate date = fetchedAt.date();
    const QString label = Tr::tr("Hetzner API, %1").arg(date.toString(Qt::ISODate));
    try {
        const QJsonObject pricing = p.object(doc.object().value(QLatin1String("pricing")), QStringLiteral("$.pricing"));
        snap.currency = p.string(pricing.value(QLatin1String("currency")), QStringLiteral("$.pricing.currency"));
        snap.vatRate = pricing.value(QLatin1String("vat_rate")).toString();
        const QString cur = snap.currency;

        TypePricing server = hcloudType(QStringLiteral("hcloud_server"), cur, label, date, true);
        addSelect(server, QStringLiteral("server_type"), {QStringLiteral("server_type")});
        addSelect(server, QStringLiteral("location"), {QStringLiteral("location"), QStringLiteral("datacenter")});
        const QJsonObject backup = p.object(pricing.value(QLatin1String("server_backup")), QStringLiteral("$.pricing.server_backup"));
        const QString pct = p.string(backup.value(QLatin1String("percentage")), QStringLiteral("$.pricing.server_backup.percentage"));
        const auto percent = Money::parseMicros(pct);
        if (!percent)
            p.fail(QStringLiteral("$.pricing.server_backup.percentage"), Tr::tr("a decimal string such as \"20.00\""));
        server.addons << PriceAddon{QStringLiteral("backups"), QStringLiteral("backups"), *percent};
        QSet<QString> seen;
        const QJsonArray types = p.array(pricing.value(QLatin1String("server_types")), QStringLiteral("$.pricing.server_types"));
        for (qsizetype i = 0; i < types.size(); ++i) {
            const QString tp = QStringLiteral("$.pricing.server_types[%1]").arg(i);
            const QJsonObject st = p.object(types.at(i), tp);
            const QString name = p.string(st.value(QLatin1String("name")), tp + QStringLiteral(".name"));
            seen.insert(name);
            p.locationPrices(p.array(st.value(QLatin1String("prices")), tp + QStringLiteral(".prices")), QStringLiteral("server_type"), name,
                             tp + QStringLiteral(".prices"), server, true);
        }
        // /v1/server_types embeds the same prices; it adds types the pricing list leaves out.
        if (!serverTypesBody.isEmpty()) {
            BodyParser sp(source + QStringLiteral("/v1/server_types"));
            const QJsonDocument stDoc = QJsonDocument::fromJson(serverTypesBody, &jsonError);
            if (jsonError.error != QJsonParseError::NoError)
                return Error(Tr::tr("the Hetzner server types response is not JSON: %1").arg(jsonError.errorString()),
                             source + QStringLiteral("/v1/server_types"))
                    .atOffset(jsonError.offset);
            const QJsonArray list = sp.array(stDoc.object().value(QLatin1String("server_types")), QStringLiteral("$.server_types"));
            for (qsizetype i = 0; i < list.size(); ++i) {
                const QString tp = QStringLiteral("$.server_types[%1]").arg(i);
                const QJsonObject st = sp.object(list.at(i), tp);
                const QString name = sp.string(st.value(QLatin1String("name")), tp + QStringLiteral(".name"));
                if (seen.contains(name) || !st.value(QLatin1String("prices")).isArray())
                    continue;
                seen.insert(name);
                sp.locationPrices(st.value(QLatin1String("prices")).toArray(), QStringLiteral("server_type"), name, tp + QStringLiteral(".prices"),
                                  server, true);
            }
        }
        snap.catalog.setType(server);

        TypePricing volume = hcloudType(QStringLiteral("hcloud_volume"), cur, label, date, true);
        volume.components.first().quantity << QuantityFactor{QuantityFactor::Kind::Attribute, QStringLiteral("size"),
                                                             QuantityFactor::Parse::Number, std::nullopt, QStringLiteral("GB")};
        PriceEntry perGb;
        perGb.monthly = p.net(p.object(pricing.value(QLatin1String("volume")), QStringLiteral("$.pricing.volume")).value(QLatin1String("price_per_gb_month")),
                              QStringLiteral("$.pricing.volume.price_per_gb_month"));
        perGb.unit = QStringLiteral("GB-month");
        volume.components.first().prices << perGb;
        snap.catalog.setType(volume);

        TypePricing snapshot = hcloudType(QStringLiteral("hcloud_snapshot"), cur, label, date, false);
        snapshot.usage.insert(QStringLiteral("size_gb"), UsageDefault{QStringLiteral("20"), Tr::tr("a snapshot's size is not in the state")});
        snapshot.components.first().quantity << QuantityFactor{QuantityFactor::Kind::Usage, QStringLiteral("size_gb"),
                                                               QuantityFactor::Parse::Number, std::nullopt, QStringLiteral("GB")};
        PriceEntry image;
        image.monthly = p.net(p.object(pricing.value(QLatin1String("image")), QStringLiteral("$.pricing.image")).value(QLatin1String("price_per_gb_month")),
                              QStringLiteral("$.pricing.image.price_per_gb_month"));
        image.unit = QStringLiteral("GB-month");
        snapshot.components.first().prices << image;
        snap.catalog.setType(snapshot);

        TypePricing lb = hcloudType(QStringLiteral("hcloud_load_balancer"), cur, label, date, true);
        addSelect(lb, QStringLiteral("load_balancer_type"), {QStringLiteral("load_balancer_type")});
        addSelect(lb, QStringLiteral("location"), {QStringLiteral("location")});
        const QJsonArray lbs = p.array(pricing.value(QLatin1String("load_balancer_types")), QStringLiteral("$.pricing.load_balancer_types"));
        for (qsizetype i = 0; i < lbs.size(); ++i) {
            const QString tp = QStringLiteral("$.pricing.load_balancer_types[%1]").arg(i);
            const QJsonObject o = p.object(lbs.at(i), tp);
            p.locationPrices(p.array(o.value(QLatin1String("prices")), tp + QStringLiteral(".prices")), QStringLiteral("load_balancer_type"),
                             p.string(o.value(QLatin1String("name")), tp + QStringLiteral(".name")), tp + QStringLiteral(".prices"), lb, true);
        }
        snap.catalog.setType(lb);

        for (const auto &[key, type, hourly] : {std::tuple{"primary_ips", "hcloud_primary_ip", true},
                                                std::tuple{"floating_ips", "hcloud_floating_ip", false}}) {
            TypePricing ip = hcloudType(QLatin1String(type), cur, label, date, hourly);
            addSelect(ip, QStringLiteral("type"), {QStringLiteral("type")});
            addSelect(ip, QStringLiteral("location"),
                      hourly ? QStringList{QStringLiteral("datacenter"), QStringLiteral("location")} : QStringList{QStringLiteral("home_location")});
            const QString base = QStringLiteral("$.pricing.") + QLatin1String(key);
            const QJsonArray list = p.array(pricing.value(QLatin1String(key)), base);
            for (qsizetype i = 0; i < list.size(); ++i) {
                const QString tp = base + QStringLiteral("[%1]").arg(i);
                const QJsonObject o = p.object(list.at(i), tp);
                p.locationPrices(p.array(o.value(QLatin1String("prices")), tp + QStringLiteral(".prices")), QStringLiteral("type"),
                                 p.string(o.value(QLatin1String("type")), tp + QStringLiteral(".type")), tp + QStringLiteral(".prices"), ip, hourly);
            }
            // A Primary/Floating IP priced in another location than listed still has one price per type: keep a
            // location-free row per type (the first listed) so an unknown location does not leave it unpriced.
            QHash<QString, PriceEntry> fallback;
            for (const PriceEntry &e : ip.components.first().prices) {
                const QString t = e.match.value(QStringLiteral("type")).value(0);
                if (!fallback.contains(t)) {
                    PriceEntry f = e;
                    f.match.remove(QStringLiteral("location"));
                    fallback.insert(t, f);
                }
            }
            for (const PriceEntry &f : std::as_const(fallback))
                ip.components.first().prices << f;
            snap.catalog.setType(ip);
        }
    } catch (const ParseFailure &failure) {
        return failure.error;
    }
    return snap;
}

Result<HetznerPricing::Snapshot> HetznerPricing::loadCache(const QString &cacheDir)
{
    const QString path = QDir(cacheDir).filePath(cacheFileName());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Tr::tr("no cached Hetzner prices: %1").arg(file.errorString()), path);
    QJsonParseError jsonError;
    const QJsonObject cache = QJsonDocument::fromJson(file.readAll(), &jsonError).object();
    if (jsonError.error != QJsonParseError::NoError)
        return Error(Tr::tr("the price cache is not JSON: %1").arg(jsonError.errorString()), path).atOffset(jsonError.offset);
    const QDateTime fetchedAt = QDateTime::fromString(cache.value(QLatin1String("fetched_at")).toString(), Qt::ISODate);
    if (!fetchedAt.isValid())
        return Error(Tr::tr("the price cache has no date"), path).atPath(QStringLiteral("$.fetched_at")).expecting(Tr::tr("an ISO 8601 date"));
    const QByteArray pricing = QJsonDocument(QJsonObject{{QStringLiteral("pricing"), cache.value(QLatin1String("pricing"))}}).toJson(QJsonDocument::Compact);
    const QByteArray types = QJsonDocument(QJsonObject{{QStringLiteral("server_types"), cache.value(QLatin1String("server_types"))}}).toJson(QJsonDocument::Compact);
    auto snap = parse(pricing, types, fetchedAt, cache.value(QLatin1String("base_url")).toString() + QStringLiteral(" (cached)"));
    return snap;
}

} // namespace Infradeck
