// TelemetryView: the host dashboard against the REAL Prometheus + node exporter (screenshot saved), per-panel error
// states against a port nothing listens on, workspace dashboards, the time-range picker; TimeSeriesChart's hover
// read-out and redraw time for 20 × 11,000 points.
#include "charts/TimeSeriesChart.h"
#include "telemetry/TelemetryPanel.h"
#include "telemetry/TelemetryView.h"
#include "workspace/Workspace.h"

#include "TestSupport.h"

#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <cmath>

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
        QTreeWidget *targets = view.targetsTree();
        QCOMPARE(targets->topLevelItemCount(), 1);
        QCOMPARE(targets->topLevelItem(0)->text(0), instance);
        QCOMPARE(targets->topLevelItem(0)->text(1), QStringLiteral("up"));
        QCOMPARE(view.scrapeIntervalSeconds(), qint64(1));
        QCOMPARE(view.alertsTree()->topLevelItem(0)->text(0), QStringLiteral("no alerts firing"));
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
        QVERIFY(view.targetsTree()->topLevelItem(0)->text(0).contains(QStringLiteral("cannot load")));
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
};

QTEST_MAIN(TestTelemetryView)
#include "TestTelemetryView.moc"
