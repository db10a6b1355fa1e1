// `infradeck-cli prom query URL PROMQL [--range 1h --step 15s] [--time T] [--format text|json|csv]`,
// `prom alerts URL`, `prom targets URL`: the Prometheus HTTP API from scripts. Credentials: --token-keychain NAME
// (a keychain entry holding "Bearer TOKEN", a bare token or "basic USER:PASSWORD"), else $INFRADECK_PROM_TOKEN in
// the same form, else INFRADECK_PROMETHEUS_TOKEN / INFRADECK_PROMETHEUS_USER + _PASSWORD. Never printed.
#include "Commands.h"

#include "secrets/CredentialStore.h"
#include "telemetry/PrometheusClient.h"
#include "telemetry/PrometheusCredentials.h"
#include "telemetry/QueryStep.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTimer>

#include <cmath>
#include <optional>

namespace Cli {

namespace {

using namespace Infradeck;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli::Prom)
};

QString usage()
{
    return Tr::tr("usage: infradeck-cli prom query URL PROMQL [--range 1h [--step 15s] [--end TIME]] [--time TIME]\n"
                  "                               [--format text|json|csv] [--timeout 30s] [--token-keychain NAME]\n"
                  "       infradeck-cli prom alerts|targets URL [--format text|json] [--token-keychain NAME]\n"
                  "  --range D     a range query over the last D (15m, 1h, 7d); without it an instant query\n"
                  "  --step D      resolution of a range query; default: range / 1000 rounded, never over 11,000 points\n"
                  "  --end/--time  RFC 3339 or Unix seconds; default: now\n"
                  "  --token-keychain NAME\n"
                  "                the keychain entry with the credentials: WORKSPACE/ENVIRONMENT/NAME as the Keys dialog\n"
                  "                lists it (environment * for every environment), or NAME alone when only one entry has it;\n"
                  "                it holds \"Bearer TOKEN\", a bare token, or \"basic USER:PASSWORD\"\n"
                  "  credentials otherwise: $INFRADECK_PROM_TOKEN in the same form, else $INFRADECK_PROMETHEUS_TOKEN (bearer)\n"
                  "                or $INFRADECK_PROMETHEUS_USER and $INFRADECK_PROMETHEUS_PASSWORD (basic); never printed\n");
}

// The keychain entry NAME stands for: a full WORKSPACE/ENVIRONMENT/NAME key, or the one entry (of the desktop
// application's list) whose name is NAME.
Result<CredentialStore::Key> keychainKey(const QString &name, const CredentialStore &store)
{
    CredentialStore::Key key;
    if (CredentialStore::Key::parse(name, key))
        return key;
    QStringList matches;
    for (const CredentialStore::Key &k : store.keys())
        if (k.name == name) {
            matches << k.toString();
            key = k;
        }
    if (matches.size() == 1)
        return key;
    if (matches.isEmpty())
        return Error(Tr::tr("no keychain entry is named \"%1\"").arg(name), QStringLiteral("--token-keychain"))
            .expecting(Tr::tr("WORKSPACE/ENVIRONMENT/NAME, or the name of an entry listed in the Keys dialog"));
    return Error(Tr::tr("several keychain entries are named \"%1\": %2").arg(name, matches.join(QStringLiteral(", "))), QStringLiteral("--token-keychain"))
        .expecting(Tr::tr("one of them in full, as WORKSPACE/ENVIRONMENT/NAME"));
}

// Reads the credentials off the keychain, waiting for the asynchronous store (the CLI runs no other event loop).
std::optional<Error> loadKeychainCredentials(const QString &name, PrometheusOptions &options)
{
    QSettings desktopSettings(QStringLiteral("Infradeck"), QStringLiteral("Infradeck")); // the desktop app's key list
    CredentialStore store(nullptr, &desktopSettings);
    const auto key = keychainKey(name, store);
    if (!key)
        return key.error();
    std::optional<Result<PrometheusOptions>> loaded;
    QEventLoop loop;
    PrometheusCredentials::load(&store, key.value(), options, [&](Result<PrometheusOptions> r) {
        loaded.emplace(std::move(r));
        loop.quit();
    });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    if (!loaded)
        loop.exec();
    if (!loaded)
        return Error(Tr::tr("the keychain did not answer within 30 s"), QStringLiteral("keychain:") + key->toString());
    if (!store.isAvailable() && !loaded->ok())
        return Error(CredentialStore::unavailableMessage(), QStringLiteral("keychain:") + key->toString())
            .expecting(Tr::tr("$INFRADECK_PROM_TOKEN instead of --token-keychain"));
    if (!loaded->ok())
        return loaded->error();
    options = loaded->value();
    return std::nullopt;
}

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
            io.out << s.name() << ' ' << (s.isHistogram() ? Tr::tr("(native histogram, not shown)") : PromResponse::formatValue(s.values.value(0)))
                   << '\n';
        break;
    default:
        for (const PromSeries &s : r.series) {
            io.out << s.name() << (s.isHistogram() ? QLatin1Char(' ') + Tr::tr("(native histogram, not shown)") : QString()) << '\n';
            for (qsizetype i = 0; i < s.times.size(); ++i)
                io.out << "  " << isoTime(s.times[i]) << ' ' << PromResponse::formatValue(s.values[i]) << '\n';
        }
    }
    if (r.series.isEmpty())
        io.out << Tr::tr("(no series)") << '\n';
}

} // namespace

