#include "topology/DiagramView.h"

#include "common/Async.h"
#include "topology/ActionStyle.h"

#include <QAccessible>
#include <QFontMetricsF>
#include <QGestureEvent>
#include <QImageWriter>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPainterPath>
#include <QRegion>
#include <QPinchGesture>
#include <QWheelEvent>

#include <algorithm>
#include <array>
#include <cmath>

namespace Infradeck {

namespace {

constexpr double kMinScale = 0.01;
constexpr double kMaxScale = 6.0;
constexpr double kLabelScale = 0.45;  // below this, node labels are too small to read: hidden
constexpr double kDetailScale = 0.15; // below this, nodes are flat rectangles and edges thin lines
constexpr int kMinimapNodes = 150;
constexpr double kCacheMargin = 0.5; // cache = viewport + this share of it on every side (2x the viewport)
constexpr int kSharpDelayMs = 120;   // zoom idle time before the scaled cache is replaced by a sharp render

QColor color(const QString &name)
{
    return QColor::fromString(name);
}

QFont diagramFont()
{
    QFont font;
    font.setPixelSize(11);
    return font;
}

// Catmull-Rom through the route's points as cubic Béziers; phantom end points reflect the first and last
// segments so the curve leaves and enters the nodes along the polyline (arrow heads stay aligned).
// Handles are clamped to half their segment so unevenly spaced points do not make loops or overshoots.
// (SvgWriter writes the same curve.)
std::array<QPointF, 2> splineHandles(const QList<QPointF> &points, qsizetype i)
{
    const qsizetype n = points.size();
    auto at = [&points, n](qsizetype k) {
        if (k < 0)
            return 2 * points[0] - points[1];
        if (k >= n)
            return 2 * points[n - 1] - points[n - 2];
        return points[k];
    };
    auto handle = [](QPointF v, double segment) {
        const double len = std::hypot(v.x(), v.y());
        return len > segment / 2 && len > 0 ? v * (segment / 2 / len) : v;
    };
    const QPointF d = at(i + 1) - at(i);
    const double segment = std::hypot(d.x(), d.y());
    return {at(i) + handle((at(i + 1) - at(i - 1)) / 6.0, segment), at(i + 1) - handle((at(i + 2) - at(i)) / 6.0, segment)};
}

QPainterPath splinePath(const QList<QPointF> &points)
{
    QPainterPath path(points.first());
    for (qsizetype i = 0; i + 1 < points.size(); ++i) {
        const auto h = splineHandles(points, i);
        path.cubicTo(h[0], h[1], points[i + 1]);
    }
    return path;
}

// The curve flattened into lines for the batched drawLines call (stroking thousands of Bézier paths is ~10x slower
// than lines in the raster engine, measured in BenchDiagramPaint): about one line per 10 device pixels, and only
// the pieces whose control box meets the visible area.
void appendSplineLines(std::vector<QLineF> &lines, const QList<QPointF> &points, const QRectF &visible, double scale)
{
    for (qsizetype i = 0; i + 1 < points.size(); ++i) {
        const QPointF a = points[i], b = points[i + 1];
        const auto h = splineHandles(points, i);
        const double left = std::min({a.x(), b.x(), h[0].x(), h[1].x()}), right = std::max({a.x(), b.x(), h[0].x(), h[1].x()});
        const double top = std::min({a.y(), b.y(), h[0].y(), h[1].y()}), bottom = std::max({a.y(), b.y(), h[0].y(), h[1].y()});
        if (right < visible.left() || left > visible.right() || bottom < visible.top() || top > visible.bottom())
            continue;
        const double length = (std::hypot(h[0].x() - a.x(), h[0].y() - a.y()) + std::hypot(h[1].x() - h[0].x(), h[1].y() - h[0].y())
                               + std::hypot(b.x() - h[1].x(), b.y() - h[1].y())) * scale;
        const int steps = std::clamp(int(length / 10), 1, 16);
        QPointF previous = a;
        for (int k = 1; k <= steps; ++k) {
            const double t = double(k) / steps, u = 1 - t;
            const QPointF p = k == steps ? b : u * u * u * a + 3 * u * u * t * h[0] + 3 * u * t * t * h[1] + t * t * t * b;
            lines.emplace_back(previous, p);
            previous = p;
        }
    }
}

QString shownLabel(const Graph::Node &node)
{
    QString text = node.label.isEmpty() ? node.id : node.label;
    if (node.collapsedCount > 0 && node.label.isEmpty())
        text += QStringLiteral(" (%1)").arg(node.collapsedCount);
    return text;
}

} // namespace

DiagramView::DiagramView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("topologyDiagramView"));
    setAccessibleName(tr("Topology diagram"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAttribute(Qt::WA_AcceptTouchEvents);
    grabGesture(Qt::PinchGesture);
    m_scene = std::make_shared<const Scene>();
    m_sharpTimer.setSingleShot(true);
    m_sharpTimer.setInterval(kSharpDelayMs);
    connect(&m_sharpTimer, &QTimer::timeout, this, [this] {
        m_zooming = false;
        startCacheJob(size(), devicePixelRatioF()); // sharp render on the pool; the scaled cache shows meanwhile
        update();
    });
    updateAccessibleDescription();
}

DiagramView::~DiagramView()
{
    m_running.cancel();
    m_cacheJob.cancel();
}

void DiagramView::setGraph(const Graph &graph)
{
    m_source = graph;
    m_expanded.clear();
    m_focus.clear();
    m_userMoved = false;
    relayout();
}

void DiagramView::setCollapseThreshold(int nodes)
{
    m_collapseThreshold = std::max(1, nodes);
    relayout();
}

void DiagramView::expandCluster(const QString &key)
{
    m_expanded.insert(key);
    Q_EMIT clusterExpanded(key);
    relayout();
}

void DiagramView::showFocus(const QString &address, int hops)
{
    if (!m_source.contains(address))
        return;
    m_focus = address;
    m_focusHops = hops;
    m_userMoved = false;
    relayout();
}

void DiagramView::showAll()
{
    m_focus.clear();
    m_userMoved = false;
    relayout();
}

void DiagramView::relayout()
{
    m_running.cancel();
    Graph base = m_focus.isEmpty() ? m_source : m_source.focus(m_focus, m_focusHops, Graph::Direction::Both);
    // Font metrics are measured here, on the UI thread, into a plain table the worker can use: label widths
    // from per-character advances (ASCII; the average for anything else) instead of QFont off the UI thread.
    const QFontMetricsF metrics(diagramFont());
    std::array<double, 128> advance{};
    for (int c = 32; c < 127; ++c)
        advance[size_t(c)] = metrics.horizontalAdvance(QChar(c));
    const double average = metrics.averageCharWidth();
    m_running = runAsync(
        this,
        [graph = std::move(base), threshold = m_collapseThreshold, expanded = m_expanded, advance,
         average](const TaskControl &control) {
            Laid laid;
            laid.graph = graph.collapseClusters(threshold, expanded);
            std::vector<QSizeF> sizes;
            sizes.reserve(size_t(laid.graph.nodeCount()));
            for (const Graph::Node &node : laid.graph.nodes()) {
                double width = 0;
                for (QChar c : shownLabel(node))
                    width += c.unicode() >= 32 && c.unicode() < 127 ? advance[c.unicode()] : average;
                sizes.emplace_back(std::clamp(width + 50.0, 70.0, 460.0), 30.0);
            }
            laid.layout = LayeredLayout::layout(laid.graph, sizes, {}, &control);
            return laid;
        },
        [this](Laid laid) {
            if (!laid.layout.canceled)
                applyLayout(std::move(laid.graph), std::move(laid.layout));
        });
}

void DiagramView::setDiagram(const Graph &graph, const LayeredLayout::Result &layout)
{
    m_running.cancel();
    m_source = graph;
    m_focus.clear();
    m_userMoved = false;
    applyLayout(graph, layout);
}

void DiagramView::applyLayout(Graph graph, LayeredLayout::Result layout)
{
    m_shown = std::move(graph);
    m_layout = std::move(layout);
    auto scene = std::make_shared<Scene>();
    scene->graph = m_shown;
    scene->layout = m_layout;
    scene->routeBounds.reserve(m_layout.routes.size());
    for (const auto &route : m_layout.routes) {
        QRectF bounds;
        for (const QPointF &p : route.points)
            bounds = bounds.isNull() ? QRectF(p, QSizeF(0.1, 0.1)) : bounds.united(QRectF(p, QSizeF(0.1, 0.1)));
        if (route.points.size() > 2) // the curve stays inside its control points
            bounds = bounds.united(splinePath(route.points).controlPointRect());
        scene->routeBounds.push_back(bounds.adjusted(-6, -6, 6, 6));
        scene->routeAreaSum += bounds.width() * bounds.height();
        scene->routeWidthSum += bounds.width();
        scene->routeHeightSum += bounds.height();
    }
    m_scene = std::move(scene);
    invalidateCache();
    m_minimap = QImage();
    m_presentActions.clear();
    for (const Graph::Node &node : m_shown.nodes())
        m_presentActions.insert(node.action);
    if (!m_selected.isEmpty() && !m_shown.contains(m_selected))
        m_selected.clear();
    if (!m_userMoved)
        fitToView();
    if (!m_highlighted.isEmpty() && m_shown.contains(m_highlighted))
        centerOn(m_layout.nodes[size_t(m_shown.indexOf(m_highlighted))].center());
    updateAccessibleDescription();
    update();
    Q_EMIT layoutFinished();
}

void DiagramView::updateAccessibleDescription()
{
    setAccessibleDescription(tr("%n resources", nullptr, m_shown.nodeCount()) + QStringLiteral(", ")
                             + tr("%n dependencies", nullptr, m_shown.edgeCount())
                             + (m_selected.isEmpty() ? QString() : QStringLiteral(", ") + tr("selected: %1").arg(m_selected)));
}

// ---- geometry ----------------------------------------------------------------------------------------------

QPointF DiagramView::mapToScene(const QPointF &widgetPoint) const
{
    return m_origin + widgetPoint / m_scale;
}

QPointF DiagramView::mapFromScene(const QPointF &scenePoint) const
{
    return (scenePoint - m_origin) * m_scale;
}

void DiagramView::setZoom(double scale, const QPointF &widgetAnchor)
{
    scale = std::clamp(scale, kMinScale, kMaxScale);
    const QPointF anchorScene = mapToScene(widgetAnchor);
    if (scale != m_scale) {
        // Wheel and pinch frames show the cache scaled; a sharp render follows when zooming pauses.
        m_zooming = true;
        m_sharpTimer.start();
    }
    m_scale = scale;
    m_origin = anchorScene - widgetAnchor / m_scale;
    m_userMoved = true;
    update();
}

void DiagramView::fitToView()
{
    const QRectF bounds = m_layout.bounds.isNull() ? QRectF(0, 0, 100, 100) : m_layout.bounds.adjusted(-20, -20, 20, 20);
    const double sx = std::max(1, width()) / bounds.width(), sy = std::max(1, height()) / bounds.height();
    m_scale = std::clamp(std::min({sx, sy, 1.5}), kMinScale, kMaxScale);
    m_origin = bounds.center() - QPointF(width(), height()) / (2 * m_scale);
    update();
}

void DiagramView::centerOn(const QPointF &scenePoint)
{
    m_origin = scenePoint - QPointF(width(), height()) / (2 * m_scale);
    update();
}

QString DiagramView::nodeAt(const QPointF &widgetPoint) const
{
    const QPointF p = mapToScene(widgetPoint);
    for (size_t i = 0; i < m_layout.nodes.size() && int(i) < m_shown.nodeCount(); ++i) {
        if (m_layout.nodes[i].contains(p))
            return m_shown.node(int(i)).id;
    }
    return {};
}

// ---- selection and search ---------------------------------------------------------------------------------

void DiagramView::selectNode(const QString &address)
{
    if (address == m_selected)
        return;
    m_selected = m_shown.contains(address) ? address : QString();
    invalidateCache();
    updateAccessibleDescription();
    update();
    if (!m_selected.isEmpty()) {
        QAccessibleEvent event(this, QAccessible::Selection);
        QAccessible::updateAccessibility(&event);
    }
    Q_EMIT nodeSelected(m_selected);
}

bool DiagramView::search(const QString &text)
{
    if (text.isEmpty()) {
        m_highlighted.clear();
        invalidateCache();
        update();
        return false;
    }
    for (int i = 0; i < m_shown.nodeCount(); ++i) {
        const Graph::Node &node = m_shown.node(i);
        if (node.id.contains(text, Qt::CaseInsensitive) || node.label.contains(text, Qt::CaseInsensitive)) {
            m_highlighted = node.id;
            invalidateCache();
            if (m_scale < kLabelScale)
                m_scale = 1.0; // make the found node readable
            centerOn(m_layout.nodes[size_t(i)].center());
            m_userMoved = true;
            selectNode(node.id);
            return true;
        }
    }
    m_highlighted.clear();
    invalidateCache();
    update();
    return false;
}

// ---- painting ---------------------------------------------------------------------------------------------

void DiagramView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paintViewport(painter, size());
}

