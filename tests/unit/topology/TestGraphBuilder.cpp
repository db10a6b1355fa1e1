#include "topology/GraphBuilder.h"

#include "terraform/PlanReader.h"
#include "terraform/StateReader.h"

#include "TestSupport.h"

#include <QTest>

using namespace Infradeck;

class TestGraphBuilder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void demoProductionPlan();
    void countInstancesInModules();
    void moduleDependsOn();
    void fromState();
    void helpers();

private:
    static QSet<QString> edges(const Graph &g);
};

QSet<QString> TestGraphBuilder::edges(const Graph &g)
{
    QSet<QString> out;
    for (const Graph::Edge &e : g.edges())
        out.insert(g.node(e.from).id + QStringLiteral(" -> ") + g.node(e.to).id);
    return out;
}

void TestGraphBuilder::demoProductionPlan()
{
    const auto plan = PlanReader::readFile(TestSupport::resourcesDir() + QStringLiteral("/demo/plans/production.plan.json"));
    QVERIFY(plan.ok());
    const Graph g = GraphBuilder::fromPlan(plan.value());
    QCOMPARE(g.nodeCount(), 10);
    // Hand-checked from the plan's configuration block.
    const QSet<QString> expected{
        QStringLiteral("hcloud_server.web -> hcloud_firewall.web"),
        QStringLiteral("hcloud_server.web -> hcloud_ssh_key.deploy"),
        QStringLiteral("hcloud_server.web -> hcloud_primary_ip.web_ipv4"), // from the nested public_net block
        QStringLiteral("hcloud_volume_attachment.data -> hcloud_server.web"),
        QStringLiteral("hcloud_volume_attachment.data -> hcloud_volume.data"),
        // module.dns is called with server_ipv4 = hcloud_server.web.ipv4_address
        QStringLiteral("module.dns.vercel_dns_record.apex -> hcloud_server.web"),
        QStringLiteral("module.dns.vercel_dns_record.caa -> hcloud_server.web"),
        QStringLiteral("module.dns.vercel_dns_record.www -> hcloud_server.web"),
    };
    QCOMPARE(edges(g), expected);
    const Graph::Node &server = g.node(g.indexOf(QStringLiteral("hcloud_server.web")));
    QCOMPARE(server.action, Graph::Action::Replace);
    QCOMPARE(server.provider, QStringLiteral("hcloud"));
    const Graph::Node &apex = g.node(g.indexOf(QStringLiteral("module.dns.vercel_dns_record.apex")));
    QCOMPARE(apex.cluster, QStringList{QStringLiteral("module.dns")});
    QCOMPARE(apex.provider, QStringLiteral("vercel"));
    QCOMPARE(g.node(g.indexOf(QStringLiteral("hcloud_volume.data"))).action, Graph::Action::Create);
}

void TestGraphBuilder::countInstancesInModules()
{
    REQUIRE_FIXTURES();
    const auto plan = PlanReader::readFile(TestSupport::fixture(QStringLiteral("plans/terraform/internal/command/testdata/show-json/modules/output.json")));
    QVERIFY(plan.ok());
    const Graph g = GraphBuilder::fromPlan(plan.value());
    QCOMPARE(g.nodeCount(), 4); // module_test_foo's count = 3 gives three instances
    for (int i = 1; i <= 3; ++i)
        QCOMPARE(g.node(i).cluster, QStringList{QStringLiteral("module.module_test_foo")});
    QCOMPARE(g.edgeCount(), 0); // they reference only var.test_var, set from constants
}

void TestGraphBuilder::moduleDependsOn()
{
    REQUIRE_FIXTURES();
    const auto plan = PlanReader::readFile(TestSupport::fixture(QStringLiteral("plans/terraform/internal/command/testdata/show-json/module-depends-on/output.json")));
    QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().toString()));
    const Graph g = GraphBuilder::fromPlan(plan.value());
    // Every node exists once and no edge is a self-loop.
    for (const Graph::Edge &e : g.edges())
        QVERIFY(e.from != e.to);
    QCOMPARE(g.nodeCount(), int(plan->changes.size()));
}

void TestGraphBuilder::fromState()
{
    const auto inventory = StateReader::readFile(TestSupport::resourcesDir() + QStringLiteral("/demo/states/production.tfstate"));
    QVERIFY(inventory.ok());
    const Graph g = GraphBuilder::fromInventory(inventory.value());
    QCOMPARE(g.nodeCount(), int(inventory->resources.size()));
    // Recorded dependencies of the server in the demo state.
    const InventoryResource *server = inventory->find(QStringLiteral("hcloud_server.web"));
    QVERIFY(server);
    for (const QString &dep : server->dependencies)
        QVERIFY2(g.hasEdge(QStringLiteral("hcloud_server.web"), dep), qPrintable(dep));
    QVERIFY(!server->dependencies.isEmpty());
}

void TestGraphBuilder::helpers()
{
    QCOMPARE(GraphBuilder::shortProvider(QStringLiteral("registry.terraform.io/hetznercloud/hcloud")), QStringLiteral("hcloud"));
    QCOMPARE(GraphBuilder::shortProvider(QStringLiteral("provider[\"registry.terraform.io/vercel/vercel\"]")), QStringLiteral("vercel"));
    QCOMPARE(GraphBuilder::shortProvider(QStringLiteral("provider.aws.east")), QStringLiteral("aws"));
    QCOMPARE(GraphBuilder::clusterPath(QStringLiteral("module.a[\"x\"].module.b")),
             (QStringList{QStringLiteral("module.a[\"x\"]"), QStringLiteral("module.b")}));
    QVERIFY(GraphBuilder::clusterPath(QString()).isEmpty());
}

QTEST_GUILESS_MAIN(TestGraphBuilder)
#include "TestGraphBuilder.moc"
