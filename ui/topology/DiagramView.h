// The topology diagram: paints a laid-out Graph with its own painter, with pan, zoom, fit, minimap, level of
// detail, search, selection, focus on double-click and expansion of collapsed module clusters.
// Why not QGraphicsView: measured with tests/bench/topology/BenchDiagramPaint (10,000 nodes, 1280x800), the
// own painter is ~2× faster at the overview zoom where large graphs are mostly seen (batched rectangles, no
// per-item overhead) and needs no 30,000 QGraphicsItems; QGraphicsView was up to ~1.6× faster at mid zoom.
// Edges dominate paint time there; see the level-of-detail switches in paintScene.
#pragma once

#include "topology/Graph.h"
#include "topology/LayeredLayout.h"

#include <QFuture>
#include <QImage>
#include <QPointF>
#include <QSet>
#include <QWidget>

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

private:
    void relayout();
    void applyLayout(Graph graph, LayeredLayout::Result layout);
    void paintScene(QPainter &painter, const QRectF &visible, double scale, bool forceLabels) const;
    void paintLegend(QPainter &painter) const;
    void paintMinimap(QPainter &painter);
    QRect minimapRect() const;
    bool handleGesture(QGestureEvent *event);
    void updateAccessibleDescription();

    Graph m_source;  // as given
    Graph m_shown;   // after focus and collapsing
    LayeredLayout::Result m_layout;
    std::vector<QRectF> m_routeBounds;
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
};

} // namespace Infradeck