void DiagramView::invalidateCache()
{
    ++m_generation;
    m_cacheJob.cancel();
}

void DiagramView::setRenderCacheEnabled(bool enabled)
{
    m_cacheEnabled = enabled;
    m_cache = CacheImage();
    m_cacheJob.cancel();
    update();
}

void DiagramView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        invalidateCache();
    QWidget::changeEvent(event);
}

void DiagramView::waitForCache()
{
    if (m_cacheJob.isRunning() || m_cacheJob.isStarted())
        m_cacheJob.waitForFinished();
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

DiagramView::CacheImage DiagramView::cacheFor(const QSize &size, double dpr) const
{
    // Whole logical pixels of margin keep the cache on the viewport's pixel grid: blits need no resampling.
    const int mx = int(std::ceil(size.width() * kCacheMargin)), my = int(std::ceil(size.height() * kCacheMargin));
    CacheImage cache;
    cache.scale = m_scale;
    cache.generation = m_generation;
    cache.sceneRect = QRectF(m_origin - QPointF(mx, my) / m_scale,
                             QSizeF(size.width() + 2 * mx, size.height() + 2 * my) / m_scale);
    cache.image = QImage(QSize(int(std::ceil((size.width() + 2 * mx) * dpr)), int(std::ceil((size.height() + 2 * my) * dpr))),
                         QImage::Format_ARGB32_Premultiplied);
    cache.image.setDevicePixelRatio(dpr);
    return cache;
}

DiagramView::CacheImage DiagramView::renderCache(const Scene &scene, const Decorations &decor, const QColor &background,
                                                 const QRectF &sceneRect, QSize pixels, double scale, double dpr,
                                                 quint64 generation, const CacheImage &previous)
{
    // Runs on the UI thread (misses) or on the pool (QPainter on a QImage is allowed off the UI thread).
    CacheImage cache;
    cache.scale = scale;
    cache.generation = generation;
    cache.sceneRect = sceneRect;
    cache.image = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
    cache.image.setDevicePixelRatio(dpr);
    cache.image.fill(background);
    QPainter painter(&cache.image);
    // Incremental: what the previous cache (same content, scale and pixel grid) shows is copied, only the newly
    // exposed strips are rendered.
    QRegion exposed(QRect(QPoint(0, 0), pixels));
    if (!previous.image.isNull() && previous.generation == generation && previous.scale == scale
        && previous.image.devicePixelRatio() == dpr) {
        const QPointF shift = (previous.sceneRect.topLeft() - sceneRect.topLeft()) * scale * dpr;
        const QPoint whole(qRound(shift.x()), qRound(shift.y()));
        const QRect copied = QRect(whole, previous.image.size()).intersected(QRect(QPoint(0, 0), pixels));
        if ((shift - QPointF(whole)).manhattanLength() < 0.01 && !copied.isEmpty()) {
            painter.drawImage(QPointF(whole) / dpr, previous.image);
            exposed -= copied;
        }
    }
    // Level-of-detail switches judge by what a viewport of the view's size would show.
    const QSizeF lodViewport = sceneRect.size() / (1 + 2 * kCacheMargin);
    painter.scale(scale, scale);
    painter.translate(-sceneRect.topLeft());
    for (const QRect &strip : exposed) {
        const QRectF stripScene(sceneRect.topLeft() + QPointF(strip.topLeft()) / (scale * dpr),
                                QSizeF(strip.size()) / (scale * dpr));
        if (exposed.rectCount() > 1 || strip.size() != pixels)
            painter.setClipRect(stripScene);
        // Culled with a margin (arrow heads, strokes) and clipped to the strip: every pixel is drawn once.
        paintScene(painter, scene, decor, stripScene.adjusted(-12, -12, 12, 12), scale, false, lodViewport);
    }
    return cache;
}

void DiagramView::startCacheJob(const QSize &size, double dpr)
{
    if (m_cacheJob.isRunning() && m_cacheJobScale == m_scale)
        return;
    m_cacheJob.cancel(); // a render at an older scale: its result is dropped
    m_cacheJobScale = m_scale;
    const CacheImage target = cacheFor(size, dpr);
    const QColor background = palette().color(QPalette::Base);
    m_cacheJob = runAsync(
        this,
        [scene = m_scene, decor = Decorations{m_selected, m_highlighted}, background, rect = target.sceneRect,
         pixels = target.image.size(), scale = target.scale, dpr, generation = target.generation,
         previous = m_cache](const TaskControl &) {
            return renderCache(*scene, decor, background, rect, pixels, scale, dpr, generation, previous);
        },
        [this](CacheImage cache) {
            if (cache.generation != m_generation)
                return;
            // Keep a cache at the current scale unless the new one is at the current scale too.
            if (m_cache.generation == m_generation && m_cache.scale == m_scale && cache.scale != m_scale)
                return;
            m_cache = std::move(cache);
            update();
        });
}

void DiagramView::paintViewport(QPainter &painter, const QSize &size)
{
    const QColor background = palette().color(QPalette::Base);
    const QRectF visible(m_origin, QSizeF(size) / m_scale);
    const QRectF viewport(QPointF(0, 0), QSizeF(size));
    if (!m_cacheEnabled || m_shown.nodeCount() == 0) {
        painter.fillRect(viewport, background);
        painter.save();
        painter.scale(m_scale, m_scale);
        painter.translate(-m_origin);
        paintScene(painter, *m_scene, Decorations{m_selected, m_highlighted}, visible, m_scale, false, visible.size());
        painter.restore();
        m_lastFrame = FrameKind::Direct;
    } else {
        const double dpr = painter.device() ? painter.device()->devicePixelRatio() : 1.0;
        const bool current = !m_cache.image.isNull() && m_cache.generation == m_generation
            && m_cache.image.devicePixelRatio() == dpr;
        const double tolerance = 0.49 / (m_scale * dpr); // under half a device pixel
        const bool covers = current && m_cache.scale == m_scale
            && m_cache.sceneRect.adjusted(-tolerance, -tolerance, tolerance, tolerance).contains(visible);
        const QRectF scaledTarget(mapFromScene(m_cache.sceneRect.topLeft()), m_cache.sceneRect.size() * m_scale);
        // A render at this scale is on its way: show the scaled cache meanwhile (zoom only; panning past the
        // cache at the same scale is a miss, so what is shown is always complete and sharp).
        const bool sharpPending = m_cacheJob.isRunning() && m_cacheJobScale == m_scale;
        if (covers) {
            m_lastFrame = FrameKind::CacheHit;
        } else if (current && m_cache.scale != m_scale && (m_zooming || sharpPending)
                   && scaledTarget.intersects(viewport)) {
            m_lastFrame = FrameKind::CacheScaled;
            if (!m_zooming || !scaledTarget.contains(viewport))
                startCacheJob(size, dpr);
        } else {
            m_cacheJob.cancel();
            const CacheImage target = cacheFor(size, dpr);
            m_cache = renderCache(*m_scene, Decorations{m_selected, m_highlighted}, background, target.sceneRect,
                                  target.image.size(), target.scale, dpr, target.generation, m_cache);
            m_lastFrame = FrameKind::CacheMiss;
        }
        if (m_lastFrame == FrameKind::CacheScaled) {
            painter.fillRect(viewport, background);
            painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
            painter.drawImage(scaledTarget, m_cache.image);
        } else {
            // Snap to device pixels: the cache was rendered on the same grid.
            const QPointF offset = (m_cache.sceneRect.topLeft() - m_origin) * m_scale * dpr;
            painter.drawImage(QPointF(std::round(offset.x()), std::round(offset.y())) / dpr, m_cache.image);
            // Panning near the cache's edge: render the next one on the pool before the viewport gets there.
            const QRectF inner = m_cache.sceneRect.marginsRemoved(
                QMarginsF(visible.width(), visible.height(), visible.width(), visible.height()) * (kCacheMargin / 2));
            if (!inner.contains(visible) && !m_zooming)
                startCacheJob(size, dpr);
        }
    }
    if (m_shown.nodeCount() == 0) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(QRect(QPoint(0, 0), size), Qt::AlignCenter,
                         isLayingOut() ? tr("Laying out…") : tr("No resources to show"));
        return;
    }
    paintLegend(painter);
    if (m_shown.nodeCount() > kMinimapNodes)
        paintMinimap(painter);
}

