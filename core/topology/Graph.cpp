#include "topology/Graph.h"

#include <algorithm>
#include <deque>
#include <map>

namespace Infradeck {

namespace {
quint64 edgeKey(int from, int to)
{
    return (quint64(quint32(from)) << 32) | quint32(to);
}

int actionWeight(Graph::Action action)
{
    switch (action) {
    case Graph::Action::Replace: return 7;
    case Graph::Action::Delete: return 6;
    case Graph::Action::Create: return 5;
    case Graph::Action::Update: return 4;
    case Graph::Action::Drift: return 3;
    case Graph::Action::Unknown: return 2;
    case Graph::Action::Read: return 1;
    case Graph::Action::NoOp: return 0;
    }
    return 0;
}
} // namespace

QString Graph::actionName(Action action)
{
    switch (action) {
    case Action::NoOp: return QStringLiteral("no-op");
    case Action::Create: return QStringLiteral("create");
    case Action::Update: return QStringLiteral("update");
    case Action::Delete: return QStringLiteral("delete");
    case Action::Replace: return QStringLiteral("replace");
    case Action::Read: return QStringLiteral("read");
    case Action::Drift: return QStringLiteral("drift");
    case Action::Unknown: return QStringLiteral("unknown");
    }
    return QStringLiteral("unknown");
}

Graph::Action Graph::actionFromName(const QString &name)
{
    static const Action all[] = {Action::NoOp,    Action::Create, Action::Update, Action::Delete,
                                 Action::Replace, Action::Read,   Action::Drift};
    for (Action action : all) {
        if (actionName(action) == name)
            return action;
    }
    return Action::Unknown;
}

bool Graph::isChange(Action action)
{
    return action == Action::Create || action == Action::Update || action == Action::Delete
        || action == Action::Replace || action == Action::Drift;
}

Graph::Action Graph::dominantAction(Action a, Action b)
{
    return actionWeight(a) >= actionWeight(b) ? a : b;
}

int Graph::addNode(const Node &node)
{
    const auto it = m_index.constFind(node.id);
    if (it != m_index.constEnd()) {
        m_nodes[size_t(*it)] = node;
        return *it;
    }
    const int index = int(m_nodes.size());
    m_nodes.push_back(node);
    m_index.insert(node.id, index);
    return index;
}

bool Graph::addEdge(const QString &from, const QString &to)
{
    return addEdge(indexOf(from), indexOf(to));
}

bool Graph::addEdge(int from, int to)
{
    if (from < 0 || to < 0 || from >= nodeCount() || to >= nodeCount() || from == to)
        return false;
    const quint64 key = edgeKey(from, to);
    if (m_edgeSet.contains(key))
        return false;
    m_edgeSet.insert(key);
    m_edges.push_back({from, to});
    return true;
}

bool Graph::hasEdge(const QString &from, const QString &to) const
{
    const int f = indexOf(from), t = indexOf(to);
    return f >= 0 && t >= 0 && m_edgeSet.contains(edgeKey(f, t));
}

QStringList Graph::clusterKeys() const
{
    QSet<QString> keys;
    for (const Node &node : m_nodes) {
        for (qsizetype depth = 1; depth <= node.cluster.size(); ++depth)
            keys.insert(clusterKey(node.cluster.mid(0, depth)));
    }
    QStringList sorted(keys.begin(), keys.end());
    sorted.sort();
    return sorted;
}

QHash<QString, int> Graph::clusterSizes() const
{
    QHash<QString, int> sizes;
    for (const Node &node : m_nodes) {
        const int weight = std::max(1, node.collapsedCount);
        for (qsizetype depth = 1; depth <= node.cluster.size(); ++depth)
            sizes[clusterKey(node.cluster.mid(0, depth))] += weight;
    }
    return sizes;
}

Graph Graph::collapseClusters(int maxNodes, const QSet<QString> &expanded) const
{
    const QHash<QString, int> sizes = clusterSizes();
    Graph result;
    std::vector<int> mapping(m_nodes.size(), -1);
    for (size_t i = 0; i < m_nodes.size(); ++i) {
        const Node &node = m_nodes[i];
        qsizetype collapseDepth = 0; // outermost qualifying prefix
        for (qsizetype depth = 1; depth <= node.cluster.size(); ++depth) {
            const QString key = clusterKey(node.cluster.mid(0, depth));
            if (sizes.value(key) > maxNodes && !expanded.contains(key)) {
                collapseDepth = depth;
                break;
            }
        }
        if (collapseDepth == 0) {
            mapping[i] = result.addNode(node);
            continue;
        }
        const QStringList path = node.cluster.mid(0, collapseDepth);
        const QString key = clusterKey(path);
        int index = result.indexOf(key);
        if (index < 0) {
            Node cluster;
            cluster.id = key;
            cluster.type = QStringLiteral("module");
            cluster.cluster = path.mid(0, collapseDepth - 1);
            cluster.action = node.action;
            cluster.collapsedCount = sizes.value(key);
            cluster.label = QStringLiteral("%1 (%2)").arg(key).arg(cluster.collapsedCount);
            cluster.provider = node.provider;
            index = result.addNode(cluster);
        } else {
            Node &cluster = result.m_nodes[size_t(index)];
            cluster.action = dominantAction(cluster.action, node.action);
            if (cluster.provider != node.provider)
                cluster.provider.clear(); // mixed providers: no badge
        }
        mapping[i] = index;
    }
    for (const Edge &edge : m_edges)
        result.addEdge(mapping[size_t(edge.from)], mapping[size_t(edge.to)]);
    return result;
}

Graph Graph::induced(const std::vector<bool> &keep) const
{
    Graph result;
    std::vector<int> mapping(m_nodes.size(), -1);
    for (size_t i = 0; i < m_nodes.size(); ++i) {
        if (i < keep.size() && keep[i])
            mapping[i] = result.addNode(m_nodes[i]);
    }
    for (const Edge &edge : m_edges) {
        const int f = mapping[size_t(edge.from)], t = mapping[size_t(edge.to)];
        if (f >= 0 && t >= 0)
            result.addEdge(f, t);
    }
    return result;
}

Graph Graph::focus(const QString &id, int hops, Direction direction) const
{
    const int start = indexOf(id);
    std::vector<bool> keep(m_nodes.size(), false);
    if (start < 0)
        return induced(keep);
    std::vector<std::vector<int>> forward(m_nodes.size()), backward(m_nodes.size());
    for (const Edge &edge : m_edges) {
        forward[size_t(edge.from)].push_back(edge.to);
        backward[size_t(edge.to)].push_back(edge.from);
    }
    auto walk = [&](const std::vector<std::vector<int>> &adjacency) {
        std::vector<int> distance(m_nodes.size(), -1);
        std::deque<int> queue{start};
        distance[size_t(start)] = 0;
        while (!queue.empty()) {
            const int v = queue.front();
            queue.pop_front();
            keep[size_t(v)] = true;
            if (hops >= 0 && distance[size_t(v)] >= hops)
                continue;
            for (int w : adjacency[size_t(v)]) {
                if (distance[size_t(w)] < 0) {
                    distance[size_t(w)] = distance[size_t(v)] + 1;
                    queue.push_back(w);
                }
            }
        }
    };
    if (direction != Direction::Downstream)
        walk(forward);
    if (direction != Direction::Upstream)
        walk(backward);
    return induced(keep);
}

Graph Graph::changesOnly() const
{
    const size_t n = m_nodes.size();
    std::vector<std::vector<int>> forward(n), backward(n);
    for (const Edge &edge : m_edges) {
        forward[size_t(edge.from)].push_back(edge.to);
        backward[size_t(edge.to)].push_back(edge.from);
    }
    // reached[v]: some changed node reaches v (following the adjacency); a node lies on a path between two
    // changed nodes exactly when it is reached from one going forward and from one going backward.
    auto reach = [&](const std::vector<std::vector<int>> &adjacency) {
        std::vector<bool> reached(n, false);
        std::vector<int> stack;
        for (size_t i = 0; i < n; ++i) {
            if (isChange(m_nodes[i].action)) {
                reached[i] = true;
                stack.push_back(int(i));
            }
        }
        while (!stack.empty()) {
            const int v = stack.back();
            stack.pop_back();
            for (int w : adjacency[size_t(v)]) {
                if (!reached[size_t(w)]) {
                    reached[size_t(w)] = true;
                    stack.push_back(w);
                }
            }
        }
        return reached;
    };
    const std::vector<bool> down = reach(forward);
    const std::vector<bool> up = reach(backward);
    std::vector<bool> keep(n, false);
    for (size_t i = 0; i < n; ++i)
        keep[i] = isChange(m_nodes[i].action) || (down[i] && up[i]);
    return induced(keep);
}

} // namespace Infradeck
