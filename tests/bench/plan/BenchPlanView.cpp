// Time from PlanView::openPlan until the view shows the plan (read + risk rules + graph + cost on the pool, then
// the models), and how long the UI thread is blocked meanwhile. Usage: BenchPlanView PLAN.json [runs]
#include "plan/PlanView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <cstdio>

int main(int argc, char *argv[])
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s PLAN.json [runs]\n", argv[0]);
        return 2;
    }
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QString path = QString::fromLocal8Bit(argv[1]);
    const int runs = argc > 2 ? std::max(1, atoi(argv[2])) : 3;
    for (int run = 0; run < runs; ++run) {
        Infradeck::PlanView view;
        view.resize(1400, 900);
        view.show();
        // UI-thread latency: a 1 ms timer records the longest gap between its ticks while the plan loads.
        QElapsedTimer tick;
        qint64 worstGap = 0;
        QTimer probe;
        probe.setInterval(1);
        QObject::connect(&probe, &QTimer::timeout, [&] {
            worstGap = std::max(worstGap, tick.restart());
        });
        QEventLoop loop;
        QElapsedTimer timer;
        qint64 shown = -1;
        QObject::connect(&view, &Infradeck::PlanView::planShown, &view, [&] {
            view.repaint(); // the first paint of the filled list
            shown = timer.elapsed();
        });
        QObject::connect(&view, &Infradeck::PlanView::planLoaded, &loop, &QEventLoop::quit);
        timer.start();
        tick.start();
        probe.start();
        view.openPlan(path, false);
        loop.exec();
        QCoreApplication::processEvents();
        view.repaint();
        const qint64 complete = timer.elapsed();
        probe.stop();
        std::printf("run %d: %zu changes; list shown after %lld ms; risks, cost and diagram after %lld ms; "
                    "longest UI-thread gap %lld ms\n",
                    run + 1, size_t(view.plan() ? view.plan()->changes.size() : 0), shown, complete, worstGap);
    }
    return 0;
}