void DiagramView::paintScene(QPainter &painter, const Scene &scene, const Decorations &decor, const QRectF &visible,
                             double scale, bool forceLabels, const QSizeF &lodViewport)
{
    const Graph &m_shown = scene.graph; // the scene's own copies, safe to read on the pool
    const LayeredLayout::Result &m_layout = scene.layout;
    const QString &m_selected = decor.selected;
    const QString &m_highlighted = decor.highlighted;
    const bool labels = forceLabels || scale >= kLabelScale;
    const bool detail = forceLabels || scale >= kDetailScale;
    painter.setRenderHint(QPainter::Antialiasing, detail);
    QFont font = diagramFont();
    painter.setFont(font);

    // Clusters, outermost first.
    std::vector<const LayeredLayout::ClusterBox *> boxes;
    for (const auto &box : m_layout.clusters) {
        if (box.rect.intersects(visible))
            boxes.push_back(&box);
    }
    std::stable_sort(boxes.begin(), boxes.end(), [](auto a, auto b) { return a->depth < b->depth; });
    QPen clusterPen(QColor(0x90, 0xa4, 0xae));
    clusterPen.setCosmetic(true);
    for (const auto *box : boxes) {
        painter.setPen(clusterPen);
        painter.setBrush(QColor(0xec, 0xef, 0xf1, 110));
        painter.drawRoundedRect(box->rect, 6, 6);
        if (labels) {
            painter.setPen(QColor(0x45, 0x5a, 0x64));
            painter.drawText(box->rect.adjusted(6, 2, -6, 0).topLeft() + QPointF(0, 13), box->title);
        }
    }

    // Edges. Opaque width-1 cosmetic pens take the raster engine's fast line path (translucent or wider pens
    // blend span by span, 10–100× slower on the long edges that cross a large graph's viewport), and
    // antialiasing is dropped when many edges are visible (measured in BenchDiagramPaint).
    std::vector<int> visibleRoutes;
    for (size_t i = 0; i < m_layout.routes.size(); ++i) {
        if (scene.routeBounds[i].intersects(visible))
            visibleRoutes.push_back(int(i));
    }
    // Edges a viewport meets at this scale: the expected count for a viewport of this size anywhere in the scene
    // (from the routes' bounding boxes) rather than counted where the view is, so the level of detail depends on
    // the scale only, cached and fresh frames agree and panning does not toggle antialiasing.
    const double w = lodViewport.width(), h = lodViewport.height();
    const double sceneArea = std::max(1.0, (m_layout.bounds.width() + w) * (m_layout.bounds.height() + h));
    const double density = std::min(double(m_layout.routes.size()),
                                     (scene.routeAreaSum + w * scene.routeHeightSum + h * scene.routeWidthSum
                                      + double(m_layout.routes.size()) * w * h)
                                         / sceneArea);
    const bool smoothEdges = detail && density <= 600;
    const bool arrows = detail && density <= 3000;
    // Routes through dummy nodes are drawn as curves when there is detail to see, flattened into the batch.
    const bool curves = detail;
    painter.setRenderHint(QPainter::Antialiasing, smoothEdges);
    QPen edgePen(detail ? QColor(0x60, 0x7d, 0x8b) : QColor(0xa0, 0xb1, 0xb9));
    edgePen.setCosmetic(true);
    edgePen.setWidthF(1.0);
    painter.setBrush(Qt::NoBrush);
    // Plain edges go out in one drawLines call; only selected and reversed ones need their own pen.
    std::vector<QLineF> lines;
    std::vector<QPointF> heads;
    for (int i : visibleRoutes) {
        const auto &route = m_layout.routes[size_t(i)];
        const Graph::Edge &edge = m_shown.edges()[size_t(route.edge)];
        const bool touchesSelection = !m_selected.isEmpty()
            && (m_shown.node(edge.from).id == m_selected || m_shown.node(edge.to).id == m_selected);
        if (arrows && route.points.size() >= 2 && visible.contains(route.points.last())) {
            // Arrow head at the "to" end: the dependency.
            const QPointF tip = route.points.last(), from = route.points[route.points.size() - 2];
            QPointF d = tip - from;
            const double len = std::hypot(d.x(), d.y());
            if (len > 0.1) {
                d /= len;
                const QPointF n(-d.y(), d.x());
                heads.insert(heads.end(), {tip, tip - d * 8 + n * 4, tip - d * 8 - n * 4});
            }
        }
        const bool curved = curves && route.points.size() > 2;
        if (!touchesSelection && !route.reversed) {
            if (curved) {
                appendSplineLines(lines, route.points, visible, scale);
                continue;
            }
            for (qsizetype p = 0; p + 1 < route.points.size(); ++p)
                lines.emplace_back(route.points[p], route.points[p + 1]);
            continue;
        }
        QPen pen = edgePen;
        if (touchesSelection) {
            pen.setColor(QColor(0x1e, 0x88, 0xe5));
            pen.setWidthF(2.0);
        }
        if (route.reversed)
            pen.setStyle(Qt::DashLine);
        painter.setPen(pen);
        if (curved)
            painter.drawPath(splinePath(route.points));
        else
            painter.drawPolyline(route.points.constData(), int(route.points.size()));
    }
    painter.setPen(edgePen);
    painter.drawLines(lines.data(), int(lines.size()));
    if (!heads.empty()) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(edgePen.color());
        for (size_t h = 0; h + 2 < heads.size(); h += 3)
            painter.drawConvexPolygon(&heads[h], 3);
        painter.setBrush(Qt::NoBrush);
    }
    painter.setRenderHint(QPainter::Antialiasing, detail);

    // Nodes.
    const QFontMetricsF metrics(font);
    QFont badgeFont = font;
    badgeFont.setPixelSize(7);
    badgeFont.setBold(true);
    QFont symbolFont = font;
    symbolFont.setBold(true);
    std::vector<QRectF> coarse[int(Graph::Action::Unknown) + 1]; // far out: one batched call per colour
    for (int i = 0; i < m_shown.nodeCount() && size_t(i) < m_layout.nodes.size(); ++i) {
        const QRectF &r = m_layout.nodes[size_t(i)];
        if (!r.intersects(visible))
            continue;
        const Graph::Node &node = m_shown.node(i);
        const QColor fill = color(ActionStyle::fillColor(node.action));
        const QColor stroke = color(ActionStyle::strokeColor(node.action));
        if (!detail) {
            coarse[int(node.action)].push_back(r);
            continue;
        }
        QPen pen(stroke);
        pen.setCosmetic(true);
        pen.setWidthF(node.id == m_selected ? 3.0 : 1.0);
        if (node.mode == Graph::Mode::Data)
            pen.setStyle(Qt::DashLine);
        painter.setPen(pen);
        painter.setBrush(fill);
        painter.drawRoundedRect(r, 5, 5);
        if (node.collapsedCount > 0) // stacked look for a collapsed module
            painter.drawLine(QLineF(r.left() + 3, r.bottom() + 3, r.right() + 3, r.bottom() + 3));
        if (node.id == m_highlighted) {
            QPen glow(QColor(0xff, 0xb3, 0x00));
            glow.setCosmetic(true);
            glow.setWidthF(4);
            painter.setPen(glow);
            painter.setBrush(Qt::NoBrush);
            painter.drawRoundedRect(r.adjusted(-4, -4, 4, 4), 7, 7);
        }
        if (!labels)
            continue;
        const QString symbol = ActionStyle::symbol(node.action);
        if (!symbol.isEmpty()) {
            painter.setFont(symbolFont);
            painter.setPen(stroke);
            painter.drawText(QRectF(r.left() + 2, r.top(), 16, r.height()), Qt::AlignCenter, symbol);
        }
        const QString badge = ActionStyle::providerBadge(node.provider);
        double textRight = r.right() - 4;
        if (!badge.isEmpty()) {
            const QRectF disc(r.right() - 20, r.center().y() - 8, 16, 16);
            painter.setPen(Qt::NoPen);
            painter.setBrush(color(ActionStyle::providerColor(node.provider)));
            painter.drawEllipse(disc);
            painter.setFont(badgeFont);
            painter.setPen(Qt::white);
            painter.drawText(disc, Qt::AlignCenter, badge);
            textRight = disc.left() - 2;
        }
        painter.setFont(font);
        painter.setPen(QColor(0x21, 0x21, 0x21));
        const QRectF textRect(r.left() + 19, r.top(), textRight - r.left() - 19, r.height());
        painter.drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                         metrics.elidedText(shownLabel(node), Qt::ElideMiddle, textRect.width()));
    }
    painter.setPen(Qt::NoPen);
    for (int a = 0; a <= int(Graph::Action::Unknown); ++a) {
        if (coarse[a].empty())
            continue;
        painter.setBrush(color(ActionStyle::strokeColor(Graph::Action(a))));
        painter.drawRects(coarse[a].data(), int(coarse[a].size()));
    }
}

