// TelemetryView: the host dashboard against the REAL Prometheus + node exporter (screenshot saved), per-panel error
// states (a port nothing listens on, a server stopped mid-session, a bad query's own error text next to working
// panels), credentials from the REAL keychain checked by a local server, workspace dashboards, the time-range
// picker; TimeSeriesChart's hover read-out, NaN/±Inf gaps and redraw time for 20 × 11,000 points.
#include "charts/TimeSeriesChart.h"
#include "secrets/CredentialStore.h"
#include "telemetry/AlertsModel.h"
#include "telemetry/TargetsModel.h"
#include "telemetry/TelemetryPanel.h"
#include "telemetry/TelemetryView.h"
#include "workspace/Workspace.h"

#include "TestSupport.h"
#include "unit/telemetry/FakePrometheus.h"

#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QSettings>
#include <QTreeView>
#include <QUuid>

#include <QLegend>
#include <QLegendMarker>

#include <cmath>
#include <limits>

using namespace Infradeck;

namespace {

QString writeWorkspace(const QTemporaryDir &dir, const QString &prometheus, const QString &hostAddress, const QByteArray &extra = {})
{
    const QString path = dir.filePath(QStringLiteral("infradeck.yaml"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write("name: Telemetry test\nversion: 1\nenvironments:\n  - name: production\n    prometheus: " + prometheus.toUtf8() +
            "\n    hosts:\n      - { name: web-1, address: " + hostAddress.toUtf8() + ", port: 22, user: deploy }\n" + extra);
    return path;
}

// A workspace whose dashboard "Mixed" has three panels: two good queries around a bad one.
QString writeMixedWorkspace(const QTemporaryDir &dir, const QString &prometheus, const QByteArray &badQuery, const QByteArray &extraEnv = {})
{
    const QString path = dir.filePath(QStringLiteral("infradeck.yaml"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write("name: Panel states\nversion: 1\nenvironments:\n  - name: production\n    prometheus: " + prometheus.toUtf8() + "\n" + extraEnv +
            "dashboards:\n  - name: Mixed\n    panels:\n"
            "      - title: Good one\n        query: up\n"
            "      - title: Broken\n        query: '" + badQuery + "'\n"
            "      - title: Good two\n        query: 'rate(node_cpu_seconds_total[1m])'\n");
    return path;
}

// Serves query_range (a bad query: HTTP 400 with Prometheus's own error body), alerts and targets like Prometheus.
void serveLikePrometheus(TestSupport::FakePrometheus &server, const QByteArray &requiredAuthorization = {})
{
    server.handler = [requiredAuthorization](const TestSupport::PromRequest &r) {
        using TestSupport::FakePrometheus;
        if (!requiredAuthorization.isEmpty() && r.authorization != requiredAuthorization)
            return TestSupport::PromAnswer{401, FakePrometheus::error("unauthorized", "missing or wrong credentials"), false};
        if (r.path == QLatin1String("/api/v1/alerts")) {
            QFile f(TestSupport::testData(QStringLiteral("telemetry/alerts__activeAlerts.json")));
            return TestSupport::PromAnswer{200, f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray(), false};
        }
        if (r.path == QLatin1String("/api/v1/targets")) {
            QFile f(TestSupport::testData(QStringLiteral("telemetry/targets__targetsList.json")));
            return TestSupport::PromAnswer{200, f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray(), false};
        }
        const QString query = r.params.queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded);
        if (query.startsWith(QLatin1String("sum(")))
            return TestSupport::PromAnswer{400, FakePrometheus::error("bad_data", "invalid parameter \\\"query\\\": 1:5: parse error: unexpected end of input"), false};
        const double start = r.params.queryItemValue(QStringLiteral("start")).toDouble();
        const double step = r.params.queryItemValue(QStringLiteral("step")).toDouble();
        return TestSupport::PromAnswer{200, FakePrometheus::matrix({{"1", "2", "NaN", "4", "5"}, {"3", "3", "3", "+Inf", "3"}}, start, step), false};
    };
}

using TestSupport::runUntil;

quint16 unusedPort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    const quint16 port = s.serverPort();
    s.close();
    return port;
}

} // namespace

class TestTelemetryView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostDashboardAgainstRealPrometheus()
    {
        QString base, instance;
        REQUIRE_SERVICE_ENV("INFRADECK_TEST_PROMETHEUS_URL", base);
        REQUIRE_SERVICE_ENV("INFRADECK_TEST_NODE_EXPORTER", instance);
        QTemporaryDir dir;
        Errors problems;
        const Workspace ws = Workspace::load(writeWorkspace(dir, base, instance.section(QLatin1Char(':'), 0, 0)), problems);
        QVERIFY(ws.isValid());
        TelemetryView view;
        QCOMPARE(view.title(), QStringLiteral("Telemetry"));
        view.resize(1280, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setRangeSeconds(900);
        view.setEnvironment(ws, ws.environment(QStringLiteral("production")));
        QCOMPARE(view.panels().size(), 4);

        // The first rate() data comes ~7 s after the services start: refresh until CPU, memory and network chart.
        QElapsedTimer timer;
        timer.start();
        auto ready = [&] {
            for (TelemetryPanel *p : view.panels())
                if (p->state() != TelemetryPanel::State::Ready)
                    return false;
            return true;
        };
        while (timer.elapsed() < 30000) {
            QSignalSpy spy(&view, &TelemetryView::refreshed);
            view.refresh();
            QVERIFY(spy.wait(15000));
            if (ready())
                break;
            QTest::qWait(1000);
        }
        for (TelemetryPanel *p : view.panels())
            QVERIFY2(p->state() == TelemetryPanel::State::Ready,
                     qPrintable(p->panel().title + QStringLiteral(": ") + p->errorText() + QStringLiteral(" / ") + p->chart()->message() +
                                QStringLiteral(" / ") + p->lastQueries().join(QLatin1Char(' '))));
        TelemetryPanel *cpu = view.panels().first();
        QVERIFY(cpu->chart()->seriesCount() >= 1);
        QVERIFY(cpu->chart()->pointsDrawn() > 0);
        QVERIFY2(cpu->lastQueries().first().contains(QStringLiteral("127\\\\.0\\\\.0\\\\.1")), qPrintable(cpu->lastQueries().first()));
        // Targets: the node exporter, up; its 1 s scrape interval is used for $__rate_interval from then on.
        QAbstractItemModel *targets = view.targetsTree()->model();
        QCOMPARE(targets->rowCount(), 1);
        QCOMPARE(targets->index(0, TargetsModel::InstanceColumn).data().toString(), instance);
        QCOMPARE(targets->index(0, TargetsModel::HealthColumn).data().toString(), QStringLiteral("up"));
        QCOMPARE(view.targetsStatusText(), QStringLiteral("The target is up."));
        QCOMPARE(view.scrapeIntervalSeconds(), qint64(1));
        QCOMPARE(view.alertsTree()->model()->rowCount(), 0);
        QCOMPARE(view.alertsStatusText(), QStringLiteral("No alerts firing."));
        QVERIFY(view.statusText().startsWith(QStringLiteral("Updated")));

        // Hover read-out: move over the middle of the CPU plot.
        QChartView *chartView = cpu->chart()->chartView();
        const QRectF plot = chartView->chart()->plotArea();
        const QPoint pos = chartView->mapFromScene(chartView->chart()->mapToScene(plot.center()));
        QMouseEvent move(QEvent::MouseMove, QPointF(pos), QPointF(chartView->viewport()->mapToGlobal(pos)), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
        QCoreApplication::sendEvent(chartView->viewport(), &move);
        QTRY_VERIFY(cpu->chart()->readout().contains(QStringLiteral(" %")));

        QTest::qWait(200);
        const QString shots = QStringLiteral(INFRADECK_BINARY_DIR) + QStringLiteral("/screenshots");
        QDir().mkpath(shots);
        const QString png = shots + QStringLiteral("/telemetry-view.png");
        QVERIFY(view.grab().save(png));
        QVERIFY(QFileInfo(png).size() > 10000);
        qInfo("screenshot: %s (data after %lld ms)", qPrintable(png), timer.elapsed());
    }

    void unreachablePrometheusShowsPanelErrors()
    {
        QTemporaryDir dir;
        Errors problems;
        const Workspace ws = Workspace::load(writeWorkspace(dir, QStringLiteral("http://127.0.0.1:%1").arg(unusedPort()), QStringLiteral("10.0.0.1")), problems);
        TelemetryView view;
        view.resize(1000, 700);
        QSignalSpy spy(&view, &TelemetryView::refreshed);
        view.setEnvironment(ws, ws.environment(QStringLiteral("production")));
        QVERIFY(spy.wait(15000));
        for (TelemetryPanel *p : view.panels()) {
            QCOMPARE(p->state(), TelemetryPanel::State::Failed);
            QVERIFY(p->chart()->showsMessage());
            QVERIFY2(p->chart()->message().contains(QStringLiteral("unreachable")), qPrintable(p->chart()->message()));
        }
        QVERIFY2(view.targetsStatusText().startsWith(QStringLiteral("Cannot load the targets")), qPrintable(view.targetsStatusText()));
        QVERIFY2(view.alertsStatusText().contains(QStringLiteral("unreachable")), qPrintable(view.alertsStatusText()));
        QCOMPARE(view.targetsTree()->model()->rowCount(), 0);
        QVERIFY2(view.statusText().contains(QStringLiteral("4 of 4 panels failed")), qPrintable(view.statusText()));
    }

    void noPrometheusAndWorkspaceDashboards()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("infradeck.yaml"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name: x\nversion: 1\nenvironments:\n  - name: staging\n"
                "dashboards:\n  - name: Web\n    environments: [staging]\n    panels:\n      - title: Requests\n        query: up\n"
                "  - name: Other\n    environments: [production]\n    panels:\n      - query: up\n");
        f.close();
        Errors problems;
        const Workspace ws = Workspace::load(path, problems);
        TelemetryView view;
        view.setEnvironment(ws, ws.environment(QStringLiteral("staging")));
        QCOMPARE(view.dashboardNames(), (QStringList{QStringLiteral("Hosts"), QStringLiteral("Web")}));
        QVERIFY(view.statusText().contains(QStringLiteral("prometheus")));
        view.selectDashboard(1);
        QCOMPARE(view.panels().size(), 1);
        QCOMPARE(view.panels().first()->panel().title, QStringLiteral("Requests"));
        view.setEnvironment(ws, nullptr);
        QCOMPARE(view.statusText(), QStringLiteral("No environment selected."));
        view.setCustomRange(QDateTime::currentDateTime(), QDateTime::currentDateTime().addSecs(-60));
        QVERIFY(view.findChild<QComboBox *>(QStringLiteral("rangeComboBox"))->currentData().toLongLong() < 0);
    }

    void chartReadoutAndRedrawTime()
    {
        TimeSeriesChart chart;
        chart.resize(900, 500);
        chart.setTitle(QStringLiteral("bench"));
        chart.setValueFormatter([](double v) -> QString { return QString::number(v, 'f', 1) + QStringLiteral(" %"); }, QStringLiteral("%"));
        chart.setThresholds({ThresholdLine{80, Qt::red, QStringLiteral("high")}});
        QList<TimeSeriesLine> lines;
        const double t0 = 1700000000;
        for (int s = 0; s < 20; ++s) {
            TimeSeriesLine l{QStringLiteral("series %1").arg(s), {}, {}};
            for (int i = 0; i < 11000; ++i) {
                l.times << t0 + i * 15;
                l.values << 50 + 30 * std::sin(i * 0.01 + s) + (i == 5000 ? 40 : 0);
            }
            lines << l;
        }
        chart.setTimeRange(QDateTime::fromSecsSinceEpoch(qint64(t0)), QDateTime::fromSecsSinceEpoch(qint64(t0 + 10999 * 15)));
        chart.setSeries(lines);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QTest::qWait(50);
        QVERIFY2(chart.pointsDrawn() <= 20 * 4 * 900, qPrintable(QString::number(chart.pointsDrawn())));
        QVERIFY(chart.pointsDrawn() > 20 * 100);
        QCOMPARE(chart.readoutAt(t0 + 15 * 5000).section(QStringLiteral(" · "), 1, 1), QStringLiteral("series 0: %1 %").arg(50 + 30 * std::sin(50.0) + 40, 0, 'f', 1));
        QImage image(chart.size(), QImage::Format_ARGB32_Premultiplied);
        QElapsedTimer t;
        t.start();
        const int frames = 10;
        for (int i = 0; i < frames; ++i)
            chart.render(&image);
        const double perFrame = double(t.elapsed()) / frames;
        qInfo("20 x 11000 points (%lld drawn): %.1f ms per frame", qint64(chart.pointsDrawn()), perFrame);
        chart.setMessage(QStringLiteral("query error"));
        QVERIFY(chart.showsMessage());
        QCOMPARE(chart.message(), QStringLiteral("query error"));
    }

    void badQueryAndStoppedServerPerPanel()
    {
        TestSupport::FakePrometheus server;
        serveLikePrometheus(server);
        QTemporaryDir dir;
        Errors problems;
        const Workspace ws = Workspace::load(writeMixedWorkspace(dir, server.url().toString(), "sum("), problems);
        QVERIFY2(ws.isValid(), qPrintable(problems.value(0).toString()));
        TelemetryView view;
        view.resize(1200, 800);
        view.setRequestTimeoutMs(3000);
        QSignalSpy spy(&view, &TelemetryView::refreshed);
        view.setEnvironment(ws, ws.environment(QStringLiteral("production")));
        QVERIFY(spy.wait(5000)); // the built-in host dashboard first
        spy.clear();
        view.selectDashboard(view.dashboardNames().indexOf(QStringLiteral("Mixed")));
        QVERIFY(spy.wait(5000));
        QCOMPARE(view.panels().size(), 3);
        TelemetryPanel *good = view.panels().at(0), *bad = view.panels().at(1), *good2 = view.panels().at(2);
        // The bad query's panel shows the server's own error text; the others chart their data.
        QCOMPARE(bad->state(), TelemetryPanel::State::Failed);
        QVERIFY(bad->chart()->showsMessage());
        QVERIFY2(bad->chart()->message().contains(QStringLiteral("parse error: unexpected end of input")), qPrintable(bad->chart()->message()));
        QVERIFY2(bad->chart()->message().contains(QStringLiteral("bad_data")) || bad->chart()->message().contains(QStringLiteral("400")),
                 qPrintable(bad->chart()->message()));
        for (TelemetryPanel *p : {good, good2}) {
            QCOMPARE(p->state(), TelemetryPanel::State::Ready);
            QVERIFY(!p->chart()->showsMessage());
            QCOMPARE(p->chart()->seriesCount(), 2);
        }
        QVERIFY2(view.statusText().contains(QStringLiteral("1 of 3 panels failed")), qPrintable(view.statusText()));
        // Alerts and targets from the fake, as models.
        QCOMPARE(view.alertsModel()->rowCount(), 1);
        QCOMPARE(view.alertsTree()->model()->index(0, AlertsModel::NameColumn).data().toString(), QStringLiteral("Watchdog"));
        QCOMPARE(view.alertsStatusText(), QStringLiteral("1 firing, 0 pending."));
        QCOMPARE(view.targetsModel()->rowCount(), 1);

        // The server stops: every panel says "unreachable" within the timeout, the refresh does not hang.
        server.stop();
        spy.clear();
        QElapsedTimer timer;
        timer.start();
        view.refresh();
        QVERIFY(spy.wait(5000));
        QVERIFY2(timer.elapsed() < 3000 + 1000, qPrintable(QString::number(timer.elapsed())));
        for (TelemetryPanel *p : view.panels()) {
            QCOMPARE(p->state(), TelemetryPanel::State::Failed);
            QVERIFY2(p->chart()->message().contains(QStringLiteral("unreachable")), qPrintable(p->chart()->message()));
        }
        QVERIFY2(view.alertsStatusText().contains(QStringLiteral("unreachable")), qPrintable(view.alertsStatusText()));
        QCOMPARE(view.alertsModel()->rowCount(), 0);
    }

    void hangingServerTimesOutPerPanel()
    {
        TestSupport::FakePrometheus server;
        serveLikePrometheus(server);
        auto answer = server.handler;
        // Only the broken panel's query hangs: it times out, the others are ready long before.
        server.handler = [answer](const TestSupport::PromRequest &r) {
            if (r.params.queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded) == QLatin1String("slow_query"))
                return TestSupport::PromAnswer{200, {}, true};
            return answer(r);
        };
        QTemporaryDir dir;
        Errors problems;
        const Workspace ws = Workspace::load(writeMixedWorkspace(dir, server.url().toString(), "slow_query"), problems);
        TelemetryView view;
        view.setRequestTimeoutMs(1500);
        QSignalSpy spy(&view, &TelemetryView::refreshed);
        view.setEnvironment(ws, ws.environment(QStringLiteral("production")));
        QVERIFY(spy.wait(5000));
        spy.clear();
        view.selectDashboard(view.dashboardNames().indexOf(QStringLiteral("Mixed")));
        QTRY_COMPARE_WITH_TIMEOUT(view.panels().at(0)->state(), TelemetryPanel::State::Ready, 1000);
        QCOMPARE(view.panels().at(1)->state(), TelemetryPanel::State::Loading);
        QVERIFY(spy.wait(4000));
        QCOMPARE(view.panels().at(1)->state(), TelemetryPanel::State::Failed);
        QVERIFY2(view.panels().at(1)->chart()->message().contains(QStringLiteral("did not answer within 1.5 s")),
                 qPrintable(view.panels().at(1)->chart()->message()));
        QCOMPARE(view.panels().at(2)->state(), TelemetryPanel::State::Ready);
    }

    void badQueryAgainstRealPrometheus()
    {
        QString base;
        REQUIRE_SERVICE_ENV("INFRADECK_TEST_PROMETHEUS_URL", base);
        QTemporaryDir dir;
        Errors problems;
        const Workspace ws = Workspace::load(writeMixedWorkspace(dir, base, "sum("), problems);
        TelemetryView view;
        view.resize(1200, 800);
        QSignalSpy spy(&view, &TelemetryView::refreshed);
        view.setEnvironment(ws, ws.environment(QStringLiteral("production")));
        QVERIFY(spy.wait(15000));
        spy.clear();
        view.selectDashboard(view.dashboardNames().indexOf(QStringLiteral("Mixed")));
        QVERIFY(spy.wait(15000));
        TelemetryPanel *bad = view.panels().at(1);
        QCOMPARE(bad->state(), TelemetryPanel::State::Failed);
        QVERIFY2(bad->chart()->message().contains(QStringLiteral("parse error")), qPrintable(bad->chart()->message()));
        QCOMPARE(view.panels().at(0)->state(), TelemetryPanel::State::Ready); // up{} always has data
        QVERIFY(view.panels().at(2)->state() != TelemetryPanel::State::Failed);
    }

    void credentialsFromTheKeychain()
    {
        QString bus;
        REQUIRE_SERVICE_ENV("DBUS_SESSION_BUS_ADDRESS", bus);
        if (!TestSupport::servicesRequired())
            QSKIP("writes only into the private test keyring started by ./scripts/test");
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        CredentialStore store(nullptr, &settings);
        const QString workspaceName = QStringLiteral("Telemetry ") + QUuid::createUuid().toString(QUuid::Id128).left(8);
        CredentialStore::Key key;
        key.workspace = CredentialStore::workspaceId(workspaceName);
        key.environment = QStringLiteral("production");
        key.name = QStringLiteral("prom-reader");
        const QByteArray password = "pw-" + QUuid::createUuid().toByteArray(QUuid::Id128);
        auto stored = runUntil<Errors>([&](auto cb) { store.store(key, SecureBytes(QByteArray(QByteArray("basic reader:") + password)), cb); });
        QVERIFY(stored && !hasErrors(*stored));

        TestSupport::FakePrometheus server;
        const QByteArray expected = QByteArray("Basic ") + QByteArray(QByteArray("reader:") + password).toBase64();
        serveLikePrometheus(server, expected);
        const QString path = dir.filePath(QStringLiteral("infradeck.yaml"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("name: " + workspaceName.toUtf8() + "\nversion: 1\nenvironments:\n  - name: production\n    prometheus: " +
                    server.url().toString().toUtf8() + "\n    tokens: { prometheus: keychain:prom-reader }\n"
                    "  - name: staging\n    prometheus: " + server.url().toString().toUtf8() + "\n    tokens: { prometheus: keychain:missing }\n");
        }
        Errors problems;
        const Workspace ws = Workspace::load(path, problems);
        QVERIFY2(ws.isValid() && !hasErrors(problems), qPrintable(problems.value(0).toString()));
        TelemetryView view;
        view.setCredentialStore(&store);
        QSignalSpy spy(&view, &TelemetryView::refreshed);
        view.setEnvironment(ws, ws.environment(QStringLiteral("production")));
        QVERIFY(!view.hasClient()); // not before the keychain answered
        QVERIFY2(view.statusText().contains(QStringLiteral("keychain")), qPrintable(view.statusText()));
        QVERIFY(spy.wait(15000));
        QVERIFY(!server.seen.isEmpty());
        for (const TestSupport::PromRequest &r : server.seen)
            QCOMPARE(r.authorization, expected); // every request: panels, alerts, targets
        for (TelemetryPanel *p : view.panels())
            QVERIFY2(p->state() == TelemetryPanel::State::Ready, qPrintable(p->errorText()));
        QCOMPARE(view.targetsModel()->rowCount(), 1);
        // The password is shown nowhere.
        QVERIFY(!view.statusText().contains(QString::fromLatin1(password)));

        // An entry the keychain does not hold: the panels say so, nothing is asked of Prometheus.
        const qsizetype requests = server.seen.size();
        view.setEnvironment(ws, ws.environment(QStringLiteral("staging")));
        QTRY_VERIFY_WITH_TIMEOUT(view.statusText().startsWith(QStringLiteral("Cannot use the Prometheus credentials")), 15000);
        QVERIFY2(view.statusText().contains(QStringLiteral("missing")), qPrintable(view.statusText()));
        for (TelemetryPanel *p : view.panels())
            QVERIFY2(p->chart()->message().contains(QStringLiteral("credentials")), qPrintable(p->chart()->message()));
        QVERIFY(!view.hasClient());
        QCOMPARE(server.seen.size(), requests);

        auto removed = runUntil<Errors>([&](auto cb) { store.remove(key, cb); });
        QVERIFY(removed && !hasErrors(*removed));
    }

    void nanAndInfBreakTheLine()
    {
        TimeSeriesChart chart;
        chart.resize(800, 400);
        const double nan = std::numeric_limits<double>::quiet_NaN(), inf = std::numeric_limits<double>::infinity();
        const double t0 = 1700000000;
        TimeSeriesLine a{QStringLiteral("a"), {}, {1, 2, 3, nan, 5, 6, 7}};
        TimeSeriesLine b{QStringLiteral("b"), {}, {1, inf, 1, 1, -inf, 1, 1}};
        for (int i = 0; i < 7; ++i) {
            a.times << t0 + i * 60;
            b.times << t0 + i * 60;
        }
        chart.setTimeRange(QDateTime::fromSecsSinceEpoch(qint64(t0)), QDateTime::fromSecsSinceEpoch(qint64(t0 + 360)));
        chart.setSeries({a, b});
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QTest::qWait(20);
        // a: two segments around the NaN, not a drop to zero.
        const auto segA = chart.drawnSegments(0);
        QCOMPARE(segA.size(), 2);
        QCOMPARE(segA[0].size(), 3);
        QCOMPARE(segA[1].size(), 3);
        QCOMPARE(segA[0].last().y(), 3.0);
        QCOMPARE(segA[1].first().y(), 5.0);
        for (const auto &seg : segA)
            for (const QPointF &p : seg)
                QVERIFY(p.y() != 0);
        // b: +Inf and -Inf are gaps too: three segments.
        QCOMPARE(chart.drawnSegments(1).size(), 3);
        QCOMPARE(chart.pointsDrawn(), qsizetype(6 + 5));
        // The read-out names the value as the API spells it.
        const QString at3 = chart.readoutAt(t0 + 180);
        QVERIFY2(at3.contains(QStringLiteral("a: NaN")), qPrintable(at3));
        QVERIFY2(chart.readoutAt(t0 + 60).contains(QStringLiteral("b: +Inf")), qPrintable(chart.readoutAt(t0 + 60)));
        QVERIFY2(chart.readoutAt(t0 + 240).contains(QStringLiteral("b: -Inf")), qPrintable(chart.readoutAt(t0 + 240)));
        // With a unit formatter too.
        chart.setValueFormatter([](double v) -> QString { return QString::number(v, 'f', 1) + QStringLiteral(" %"); });
        QVERIFY2(chart.readoutAt(t0 + 180).contains(QStringLiteral("a: NaN")), qPrintable(chart.readoutAt(t0 + 180)));
        // Only one legend entry per series, however many segments.
        int visibleMarkers = 0;
        for (QLegendMarker *m : chart.chartView()->chart()->legend()->markers())
            visibleMarkers += m->isVisible();
        QCOMPARE(visibleMarkers, 2);
        // Data again without gaps: the extra segments are emptied.
        chart.setSeries({TimeSeriesLine{QStringLiteral("a"), a.times, {1, 2, 3, 4, 5, 6, 7}}});
        QTest::qWait(20);
        QCOMPARE(chart.drawnSegments(0).size(), 1);
    }
};

QTEST_MAIN(TestTelemetryView)
#include "TestTelemetryView.moc"
