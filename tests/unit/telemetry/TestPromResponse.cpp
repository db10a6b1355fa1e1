// PromResponse on every public Prometheus response fixture, the always-present copies in tests/data/telemetry and
// broken bodies (truncated, wrong types, wrong status, empty, HTTP errors, huge).
#include "telemetry/PromResponse.h"

#include "TestSupport.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include <cmath>

using namespace Infradeck;
using Kind = PromResponse::Kind;
using Type = PromResponse::ResultType;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Which endpoint a fixture answers, from its name.
Kind kindFor(const QString &name)
{
    if (name.contains(QLatin1String("query_exemplars")) || name.contains(QLatin1String("format_query")) || name.contains(QLatin1String("parse_query")))
        return Kind::Other;
    if (name.contains(QLatin1String("query")))
        return Kind::Query;
    if (name.contains(QLatin1String("targets_metadata")) || name.contains(QLatin1String("relabel")))
        return Kind::Other;
    if (name.contains(QLatin1String("targets")))
        return Kind::Targets;
    if (name.contains(QLatin1String("alertmanagers")))
        return Kind::Other;
    if (name.contains(QLatin1String("alerts")) && !name.contains(QLatin1String("series")))
        return Kind::Alerts;
    if (name.contains(QLatin1String("label")) && !name.contains(QLatin1String("labels_")))
        return Kind::Labels;
    if (name.contains(QLatin1String("series")))
        return Kind::Series;
    return Kind::Other;
}

QByteArray bigMatrix(int series, int points)
{
    QByteArray body = "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[";
    for (int s = 0; s < series; ++s) {
        if (s)
            body += ',';
        body += "{\"metric\":{\"__name__\":\"node_cpu_seconds_total\",\"cpu\":\"" + QByteArray::number(s) +
                "\",\"instance\":\"10.0.0.1:9100\"},\"values\":[";
        for (int i = 0; i < points; ++i) {
            if (i)
                body += ',';
            body += "[" + QByteArray::number(1700000000 + i * 15) + ".5,\"" + QByteArray::number(std::sin(i * 0.01) * 100 + s, 'g', 12) + "\"]";
        }
        body += "]}";
    }
    return body + "]}}";
}

} // namespace