void DiagramView::paintLegend(QPainter &painter) const
{
    const QSet<Graph::Action> &present = m_presentActions;
    painter.setRenderHint(QPainter::Antialiasing, true);
    QFont font = diagramFont();
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    QList<Graph::Action> shown;
    double width = 0;
    for (Graph::Action action : ActionStyle::legendOrder()) {
        if (present.contains(action)) {
            shown << action;
            width = std::max(width, metrics.horizontalAdvance(ActionStyle::displayName(action)));
        }
    }
    const QRectF box(8, 8, width + 40, 8 + 18 * shown.size());
    painter.setPen(QColor(0xcf, 0xd8, 0xdc));
    painter.setBrush(QColor(255, 255, 255, 230));
    painter.drawRoundedRect(box, 4, 4);
    double y = box.top() + 5;
    for (Graph::Action action : shown) {
        const QRectF swatch(box.left() + 6, y + 1, 14, 14);
        painter.setPen(color(ActionStyle::strokeColor(action)));
        painter.setBrush(color(ActionStyle::fillColor(action)));
        painter.drawRoundedRect(swatch, 3, 3);
        painter.drawText(swatch, Qt::AlignCenter, ActionStyle::symbol(action));
        painter.setPen(QColor(0x21, 0x21, 0x21));
        painter.drawText(QPointF(swatch.right() + 6, y + 12), ActionStyle::displayName(action));
        y += 18;
    }
}

