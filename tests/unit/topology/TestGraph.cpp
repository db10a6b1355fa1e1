#include "topology/Graph.h"

#include "RandomGraph.h"
#include "TestSupport.h"

#include <QTest>

using namespace Infradeck;

namespace {

Graph::Node node(const QString &id, Graph::Action action = Graph::Action::NoOp, const QStringList &cluster = {})
{
    Graph::Node n;
    n.id = id;
    n.action = action;
    n.cluster = cluster;
    return n;
}

QStringList ids(const Graph &g)
{
    QStringList out;
    for (const auto &n : g.nodes())
        out << n.id;
    return out;
}

QStringList edges(const Graph &g)
{
    QStringList out;
    for (const auto &e : g.edges())
        out << g.node(e.from).id + QStringLiteral("->") + g.node(e.to).id;
    return out;
}

// app → {web, db}; web → net; db → net; net → vpc; lonely; a module "module.m" with m1 → m2 → vpc and
// nested "module.m.module.k" with k1 → m1.
Graph handGraph()
{
    Graph g;
    const QStringList m{QStringLiteral("module.m")};
    const QStringList k{QStringLiteral("module.m"), QStringLiteral("module.k")};
    g.addNode(node(QStringLiteral("app"), Graph::Action::Update));
    g.addNode(node(QStringLiteral("web")));
    g.addNode(node(QStringLiteral("db")));
    g.addNode(node(QStringLiteral("net")));
    g.addNode(node(QStringLiteral("vpc"), Graph::Action::Replace));
    g.addNode(node(QStringLiteral("lonely"), Graph::Action::Create));
    g.addNode(node(QStringLiteral("module.m.m1"), Graph::Action::Delete, m));
    g.addNode(node(QStringLiteral("module.m.m2"), Graph::Action::NoOp, m));
    g.addNode(node(QStringLiteral("module.m.module.k.k1"), Graph::Action::Read, k));
    for (auto [f, t] : {std::pair{"app", "web"}, {"app", "db"}, {"web", "net"}, {"db", "net"}, {"net", "vpc"},
                        {"module.m.m1", "module.m.m2"}, {"module.m.m2", "vpc"}, {"module.m.module.k.k1", "module.m.m1"}})
        g.addEdge(QLatin1String(f), QLatin1String(t));
    return g;
}

} // namespace