class TestPromResponse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyPublicFixture()
    {
        REQUIRE_FIXTURES();
        int parsed = 0, histograms = 0, errors = 0;
        QDirIterator it(TestSupport::fixture(QStringLiteral("prometheus")), {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString name = QFileInfo(path).completeBaseName();
            const auto r = PromResponse::parse(kindFor(name), readFile(path), path);
            if (name.contains(QLatin1String("NotReady"))) {
                QVERIFY(!r.ok());
                QVERIFY2(r.error().message.contains(QLatin1String("TSDB not ready")), qPrintable(r.error().message));
                ++errors;
                continue;
            }
            QVERIFY2(r.ok(), qPrintable(name + QStringLiteral(": ") + r.error().toString()));
            if (kindFor(name) == Kind::Query) {
                QVERIFY2(r->resultType != Type::None, qPrintable(name));
                if (r->resultType == Type::Matrix || r->resultType == Type::Vector)
                    QVERIFY2(!r->series.isEmpty(), qPrintable(name));
            }
            histograms += r->histogramSeriesCount();
            ++parsed;
        }
        QVERIFY2(parsed >= 35, qPrintable(QString::number(parsed)));
        QCOMPARE(errors, 1);
        QCOMPARE(histograms, 2); // the instant and the range native-histogram examples
    }

    void matrix()
    {
        const auto r = PromResponse::parse(Kind::Query, readFile(TestSupport::testData(QStringLiteral("telemetry/api_v1_query_range_matrix.json"))), {});
        QVERIFY2(r.ok(), qPrintable(r.error().toString()));
        QCOMPARE(r->resultType, Type::Matrix);
        QCOMPARE(r->series.size(), 2);
        QCOMPARE(r->sampleCount(), 6);
        const PromSeries &s = r->series.first();
        QCOMPARE(s.labels.value(QStringLiteral("__name__")), QStringLiteral("up"));
        QCOMPARE(s.labels.value(QStringLiteral("instance")), QStringLiteral("localhost:9090"));
        QCOMPARE(s.times.first(), 1435781430.781);
        QCOMPARE(s.values.first(), 1.0);
        QCOMPARE(s.name(), QStringLiteral("up{instance=\"localhost:9090\",job=\"prometheus\"}"));
        QVERIFY(!s.isHistogram());
    }

    void vectorScalarHistogram()
    {
        auto r = PromResponse::parse(Kind::Query, readFile(TestSupport::testData(QStringLiteral("telemetry/query__vectorResult.json"))), {});
        QVERIFY(r.ok());
        QCOMPARE(r->resultType, Type::Vector);
        QCOMPARE(r->series.size(), 2);
        QCOMPARE(r->series.at(0).times.size(), 1);

        r = PromResponse::parse(Kind::Query, readFile(TestSupport::testData(QStringLiteral("telemetry/query__scalarResult.json"))), {});
        QVERIFY(r.ok());
        QCOMPARE(r->resultType, Type::Scalar);
        QCOMPARE(r->scalarValue, 42.0);

        for (const char *file : {"telemetry/query__histogramResult.json", "telemetry/query_range__histogramResult.json"}) {
            r = PromResponse::parse(Kind::Query, readFile(TestSupport::testData(QLatin1String(file))), {});
            QVERIFY2(r.ok(), qPrintable(r.error().toString()));
            QCOMPARE(r->histogramSeriesCount(), 1);
            QVERIFY(r->series.first().isHistogram());
            QVERIFY(r->series.first().times.isEmpty()); // recognised, not charted
        }
    }

    void alertsTargetsLabelsSeries()
    {
        auto r = PromResponse::parse(Kind::Alerts, readFile(TestSupport::testData(QStringLiteral("telemetry/api_v1_alerts.json"))), {});
        QVERIFY2(r.ok(), qPrintable(r.error().toString()));
        QCOMPARE(r->alerts.size(), 1);
        QCOMPARE(r->alerts.first().name(), QStringLiteral("my-alert"));
        QCOMPARE(r->alerts.first().state, QStringLiteral("firing"));
        QVERIFY(r->alerts.first().activeAt.isValid()); // Go's nanoseconds read
        QCOMPARE(r->alerts.first().activeAt.toUTC().time().hour(), 18);

        r = PromResponse::parse(Kind::Targets, readFile(TestSupport::testData(QStringLiteral("telemetry/targets__targetsList.json"))), {});
        QVERIFY(r.ok());
        QCOMPARE(r->targets.size(), 1);
        QCOMPARE(r->targets.first().health, QStringLiteral("up"));
        QCOMPARE(r->targets.first().labels.value(QStringLiteral("instance")), QStringLiteral("demo.prometheus.io:9093"));
        QCOMPARE(r->targets.first().scrapeInterval, QStringLiteral("15s"));
        QVERIFY(r->targets.first().lastScrape.isValid());
        QVERIFY(r->targets.first().lastScrapeDuration > 0);

        r = PromResponse::parse(Kind::Labels, readFile(TestSupport::testData(QStringLiteral("telemetry/api_v1_labels.json"))), {});
        QVERIFY(r.ok());
        QVERIFY(r->labelNames.contains(QStringLiteral("__name__")));

        r = PromResponse::parse(Kind::Series, readFile(TestSupport::testData(QStringLiteral("telemetry/api_v1_series.json"))), {});
        QVERIFY(r.ok());
        QCOMPARE(r->seriesSet.size(), 3);
    }

    void specialValues_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<double>("value");
        QTest::addColumn<bool>("ok");
        const double inf = std::numeric_limits<double>::infinity();
        QTest::newRow("int") << QByteArray("1") << 1.0 << true;
        QTest::newRow("exp") << QByteArray("1e+00") << 1.0 << true;
        QTest::newRow("float") << QByteArray("0.0001234") << 0.0001234 << true;
        QTest::newRow("negative") << QByteArray("-3.5") << -3.5 << true;
        QTest::newRow("+Inf") << QByteArray("+Inf") << inf << true;
        QTest::newRow("-Inf") << QByteArray("-Inf") << -inf << true;
        QTest::newRow("empty") << QByteArray("") << 0.0 << false;
        QTest::newRow("garbage") << QByteArray("12abc") << 0.0 << false;
        QTest::newRow("lowercase inf") << QByteArray("inf") << 0.0 << false;
    }
    void specialValues()
    {
        QFETCH(QByteArray, text);
        QFETCH(double, value);
        QFETCH(bool, ok);
        bool parsedOk = false;
        const double v = PromResponse::parseValue(std::string_view(text.constData(), size_t(text.size())), &parsedOk);
        QCOMPARE(parsedOk, ok);
        if (ok)
            QCOMPARE(v, value);
        bool nanOk = false;
        QVERIFY(std::isnan(PromResponse::parseValue("NaN", &nanOk)) && nanOk);
        QCOMPARE(PromResponse::formatValue(-std::numeric_limits<double>::infinity()), QStringLiteral("-Inf"));
        QCOMPARE(PromResponse::formatValue(std::nan("")), QStringLiteral("NaN"));
        QCOMPARE(PromResponse::formatValue(0.1), QStringLiteral("0.1"));
    }

    void nanInfInMatrixAndWarnings()
    {
        const QByteArray body = R"({"status":"success","warnings":["query hit the sample limit"],"infos":["PromQL info: metric might not be a counter"],
            "data":{"resultType":"matrix","result":[{"metric":{},"values":[[1,"NaN"],[2,"+Inf"],[3,"-Inf"],[4,"2"]]}]}})";
        const auto r = PromResponse::parse(Kind::Query, body, {});
        QVERIFY2(r.ok(), qPrintable(r.error().toString()));
        QCOMPARE(r->warnings, QStringList{QStringLiteral("query hit the sample limit")});
        QCOMPARE(r->infos.size(), 1);
        const auto &v = r->series.first().values;
        QVERIFY(std::isnan(v[0]));
        QVERIFY(std::isinf(v[1]) && v[1] > 0);
        QVERIFY(std::isinf(v[2]) && v[2] < 0);
        QCOMPARE(v[3], 2.0);
        QCOMPARE(r->series.first().name(), QStringLiteral("{}"));
    }

    void broken_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("messagePart");
        const QByteArray matrix = readFile(TestSupport::testData(QStringLiteral("telemetry/api_v1_query_range_matrix.json")));
        QTest::newRow("empty") << QByteArray() << 200 << QString() << QStringLiteral("not JSON");
        QTest::newRow("truncated") << matrix.left(matrix.size() / 2) << 200 << QString() << QStringLiteral("not JSON");
        QTest::newRow("html 502") << QByteArray("<html>bad gateway</html>") << 502 << QString() << QStringLiteral("HTTP 502");
        QTest::newRow("array root") << QByteArray("[1,2]") << 200 << QStringLiteral("$") << QStringLiteral("malformed");
        QTest::newRow("no status") << QByteArray("{\"data\":{}}") << 200 << QStringLiteral("$.status") << QStringLiteral("malformed");
        QTest::newRow("odd status") << QByteArray("{\"status\":\"maybe\",\"data\":{}}") << 200 << QStringLiteral("$.status") << QString();
        QTest::newRow("unknown resultType") << QByteArray("{\"status\":\"success\",\"data\":{\"resultType\":\"tensor\",\"result\":[]}}") << 200
                                            << QStringLiteral("$.data.resultType") << QString();
        QTest::newRow("value as number") << QByteArray(matrix).replace("\"1\" ]", "1 ]") << 200 << QStringLiteral("$.data.result[0].values[0][1]")
                                         << QString();
        QTest::newRow("value garbage") << QByteArray(matrix).replace("[ 1435781430.781, \"1\" ]", "[ 1435781430.781, \"one\" ]") << 200
                                       << QString() << QString();
        QTest::newRow("timestamp string") << QByteArray("{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[{\"metric\":{},\"value\":[\"x\",\"1\"]}]}}")
                                          << 200 << QStringLiteral("$.data.result[0].value[0]") << QString();
        QTest::newRow("label not string") << QByteArray("{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[{\"metric\":{\"a\":1},\"value\":[1,\"1\"]}]}}")
                                          << 200 << QStringLiteral("$.data.result[0].metric.a") << QString();
        QTest::newRow("bad_data 400") << QByteArray("{\"status\":\"error\",\"errorType\":\"bad_data\",\"error\":\"1:5: parse error: unexpected <by>\"}") << 400
                                      << QString() << QStringLiteral("parse error: unexpected <by>");
        QTest::newRow("execution 422") << QByteArray("{\"status\":\"error\",\"errorType\":\"execution\",\"error\":\"many-to-many matching not allowed\"}") << 422
                                       << QString() << QStringLiteral("cannot be executed");
        QTest::newRow("timeout 503") << QByteArray("{\"status\":\"error\",\"errorType\":\"timeout\",\"error\":\"query timed out in expression evaluation\"}")
                                     << 503 << QString() << QStringLiteral("timed out");
    }
    void broken()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, path);
        QFETCH(QString, messagePart);
        const auto r = PromResponse::parse(Kind::Query, body, QStringLiteral("http://prom/api/v1/query_range"), status);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().source, QStringLiteral("http://prom/api/v1/query_range"));
        if (!path.isEmpty())
            QCOMPARE(r.error().path, path);
        if (!messagePart.isEmpty())
            QVERIFY2(r.error().message.contains(messagePart), qPrintable(r.error().message));
        QVERIFY(!r.error().toString().isEmpty());
    }

    void huge()
    {
        const QByteArray body = bigMatrix(20, 11000);
        QElapsedTimer t;
        t.start();
        const auto r = PromResponse::parse(Kind::Query, body, {});
        const qint64 ms = t.elapsed();
        QVERIFY(r.ok());
        QCOMPARE(r->series.size(), 20);
        QCOMPARE(r->sampleCount(), 220000);
        QCOMPARE(r->series.at(3).times.at(10), 1700000150.5);
        qInfo("parsed %lld bytes, 20 x 11000 samples in %lld ms", qint64(body.size()), ms);
    }
};

QTEST_GUILESS_MAIN(TestPromResponse)
#include "TestPromResponse.moc"
