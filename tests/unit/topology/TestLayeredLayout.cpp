#include "topology/LayeredLayout.h"

#include "RandomGraph.h"
#include "TestSupport.h"
#include "common/Async.h"

#include <QTest>

using namespace Infradeck;

namespace {

Graph::Node node(const QString &id, const QStringList &cluster = {})
{
    Graph::Node n;
    n.id = id;
    n.cluster = cluster;
    return n;
}

bool strictlyOverlap(const QRectF &a, const QRectF &b)
{
    const double eps = 1e-6;
    return a.left() < b.right() - eps && b.left() < a.right() - eps && a.top() < b.bottom() - eps
        && b.top() < a.bottom() - eps;
}

bool containsRect(const QRectF &outer, const QRectF &inner)
{
    const double eps = 1e-6;
    return inner.left() >= outer.left() - eps && inner.right() <= outer.right() + eps
        && inner.top() >= outer.top() - eps && inner.bottom() <= outer.bottom() + eps;
}

// The invariants every layout must satisfy; returns an empty string or what broke.
QString checkInvariants(const Graph &graph, const LayeredLayout::Result &r)
{
    const int n = graph.nodeCount();
    if (int(r.nodes.size()) != n || int(r.layers.size()) != n)
        return QStringLiteral("result size");
    for (int a = 0; a < n; ++a) {
        for (int b = a + 1; b < n; ++b) {
            if (strictlyOverlap(r.nodes[size_t(a)], r.nodes[size_t(b)]))
                return QStringLiteral("nodes %1 and %2 overlap").arg(graph.node(a).id, graph.node(b).id);
        }
    }
    QHash<QString, QRectF> boxes;
    for (const auto &box : r.clusters)
        boxes.insert(box.key, box.rect);
    for (int v = 0; v < n; ++v) {
        const QStringList &path = graph.node(v).cluster;
        for (qsizetype d = 1; d <= path.size(); ++d) {
            const QString key = Graph::clusterKey(path.mid(0, d));
            if (!boxes.contains(key))
                return QStringLiteral("no box for %1").arg(key);
            if (!containsRect(boxes.value(key), r.nodes[size_t(v)]))
                return QStringLiteral("node %1 outside cluster %2").arg(graph.node(v).id, key);
        }
        // Nodes outside a cluster must not be inside its box.
        for (const auto &box : r.clusters) {
            const bool member = Graph::clusterKey(path) == box.key
                || Graph::clusterKey(path).startsWith(box.key + QLatin1Char('.'));
            if (!member && strictlyOverlap(box.rect, r.nodes[size_t(v)]))
                return QStringLiteral("foreign node %1 inside cluster %2").arg(graph.node(v).id, box.key);
        }
    }
    for (size_t i = 0; i < r.clusters.size(); ++i) {
        for (size_t j = i + 1; j < r.clusters.size(); ++j) {
            const auto &a = r.clusters[i], &b = r.clusters[j];
            const bool nested = a.key.startsWith(b.key + QLatin1Char('.')) || b.key.startsWith(a.key + QLatin1Char('.'));
            if (nested) {
                const auto &outer = a.key.size() < b.key.size() ? a : b;
                const auto &inner = a.key.size() < b.key.size() ? b : a;
                if (!containsRect(outer.rect, inner.rect))
                    return QStringLiteral("cluster %1 not inside %2").arg(inner.key, outer.key);
            } else if (strictlyOverlap(a.rect, b.rect)) {
                return QStringLiteral("clusters %1 and %2 overlap").arg(a.key, b.key);
            }
        }
    }
    for (const auto &route : r.routes) {
        const Graph::Edge &e = graph.edges()[size_t(route.edge)];
        const int lf = r.layers[size_t(e.from)], lt = r.layers[size_t(e.to)];
        if (route.reversed ? !(lt < lf) : !(lf < lt))
            return QStringLiteral("edge %1 -> %2 against the layers").arg(graph.node(e.from).id, graph.node(e.to).id);
        if (route.points.size() < 2)
            return QStringLiteral("route too short");
        const QRectF from = r.nodes[size_t(e.from)].adjusted(-0.5, -0.5, 0.5, 0.5);
        const QRectF to = r.nodes[size_t(e.to)].adjusted(-0.5, -0.5, 0.5, 0.5);
        if (!from.contains(route.points.first()) || !to.contains(route.points.last()))
            return QStringLiteral("route of %1 -> %2 does not touch its nodes").arg(graph.node(e.from).id, graph.node(e.to).id);
        // Bends are strictly between the two nodes' layers.
        if (route.points.size() != 2 + 2 * (std::abs(lt - lf) - 1))
            return QStringLiteral("route of %1 -> %2 has %3 points").arg(graph.node(e.from).id, graph.node(e.to).id).arg(route.points.size());
    }
    for (const QRectF &rect : r.nodes) {
        if (!containsRect(r.bounds, rect))
            return QStringLiteral("bounds do not contain every node");
    }
    return {};
}

} // namespace

class TestLayeredLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countCrossings_data()
    {
        QTest::addColumn<QList<QPointF>>("segments");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("empty") << QList<QPointF>{} << qint64(0);
        QTest::newRow("one") << QList<QPointF>{{0, 0}} << qint64(0);
        QTest::newRow("parallel") << QList<QPointF>{{0, 0}, {1, 1}} << qint64(0);
        QTest::newRow("x") << QList<QPointF>{{0, 1}, {1, 0}} << qint64(1);
        QTest::newRow("shared upper") << QList<QPointF>{{0, 0}, {0, 1}} << qint64(0);
        QTest::newRow("shared lower") << QList<QPointF>{{0, 1}, {1, 1}} << qint64(0);
        QTest::newRow("K2,2") << QList<QPointF>{{0, 0}, {0, 1}, {1, 0}, {1, 1}} << qint64(1);
        QTest::newRow("reversed 3") << QList<QPointF>{{0, 2}, {1, 1}, {2, 0}} << qint64(3);
        QTest::newRow("fan") << QList<QPointF>{{1, 0}, {0, 1}, {0, 2}, {2, 1.5}} << qint64(3);
        QTest::newRow("real coordinates") << QList<QPointF>{{10.5, 3}, {-2, 7.25}, {4, -1}} << qint64(2);
    }

    void countCrossings()
    {
        QFETCH(QList<QPointF>, segments);
        QFETCH(qint64, expected);
        std::vector<LayeredLayout::Segment> s;
        for (const QPointF &p : segments)
            s.emplace_back(p.x(), p.y());
        QCOMPARE(LayeredLayout::countCrossings(s), expected);
        // Brute force agrees.
        qint64 brute = 0;
        for (size_t i = 0; i < s.size(); ++i)
            for (size_t j = i + 1; j < s.size(); ++j)
                brute += (s[i].first - s[j].first) * (s[i].second - s[j].second) < 0;
        QCOMPARE(brute, expected);
    }

    void countCrossingsMatchesBruteForce()
    {
        QRandomGenerator rng(7);
        for (int round = 0; round < 50; ++round) {
            std::vector<LayeredLayout::Segment> s;
            const int count = int(rng.bounded(60));
            for (int i = 0; i < count; ++i)
                s.emplace_back(rng.bounded(10), rng.bounded(10));
            qint64 brute = 0;
            for (size_t i = 0; i < s.size(); ++i)
                for (size_t j = i + 1; j < s.size(); ++j)
                    brute += (s[i].first - s[j].first) * (s[i].second - s[j].second) < 0;
            QCOMPARE(LayeredLayout::countCrossings(s), brute);
        }
    }

    void emptyAndSingle()
    {
        Graph empty;
        const auto r0 = LayeredLayout::layout(empty);
        QVERIFY(!r0.canceled);
        QCOMPARE(r0.nodes.size(), size_t(0));
        QCOMPARE(r0.layerCount, 0);
        Graph one;
        one.addNode(node(QStringLiteral("a"), {QStringLiteral("module.x")}));
        const auto r1 = LayeredLayout::layout(one);
        QCOMPARE(r1.layerCount, 1);
        QCOMPARE(r1.clusters.size(), size_t(1));
        QCOMPARE(checkInvariants(one, r1), QString());
    }

    void chainAndTree()
    {
        Graph g;
        for (const char *id : {"root", "a", "b", "a1", "a2", "b1", "b2"})
            g.addNode(node(QLatin1String(id)));
        for (auto [f, t] : {std::pair{"root", "a"}, {"root", "b"}, {"a", "a1"}, {"a", "a2"}, {"b", "b1"}, {"b", "b2"}})
            g.addEdge(QLatin1String(f), QLatin1String(t));
        const auto r = LayeredLayout::layout(g);
        QCOMPARE(r.layerCount, 3);
        QCOMPARE(r.crossings, qint64(0)); // a tree is planar
        QCOMPARE(r.layers[size_t(g.indexOf(QStringLiteral("root")))], 0);
        QCOMPARE(r.layers[size_t(g.indexOf(QStringLiteral("b2")))], 2);
        QCOMPARE(checkInvariants(g, r), QString());
        // Parent roughly centred over its children.
        const double root = r.nodes[size_t(g.indexOf(QStringLiteral("root")))].center().x();
        const double a = r.nodes[size_t(g.indexOf(QStringLiteral("a")))].center().x();
        const double b = r.nodes[size_t(g.indexOf(QStringLiteral("b")))].center().x();
        QVERIFY(root > std::min(a, b) && root < std::max(a, b));
    }

    void crossingRemovedByOrdering()
    {
        // Given in an order that crosses: a→y, b→x with x created before y.
        Graph g;
        for (const char *id : {"a", "b", "x", "y"})
            g.addNode(node(QLatin1String(id)));
        g.addEdge(QStringLiteral("a"), QStringLiteral("y"));
        g.addEdge(QStringLiteral("b"), QStringLiteral("x"));
        g.addEdge(QStringLiteral("a"), QStringLiteral("x"));
        const auto r = LayeredLayout::layout(g);
        QCOMPARE(r.crossings, qint64(0));
    }

    void cycleIsBroken()
    {
        Graph g;
        for (const char *id : {"a", "b", "c"})
            g.addNode(node(QLatin1String(id)));
        g.addEdge(QStringLiteral("a"), QStringLiteral("b"));
        g.addEdge(QStringLiteral("b"), QStringLiteral("c"));
        g.addEdge(QStringLiteral("c"), QStringLiteral("a"));
        const auto r = LayeredLayout::layout(g);
        QCOMPARE(r.reversedEdges, 1);
        QCOMPARE(r.layerCount, 3);
        QCOMPARE(r.routes.size(), size_t(3));
        int reversed = 0;
        for (const auto &route : r.routes)
            reversed += route.reversed;
        QCOMPARE(reversed, 1);
        QCOMPARE(checkInvariants(g, r), QString());
    }

    void longEdgeGetsBends()
    {
        Graph g;
        for (const char *id : {"a", "b", "c", "d"})
            g.addNode(node(QLatin1String(id)));
        g.addEdge(QStringLiteral("a"), QStringLiteral("b"));
        g.addEdge(QStringLiteral("b"), QStringLiteral("c"));
        g.addEdge(QStringLiteral("c"), QStringLiteral("d"));
        g.addEdge(QStringLiteral("a"), QStringLiteral("d"));
        const auto r = LayeredLayout::layout(g);
        QCOMPARE(r.dummyCount, 2);
        for (const auto &route : r.routes) {
            if (route.edge == 3)
                QCOMPARE(route.points.size(), 6);
        }
        QCOMPARE(checkInvariants(g, r), QString());
    }

    void nestedClusters()
    {
        Graph g;
        const QStringList net{QStringLiteral("module.net")};
        const QStringList sub{QStringLiteral("module.net"), QStringLiteral("module.sub")};
        const QStringList app{QStringLiteral("module.app")};
        g.addNode(node(QStringLiteral("top")));
        g.addNode(node(QStringLiteral("module.net.n1"), net));
        g.addNode(node(QStringLiteral("module.net.module.sub.s1"), sub));
        g.addNode(node(QStringLiteral("module.net.module.sub.s2"), sub));
        g.addNode(node(QStringLiteral("module.app.a1"), app));
        g.addNode(node(QStringLiteral("module.app.a2"), app));
        g.addNode(node(QStringLiteral("bottom")));
        g.addEdge(QStringLiteral("top"), QStringLiteral("module.net.n1"));
        g.addEdge(QStringLiteral("top"), QStringLiteral("module.app.a1"));
        g.addEdge(QStringLiteral("module.net.n1"), QStringLiteral("module.net.module.sub.s1"));
        g.addEdge(QStringLiteral("module.net.module.sub.s1"), QStringLiteral("module.net.module.sub.s2"));
        g.addEdge(QStringLiteral("module.app.a1"), QStringLiteral("module.net.module.sub.s2"));
        g.addEdge(QStringLiteral("module.app.a1"), QStringLiteral("module.app.a2"));
        g.addEdge(QStringLiteral("module.app.a2"), QStringLiteral("bottom"));
        g.addEdge(QStringLiteral("module.net.module.sub.s2"), QStringLiteral("bottom"));
        g.addEdge(QStringLiteral("top"), QStringLiteral("bottom"));
        const auto r = LayeredLayout::layout(g);
        QCOMPARE(r.clusters.size(), size_t(3));
        QCOMPARE(checkInvariants(g, r), QString());
        for (const auto &box : r.clusters) {
            if (box.key == QStringLiteral("module.net.module.sub")) {
                QCOMPARE(box.depth, 2);
                QCOMPARE(box.title, QStringLiteral("module.sub"));
            }
        }
    }

    void randomInvariants_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<int>("nodes");
        QTest::addColumn<double>("clustered");
        QTest::addColumn<double>("nested");
        for (quint32 seed : {1u, 2u, 3u, 4u, 5u}) {
            QTest::addRow("flat-%u", seed) << seed << 60 << 0.0 << 0.0;
            QTest::addRow("clustered-%u", seed) << seed << 120 << 0.7 << 0.0;
            QTest::addRow("nested-%u", seed) << seed << 200 << 0.8 << 0.5;
        }
        QTest::addRow("dense-modules") << 99u << 300 << 1.0 << 0.6;
        QTest::addRow("huge") << 2024u << 2000 << 0.7 << 0.4;
    }

    void randomInvariants()
    {
        QFETCH(quint32, seed);
        QFETCH(int, nodes);
        QFETCH(double, clustered);
        QFETCH(double, nested);
        TestSupport::RandomGraphOptions options;
        options.nodes = nodes;
        options.clustered = clustered;
        options.nestedShare = nested;
        const Graph g = TestSupport::randomGraph(seed, options);
        const auto r = LayeredLayout::layout(g);
        QVERIFY(!r.canceled);
        QCOMPARE(r.reversedEdges, 0); // these are DAGs
        QCOMPARE(checkInvariants(g, r), QString());
    }

    void checkerCatchesBrokenLayouts()
    {
        // The invariant check must be able to fail: break a correct layout in each way it looks for.
        TestSupport::RandomGraphOptions options;
        options.nodes = 80;
        options.clustered = 0.7;
        const Graph g = TestSupport::randomGraph(21, options);
        const auto good = LayeredLayout::layout(g);
        QCOMPARE(checkInvariants(g, good), QString());
        auto overlap = good;
        overlap.nodes[1].moveCenter(overlap.nodes[0].center());
        QVERIFY(checkInvariants(g, overlap).contains(QLatin1String("overlap"))
                || checkInvariants(g, overlap).contains(QLatin1String("outside")));
        auto escaped = good;
        int clustered = 0;
        while (g.node(clustered).cluster.isEmpty())
            ++clustered;
        escaped.nodes[size_t(clustered)].translate(0, -100000);
        QVERIFY(!checkInvariants(g, escaped).isEmpty());
        auto upside = good;
        upside.layers[size_t(g.edges()[0].from)] = 1000;
        QVERIFY(checkInvariants(g, upside).contains(QLatin1String("against the layers")));
        auto boxes = good;
        QVERIFY(boxes.clusters.size() >= 2);
        boxes.clusters[1].rect = boxes.clusters[0].rect;
        QVERIFY(!checkInvariants(g, boxes).isEmpty());
    }

    void randomWithCycles()
    {
        TestSupport::RandomGraphOptions options;
        options.nodes = 150;
        options.clustered = 0.6;
        Graph g = TestSupport::randomGraph(11, options);
        QRandomGenerator rng(5);
        for (int i = 0; i < 40; ++i)
            g.addEdge(int(rng.bounded(150)), int(rng.bounded(150)));
        const auto r = LayeredLayout::layout(g);
        QVERIFY(r.reversedEdges > 0);
        QCOMPARE(checkInvariants(g, r), QString());
    }

    void deterministic()
    {
        TestSupport::RandomGraphOptions options;
        options.nodes = 400;
        options.clustered = 0.7;
        options.nestedShare = 0.4;
        const Graph g = TestSupport::randomGraph(42, options);
        const auto a = LayeredLayout::layout(g);
        const auto b = LayeredLayout::layout(TestSupport::randomGraph(42, options));
        QCOMPARE(a.nodes, b.nodes);
        QCOMPARE(a.crossings, b.crossings);
        QCOMPARE(a.routes.size(), b.routes.size());
        for (size_t i = 0; i < a.routes.size(); ++i)
            QCOMPARE(a.routes[i].points, b.routes[i].points);
        for (size_t i = 0; i < a.clusters.size(); ++i)
            QCOMPARE(a.clusters[i].rect, b.clusters[i].rect);
    }

    void sizesAreUsed()
    {
        Graph g;
        g.addNode(node(QStringLiteral("a")));
        g.addNode(node(QStringLiteral("b")));
        g.addEdge(0, 1);
        const auto r = LayeredLayout::layout(g, {QSizeF(300, 50), QSizeF(10, 10)});
        QCOMPARE(r.nodes[0].size(), QSizeF(300, 50));
        QCOMPARE(r.nodes[1].size(), QSizeF(10, 10));
        // Missing or invalid sizes fall back to the label estimate.
        const auto d = LayeredLayout::layout(g, {QSizeF(-1, -1)});
        QCOMPARE(d.nodes[0].size(), LayeredLayout::defaultNodeSize(g.node(0)));
    }

    void cancellation()
    {
        TestSupport::RandomGraphOptions options;
        options.nodes = 500;
        const Graph g = TestSupport::randomGraph(3, options);
        const TaskControl stop([] { return true; }, [](int, int) {});
        QVERIFY(LayeredLayout::layout(g, {}, {}, &stop).canceled);
        int progressCalls = 0;
        const TaskControl go([] { return false; }, [&progressCalls](int, int) { ++progressCalls; });
        QVERIFY(!LayeredLayout::layout(g, {}, {}, &go).canceled);
        QVERIFY(progressCalls > 0);
    }

    void layersAreShallowForWideGraphs()
    {
        // Sources pulled down next to their successors: an isolated source feeding a bottom node is not on top.
        Graph g;
        for (const char *id : {"a", "b", "c", "lonely"})
            g.addNode(node(QLatin1String(id)));
        g.addEdge(QStringLiteral("a"), QStringLiteral("b"));
        g.addEdge(QStringLiteral("b"), QStringLiteral("c"));
        g.addEdge(QStringLiteral("lonely"), QStringLiteral("c"));
        const auto r = LayeredLayout::layout(g);
        QCOMPARE(r.layers[3], 1);
    }
};

QTEST_GUILESS_MAIN(TestLayeredLayout)
#include "TestLayeredLayout.moc"
