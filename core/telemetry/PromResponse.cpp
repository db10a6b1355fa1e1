#include "PromResponse.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <simdjson.h>

#include <algorithm>
#include <charconv>
#include <functional>
#include <cmath>
#include <limits>

namespace Infradeck {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Infradeck::PromResponse)
};

namespace dom = simdjson::dom;
// Unqualified return types keep lupdate from misreading the member functions below as qualified definitions.
using DomObject = dom::object;
using DomArray = dom::array;
using DomElement = dom::element;
using StringView = std::string_view;

struct ParseFailure
{
    Error error;
};

QString str(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// Walks the DOM; a wrong shape throws ParseFailure with the JSON path and what was expected (caught in parse()).
class Walker
{
public:
    explicit Walker(QString source) : m_source(std::move(source)) {}

    [[noreturn]] void fail(const QString &path, const QString &expected) const
    {
        throw ParseFailure{Error(Tr::tr("malformed Prometheus response"), m_source).atPath(path).expecting(expected)};
    }

    DomObject object(dom::element e, const QString &path) const
    {
        dom::object o;
        if (e.get_object().get(o))
            fail(path, Tr::tr("an object"));
        return o;
    }
    DomArray array(dom::element e, const QString &path) const
    {
        dom::array a;
        if (e.get_array().get(a))
            fail(path, Tr::tr("an array"));
        return a;
    }
    StringView string(dom::element e, const QString &path) const
    {
        std::string_view s;
        if (e.get_string().get(s))
            fail(path, Tr::tr("a string"));
        return s;
    }
    DomElement member(dom::object o, std::string_view key, const QString &path) const
    {
        dom::element e;
        if (o.at_key(key).get(e))
            fail(path + QLatin1Char('.') + str(key), Tr::tr("a \"%1\" member").arg(str(key)));
        return e;
    }
    bool optional(dom::object o, std::string_view key, dom::element &out) const
    {
        return !o.at_key(key).get(out) && !out.is_null();
    }
    QString optionalString(dom::object o, std::string_view key) const
    {
        dom::element e;
        std::string_view s;
        if (!optional(o, key, e) || e.get_string().get(s))
            return {};
        return str(s);
    }
    PromLabels labels(dom::element e, const QString &path) const
    {
        PromLabels out;
        for (auto field : object(e, path)) {
            std::string_view v;
            if (field.value.get_string().get(v))
                fail(path + QLatin1Char('.') + str(field.key), Tr::tr("a string label value"));
            out.insert(str(field.key), str(v));
        }
        return out;
    }
    // [timestamp, "value"]
    void sample(dom::element e, double &time, double &value, const std::function<QString()> &path) const
    {
        dom::array pair;
        if (e.get_array().get(pair))
            fail(path(), Tr::tr("a [timestamp, \"value\"] pair"));
        auto it = pair.begin();
        if (it == pair.end())
            fail(path(), Tr::tr("a [timestamp, \"value\"] pair"));
        if ((*it).get_double().get(time))
            fail(path() + QStringLiteral("[0]"), Tr::tr("a numeric timestamp"));
        ++it;
        std::string_view text;
        if (it == pair.end() || (*it).get_string().get(text))
            fail(path() + QStringLiteral("[1]"), Tr::tr("a sample value as a string"));
        bool ok = false;
        value = PromResponse::parseValue(text, &ok);
        if (!ok)
            fail(path() + QStringLiteral("[1]"), Tr::tr("a number, NaN, +Inf or -Inf"));
    }

private:
    QString m_source;
};

QDateTime isoTime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid() && text.contains(QLatin1Char('.'))) {
        // Go prints nanoseconds ("...12.60602144+02:00"); Qt reads at most milliseconds.
        static const QRegularExpression fraction(QStringLiteral("\\.(\\d{3})\\d*"));
        QString trimmed = text;
        trimmed.replace(fraction, QStringLiteral(".\\1"));
        t = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    }
    return t;
}

