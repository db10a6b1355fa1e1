// Seeded random DAGs shaped like infrastructure graphs (shallow, ~1.8 edges per node, module clusters), shared
// by the topology tests and tests/bench/topology.
#pragma once

#include "topology/Graph.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <vector>

namespace TestSupport {

struct RandomGraphOptions
{
    int nodes = 100;
    double edgesPerNode = 1.8;
    int levels = 0;            // 0: about 1.5·log2(nodes)
    double clustered = 0.0;    // share of nodes inside modules
    int modules = 0;           // 0: about sqrt(nodes)/2
    double nestedShare = 0.3;  // share of modules nested in another one
    double changedShare = 0.2; // share of nodes with a change action
};

inline Infradeck::Graph randomGraph(quint32 seed, const RandomGraphOptions &options)
{
    using Infradeck::Graph;
    QRandomGenerator rng(seed);
    const int n = options.nodes;
    const int levels = options.levels > 0 ? options.levels
                                          : std::max(3, int(std::lround(1.5 * std::log2(std::max(2, n)))));
    const int modules = options.modules > 0 ? options.modules : std::max(1, int(std::sqrt(double(n)) / 2));
    std::vector<QStringList> modulePaths;
    for (int m = 0; m < modules; ++m) {
        QStringList path;
        if (m > 0 && rng.generateDouble() < options.nestedShare)
            path = modulePaths[size_t(rng.bounded(m))];
        path << QStringLiteral("module.m%1").arg(m);
        modulePaths.push_back(path);
    }
    static const char *providers[] = {"hcloud", "aws", "google", "openstack", "vercel"};
    static const Graph::Action actions[] = {Graph::Action::Create, Graph::Action::Update, Graph::Action::Delete,
                                            Graph::Action::Replace, Graph::Action::Drift};
    Graph graph;
    std::vector<std::vector<int>> byLevel(static_cast<size_t>(levels));
    std::vector<int> level(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) {
        Graph::Node node;
        const QString type = QStringLiteral("%1_res%2").arg(QLatin1String(providers[i % 5])).arg(i % 7);
        node.type = type;
        node.provider = QLatin1String(providers[rng.bounded(5)]);
        if (rng.generateDouble() < options.clustered)
            node.cluster = modulePaths[size_t(rng.bounded(modules))];
        const QString local = type + QStringLiteral(".r%1").arg(i);
        node.id = node.cluster.isEmpty() ? local : node.cluster.join(QLatin1Char('.')) + QLatin1Char('.') + local;
        node.label = node.id;
        node.action = rng.generateDouble() < options.changedShare ? actions[rng.bounded(5)] : Graph::Action::NoOp;
        graph.addNode(node);
        level[size_t(i)] = int(rng.bounded(levels));
        byLevel[size_t(level[size_t(i)])].push_back(i);
    }
    // Edges go one level down mostly, sometimes two or three: long edges exist but stay rare, as in real plans.
    const qint64 wanted = qint64(std::llround(options.edgesPerNode * n));
    qint64 attempts = 0;
    while (graph.edgeCount() < wanted && attempts < wanted * 20) {
        ++attempts;
        const int from = int(rng.bounded(n));
        const double r = rng.generateDouble();
        const int span = r < 0.7 ? 1 : r < 0.9 ? 2 : 3;
        const int target = level[size_t(from)] + span;
        if (target >= levels || byLevel[size_t(target)].empty())
            continue;
        const auto &candidates = byLevel[size_t(target)];
        graph.addEdge(from, candidates[size_t(rng.bounded(int(candidates.size())))]);
    }
    return graph;
}

} // namespace TestSupport