class TestGraph : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addNodesAndEdges()
    {
        Graph g;
        QCOMPARE(g.addNode(node(QStringLiteral("a"))), 0);
        QCOMPARE(g.addNode(node(QStringLiteral("b"))), 1);
        QCOMPARE(g.addNode(node(QStringLiteral("a"), Graph::Action::Create)), 0); // replaced, same index
        QCOMPARE(g.nodeCount(), 2);
        QCOMPARE(g.node(0).action, Graph::Action::Create);
        QVERIFY(g.addEdge(QStringLiteral("a"), QStringLiteral("b")));
        QVERIFY(!g.addEdge(QStringLiteral("a"), QStringLiteral("b")));       // duplicate
        QVERIFY(!g.addEdge(QStringLiteral("a"), QStringLiteral("a")));       // self-loop
        QVERIFY(!g.addEdge(QStringLiteral("a"), QStringLiteral("missing"))); // unknown
        QVERIFY(!g.addEdge(0, 7));
        QVERIFY(!g.addEdge(-1, 0));
        QCOMPARE(g.edgeCount(), 1);
        QVERIFY(g.hasEdge(QStringLiteral("a"), QStringLiteral("b")));
        QVERIFY(!g.hasEdge(QStringLiteral("b"), QStringLiteral("a")));
        QCOMPARE(g.indexOf(QStringLiteral("nope")), -1);
    }

    void actionNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("action");
        QTest::newRow("create") << QStringLiteral("create") << int(Graph::Action::Create);
        QTest::newRow("no-op") << QStringLiteral("no-op") << int(Graph::Action::NoOp);
        QTest::newRow("replace") << QStringLiteral("replace") << int(Graph::Action::Replace);
        QTest::newRow("drift") << QStringLiteral("drift") << int(Graph::Action::Drift);
        QTest::newRow("garbage") << QStringLiteral("explode") << int(Graph::Action::Unknown);
        QTest::newRow("empty") << QString() << int(Graph::Action::Unknown);
    }

    void actionNames()
    {
        QFETCH(QString, name);
        QFETCH(int, action);
        QCOMPARE(int(Graph::actionFromName(name)), action);
        if (action != int(Graph::Action::Unknown))
            QCOMPARE(Graph::actionName(Graph::Action(action)), name);
    }

    void clusters()
    {
        const Graph g = handGraph();
        QCOMPARE(g.clusterKeys(), (QStringList{QStringLiteral("module.m"), QStringLiteral("module.m.module.k")}));
        const auto sizes = g.clusterSizes();
        QCOMPARE(sizes.value(QStringLiteral("module.m")), 3);
        QCOMPARE(sizes.value(QStringLiteral("module.m.module.k")), 1);
    }

    void collapse()
    {
        const Graph g = handGraph();
        const Graph c = g.collapseClusters(2);
        // module.m (3 nodes) collapses with its nested module; edges merge onto it.
        QCOMPARE(ids(c), (QStringList{"app", "web", "db", "net", "vpc", "lonely", "module.m"}));
        const Graph::Node &m = c.node(c.indexOf(QStringLiteral("module.m")));
        QCOMPARE(m.collapsedCount, 3);
        QCOMPARE(m.action, Graph::Action::Delete); // the most consequential member action
        QVERIFY(m.cluster.isEmpty());
        QVERIFY(c.hasEdge(QStringLiteral("module.m"), QStringLiteral("vpc")));
        QCOMPARE(c.edgeCount(), 6); // internal edges dropped, m2→vpc kept once
        // Expanding the outer one collapses nothing (the inner one is small).
        const Graph e = g.collapseClusters(2, {QStringLiteral("module.m")});
        QCOMPARE(e.nodeCount(), g.nodeCount());
        // With threshold 0 the expanded outer module shows its collapsed inner one.
        const Graph inner = g.collapseClusters(0, {QStringLiteral("module.m")});
        QVERIFY(inner.contains(QStringLiteral("module.m.module.k")));
        QCOMPARE(inner.node(inner.indexOf(QStringLiteral("module.m.module.k"))).cluster, QStringList{QStringLiteral("module.m")});
        QVERIFY(inner.hasEdge(QStringLiteral("module.m.module.k"), QStringLiteral("module.m.m1")));
        // Nothing above the threshold: same graph.
        QCOMPARE(edges(g.collapseClusters(100)), edges(g));
    }

    void focus_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<int>("hops");
        QTest::addColumn<int>("direction");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("net up 1") << "net" << 1 << int(Graph::Direction::Upstream) << QStringList{"net", "vpc"};
        QTest::newRow("net down 1") << "net" << 1 << int(Graph::Direction::Downstream) << QStringList{"web", "db", "net"};
        QTest::newRow("net both 1") << "net" << 1 << int(Graph::Direction::Both) << QStringList{"web", "db", "net", "vpc"};
        QTest::newRow("net down all") << "net" << -1 << int(Graph::Direction::Downstream) << QStringList{"app", "web", "db", "net"};
        QTest::newRow("vpc down 2") << "vpc" << 2 << int(Graph::Direction::Downstream)
                                    << QStringList{"web", "db", "net", "vpc", "module.m.m1", "module.m.m2"};
        QTest::newRow("zero hops") << "app" << 0 << int(Graph::Direction::Both) << QStringList{"app"};
        QTest::newRow("unknown") << "nope" << 3 << int(Graph::Direction::Both) << QStringList{};
    }

    void focus()
    {
        QFETCH(QString, start);
        QFETCH(int, hops);
        QFETCH(int, direction);
        QFETCH(QStringList, expected);
        const Graph f = handGraph().focus(start, hops, Graph::Direction(direction));
        QCOMPARE(ids(f), expected);
        for (const auto &e : f.edges())
            QVERIFY(handGraph().hasEdge(f.node(e.from).id, f.node(e.to).id));
    }

    void changesOnly()
    {
        const Graph c = handGraph().changesOnly();
        // app (update) and vpc (replace) are changed: web, db, net lie between them; m1 (delete) reaches vpc via
        // m2; k1 is a read (not a change) and lonely is a create with no path.
        QCOMPARE(ids(c), (QStringList{"app", "web", "db", "net", "vpc", "lonely", "module.m.m1", "module.m.m2"}));
        QCOMPARE(c.edgeCount(), 7);
        Graph quiet;
        quiet.addNode(node(QStringLiteral("x")));
        QCOMPARE(quiet.changesOnly().nodeCount(), 0);
    }

    void deterministicOps()
    {
        TestSupport::RandomGraphOptions options;
        options.nodes = 300;
        options.clustered = 0.8;
        options.nestedShare = 0.5;
        const Graph a = TestSupport::randomGraph(9, options);
        const Graph b = TestSupport::randomGraph(9, options);
        QCOMPARE(ids(a.collapseClusters(5)), ids(b.collapseClusters(5)));
        QCOMPARE(edges(a.collapseClusters(5)), edges(b.collapseClusters(5)));
        QCOMPARE(ids(a.changesOnly()), ids(b.changesOnly()));
        const QString start = a.node(17).id;
        QCOMPARE(edges(a.focus(start, 2, Graph::Direction::Both)), edges(b.focus(start, 2, Graph::Direction::Both)));
        // Collapsing keeps every node accounted for.
        const Graph c = a.collapseClusters(5);
        int represented = 0;
        for (const auto &n : c.nodes())
            represented += std::max(1, n.collapsedCount);
        QCOMPARE(represented, a.nodeCount());
    }
};

QTEST_GUILESS_MAIN(TestGraph)
#include "TestGraph.moc"