void parseQuery(const Walker &w, dom::object data, PromResponse &r)
{
    const std::string_view type = w.string(w.member(data, "resultType", QStringLiteral("$.data")), QStringLiteral("$.data.resultType"));
    const dom::element result = w.member(data, "result", QStringLiteral("$.data"));
    const QString resultPath = QStringLiteral("$.data.result");
    if (type == "scalar" || type == "string") {
        dom::array pair = w.array(result, resultPath);
        auto it = pair.begin();
        if (it == pair.end() || (*it).get_double().get(r.scalarTime))
            w.fail(resultPath + QStringLiteral("[0]"), Tr::tr("a numeric timestamp"));
        ++it;
        std::string_view text;
        if (it == pair.end() || (*it).get_string().get(text))
            w.fail(resultPath + QStringLiteral("[1]"), Tr::tr("a string"));
        if (type == "string") {
            r.resultType = PromResponse::ResultType::String;
            r.stringValue = str(text);
        } else {
            r.resultType = PromResponse::ResultType::Scalar;
            bool ok = false;
            r.scalarValue = PromResponse::parseValue(text, &ok);
            if (!ok)
                w.fail(resultPath + QStringLiteral("[1]"), Tr::tr("a number, NaN, +Inf or -Inf"));
        }
        return;
    }
    const bool matrix = type == "matrix";
    if (!matrix && type != "vector")
        w.fail(QStringLiteral("$.data.resultType"), Tr::tr("matrix, vector, scalar or string"));
    r.resultType = matrix ? PromResponse::ResultType::Matrix : PromResponse::ResultType::Vector;
    const dom::array list = w.array(result, resultPath);
    r.series.reserve(qsizetype(list.size()));
    qsizetype index = 0;
    for (dom::element item : list) {
        const QString itemPath = resultPath + QStringLiteral("[%1]").arg(index);
        const dom::object o = w.object(item, itemPath);
        PromSeries s;
        dom::element e;
        if (w.optional(o, "metric", e))
            s.labels = w.labels(e, itemPath + QStringLiteral(".metric"));
        if (matrix) {
            if (w.optional(o, "values", e)) {
                const dom::array values = w.array(e, itemPath + QStringLiteral(".values"));
                const qsizetype n = qsizetype(values.size());
                s.times.resize(n);
                s.values.resize(n);
                double *times = s.times.data();
                double *vals = s.values.data();
                qsizetype i = 0;
                for (dom::element v : values) {
                    w.sample(v, times[i], vals[i], [&]() -> QString { return itemPath + QStringLiteral(".values[%1]").arg(i); });
                    ++i;
                }
            }
            if (w.optional(o, "histograms", e))
                s.histogramSamples = int(w.array(e, itemPath + QStringLiteral(".histograms")).size());
        } else {
            if (w.optional(o, "value", e)) {
                double t = 0, v = 0;
                w.sample(e, t, v, [&]() -> QString { return itemPath + QStringLiteral(".value"); });
                s.times << t;
                s.values << v;
            }
            if (w.optional(o, "histogram", e)) {
                w.array(e, itemPath + QStringLiteral(".histogram"));
                s.histogramSamples = 1;
            }
        }
        if (s.times.isEmpty() && !s.isHistogram())
            w.fail(itemPath, matrix ? Tr::tr("\"values\" or \"histograms\"") : Tr::tr("\"value\" or \"histogram\""));
        r.series << std::move(s);
        ++index;
    }
}

void parseAlerts(const Walker &w, dom::object data, PromResponse &r)
{
    qsizetype i = 0;
    for (dom::element item : w.array(w.member(data, "alerts", QStringLiteral("$.data")), QStringLiteral("$.data.alerts"))) {
        const QString path = QStringLiteral("$.data.alerts[%1]").arg(i++);
        const dom::object o = w.object(item, path);
        PromAlert a;
        dom::element e;
        if (w.optional(o, "labels", e))
            a.labels = w.labels(e, path + QStringLiteral(".labels"));
        if (w.optional(o, "annotations", e))
            a.annotations = w.labels(e, path + QStringLiteral(".annotations"));
        a.state = str(w.string(w.member(o, "state", path), path + QStringLiteral(".state")));
        a.activeAt = isoTime(w.optionalString(o, "activeAt"));
        a.value = w.optionalString(o, "value");
        r.alerts << a;
    }
}

void parseTargets(const Walker &w, dom::object data, PromResponse &r)
{
    qsizetype i = 0;
    for (dom::element item : w.array(w.member(data, "activeTargets", QStringLiteral("$.data")), QStringLiteral("$.data.activeTargets"))) {
        const QString path = QStringLiteral("$.data.activeTargets[%1]").arg(i++);
        const dom::object o = w.object(item, path);
        PromTarget t;
        dom::element e;
        if (w.optional(o, "labels", e))
            t.labels = w.labels(e, path + QStringLiteral(".labels"));
        t.health = str(w.string(w.member(o, "health", path), path + QStringLiteral(".health")));
        t.scrapePool = w.optionalString(o, "scrapePool");
        t.scrapeUrl = w.optionalString(o, "scrapeUrl");
        t.lastError = w.optionalString(o, "lastError");
        t.lastScrape = isoTime(w.optionalString(o, "lastScrape"));
        t.scrapeInterval = w.optionalString(o, "scrapeInterval");
        if (w.optional(o, "lastScrapeDuration", e))
            if (e.get_double().get(t.lastScrapeDuration))
                t.lastScrapeDuration = 0;
        r.targets << t;
    }
}

} // namespace

QString PromSeries::name() const
{
    QString out = labels.value(QStringLiteral("__name__"));
    QStringList parts;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        if (it.key() != QLatin1String("__name__"))
            parts << it.key() + QStringLiteral("=\"") + it.value() + QLatin1Char('"');
    if (!parts.isEmpty() || out.isEmpty())
        out += QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
    return out;
}