QRect DiagramView::minimapRect() const
{
    const QSize size(std::min(200, width() / 4), std::min(140, height() / 4));
    return QRect(QPoint(width() - size.width() - 8, height() - size.height() - 8), size);
}

void DiagramView::paintMinimap(QPainter &painter)
{
    const QRect area = minimapRect();
    if (area.width() < 40 || area.height() < 30 || m_layout.bounds.isEmpty())
        return;
    const QRectF bounds = m_layout.bounds;
    const double s = std::min(area.width() / bounds.width(), area.height() / bounds.height());
    if (m_minimap.size() != area.size()) {
        // Cached: the overview only changes with the layout.
        m_minimap = QImage(area.size(), QImage::Format_ARGB32_Premultiplied);
        m_minimap.fill(QColor(255, 255, 255, 235));
        QPainter p(&m_minimap);
        p.scale(s, s);
        p.translate(-bounds.topLeft());
        for (int i = 0; i < m_shown.nodeCount(); ++i)
            p.fillRect(m_layout.nodes[size_t(i)], color(ActionStyle::strokeColor(m_shown.node(i).action)));
    }
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.drawImage(area.topLeft(), m_minimap);
    painter.setPen(QColor(0x90, 0xa4, 0xae));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(area.adjusted(0, 0, -1, -1));
    const QRectF visible(m_origin, QSizeF(size()) / m_scale);
    const QRectF viewBox((visible.left() - bounds.left()) * s + area.left(), (visible.top() - bounds.top()) * s + area.top(),
                         visible.width() * s, visible.height() * s);
    painter.setPen(QPen(QColor(0x1e, 0x88, 0xe5), 1.5));
    painter.drawRect(viewBox.intersected(QRectF(area)));
}

