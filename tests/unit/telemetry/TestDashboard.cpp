#include "telemetry/Dashboard.h"
#include "telemetry/ValueFormat.h"
#include "workspace/Workspace.h"

#include "TestSupport.h"

#include <QTest>

using namespace Infradeck;

class TestDashboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostDashboard()
    {
        const Dashboard d = Dashboard::hostDashboard();
        QCOMPARE(d.panels.size(), 4);
        QStringList metrics;
        for (const DashboardPanel &p : d.panels)
            for (const PanelQuery &q : p.queries)
                metrics << q.expr;
        const QString all = metrics.join(QLatin1Char('\n'));
        for (const char *m : {"node_cpu_seconds_total", "node_memory_MemAvailable_bytes", "node_filesystem_avail_bytes", "node_network_receive_bytes_total",
                              "node_network_transmit_bytes_total"})
            QVERIFY2(all.contains(QLatin1String(m)), m);
        QCOMPARE(d.panels.first().unit, QStringLiteral("percent"));
        QCOMPARE(d.panels.first().thresholds.size(), 2);
        QCOMPARE(d.panels.last().unit, QStringLiteral("Bps"));
    }

    void hostsMapToInstances()
    {
        Environment env;
        env.name = QStringLiteral("production");
        env.hosts = {Host{QStringLiteral("web-1"), QStringLiteral("10.0.0.5"), 22, {}}, Host{QStringLiteral("db-1"), QStringLiteral("db.internal"), 22, {}}};
        const auto vars = Dashboard::variables(&env);
        QCOMPARE(vars.value(QStringLiteral("environment")), QStringLiteral("production"));
        // Regex over addresses and names, dots escaped for RE2 inside a PromQL string, optional port.
        QCOMPARE(vars.value(QStringLiteral("instance")), QStringLiteral("(10\\\\.0\\\\.0\\\\.5|web\\\\-1|db\\\\.internal|db\\\\-1)(:[0-9]+)?"));
        QCOMPARE(vars.value(QStringLiteral("host")), QStringLiteral("web\\\\-1|db\\\\-1"));
        const QString q = Dashboard::expand(Dashboard::hostDashboard().panels.first().queries.first().expr, vars, 30, 15);
        QVERIFY2(q.contains(QStringLiteral("instance=~\"(10\\\\.0\\\\.0\\\\.5|")), qPrintable(q));
        QVERIFY2(q.contains(QStringLiteral("[60s]")) || q.contains(QStringLiteral("[1m]")), qPrintable(q));
        QVERIFY(!q.contains(QLatin1String("{{")));
        QCOMPARE(Dashboard::variables(nullptr).value(QStringLiteral("instance")), QStringLiteral(".+"));
    }

    void expandIntervals()
    {
        const QString q = Dashboard::expand(QStringLiteral("rate(x{env=\"{{environment}}\"}[$__rate_interval]) / $__interval"),
                                            {{QStringLiteral("environment"), QStringLiteral("staging")}}, 300, 15);
        QCOMPARE(q, QStringLiteral("rate(x{env=\"staging\"}[5m15s]) / 5m"));
    }

    void legend()
    {
        PromSeries s;
        s.labels = {{QStringLiteral("__name__"), QStringLiteral("up")}, {QStringLiteral("instance"), QStringLiteral("a:9100")}};
        QCOMPARE(Dashboard::legend(QStringLiteral("{{instance}} rx"), s), QStringLiteral("a:9100 rx"));
        QCOMPARE(Dashboard::legend(QStringLiteral("{{ missing }}"), s), s.name());
        QCOMPARE(Dashboard::legend(QString(), s), QStringLiteral("up{instance=\"a:9100\"}"));
    }

    void workspaceDashboards()
    {
        const QByteArray yaml = R"(schema: 1
name: demo
environments: []
dashboards:
  - name: Web
    environments: [production]
    panels:
      - title: Requests
        query: sum(rate(http_requests_total{env="{{environment}}"}[$__rate_interval]))
        unit: reqps
        kind: area
        thresholds: [100, {value: 200, color: "#c01c28", label: too many}]
      - title: Latency
        queries:
          - expr: histogram_quantile(0.99, rate(h_bucket[5m]))
            legend: p99
          - histogram_quantile(0.5, rate(h_bucket[5m]))
        unit: seconds
        min: 0
)";
        Errors problems;
        const auto list = Dashboard::loadFromData(yaml, QStringLiteral("ws.yaml"), problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).toString()));
        QCOMPARE(list.size(), 1);
        const Dashboard &d = list.first();
        QVERIFY(d.appliesTo(QStringLiteral("production")));
        QVERIFY(!d.appliesTo(QStringLiteral("staging")));
        QCOMPARE(d.panels.size(), 2);
        QCOMPARE(d.panels[0].unit, QStringLiteral("reqps"));
        QVERIFY(d.panels[0].area);
        QCOMPARE(d.panels[0].thresholds.size(), 2);
        QCOMPARE(d.panels[0].thresholds[1].color, QStringLiteral("#c01c28"));
        QCOMPARE(d.panels[1].queries.size(), 2);
        QCOMPARE(d.panels[1].queries[0].legend, QStringLiteral("p99"));
        QCOMPARE(d.panels[1].min.value_or(-1), 0.0);
        QVERIFY(!d.panels[1].max);
    }

    void brokenDashboards_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("line");
        QTest::newRow("not a list") << QByteArray("dashboards: {a: 1}\n") << QStringLiteral("dashboards") << 1;
        QTest::newRow("no name") << QByteArray("dashboards:\n  - panels: []\n") << QStringLiteral("dashboards[0].name") << 2;
        QTest::newRow("no query") << QByteArray("dashboards:\n  - name: A\n    panels:\n      - title: x\n") << QStringLiteral("dashboards[0].panels[0].query") << 4;
        QTest::newRow("threshold text") << QByteArray("dashboards:\n  - name: A\n    panels:\n      - query: up\n        thresholds: [high]\n")
                                        << QStringLiteral("dashboards[0].panels[0].thresholds[0]") << 5;
        QTest::newRow("bad yaml") << QByteArray("dashboards: [\n") << QString() << -2;
    }
    void brokenDashboards()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, path);
        QFETCH(int, line);
        Errors problems;
        Dashboard::loadFromData(yaml, QStringLiteral("ws.yaml"), problems);
        QVERIFY(!problems.isEmpty());
        QCOMPARE(problems.first().source, QStringLiteral("ws.yaml"));
        if (!path.isEmpty())
            QCOMPARE(problems.first().path, path);
        if (line > 0)
            QCOMPARE(problems.first().line, line);
        else
            QVERIFY(problems.first().line > 0);
    }

    void noDashboardsKeyAndDemo()
    {
        Errors problems;
        QVERIFY(Dashboard::loadFromData("name: x\n", QStringLiteral("ws.yaml"), problems).isEmpty());
        QVERIFY(problems.isEmpty());
        QVERIFY(Dashboard::loadFromWorkspace(QStringLiteral("/nonexistent/ws.yaml"), problems).isEmpty());
        QCOMPARE(problems.size(), 1);
    }

    void valueFormat()
    {
        QCOMPARE(ValueFormat::format(42.123, QStringLiteral("percent")), QStringLiteral("42.1 %"));
        QCOMPARE(ValueFormat::format(1536, QStringLiteral("bytes")), QStringLiteral("1.5 KiB"));
        QCOMPARE(ValueFormat::format(3.5 * 1024 * 1024, QStringLiteral("Bps")), QStringLiteral("3.5 MiB/s"));
        QCOMPARE(ValueFormat::format(1200, QStringLiteral("reqps")), QStringLiteral("1.2 kreq/s"));
        QCOMPARE(ValueFormat::format(0.25, QStringLiteral("seconds")), QStringLiteral("250 ms"));
        QCOMPARE(ValueFormat::format(12, QString()), QStringLiteral("12"));
        QCOMPARE(ValueFormat::format(12000, QString()), QStringLiteral("12 k"));
        QCOMPARE(ValueFormat::format(std::nan(""), QStringLiteral("percent")), QStringLiteral("NaN"));
        QCOMPARE(ValueFormat::format(-std::numeric_limits<double>::infinity(), QStringLiteral("bytes")), QStringLiteral("-Inf"));
        QCOMPARE(ValueFormat::unitSuffix(QStringLiteral("Bps")), QStringLiteral("B/s"));
    }
};

QTEST_GUILESS_MAIN(TestDashboard)
#include "TestDashboard.moc"
