// TargetsModel under QAbstractItemModelTester: the real Prometheus API examples, health sorting through a
// QSortFilterProxyModel, the shortest scrape interval, and the REAL Prometheus's node exporter target.
#include "telemetry/PrometheusClient.h"
#include "telemetry/TargetsModel.h"

#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Infradeck;

namespace {

Result<PromResponse> parseFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("cannot open"), path);
    return PromResponse::parse(PromResponse::Kind::Targets, f.readAll(), path);
}

PromTarget target(const QString &job, const QString &instance, const QString &health, const QString &error, const QString &interval)
{
    PromTarget t;
    t.labels.insert(QStringLiteral("job"), job);
    t.labels.insert(QStringLiteral("instance"), instance);
    t.scrapePool = job;
    t.health = health;
    t.lastError = error;
    t.scrapeInterval = interval;
    t.lastScrape = QDateTime::fromString(QStringLiteral("2026-01-02T13:36:40Z"), Qt::ISODate).addSecs(instance.size());
    return t;
}

QStringList column(const QAbstractItemModel &m, int c)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r, c).data().toString();
    return out;
}

} // namespace

class TestTargetsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixture()
    {
        auto parsed = parseFile(TestSupport::testData(QStringLiteral("telemetry/targets__targetsList.json")));
        QVERIFY2(parsed, qPrintable(parsed.error().toString()));
        TargetsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTargets(parsed->targets);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, TargetsModel::JobColumn).data().toString(), QStringLiteral("alertmanager"));
        QCOMPARE(model.index(0, TargetsModel::InstanceColumn).data().toString(), QStringLiteral("demo.prometheus.io:9093"));
        QCOMPARE(model.index(0, TargetsModel::HealthColumn).data().toString(), QStringLiteral("up"));
        QCOMPARE(model.index(0, TargetsModel::HealthColumn).data(Qt::ForegroundRole).value<QColor>(), QColor(0x26, 0xa2, 0x69));
        QCOMPARE(model.index(0, TargetsModel::LastErrorColumn).data().toString(), QString());
        QCOMPARE(model.index(0, TargetsModel::LastScrapeColumn).data(TargetsModel::SortRole).toDateTime(),
                 QDateTime::fromString(QStringLiteral("2026-01-02T13:36:40.200Z"), Qt::ISODateWithMs));
        QVERIFY(model.index(0, TargetsModel::LastScrapeColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("every 15s")));
        QCOMPARE(model.shortestScrapeIntervalSeconds(), qint64(15));
        QCOMPARE(model.downCount(), 0);
    }

    void sharedFixtures_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("rows");
        QTest::newRow("docs targets") << QStringLiteral("prometheus/docs-querying-api/api_v1_targets.json") << 1;
        QTest::newRow("docs active targets") << QStringLiteral("prometheus/docs-querying-api/api_v1_targets_state_active.json") << -1;
    }

    void sharedFixtures()
    {
        REQUIRE_FIXTURES();
        QFETCH(QString, path);
        QFETCH(int, rows);
        auto parsed = parseFile(TestSupport::fixture(path));
        QVERIFY2(parsed, qPrintable(parsed.error().toString()));
        TargetsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTargets(parsed->targets);
        if (rows >= 0)
            QCOMPARE(model.rowCount(), rows);
        QCOMPARE(model.rowCount(), int(parsed->targets.size()));
        for (int r = 0; r < model.rowCount(); ++r)
            QVERIFY(!model.index(r, TargetsModel::InstanceColumn).data().toString().isEmpty());
    }

    void downFirstAndSortable()
    {
        TargetsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTargets({target(QStringLiteral("node"), QStringLiteral("web-1:9100"), QStringLiteral("up"), {}, QStringLiteral("30s")),
                          target(QStringLiteral("node"), QStringLiteral("db-1:9100"), QStringLiteral("down"),
                                 QStringLiteral("Get \"http://db-1:9100/metrics\": dial tcp: connection refused"), QStringLiteral("30s")),
                          target(QStringLiteral("api"), QStringLiteral("api-1:8080"), QStringLiteral("unknown"), {}, QStringLiteral("1m")),
                          target(QStringLiteral("blackbox"), QStringLiteral("b:9115"), QStringLiteral("up"), {}, QStringLiteral("10s"))});
        QCOMPARE(model.downCount(), 1);
        QCOMPARE(model.shortestScrapeIntervalSeconds(), qint64(10));
        QCOMPARE(model.index(1, TargetsModel::HealthColumn).data(Qt::ForegroundRole).value<QColor>(), QColor(0xc0, 0x1c, 0x28));
        QVERIFY(model.index(1, TargetsModel::LastErrorColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("connection refused")));
        QSortFilterProxyModel proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setSortRole(TargetsModel::SortRole);
        proxy.sort(TargetsModel::HealthColumn, Qt::AscendingOrder);
        QCOMPARE(column(proxy, TargetsModel::HealthColumn), (QStringList{QStringLiteral("down"), QStringLiteral("unknown"), QStringLiteral("up"), QStringLiteral("up")}));
        proxy.sort(TargetsModel::JobColumn, Qt::AscendingOrder);
        QCOMPARE(column(proxy, TargetsModel::JobColumn).first(), QStringLiteral("api"));
        proxy.sort(TargetsModel::LastScrapeColumn, Qt::AscendingOrder);
        QCOMPARE(column(proxy, TargetsModel::InstanceColumn).first(), QStringLiteral("b:9115")); // the shortest name: the earliest
        model.clear();
        QCOMPARE(proxy.rowCount(), 0);
        QCOMPARE(model.shortestScrapeIntervalSeconds(), qint64(0));
    }

    void realPrometheus()
    {
        QString base, instance;
        REQUIRE_SERVICE_ENV("INFRADECK_TEST_PROMETHEUS_URL", base);
        REQUIRE_SERVICE_ENV("INFRADECK_TEST_NODE_EXPORTER", instance);
        QNetworkAccessManager network;
        PrometheusOptions options;
        options.baseUrl = QUrl(base);
        PrometheusClient client(&network, options);
        TargetsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The first scrape lands about a second after start: until then health is "unknown".
        for (int attempt = 0; attempt < 20; ++attempt) {
            PrometheusJob *job = client.targets();
            QSignalSpy spy(job, &PrometheusJob::finished);
            QVERIFY(spy.wait(10000));
            QVERIFY2(job->ok(), qPrintable(job->error().toString()));
            model.setTargets(job->response().targets);
            if (model.rowCount() == 1 && model.index(0, TargetsModel::HealthColumn).data().toString() == QLatin1String("up"))
                break;
            QTest::qWait(500);
        }
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, TargetsModel::InstanceColumn).data().toString(), instance);
        QCOMPARE(model.index(0, TargetsModel::HealthColumn).data().toString(), QStringLiteral("up"));
        QCOMPARE(model.shortestScrapeIntervalSeconds(), qint64(1));
        QVERIFY(model.index(0, TargetsModel::LastScrapeColumn).data(TargetsModel::SortRole).toDateTime().isValid());
    }
};

QTEST_MAIN(TestTargetsModel)
#include "TestTargetsModel.moc"