// ---- export -----------------------------------------------------------------------------------------------

QImage DiagramView::renderImage(double scale) const
{
    const QRectF bounds = m_layout.bounds.isNull() ? QRectF(0, 0, 100, 100) : m_layout.bounds.adjusted(-20, -20, 20, 20);
    // Keep images below 16k pixels a side (what image viewers and QImage handle comfortably).
    scale = std::min(scale, 16000.0 / std::max(bounds.width(), bounds.height()));
    // The legend gets its own band above the drawing instead of covering part of it.
    const int legendBand = 16 + 18 * int(m_presentActions.size());
    QImage image(QSize(std::max(int(std::ceil(bounds.width() * scale)), 160),
                       int(std::ceil(bounds.height() * scale)) + legendBand),
                 QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.translate(0, legendBand);
    painter.scale(scale, scale);
    painter.translate(-bounds.topLeft());
    paintScene(painter, *m_scene, Decorations{m_selected, m_highlighted}, bounds, scale, true, bounds.size());
    painter.resetTransform();
    paintLegend(painter);
    return image;
}

bool DiagramView::exportPng(const QString &path, double scale) const
{
    QImageWriter writer(path, "png");
    return writer.write(renderImage(scale));
}

// ---- interaction ------------------------------------------------------------------------------------------

void DiagramView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_minimap = QImage();
    if (!m_userMoved)
        fitToView();
}

