#include "topology/SvgWriter.h"

#include "topology/ActionStyle.h"

#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>
#include <cmath>

namespace Infradeck {

namespace {

QString num(double value)
{
    return QString::number(value, 'f', 1);
}

QString point(const QPointF &p)
{
    return num(p.x()) + QLatin1Char(',') + num(p.y());
}

// A route through dummy nodes as a smooth curve: Catmull-Rom through its points as cubic Béziers, with phantom end
// points reflecting the first and last segments so the curve leaves and enters the nodes along the polyline and
// the arrow marker keeps its direction (the same curve DiagramView draws).
QString routePath(const QList<QPointF> &points, const QPointF &offset)
{
    QString d = QLatin1Char('M') + point(points.first() + offset);
    const qsizetype n = points.size();
    if (n <= 2) {
        for (qsizetype i = 1; i < n; ++i)
            d += QLatin1String(" L") + point(points[i] + offset);
        return d;
    }
    auto at = [&points, n](qsizetype i) {
        if (i < 0)
            return 2 * points[0] - points[1];
        if (i >= n)
            return 2 * points[n - 1] - points[n - 2];
        return points[i];
    };
    // Handles are clamped to half their segment so unevenly spaced points do not make loops or overshoots.
    auto handle = [](QPointF v, double segment) {
        const double len = std::hypot(v.x(), v.y());
        return len > segment / 2 && len > 0 ? v * (segment / 2 / len) : v;
    };
    for (qsizetype i = 0; i + 1 < n; ++i) {
        const QPointF step = at(i + 1) - at(i);
        const double segment = std::hypot(step.x(), step.y());
        d += QLatin1String(" C") + point(at(i) + handle((at(i + 1) - at(i - 1)) / 6.0, segment) + offset)
            + QLatin1Char(' ') + point(at(i + 1) - handle((at(i + 2) - at(i)) / 6.0, segment) + offset)
            + QLatin1Char(' ') + point(at(i + 1) + offset);
    }
    return d;
}

} // namespace

QString SvgWriter::escaped(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        switch (c.unicode()) {
        case '&': out += QLatin1String("&amp;"); break;
        case '<': out += QLatin1String("&lt;"); break;
        case '>': out += QLatin1String("&gt;"); break;
        case '"': out += QLatin1String("&quot;"); break;
        case '\'': out += QLatin1String("&apos;"); break;
        default:
            // Control characters are not allowed in XML 1.0.
            if (c.unicode() < 0x20 && c != QLatin1Char('\n') && c != QLatin1Char('\t'))
                out += QChar(0xFFFD);
            else
                out += c;
        }
    }
    return out;
}

