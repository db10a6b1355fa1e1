// The topology diagram: paints a laid-out Graph with its own painter, with pan, zoom, fit, minimap, level of
// detail, search, selection, focus on double-click and expansion of collapsed module clusters.
// Why not QGraphicsView: measured with tests/bench/topology/BenchDiagramPaint (10,000 nodes, 1280x800), the
// own painter is ~2× faster at the overview zoom where large graphs are mostly seen (batched rectangles, no
// per-item overhead) and needs no 30,000 QGraphicsItems; QGraphicsView was up to ~1.6× faster at mid zoom.
// Edges dominate paint time there; see the level-of-detail switches in paintScene.
// Frame time: like a map viewer, the scene around the viewport (2x the viewport, device-pixel-ratio aware) is
// kept rendered in an image keyed by scale + a content generation (layout, selection, highlight, palette).
// Panning blits from it and re-renders the next cache on the pool before the viewport leaves it; wheel/pinch
// zoom draws the cache scaled and re-renders sharply after 120 ms without zooming.
#pragma once

#include "topology/Graph.h"
#include "topology/LayeredLayout.h"

#include <QFuture>
#include <QImage>
#include <QPointF>
#include <QSet>
#include <QTimer>
#include <QWidget>

#include <memory>

class QGestureEvent;

namespace Infradeck {

class DiagramView : public QWidget
{
    Q_OBJECT

public:
    explicit DiagramView(QWidget *parent = nullptr);
    ~DiagramView() override;

    // Shows graph: modules larger than collapseThreshold() are collapsed, the layout runs on the pool and
    // layoutFinished() is emitted when it is shown.
    void setGraph(const Graph &graph);
    // Shows an already laid-out graph as is (no collapsing, no background work).
    void setDiagram(const Graph &graph, const LayeredLayout::Result &layout);

    const Graph &shownGraph() const { return m_shown; }
    const LayeredLayout::Result &currentLayout() const { return m_layout; }
    bool isLayingOut() const { return m_running.isRunning(); }

    int collapseThreshold() const { return m_collapseThreshold; }
    void setCollapseThreshold(int nodes);
    void expandCluster(const QString &key);

    // Double-click does this: only the node's neighbourhood within hops (both directions). showAll() undoes.
    void showFocus(const QString &address, int hops = 2);
    void showAll();
    QString focusedNode() const { return m_focus; }

    QString selectedNode() const { return m_selected; }
    // Selects, centres and highlights the first node whose address contains text (case-insensitive).
    bool search(const QString &text);

    double zoom() const { return m_scale; }
    void setZoom(double scale, const QPointF &widgetAnchor);
    void fitToView();
    void centerOn(const QPointF &scenePoint);
    QPointF mapToScene(const QPointF &widgetPoint) const;
    QPointF mapFromScene(const QPointF &scenePoint) const;
    QString nodeAt(const QPointF &widgetPoint) const;

    // The whole diagram at the given scale with labels, legend included (PNG export).
    QImage renderImage(double scale = 1.0) const;
    bool exportPng(const QString &path, double scale = 1.0) const;

    // Paints the current viewport into painter (what paintEvent does; used by the paint benchmark).
    void paintViewport(QPainter &painter, const QSize &size);

    // The render cache (on by default). Off: every frame renders the scene (tests compare both).
    void setRenderCacheEnabled(bool enabled);
    bool isRenderCacheEnabled() const { return m_cacheEnabled; }
    // How the last paintViewport frame was made (for the benchmark and tests).
    enum class FrameKind { Direct, CacheHit, CacheScaled, CacheMiss };
    FrameKind lastFrameKind() const { return m_lastFrame; }
    // True while a cache image is being rendered on the pool; waitForCache blocks until it is installed.
    bool isCacheRendering() const { return m_cacheJob.isRunning(); }
    void waitForCache();

    QSize sizeHint() const override { return {900, 600}; }

public Q_SLOTS:
    void selectNode(const QString &address);

Q_SIGNALS:
    void nodeSelected(const QString &address);
    void nodeActivated(const QString &address); // double-click
    void clusterExpanded(const QString &key);
    void layoutFinished();

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

    void changeEvent(QEvent *event) override;

private:
    // What the painter needs from a laid-out graph, immutable once made so the pool can render it.
    struct Scene
    {
        Graph graph;
        LayeredLayout::Result layout;
        std::vector<QRectF> routeBounds;
        double routeAreaSum = 0, routeWidthSum = 0, routeHeightSum = 0; // for the level-of-detail estimate
    };
    struct Decorations
    {
        QString selected;
        QString highlighted;
    };
    struct CacheImage
    {
        QImage image;
        QRectF sceneRect; // scene area it shows
        double scale = 0;
        quint64 generation = 0;
    };
    static void paintScene(QPainter &painter, const Scene &scene, const Decorations &decor, const QRectF &visible,
                           double scale, bool forceLabels, const QSizeF &lodViewport);
    static CacheImage renderCache(const Scene &scene, const Decorations &decor, const QColor &background,
                                  const QRectF &sceneRect, QSize pixels, double scale, double dpr, quint64 generation,
                                  const CacheImage &previous);
    CacheImage cacheFor(const QSize &size, double dpr) const; // an empty cache image around the viewport
    void startCacheJob(const QSize &size, double dpr);
    void invalidateCache();
    void relayout();
    void applyLayout(Graph graph, LayeredLayout::Result layout);
    void paintLegend(QPainter &painter) const;
    void paintMinimap(QPainter &painter);
    QRect minimapRect() const;
    bool handleGesture(QGestureEvent *event);
    void updateAccessibleDescription();

    Graph m_source;  // as given
    Graph m_shown;   // after focus and collapsing
    LayeredLayout::Result m_layout;
    QSet<QString> m_expanded;
    int m_collapseThreshold = 40;
    QString m_focus;
    int m_focusHops = 2;
    QString m_selected;
    QString m_highlighted;
    struct Laid
    {
        Graph graph;
        LayeredLayout::Result layout;
    };
    QFuture<Laid> m_running;

    double m_scale = 1.0;
    QPointF m_origin; // scene point shown at the widget's top-left corner
    bool m_userMoved = false;
    QPointF m_pressPos;
    QPointF m_lastPos;
    bool m_dragging = false;
    bool m_draggingMinimap = false;
    QImage m_minimap;
    QSet<Graph::Action> m_presentActions; // for the legend

    std::shared_ptr<const Scene> m_scene;
    bool m_cacheEnabled = true;
    quint64 m_generation = 1; // bumped by layout, selection, highlight and palette changes
    CacheImage m_cache;
    QFuture<CacheImage> m_cacheJob;
    double m_cacheJobScale = 0;
    QTimer m_sharpTimer; // zoom idle: re-render sharply
    bool m_zooming = false;
    FrameKind m_lastFrame = FrameKind::Direct;
};

} // namespace Infradeck