void DiagramView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_pressPos = m_lastPos = event->position();
    m_draggingMinimap = m_shown.nodeCount() > kMinimapNodes && minimapRect().contains(event->position().toPoint());
    m_dragging = false;
    event->accept();
}

void DiagramView::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton))
        return;
    if (m_draggingMinimap) {
        const QRect area = minimapRect();
        const QRectF bounds = m_layout.bounds;
        const double s = std::min(area.width() / bounds.width(), area.height() / bounds.height());
        centerOn(bounds.topLeft() + (event->position() - QPointF(area.topLeft())) / s);
        m_userMoved = true;
        return;
    }
    if (!m_dragging && (event->position() - m_pressPos).manhattanLength() > 3) {
        m_dragging = true;
        setCursor(Qt::ClosedHandCursor);
    }
    if (m_dragging) {
        m_origin -= (event->position() - m_lastPos) / m_scale;
        m_lastPos = event->position();
        m_userMoved = true;
        update();
    }
}

void DiagramView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mouseReleaseEvent(event);
    if (m_draggingMinimap) {
        m_draggingMinimap = false;
        const QRect area = minimapRect();
        const QRectF bounds = m_layout.bounds;
        const double s = std::min(area.width() / bounds.width(), area.height() / bounds.height());
        centerOn(bounds.topLeft() + (event->position() - QPointF(area.topLeft())) / s);
        m_userMoved = true;
        return;
    }
    if (m_dragging) {
        m_dragging = false;
        unsetCursor();
        return;
    }
    const QString hit = nodeAt(event->position());
    if (!hit.isEmpty()) {
        const Graph::Node &node = m_shown.node(m_shown.indexOf(hit));
        if (node.collapsedCount > 0) {
            expandCluster(hit);
            return;
        }
    }
    selectNode(hit);
}

