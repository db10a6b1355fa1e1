// `infradeck-cli prom query URL PROMQL [--range 1h --step 15s] [--time T] [--format text|json|csv]`,
// `prom alerts URL`, `prom targets URL`: the Prometheus HTTP API from scripts. Credentials come from the
// environment (INFRADECK_PROMETHEUS_TOKEN, or INFRADECK_PROMETHEUS_USER + INFRADECK_PROMETHEUS_PASSWORD).
#include "Commands.h"

#include "telemetry/PrometheusClient.h"
#include "telemetry/QueryStep.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

#include <cmath>

namespace Cli {

namespace {

using namespace Infradeck;

const char *const PromUsage =
    "usage: infradeck-cli prom query URL PROMQL [--range 1h [--step 15s] [--end TIME]] [--time TIME]\n"
    "                               [--format text|json|csv] [--timeout 30s]\n"
    "       infradeck-cli prom alerts|targets URL [--format text|json]\n"
    "  --range D     a range query over the last D (15m, 1h, 7d); without it an instant query\n"
    "  --step D      resolution of a range query; default: range / 1000 rounded, never over 11,000 points\n"
    "  --end/--time  RFC 3339 or Unix seconds; default: now\n"
    "  credentials: INFRADECK_PROMETHEUS_TOKEN (bearer) or INFRADECK_PROMETHEUS_USER / _PASSWORD (basic)\n";

QDateTime parseTime(const QString &text)
{
    bool isNumber = false;
    const double seconds = text.toDouble(&isNumber);
    if (isNumber)
        return QDateTime::fromMSecsSinceEpoch(qint64(seconds * 1000), Qt::UTC);
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

QString csvField(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')))
        return s;
    QString quoted = s;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString isoTime(double seconds)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(std::llround(seconds * 1000)), Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonObject labelsJson(const PromLabels &labels)
{
    QJsonObject o;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

void printQuery(const PromResponse &r, const QString &format, Streams io)
{
    if (format == QLatin1String("json")) {
        QJsonObject root{{QStringLiteral("resultType"), PromResponse::resultTypeName(r.resultType)}};
        if (r.resultType == PromResponse::ResultType::Scalar || r.resultType == PromResponse::ResultType::String) {
            root.insert(QStringLiteral("value"), QJsonArray{r.scalarTime, r.resultType == PromResponse::ResultType::String
                                                                              ? r.stringValue
                                                                              : PromResponse::formatValue(r.scalarValue)});
        } else {
            QJsonArray series;
            for (const PromSeries &s : r.series) {
                QJsonArray values;
                for (qsizetype i = 0; i < s.times.size(); ++i)
                    values.append(QJsonArray{s.times[i], PromResponse::formatValue(s.values[i])});
                QJsonObject o{{QStringLiteral("name"), s.name()}, {QStringLiteral("labels"), labelsJson(s.labels)}, {QStringLiteral("values"), values}};
                if (s.isHistogram())
                    o.insert(QStringLiteral("nativeHistogramSamples"), s.histogramSamples);
                series.append(o);
            }
            root.insert(QStringLiteral("series"), series);
        }
        root.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(r.warnings));
        io.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return;
    }
    if (format == QLatin1String("csv")) {
        io.out << "series,timestamp,time,value\n";
        if (r.resultType == PromResponse::ResultType::Scalar)
            io.out << "scalar," << QString::number(r.scalarTime, 'f', 3) << ',' << isoTime(r.scalarTime) << ',' << PromResponse::formatValue(r.scalarValue) << '\n';
        else if (r.resultType == PromResponse::ResultType::String)
            io.out << "string," << QString::number(r.scalarTime, 'f', 3) << ',' << isoTime(r.scalarTime) << ',' << csvField(r.stringValue) << '\n';
        for (const PromSeries &s : r.series) {
            const QString name = csvField(s.name());
            for (qsizetype i = 0; i < s.times.size(); ++i)
                io.out << name << ',' << QString::number(s.times[i], 'f', 3) << ',' << isoTime(s.times[i]) << ',' << PromResponse::formatValue(s.values[i]) << '\n';
        }
        return;
    }
    switch (r.resultType) {
    case PromResponse::ResultType::Scalar:
        io.out << PromResponse::formatValue(r.scalarValue) << " @" << isoTime(r.scalarTime) << '\n';
        return;
    case PromResponse::ResultType::String:
        io.out << r.stringValue << " @" << isoTime(r.scalarTime) << '\n';
        return;
    case PromResponse::ResultType::Vector:
        for (const PromSeries &s : r.series)
            io.out << s.name() << ' ' << (s.isHistogram() ? QStringLiteral("(native histogram, not shown)") : PromResponse::formatValue(s.values.value(0)))
                   << '\n';
        break;
    default:
        for (const PromSeries &s : r.series) {
            io.out << s.name() << (s.isHistogram() ? QStringLiteral(" (native histogram, not shown)") : QString()) << '\n';
            for (qsizetype i = 0; i < s.times.size(); ++i)
                io.out << "  " << isoTime(s.times[i]) << ' ' << PromResponse::formatValue(s.values[i]) << '\n';
        }
    }
    if (r.series.isEmpty())
        io.out << "(no series)\n";
}

} // namespace

int promCommand(const QStringList &args, Streams io)
{
    auto bad = [&](const QString &message) {
        io.err << "infradeck-cli prom: " << message << '\n' << PromUsage;
        io.err.flush();
        return ExitBadInput;
    };
    if (args.value(0) == QLatin1String("--help") || args.value(0) == QLatin1String("-h")) {
        io.out << PromUsage;
        return ExitOk;
    }
    const QString verb = args.value(0);
    if (verb != QLatin1String("query") && verb != QLatin1String("alerts") && verb != QLatin1String("targets"))
        return bad(verb.isEmpty() ? QStringLiteral("missing a verb") : QStringLiteral("unknown verb \"%1\"").arg(verb));
    QStringList positional;
    QString format = QStringLiteral("text"), range, step, end, time, timeout;
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        QString *target = a == QLatin1String("--format") ? &format
                        : a == QLatin1String("--range")  ? &range
                        : a == QLatin1String("--step")   ? &step
                        : a == QLatin1String("--end")    ? &end
                        : a == QLatin1String("--time")   ? &time
                        : a == QLatin1String("--timeout") ? &timeout
                                                          : nullptr;
        if (target) {
            if (i + 1 >= args.size())
                return bad(a + QStringLiteral(" needs a value"));
            *target = args.at(++i);
        } else if (a.startsWith(QLatin1String("--"))) {
            return bad(QStringLiteral("unknown option \"%1\"").arg(a));
        } else {
            positional << a;
        }
    }
    const int wanted = verb == QLatin1String("query") ? 2 : 1;
    if (positional.size() != wanted)
        return bad(verb == QLatin1String("query") ? QStringLiteral("expected URL and PROMQL") : QStringLiteral("expected URL"));
    if (format != QLatin1String("text") && format != QLatin1String("json") && (format != QLatin1String("csv") || verb != QLatin1String("query")))
        return bad(QStringLiteral("unknown format \"%1\"").arg(format));

    PrometheusOptions options;
    options.baseUrl = QUrl(positional.at(0));
    if (options.baseUrl.scheme() != QLatin1String("http") && options.baseUrl.scheme() != QLatin1String("https"))
        return bad(QStringLiteral("\"%1\" is not an http(s) URL").arg(positional.at(0)));
    options.bearerToken = qEnvironmentVariable("INFRADECK_PROMETHEUS_TOKEN");
    options.basicUser = qEnvironmentVariable("INFRADECK_PROMETHEUS_USER");
    options.basicPassword = qEnvironmentVariable("INFRADECK_PROMETHEUS_PASSWORD");
    options.timeoutMs = 30000;
    if (!timeout.isEmpty()) {
        const auto t = QueryStep::parse(timeout);
        if (!t)
            return bad(QStringLiteral("--timeout: \"%1\" is not a duration").arg(timeout));
        options.timeoutMs = int(std::min<qint64>(*t, 3600) * 1000);
    }

    QNetworkAccessManager network;
    PrometheusClient client(&network, options);
    PrometheusJob *job = nullptr;
    if (verb == QLatin1String("alerts")) {
        job = client.alerts();
    } else if (verb == QLatin1String("targets")) {
        job = client.targets();
    } else if (range.isEmpty()) {
        if (!step.isEmpty() || !end.isEmpty())
            return bad(QStringLiteral("--step and --end need --range"));
        QDateTime at;
        if (!time.isEmpty() && !(at = parseTime(time)).isValid())
            return bad(QStringLiteral("--time: \"%1\" is not RFC 3339 or Unix seconds").arg(time));
        job = client.query(positional.at(1), at);
    } else {
        const auto span = QueryStep::parse(range);
        if (!span)
            return bad(QStringLiteral("--range: \"%1\" is not a duration such as 1h or 30m").arg(range));
        QDateTime until = QDateTime::currentDateTimeUtc();
        if (!end.isEmpty() && !(until = parseTime(end)).isValid())
            return bad(QStringLiteral("--end: \"%1\" is not RFC 3339 or Unix seconds").arg(end));
        qint64 stepSeconds = QueryStep::choose(*span, 1000);
        if (!step.isEmpty()) {
            const auto s = QueryStep::parse(step);
            if (!s)
                return bad(QStringLiteral("--step: \"%1\" is not a duration such as 15s").arg(step));
            stepSeconds = *s;
            if (*span / stepSeconds > QueryStep::MaxPointsPerSeries)
                return bad(QStringLiteral("--step %1 over %2 gives more than 11,000 points per series; use --step %3 or more")
                               .arg(step, range, QueryStep::format((*span + QueryStep::MaxPointsPerSeries - 1) / QueryStep::MaxPointsPerSeries)));
        }
        job = client.queryRange(positional.at(1), until.addSecs(-*span), until, stepSeconds);
    }
    QEventLoop loop;
    QObject::connect(job, &PrometheusJob::finished, &loop, &QEventLoop::quit);
    if (job->isRunning())
        loop.exec();
    if (!job->ok()) {
        io.err << "infradeck-cli prom: " << job->error().toString() << '\n';
        io.err.flush();
        return ExitBadInput;
    }
    const PromResponse &r = job->response();
    for (const QString &w : r.warnings)
        io.err << "warning: " << w << '\n';
    for (const QString &w : r.infos)
        io.err << "info: " << w << '\n';
    if (const int h = r.histogramSeriesCount())
        io.err << "note: " << h << " series are native histograms, which are not charted or exported as values yet\n";
    io.err.flush();
    if (verb == QLatin1String("query")) {
        printQuery(r, format, io);
    } else if (verb == QLatin1String("alerts")) {
        if (format == QLatin1String("json")) {
            QJsonArray list;
            for (const PromAlert &a : r.alerts)
                list.append(QJsonObject{{QStringLiteral("labels"), labelsJson(a.labels)}, {QStringLiteral("annotations"), labelsJson(a.annotations)},
                                        {QStringLiteral("state"), a.state}, {QStringLiteral("activeAt"), a.activeAt.toUTC().toString(Qt::ISODateWithMs)},
                                        {QStringLiteral("value"), a.value}});
            io.out << QJsonDocument(QJsonObject{{QStringLiteral("alerts"), list}}).toJson(QJsonDocument::Indented);
        } else {
            for (const PromAlert &a : r.alerts)
                io.out << a.state << ' ' << a.name() << (a.severity().isEmpty() ? QString() : QStringLiteral(" [") + a.severity() + QLatin1Char(']'))
                       << " since " << a.activeAt.toUTC().toString(Qt::ISODate) << '\n';
            if (r.alerts.isEmpty())
                io.out << "(no alerts)\n";
        }
    } else {
        if (format == QLatin1String("json")) {
            QJsonArray list;
            for (const PromTarget &t : r.targets)
                list.append(QJsonObject{{QStringLiteral("labels"), labelsJson(t.labels)}, {QStringLiteral("scrapePool"), t.scrapePool},
                                        {QStringLiteral("scrapeUrl"), t.scrapeUrl}, {QStringLiteral("health"), t.health},
                                        {QStringLiteral("lastError"), t.lastError}, {QStringLiteral("lastScrapeDuration"), t.lastScrapeDuration}});
            io.out << QJsonDocument(QJsonObject{{QStringLiteral("targets"), list}}).toJson(QJsonDocument::Indented);
        } else {
            for (const PromTarget &t : r.targets)
                io.out << t.health << ' ' << t.scrapePool << ' ' << t.labels.value(QStringLiteral("instance"))
                       << (t.lastError.isEmpty() ? QString() : QStringLiteral(" — ") + t.lastError) << '\n';
        }
    }
    return ExitOk;
}

} // namespace Cli
