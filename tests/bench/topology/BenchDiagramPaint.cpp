// Paint time per frame of a 10,000-node laid-out diagram, rendered offscreen into a 1280x800 QImage, for pan and
// zoom sequences at several zoom levels, with DiagramView's render cache (hits, misses and scaled frames apart,
// and the worst frame) and without it (every frame renders the scene: "direct").
// Frames are paced at 60 Hz (the event loop runs in between, so the cache renders on the pool install as they
// would in the application); only the paintViewport call is timed.
// (The choice of the custom painter over QGraphicsView was measured with the previous version of this program.)
//
//   QT_QPA_PLATFORM=offscreen BenchDiagramPaint [NODES] [PAN_PIXELS_PER_FRAME]

#include "topology/DiagramView.h"
#include "unit/topology/RandomGraph.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPainter>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <map>

using namespace Infradeck;

namespace {

constexpr QSize kViewport(1280, 800);
constexpr qint64 kFrameNs = 16'666'667;

struct Kind
{
    int frames = 0;
    double total = 0;
    double worst = 0;
    void add(double ms)
    {
        ++frames;
        total += ms;
        worst = std::max(worst, ms);
    }
    QString text() const
    {
        return frames == 0 ? QStringLiteral("-") : QStringLiteral("%1x%2/%3").arg(frames).arg(total / frames, 0, 'f', 2).arg(worst, 0, 'f', 1);
    }
};

struct Sequence
{
    std::map<DiagramView::FrameKind, Kind> kinds;
    Kind all;
};

// Runs frames steps; step(i) moves the view; paints each frame into a QImage and waits for the rest of the
// 16.7 ms frame slot with the event loop running.
Sequence run(DiagramView &view, int frames, const std::function<void(int)> &step)
{
    QImage image(kViewport, QImage::Format_ARGB32_Premultiplied);
    Sequence s;
    for (int i = 0; i < frames; ++i) {
        QElapsedTimer slot;
        slot.start();
        step(i);
        QElapsedTimer timer;
        timer.start();
        {
            QPainter painter(&image);
            view.paintViewport(painter, kViewport);
        }
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        s.kinds[view.lastFrameKind()].add(ms);
        s.all.add(ms);
        while (slot.nsecsElapsed() < kFrameNs) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
            QThread::usleep(200);
        }
    }
    return s;
}

void print(const char *what, double zoom, const Sequence &s)
{
    using K = DiagramView::FrameKind;
    auto kind = [&s](K k) { return s.kinds.count(k) ? s.kinds.at(k) : Kind(); };
    std::printf("%-6s %-8.3f %5d %8.2f %9.1f  %-16s %-16s %-16s %-16s\n", what, zoom, s.all.frames,
                s.all.total / s.all.frames, s.all.worst, qPrintable(kind(K::CacheHit).text()),
                qPrintable(kind(K::CacheMiss).text()), qPrintable(kind(K::CacheScaled).text()),
                qPrintable(kind(K::Direct).text()));
    std::fflush(stdout);
}

// The view appears: one frame painted (filling the cache), then the pool and the zoom timer settle.
void settle(DiagramView &view)
{
    QImage image(kViewport, QImage::Format_ARGB32_Premultiplied);
    {
        QPainter painter(&image);
        view.paintViewport(painter, kViewport);
    }
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 250) {
        view.waitForCache();
        QThread::msleep(5);
    }
    view.waitForCache();
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int nodes = argc > 1 ? std::atoi(argv[1]) : 10000;
    const double panStep = argc > 2 ? std::atof(argv[2]) : 24.0; // widget pixels per frame (1,440 px/s)
    TestSupport::RandomGraphOptions options;
    options.nodes = nodes;
    options.clustered = 0.7;
    options.nestedShare = 0.3;
    const Graph graph = TestSupport::randomGraph(quint32(1000 + nodes), options);
    QElapsedTimer timer;
    timer.start();
    const auto layout = LayeredLayout::layout(graph);
    std::printf("graph: %d nodes, %d edges, %zu clusters; layout %.0f ms; scene %.0f x %.0f; viewport %dx%d; pan %.0f px/frame\n",
                graph.nodeCount(), graph.edgeCount(), layout.clusters.size(), double(timer.elapsed()),
                layout.bounds.width(), layout.bounds.height(), kViewport.width(), kViewport.height(), panStep);

    DiagramView view;
    view.resize(kViewport);
    view.setDiagram(graph, layout);
    view.fitToView();
    const double fit = view.zoom();
    const QRectF bounds = layout.bounds;

    std::printf("%-6s %-8s %5s %8s %9s  %-16s %-16s %-16s %-16s\n", "seq", "zoom", "frames", "mean_ms", "worst_ms",
                "hit n x mean/max", "miss n x mean/max", "scaled", "direct (no cache)");
    for (double zoom : {fit, 0.01, 0.05, 0.1, 0.3, 0.5, 1.0, 2.0}) {
        for (bool cache : {false, true}) {
            view.setRenderCacheEnabled(cache);
            view.setZoom(zoom, QPointF(0, 0));
            view.centerOn(QPointF(bounds.left() + bounds.width() * 0.3, bounds.center().y()));
            settle(view);
            // Pan: 180 frames (3 s) to the right with a slight wobble up and down.
            const Sequence pan = run(view, 180, [&](int i) {
                view.centerOn(view.mapToScene(QPointF(kViewport.width() / 2.0 + panStep,
                                                      kViewport.height() / 2.0 + (i % 40 < 20 ? 3 : -3))));
            });
            print(cache ? "pan" : "pan-nc", zoom, pan);
        }
    }
    // Zoom: wheel steps of ×1.1 per frame, 30 in then 30 out around the centre, starting at several levels.
    for (double zoom : {fit, 0.05, 0.2, 0.5}) {
        for (bool cache : {false, true}) {
            view.setRenderCacheEnabled(cache);
            view.setZoom(zoom, QPointF(0, 0));
            view.centerOn(bounds.center());
            settle(view);
            const Sequence in = run(view, 60, [&](int i) {
                const QPointF c(kViewport.width() / 2.0, kViewport.height() / 2.0);
                view.setZoom(view.zoom() * (i < 30 ? 1.1 : 1 / 1.1), c);
            });
            print(cache ? "zoom" : "zoom-nc", zoom, in);
            // The sharp frame after the pause.
            const Sequence after = run(view, 20, [](int) {});
            print(cache ? "idle" : "idle-nc", view.zoom(), after);
        }
    }
    return 0;
}