void DiagramView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QString hit = nodeAt(event->position());
    if (hit.isEmpty()) {
        if (!m_focus.isEmpty())
            showAll();
        return;
    }
    const Graph::Node &node = m_shown.node(m_shown.indexOf(hit));
    if (node.collapsedCount > 0)
        return; // the first click already expanded it
    Q_EMIT nodeActivated(hit);
    showFocus(hit);
}

void DiagramView::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    if (event->modifiers() & Qt::ControlModifier || delta.x() == 0) {
        setZoom(m_scale * std::pow(1.0015, delta.y()), event->position());
    } else {
        m_origin -= QPointF(delta) / (2 * m_scale);
        m_userMoved = true;
        update();
    }
    event->accept();
}

void DiagramView::keyPressEvent(QKeyEvent *event)
{
    const QPointF center(width() / 2.0, height() / 2.0);
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal: setZoom(m_scale * 1.25, center); break;
    case Qt::Key_Minus: setZoom(m_scale / 1.25, center); break;
    case Qt::Key_0:
        m_userMoved = false;
        fitToView();
        break;
    case Qt::Key_Escape:
        if (!m_focus.isEmpty())
            showAll();
        else
            selectNode({});
        break;
    default: QWidget::keyPressEvent(event);
    }
}

bool DiagramView::event(QEvent *event)
{
    if (event->type() == QEvent::NativeGesture) {
        auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            setZoom(m_scale * (1.0 + gesture->value()), gesture->position());
            return true;
        }
    } else if (event->type() == QEvent::Gesture) {
        return handleGesture(static_cast<QGestureEvent *>(event));
    }
    return QWidget::event(event);
}

bool DiagramView::handleGesture(QGestureEvent *event)
{
    if (auto *pinch = static_cast<QPinchGesture *>(event->gesture(Qt::PinchGesture))) {
        if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged)
            setZoom(m_scale * pinch->scaleFactor(), mapFromGlobal(pinch->centerPoint().toPoint()));
        event->accept(pinch);
        return true;
    }
    return false;
}

} // namespace Infradeck