QString SvgWriter::write(const Graph &graph, const LayeredLayout::Result &layout, const SvgWriterOptions &options)
{
    const double margin = 20;
    const QList<Graph::Action> legend = ActionStyle::legendOrder();
    const double legendHeight = options.legend ? 34 : 0;
    QRectF bounds = layout.bounds.isNull() ? QRectF(0, 0, 1, 1) : layout.bounds;
    const double legendWidth = options.legend ? legend.size() * 110.0 : 0;
    const double width = std::max(bounds.width(), legendWidth) + 2 * margin;
    const double height = bounds.height() + 2 * margin + legendHeight;
    const double ox = margin - bounds.left(), oy = margin - bounds.top();

    QString text;
    QTextStream out(&text);
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    out << "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"" << num(width) << "\" height=\""
        << num(height) << "\" viewBox=\"0 0 " << num(width) << ' ' << num(height) << "\" font-family=\"sans-serif\">\n";
    const QString title = options.title.isEmpty() ? QCoreApplication::translate("Topology", "Infradeck topology")
                                                  : options.title;
    out << "<title>" << escaped(title) << "</title>\n";
    out << "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" "
           "markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#607d8b\"/>"
           "</marker></defs>\n";
    out << "<rect x=\"0\" y=\"0\" width=\"" << num(width) << "\" height=\"" << num(height) << "\" fill=\"#ffffff\"/>\n";

    // Clusters, outermost first so inner boxes paint on top.
    std::vector<const LayeredLayout::ClusterBox *> boxes;
    for (const auto &box : layout.clusters)
        boxes.push_back(&box);
    std::stable_sort(boxes.begin(), boxes.end(), [](auto a, auto b) { return a->depth < b->depth; });
    out << "<g class=\"clusters\">\n";
    for (const auto *box : boxes) {
        const QRectF r = box->rect.translated(ox, oy);
        out << "<g class=\"cluster\"><title>" << escaped(box->key) << "</title><rect x=\"" << num(r.x()) << "\" y=\""
            << num(r.y()) << "\" width=\"" << num(r.width()) << "\" height=\"" << num(r.height())
            << "\" rx=\"6\" fill=\"#eceff1\" fill-opacity=\"0.45\" stroke=\"#90a4ae\"/><text x=\"" << num(r.x() + 6)
            << "\" y=\"" << num(r.y() + 14) << "\" font-size=\"11\" fill=\"#455a64\">" << escaped(box->title)
            << "</text></g>\n";
    }
    out << "</g>\n<g class=\"edges\" fill=\"none\" stroke=\"#607d8b\" stroke-width=\"1.2\">\n";
    for (const auto &route : layout.routes) {
        if (route.points.isEmpty())
            continue;
        out << "<path d=\"" << routePath(route.points, QPointF(ox, oy)) << "\" marker-end=\"url(#arrow)\"";
        if (route.reversed)
            out << " stroke-dasharray=\"4 3\"";
        out << "/>\n";
    }
    out << "</g>\n<g class=\"nodes\" font-size=\"11\">\n";
    for (int i = 0; i < graph.nodeCount() && size_t(i) < layout.nodes.size(); ++i) {
        const Graph::Node &node = graph.node(i);
        const QRectF r = layout.nodes[size_t(i)].translated(ox, oy);
        QString label = node.id; // addresses only: never attribute values
        if (node.collapsedCount > 0)
            label += QStringLiteral(" (%1)").arg(node.collapsedCount);
        out << "<g class=\"node\" data-action=\"" << Graph::actionName(node.action) << "\"><title>" << escaped(node.id)
            << "</title><rect x=\"" << num(r.x()) << "\" y=\"" << num(r.y()) << "\" width=\"" << num(r.width())
            << "\" height=\"" << num(r.height()) << "\" rx=\"5\" fill=\"" << ActionStyle::fillColor(node.action)
            << "\" stroke=\"" << ActionStyle::strokeColor(node.action) << "\"";
        if (node.mode == Graph::Mode::Data)
            out << " stroke-dasharray=\"3 2\"";
        out << "/>";
        const QString symbol = ActionStyle::symbol(node.action);
        if (!symbol.isEmpty()) {
            out << "<text x=\"" << num(r.x() + 9) << "\" y=\"" << num(r.center().y() + 4) << "\" font-weight=\"bold\" "
                << "text-anchor=\"middle\" fill=\"" << ActionStyle::strokeColor(node.action) << "\">" << escaped(symbol)
                << "</text>";
        }
        out << "<text x=\"" << num(r.x() + 18) << "\" y=\"" << num(r.center().y() + 4) << "\" fill=\"#212121\">"
            << escaped(label) << "</text>";
        const QString badge = ActionStyle::providerBadge(node.provider);
        if (!badge.isEmpty()) {
            out << "<circle cx=\"" << num(r.right() - 10) << "\" cy=\"" << num(r.center().y()) << "\" r=\"7\" fill=\""
                << ActionStyle::providerColor(node.provider) << "\"/><text x=\"" << num(r.right() - 10) << "\" y=\""
                << num(r.center().y() + 3) << "\" font-size=\"7\" text-anchor=\"middle\" fill=\"#ffffff\">"
                << escaped(badge) << "</text>";
        }
        out << "</g>\n";
    }
    out << "</g>\n";
    if (options.legend) {
        const double y = bounds.height() + 2 * margin;
        out << "<g class=\"legend\" font-size=\"11\">\n";
        double x = margin;
        for (Graph::Action action : legend) {
            out << "<rect x=\"" << num(x) << "\" y=\"" << num(y) << "\" width=\"14\" height=\"14\" rx=\"3\" fill=\""
                << ActionStyle::fillColor(action) << "\" stroke=\"" << ActionStyle::strokeColor(action)
                << "\"/><text x=\"" << num(x + 20) << "\" y=\"" << num(y + 11) << "\">"
                << escaped((ActionStyle::symbol(action).isEmpty() ? QString() : ActionStyle::symbol(action) + QLatin1Char(' '))
                           + ActionStyle::displayName(action))
                << "</text>\n";
            x += 110;
        }
        out << "</g>\n";
    }
    out << "</svg>\n";
    out.flush();
    return text;
}

} // namespace Infradeck
