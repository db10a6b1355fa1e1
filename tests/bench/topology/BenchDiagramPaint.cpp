// Paint time per frame of a 10,000-node laid-out diagram at several zoom levels, rendered offscreen into a
// 1280x800 QImage while panning: DiagramView's own painter versus the same content as QGraphicsView items
// (the measurement behind choosing the custom painter).
//
//   QT_QPA_PLATFORM=offscreen BenchDiagramPaint [NODES]

#include "topology/ActionStyle.h"
#include "topology/DiagramView.h"
#include "unit/topology/RandomGraph.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsView>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cstdio>

using namespace Infradeck;

namespace {

struct Frames
{
    double mean = 0;
    double worst = 0;
};

template<typename PaintFrame>
Frames measure(int frames, PaintFrame paintFrame)
{
    QImage image(1280, 800, QImage::Format_ARGB32_Premultiplied);
    std::vector<double> times;
    for (int i = 0; i < frames + 2; ++i) {
        QElapsedTimer timer;
        timer.start();
        {
            QPainter painter(&image);
            paintFrame(painter, i);
        }
        if (i >= 2) // warm-up frames build caches (minimap, glyphs)
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    Frames f;
    for (double t : times)
        f.mean += t / double(times.size());
    f.worst = *std::max_element(times.begin(), times.end());
    return f;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int nodes = argc > 1 ? std::atoi(argv[1]) : 10000;
    TestSupport::RandomGraphOptions options;
    options.nodes = nodes;
    options.clustered = 0.7;
    options.nestedShare = 0.3;
    const Graph graph = TestSupport::randomGraph(quint32(1000 + nodes), options);
    QElapsedTimer timer;
    timer.start();
    const auto layout = LayeredLayout::layout(graph);
    std::printf("graph: %d nodes, %d edges, %zu clusters; layout %.0f ms; scene %.0f x %.0f\n", graph.nodeCount(),
                graph.edgeCount(), layout.clusters.size(), double(timer.elapsed()), layout.bounds.width(),
                layout.bounds.height());

    DiagramView view;
    view.resize(1280, 800);
    view.setDiagram(graph, layout);
    view.fitToView();
    const double fit = view.zoom();

    // The same content as QGraphicsView items.
    QGraphicsScene scene;
    scene.setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    for (const auto &box : layout.clusters)
        scene.addRect(box.rect, QPen(QColor(0x90, 0xa4, 0xae)), QColor(0xec, 0xef, 0xf1, 110));
    for (const auto &route : layout.routes) {
        QPainterPath path;
        path.addPolygon(QPolygonF(route.points));
        scene.addPath(path, QPen(QColor(0x60, 0x7d, 0x8b)));
    }
    for (int i = 0; i < graph.nodeCount(); ++i) {
        const auto &n = graph.node(i);
        auto *rect = scene.addRect(layout.nodes[size_t(i)], QPen(QColor::fromString(ActionStyle::strokeColor(n.action))),
                                   QColor::fromString(ActionStyle::fillColor(n.action)));
        auto *text = new QGraphicsSimpleTextItem(n.id, rect);
        text->setPos(layout.nodes[size_t(i)].topLeft() + QPointF(18, 8));
    }
    QGraphicsView gview(&scene);
    gview.resize(1280, 800);
    gview.setRenderHint(QPainter::Antialiasing);
    gview.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    gview.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    gview.setFrameShape(QFrame::NoFrame);
    gview.show(); // the viewport only gets its 1280x800 geometry once shown (offscreen platform is fine)
    QApplication::processEvents();

    std::printf("%-10s %-8s %14s %14s %14s %14s\n", "zoom", "labels", "custom_mean_ms", "custom_max_ms", "gview_mean_ms",
                "gview_max_ms");
    const QRectF bounds = layout.bounds;
    for (double zoom : {fit, 0.1, 0.3, 0.5, 1.0, 2.0}) {
        const int frames = 30;
        const Frames custom = measure(frames, [&](QPainter &painter, int i) {
            view.setZoom(zoom, QPointF(0, 0));
            view.centerOn(QPointF(bounds.left() + bounds.width() * (0.2 + 0.6 * i / frames), bounds.center().y()));
            view.paintViewport(painter, QSize(1280, 800));
        });
        const Frames items = measure(frames, [&](QPainter &painter, int i) {
            gview.resetTransform();
            gview.scale(zoom, zoom);
            gview.centerOn(QPointF(bounds.left() + bounds.width() * (0.2 + 0.6 * i / frames), bounds.center().y()));
            gview.render(&painter, QRectF(0, 0, 1280, 800), gview.viewport()->rect());
        });
        std::printf("%-10.3f %-8s %14.2f %14.2f %14.2f %14.2f\n", zoom, zoom >= 0.45 ? "yes" : "no", custom.mean,
                    custom.worst, items.mean, items.worst);
        std::fflush(stdout);
    }
    return 0;
}