double PromResponse::parseValue(std::string_view text, bool *ok)
{
    *ok = true;
    if (text == "NaN")
        return std::numeric_limits<double>::quiet_NaN();
    if (text == "+Inf" || text == "Inf")
        return std::numeric_limits<double>::infinity();
    if (text == "-Inf")
        return -std::numeric_limits<double>::infinity();
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    double value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    // from_chars also reads "inf"/"nan" spellings the API never sends; refuse them to keep the format strict.
    if (text.empty() || ec != std::errc() || end != text.data() + text.size() || !std::isfinite(value)) {
        *ok = false;
        return 0;
    }
    return value;
}

QString PromResponse::formatValue(double value)
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf");
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString PromResponse::explainStatus(int httpStatus)
{
    switch (httpStatus) {
    case 400:
        return Tr::tr("the query or its parameters are invalid (HTTP 400)");
    case 401:
    case 403:
        return Tr::tr("Prometheus refused the credentials (HTTP %1): check the token or user stored for this environment").arg(httpStatus);
    case 404:
        return Tr::tr("no Prometheus API at this address (HTTP 404): check the URL and its path prefix");
    case 422:
        return Tr::tr("the expression cannot be executed (HTTP 422)");
    case 429:
        return Tr::tr("the server is rate limiting requests (HTTP 429)");
    case 503:
        return Tr::tr("the query timed out or was aborted on the server, or the server is not ready (HTTP 503)");
    default:
        return httpStatus >= 500 ? Tr::tr("the server failed (HTTP %1)").arg(httpStatus) : Tr::tr("unexpected HTTP status %1").arg(httpStatus);
    }
}

QString PromResponse::resultTypeName(ResultType type)
{
    switch (type) {
    case ResultType::Matrix:
        return QStringLiteral("matrix");
    case ResultType::Vector:
        return QStringLiteral("vector");
    case ResultType::Scalar:
        return QStringLiteral("scalar");
    case ResultType::String:
        return QStringLiteral("string");
    case ResultType::None:
        break;
    }
    return QString();
}

int PromResponse::histogramSeriesCount() const
{
    return int(std::count_if(series.cbegin(), series.cend(), [](const PromSeries &s) { return s.isHistogram(); }));
}

qsizetype PromResponse::sampleCount() const
{
    qsizetype n = 0;
    for (const PromSeries &s : series)
        n += s.times.size();
    return n;
}

Result<PromResponse> PromResponse::parse(Kind kind, const QByteArray &body, const QString &source, int httpStatus)
{
    const bool httpOk = httpStatus >= 200 && httpStatus < 300;
    dom::parser parser;
    dom::element root;
    if (const auto error = parser.parse(body.constData(), size_t(body.size())).get(root)) {
        if (!httpOk)
            return Error(explainStatus(httpStatus), source);
        return Error(Tr::tr("the Prometheus response is not JSON: %1").arg(QString::fromUtf8(simdjson::error_message(error))), source)
            .expecting(Tr::tr("a JSON object with \"status\" and \"data\""));
    }
    const Walker w(source);
    try {
        const dom::object top = w.object(root, QStringLiteral("$"));
        PromResponse r;
        dom::element e;
        for (auto [key, list] : {std::pair{"warnings", &r.warnings}, std::pair{"infos", &r.infos}}) {
            if (w.optional(top, key, e)) {
                for (dom::element item : w.array(e, QStringLiteral("$.") + QLatin1String(key)))
                    *list << str(w.string(item, QStringLiteral("$.") + QLatin1String(key) + QStringLiteral("[]")));
            }
        }
        const std::string_view status = w.string(w.member(top, "status", QStringLiteral("$")), QStringLiteral("$.status"));
        if (status == "error" || !httpOk) {
            const QString errorType = w.optionalString(top, "errorType");
            const QString text = w.optionalString(top, "error");
            QString message = httpOk ? Tr::tr("Prometheus answered with an error") : explainStatus(httpStatus);
            if (!errorType.isEmpty() || !text.isEmpty())
                message += QStringLiteral(": ") + (errorType.isEmpty() ? text : errorType + QStringLiteral(": ") + text);
            return Error(message, source);
        }
        if (status != "success")
            w.fail(QStringLiteral("$.status"), Tr::tr("\"success\" or \"error\""));
        const dom::element data = w.member(top, "data", QStringLiteral("$"));
        switch (kind) {
        case Kind::Query:
            parseQuery(w, w.object(data, QStringLiteral("$.data")), r);
            break;
        case Kind::Alerts:
            parseAlerts(w, w.object(data, QStringLiteral("$.data")), r);
            break;
        case Kind::Targets:
            parseTargets(w, w.object(data, QStringLiteral("$.data")), r);
            break;
        case Kind::Labels: {
            qsizetype i = 0;
            for (dom::element item : w.array(data, QStringLiteral("$.data")))
                r.labelNames << str(w.string(item, QStringLiteral("$.data[%1]").arg(i++)));
            break;
        }
        case Kind::Other:
            break;
        case Kind::Series: {
            qsizetype i = 0;
            for (dom::element item : w.array(data, QStringLiteral("$.data")))
                r.seriesSet << w.labels(item, QStringLiteral("$.data[%1]").arg(i++));
            break;
        }
        }
        return r;
    } catch (const ParseFailure &failure) {
        return failure.error;
    }
}

} // namespace Infradeck
