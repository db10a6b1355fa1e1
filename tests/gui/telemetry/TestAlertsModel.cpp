// AlertsModel under QAbstractItemModelTester: the real Prometheus API examples (tests/data and ../shared/fixtures),
// a mixed list sorted through a QSortFilterProxyModel by severity, name and time, and the REAL Prometheus.
#include "telemetry/AlertsModel.h"
#include "telemetry/PrometheusClient.h"

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
    return PromResponse::parse(PromResponse::Kind::Alerts, f.readAll(), path);
}

PromAlert alert(const QString &name, const QString &severity, const QString &state, const QString &activeAt)
{
    PromAlert a;
    a.labels.insert(QStringLiteral("alertname"), name);
    if (!severity.isEmpty())
        a.labels.insert(QStringLiteral("severity"), severity);
    a.labels.insert(QStringLiteral("instance"), name + QStringLiteral(":9100"));
    a.state = state;
    a.activeAt = QDateTime::fromString(activeAt, Qt::ISODate);
    return a;
}

QStringList column(const QAbstractItemModel &m, int c)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r, c).data().toString();
    return out;
}

} // namespace

class TestAlertsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtures_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("rows");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("severity");
        QTest::addColumn<QString>("tooltipPart");
        QTest::newRow("docs alerts") << TestSupport::testData(QStringLiteral("telemetry/api_v1_alerts.json")) << 1 << "my-alert" << "" << "";
        QTest::newRow("openapi active alerts") << TestSupport::testData(QStringLiteral("telemetry/alerts__activeAlerts.json")) << 1 << "Watchdog"
                                               << "warning" << "Ensure entire alerting pipeline is functional";
    }

    void fixtures()
    {
        QFETCH(QString, path);
        QFETCH(int, rows);
        QFETCH(QString, name);
        QFETCH(QString, severity);
        QFETCH(QString, tooltipPart);
        auto parsed = parseFile(path);
        QVERIFY2(parsed, qPrintable(parsed.error().toString()));
        AlertsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAlerts(parsed->alerts);
        QCOMPARE(model.rowCount(), rows);
        QCOMPARE(model.columnCount(), int(AlertsModel::ColumnCount));
        QCOMPARE(model.index(0, AlertsModel::NameColumn).data().toString(), name);
        QCOMPARE(model.index(0, AlertsModel::SeverityColumn).data().toString(), severity);
        QCOMPARE(model.index(0, AlertsModel::StateColumn).data().toString(), QStringLiteral("firing"));
        QVERIFY(!model.index(0, AlertsModel::ActiveSinceColumn).data().toString().isEmpty());
        QVERIFY(model.index(0, AlertsModel::ActiveSinceColumn).data(AlertsModel::SortRole).toDateTime().isValid());
        QVERIFY(model.index(0, AlertsModel::NameColumn).data(Qt::ToolTipRole).toString().contains(tooltipPart));
        QCOMPARE(model.index(0, AlertsModel::StateColumn).data(Qt::ForegroundRole).value<QColor>(), QColor(0xc0, 0x1c, 0x28));
        QCOMPARE(model.headerData(AlertsModel::ActiveSinceColumn, Qt::Horizontal).toString(), QStringLiteral("Active since"));
        QCOMPARE(model.firingCount(), 1);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void sharedFixturesRules()
    {
        REQUIRE_FIXTURES();
        auto parsed = parseFile(TestSupport::fixture(QStringLiteral("prometheus/docs-querying-api/api_v1_alerts.json")));
        QVERIFY2(parsed, qPrintable(parsed.error().toString()));
        AlertsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAlerts(parsed->alerts);
        QCOMPARE(model.rowCount(), 1);
        // Labels other than alertname/severity, as key=value.
        QCOMPARE(model.index(0, AlertsModel::LabelsColumn).data().toString(), QString());
    }

    void inactiveDroppedFiringFirstAndSortable()
    {
        AlertsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAlerts({alert(QStringLiteral("DiskFull"), QStringLiteral("warning"), QStringLiteral("pending"), QStringLiteral("2026-01-02T10:00:00Z")),
                         alert(QStringLiteral("Old"), QStringLiteral("critical"), QStringLiteral("inactive"), QStringLiteral("2026-01-01T10:00:00Z")),
                         alert(QStringLiteral("NodeDown"), QStringLiteral("critical"), QStringLiteral("firing"), QStringLiteral("2026-01-02T12:00:00Z")),
                         alert(QStringLiteral("HighLatency"), QStringLiteral("info"), QStringLiteral("firing"), QStringLiteral("2026-01-02T09:00:00Z")),
                         alert(QStringLiteral("CpuHot"), QStringLiteral("warning"), QStringLiteral("firing"), QStringLiteral("2026-01-02T11:00:00Z"))});
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.firingCount(), 3);
        // The model's own order: firing first, then by severity.
        QCOMPARE(column(model, AlertsModel::NameColumn),
                 (QStringList{QStringLiteral("NodeDown"), QStringLiteral("CpuHot"), QStringLiteral("HighLatency"), QStringLiteral("DiskFull")}));
        QCOMPARE(model.index(0, AlertsModel::LabelsColumn).data().toString(), QStringLiteral("instance=NodeDown:9100"));

        QSortFilterProxyModel proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setSortRole(AlertsModel::SortRole);
        proxy.sort(AlertsModel::SeverityColumn, Qt::AscendingOrder);
        QCOMPARE(column(proxy, AlertsModel::SeverityColumn),
                 (QStringList{QStringLiteral("critical"), QStringLiteral("warning"), QStringLiteral("warning"), QStringLiteral("info")}));
        proxy.sort(AlertsModel::ActiveSinceColumn, Qt::DescendingOrder);
        QCOMPARE(column(proxy, AlertsModel::NameColumn),
                 (QStringList{QStringLiteral("NodeDown"), QStringLiteral("CpuHot"), QStringLiteral("DiskFull"), QStringLiteral("HighLatency")}));
        proxy.sort(AlertsModel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(column(proxy, AlertsModel::NameColumn).first(), QStringLiteral("CpuHot"));

        model.setAlerts({}, true);
        QCOMPARE(proxy.rowCount(), 0);
        model.setAlerts({alert(QStringLiteral("Old"), QStringLiteral("critical"), QStringLiteral("inactive"), QStringLiteral("2026-01-01T10:00:00Z"))}, true);
        QCOMPARE(proxy.rowCount(), 1);
    }

    void severityRanks()
    {
        QCOMPARE(AlertsModel::severityRank(QStringLiteral("CRITICAL")), 0);
        QCOMPARE(AlertsModel::severityRank(QStringLiteral("error")), 1);
        QCOMPARE(AlertsModel::severityRank(QStringLiteral("warning")), 2);
        QCOMPARE(AlertsModel::severityRank(QStringLiteral("info")), 3);
        QCOMPARE(AlertsModel::severityRank(QString()), 4);
        QCOMPARE(AlertsModel::severityRank(QStringLiteral("p1")), 4);
    }

    void realPrometheus()
    {
        QString base;
        REQUIRE_SERVICE_ENV("INFRADECK_TEST_PROMETHEUS_URL", base);
        QNetworkAccessManager network;
        PrometheusOptions options;
        options.baseUrl = QUrl(base);
        PrometheusClient client(&network, options);
        PrometheusJob *job = client.alerts();
        QSignalSpy spy(job, &PrometheusJob::finished);
        QVERIFY(spy.wait(10000));
        QVERIFY2(job->ok(), qPrintable(job->error().toString()));
        AlertsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAlerts(job->response().alerts, true);
        // The test Prometheus has no alerting rules: an empty, valid model.
        QCOMPARE(model.rowCount(), int(job->response().alerts.size()));
    }
};

QTEST_MAIN(TestAlertsModel)
#include "TestAlertsModel.moc"