int promCommand(const QStringList &args, Streams io)
{
    auto bad = [&](const QString &message) {
        io.err << "infradeck-cli prom: " << message << '\n' << usage();
        io.err.flush();
        return ExitBadInput;
    };
    if (args.value(0) == QLatin1String("--help") || args.value(0) == QLatin1String("-h")) {
        io.out << usage();
        return ExitOk;
    }
    const QString verb = args.value(0);
    if (verb != QLatin1String("query") && verb != QLatin1String("alerts") && verb != QLatin1String("targets"))
        return bad(verb.isEmpty() ? Tr::tr("missing a verb") : Tr::tr("unknown verb \"%1\"").arg(verb));
    QStringList positional;
    QString format = QStringLiteral("text"), range, step, end, time, timeout, tokenKeychain;
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        QString *target = a == QLatin1String("--format") ? &format
                        : a == QLatin1String("--range")  ? &range
                        : a == QLatin1String("--step")   ? &step
                        : a == QLatin1String("--end")    ? &end
                        : a == QLatin1String("--time")   ? &time
                        : a == QLatin1String("--timeout") ? &timeout
                        : a == QLatin1String("--token-keychain") ? &tokenKeychain
                                                          : nullptr;
        if (target) {
            if (i + 1 >= args.size())
                return bad(Tr::tr("%1 needs a value").arg(a));
            *target = args.at(++i);
        } else if (a.startsWith(QLatin1String("--"))) {
            return bad(Tr::tr("unknown option \"%1\"").arg(a));
        } else {
            positional << a;
        }
    }
    const int wanted = verb == QLatin1String("query") ? 2 : 1;
    if (positional.size() != wanted)
        return bad(verb == QLatin1String("query") ? Tr::tr("expected URL and PROMQL") : Tr::tr("expected URL"));
    if (format != QLatin1String("text") && format != QLatin1String("json") && (format != QLatin1String("csv") || verb != QLatin1String("query")))
        return bad(Tr::tr("unknown format \"%1\"").arg(format));

    PrometheusOptions options;
    options.baseUrl = QUrl(positional.at(0));
    if (options.baseUrl.scheme() != QLatin1String("http") && options.baseUrl.scheme() != QLatin1String("https"))
        return bad(Tr::tr("\"%1\" is not an http(s) URL").arg(positional.at(0)));
    options.bearerToken = qEnvironmentVariable("INFRADECK_PROMETHEUS_TOKEN");
    options.basicUser = qEnvironmentVariable("INFRADECK_PROMETHEUS_USER");
    options.basicPassword = qEnvironmentVariable("INFRADECK_PROMETHEUS_PASSWORD");
    options.timeoutMs = 30000;
    const QByteArray promToken = qgetenv("INFRADECK_PROM_TOKEN");
    if (!tokenKeychain.isEmpty()) {
        if (auto error = loadKeychainCredentials(tokenKeychain, options)) {
            io.err << "infradeck-cli prom: " << error->toString() << '\n';
            io.err.flush();
            return ExitBadInput;
        }
    } else if (!promToken.isEmpty()) {
        if (auto error = PrometheusCredentials::apply(promToken, QStringLiteral("$INFRADECK_PROM_TOKEN"), options)) {
            io.err << "infradeck-cli prom: " << error->toString() << '\n';
            io.err.flush();
            return ExitBadInput;
        }
    }
    if (!timeout.isEmpty()) {
        const auto t = QueryStep::parse(timeout);
        if (!t)
            return bad(Tr::tr("--timeout: \"%1\" is not a duration").arg(timeout));
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
            return bad(Tr::tr("--step and --end need --range"));
        QDateTime at;
        if (!time.isEmpty() && !(at = parseTime(time)).isValid())
            return bad(Tr::tr("--time: \"%1\" is not RFC 3339 or Unix seconds").arg(time));
        job = client.query(positional.at(1), at);
    } else {
        const auto span = QueryStep::parse(range);
        if (!span)
            return bad(Tr::tr("--range: \"%1\" is not a duration such as 1h or 30m").arg(range));
        QDateTime until = QDateTime::currentDateTimeUtc();
        if (!end.isEmpty() && !(until = parseTime(end)).isValid())
            return bad(Tr::tr("--end: \"%1\" is not RFC 3339 or Unix seconds").arg(end));
        qint64 stepSeconds = QueryStep::choose(*span, 1000);
        if (!step.isEmpty()) {
            const auto s = QueryStep::parse(step);
            if (!s)
                return bad(Tr::tr("--step: \"%1\" is not a duration such as 15s").arg(step));
            stepSeconds = *s;
            if (*span / stepSeconds > QueryStep::MaxPointsPerSeries)
                return bad(Tr::tr("--step %1 over %2 gives more than 11,000 points per series; use --step %3 or more")
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
        io.err << Tr::tr("note: %1 series are native histograms, which are not charted or exported as values yet").arg(h) << '\n';
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
                io.out << Tr::tr("(no alerts)") << '\n';
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
