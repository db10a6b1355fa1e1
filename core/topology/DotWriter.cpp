#include "topology/DotWriter.h"

#include "topology/ActionStyle.h"

#include <QCoreApplication>
#include <QMap>
#include <QTextStream>

#include <functional>
#include <vector>

namespace Infradeck {

namespace {

// A module tree: which nodes sit directly in each cluster, and which clusters nest in it.
struct ClusterTree
{
    std::vector<int> nodes;
    QMap<QString, ClusterTree> children; // QMap: sorted, so output is stable
};

QString nodeLabel(const Graph::Node &node)
{
    QString text = node.id;
    if (node.collapsedCount > 0)
        text += QStringLiteral(" (%1)").arg(node.collapsedCount);
    const QString symbol = ActionStyle::asciiSymbol(node.action);
    return symbol.isEmpty() ? text : symbol + QLatin1Char(' ') + text;
}

} // namespace

QString DotWriter::quoted(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('"');
    for (QChar c : text) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\');
        if (c == QLatin1Char('\n')) {
            out += QLatin1String("\\n");
            continue;
        }
        out += c;
    }
    out += QLatin1Char('"');
    return out;
}

QString DotWriter::write(const Graph &graph, const DotWriterOptions &options)
{
    QString text;
    QTextStream out(&text);
    out << "digraph infradeck {\n";
    if (options.styled) {
        out << "  rankdir=TB;\n  node [shape=box, style=\"rounded,filled\", fontname=\"sans-serif\", fontsize=10];\n"
               "  edge [color=\"#607d8b\", arrowsize=0.6];\n";
    }
    auto writeNode = [&](int index, const QString &indent) {
        const Graph::Node &node = graph.node(index);
        out << indent << quoted(node.id);
        if (options.styled) {
            out << " [label=" << quoted(nodeLabel(node)) << ", fillcolor=\"" << ActionStyle::fillColor(node.action)
                << "\", color=\"" << ActionStyle::strokeColor(node.action) << "\"";
            if (node.mode == Graph::Mode::Data)
                out << ", style=\"rounded,filled,dashed\"";
            if (node.collapsedCount > 0)
                out << ", shape=box3d";
            out << "]";
        }
        out << ";\n";
    };

    ClusterTree root;
    for (int i = 0; i < graph.nodeCount(); ++i) {
        ClusterTree *at = &root;
        if (options.clusters) {
            for (const QString &part : graph.node(i).cluster)
                at = &at->children[part];
        }
        at->nodes.push_back(i);
    }
    int clusterId = 0;
    std::function<void(const ClusterTree &, const QString &, const QString &)> writeTree;
    writeTree = [&](const ClusterTree &tree, const QString &indent, const QString &prefix) {
        for (int index : tree.nodes)
            writeNode(index, indent);
        for (auto it = tree.children.cbegin(); it != tree.children.cend(); ++it) {
            const QString key = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
            out << indent << "subgraph cluster_" << clusterId++ << " {\n";
            out << indent << "  label=" << quoted(it.key()) << ";\n";
            if (options.styled)
                out << indent << "  style=\"rounded\"; color=\"#90a4ae\"; fontsize=10;\n";
            writeTree(it.value(), indent + QStringLiteral("  "), key);
            out << indent << "}\n";
        }
    };
    writeTree(root, QStringLiteral("  "), {});

    for (const Graph::Edge &edge : graph.edges())
        out << "  " << quoted(graph.node(edge.from).id) << " -> " << quoted(graph.node(edge.to).id) << ";\n";

    if (options.legend) {
        out << "  subgraph cluster_legend {\n    label=" << quoted(QCoreApplication::translate("Topology", "Legend"))
            << ";\n    style=\"rounded\"; color=\"#cfd8dc\"; fontsize=10;\n";
        for (Graph::Action action : ActionStyle::legendOrder()) {
            out << "    " << quoted(QStringLiteral("legend:") + Graph::actionName(action)) << " [label="
                << quoted(ActionStyle::asciiSymbol(action).isEmpty()
                              ? ActionStyle::displayName(action)
                              : ActionStyle::asciiSymbol(action) + QLatin1Char(' ') + ActionStyle::displayName(action))
                << ", shape=box, style=\"rounded,filled\", fillcolor=\"" << ActionStyle::fillColor(action)
                << "\", color=\"" << ActionStyle::strokeColor(action) << "\"];\n";
        }
        out << "  }\n";
    }
    out << "}\n";
    out.flush();
    return text;
}

} // namespace Infradeck
