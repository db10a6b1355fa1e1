// The generic dependency graph the topology views show: resources as nodes, "depends on" as edges, modules as
// nested clusters. GraphBuilder (plans/states) fills it; the operations return new graphs and never reorder
// nodes, so everything derived from a graph is deterministic.
#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <vector>

namespace Infradeck {

class Graph
{
public:
    enum class Action { NoOp, Create, Update, Delete, Replace, Read, Drift, Unknown };
    enum class Mode { Managed, Data };
    // Upstream: what the node depends on (edge direction). Downstream: what depends on the node.
    enum class Direction { Upstream, Downstream, Both };

    struct Node
    {
        QString id;    // resource address, unique
        QString label; // shown text; empty → id
        QString type;
        QString provider; // short provider name: "hcloud", "aws", ...
        Mode mode = Mode::Managed;
        Action action = Action::NoOp;
        QStringList cluster; // module path, outermost first: {"module.net", "module.sub"}
        int collapsedCount = 0; // > 0: this node stands for a collapsed cluster of that many nodes
    };

    struct Edge
    {
        int from = -1; // depends on ...
        int to = -1;   // ... this one
        bool operator==(const Edge &other) const { return from == other.from && to == other.to; }
    };

    static QString actionName(Action action); // "create", "no-op", ... (plan JSON spelling; "drift", "unknown")
    static Action actionFromName(const QString &name);
    static bool isChange(Action action); // create/update/delete/replace/drift
    // The action a collapsed cluster shows: the most consequential of its members'.
    static Action dominantAction(Action a, Action b);
    static QString clusterKey(const QStringList &path) { return path.join(QLatin1Char('.')); }

    // Adds a node; when the id exists the existing node is replaced and its index returned.
    int addNode(const Node &node);
    // Adds from → to; unknown ids, self-loops and duplicates are ignored (returns false).
    bool addEdge(const QString &from, const QString &to);
    bool addEdge(int from, int to);

    int nodeCount() const { return int(m_nodes.size()); }
    int edgeCount() const { return int(m_edges.size()); }
    const Node &node(int index) const { return m_nodes[size_t(index)]; }
    const std::vector<Node> &nodes() const { return m_nodes; }
    const std::vector<Edge> &edges() const { return m_edges; }
    int indexOf(const QString &id) const { return m_index.value(id, -1); }
    bool contains(const QString &id) const { return m_index.contains(id); }
    bool hasEdge(const QString &from, const QString &to) const;

    // Every cluster key that occurs (including enclosing ones), sorted; "module.a.module.b" for nested ones.
    QStringList clusterKeys() const;
    // Number of nodes inside a cluster key, nested clusters included.
    QHash<QString, int> clusterSizes() const;

    // Clusters holding more than maxNodes nodes become one node (id = cluster key) unless listed in expanded;
    // the outermost qualifying cluster wins. Edges are merged, self-loops dropped.
    Graph collapseClusters(int maxNodes, const QSet<QString> &expanded = {}) const;
    // The node and everything within hops edges in the given direction (hops < 0: unlimited).
    Graph focus(const QString &id, int hops, Direction direction) const;
    // Changed nodes plus every node on a dependency path between two changed nodes.
    Graph changesOnly() const;
    // The subgraph induced by the listed node indexes (kept in this graph's order).
    Graph induced(const std::vector<bool> &keep) const;

private:
    std::vector<Node> m_nodes;
    std::vector<Edge> m_edges;
    QHash<QString, int> m_index;
    QSet<quint64> m_edgeSet;
};

} // namespace Infradeck
