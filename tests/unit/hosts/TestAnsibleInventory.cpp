// AnsibleInventory: groups, children, vars inheritance, ranges, and broken inventories.
#include "TestSupport.h"

#include "hosts/AnsibleInventory.h"
#include "hosts/HostDirectory.h"

#include <QTest>

using namespace Infradeck;

class TestAnsibleInventory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsGroupsAndVars();
    void broken_data();
    void broken();
    void directoryMerges();
};

void TestAnsibleInventory::readsGroupsAndVars()
{
    const auto inv = AnsibleInventory::load(TestSupport::testData(QStringLiteral("hosts/hosts.yml")));
    QVERIFY2(inv.ok(), qPrintable(inv.error().toString()));
    QStringList names;
    for (const AnsibleHost &h : inv->hosts())
        names << h.host.name;
    QCOMPARE(names, (QStringList{"bastion.example.org", "web1", "web2", "db1", "worker01.example.org",
                                 "worker02.example.org", "worker03.example.org"}));
    const AnsibleHost *bastion = inv->find(QStringLiteral("bastion.example.org"));
    QCOMPARE(bastion->host.address, QStringLiteral("203.0.113.5"));
    QCOMPARE(bastion->host.user, QStringLiteral("admin")); // all: vars
    QCOMPARE(bastion->host.port, 22);
    const AnsibleHost *web2 = inv->find(QStringLiteral("web2"));
    QCOMPARE(web2->host.address, QStringLiteral("2001:db8::2"));
    QCOMPARE(web2->host.port, 2222);
    QCOMPARE(web2->host.user, QStringLiteral("deploy")); // group vars override all's
    QCOMPARE(web2->groups, (QStringList{"all", "web"}));
    QCOMPARE(inv->find(QStringLiteral("db1"))->host.user, QStringLiteral("postgres")); // host var wins
    QCOMPARE(inv->find(QStringLiteral("worker02.example.org"))->host.address, QStringLiteral("worker02.example.org"));
    QVERIFY(inv->groups().contains(QStringLiteral("production")));
    QCOMPARE(inv->hostsInGroup(QStringLiteral("web")).size(), 2);
    QVERIFY(inv->find(QStringLiteral("web1"))->line > 0);
}

void TestAnsibleInventory::broken_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("line");
    QTest::newRow("bad port") << "bad-port.yml" << "ansible_port is not a port number" << 4;
    QTest::newRow("truncated") << "truncated.yml" << "not valid YAML" << -2;
    QTest::newRow("not a map") << "not-a-map.yml" << "must be a map of groups" << 1;
    QTest::newRow("empty") << "empty.yml" << "the inventory is empty" << -1;
    QTest::newRow("missing") << "no-such-file.yml" << "cannot read inventory" << -1;
}

void TestAnsibleInventory::broken()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    QFETCH(int, line);
    const QString path = TestSupport::testData(QStringLiteral("hosts/") + file);
    const auto inv = AnsibleInventory::load(path);
    QVERIFY(!inv.ok());
    QVERIFY2(inv.error().message.contains(message), qPrintable(inv.error().toString()));
    QCOMPARE(inv.error().source, path);
    if (line == -2)
        QVERIFY(inv.error().line > 0);
    else
        QCOMPARE(inv.error().line, line);
    QVERIFY(!inv.error().expected.isEmpty());
}

void TestAnsibleInventory::directoryMerges()
{
    Environment env;
    env.name = QStringLiteral("production");
    env.hosts << Host{QStringLiteral("web-1"), QStringLiteral("203.0.113.10"), 22, QStringLiteral("root")};
    Errors problems;
    const auto ansible = HostDirectory::fromAnsible(TestSupport::testData(QStringLiteral("hosts/hosts.yml")), problems);
    QVERIFY(problems.isEmpty());
    const auto merged = HostDirectory::merge({HostDirectory::fromEnvironment(env), ansible});
    QCOMPARE(merged.size(), 7); // web1 (203.0.113.10:22) is the workspace's web-1
    QCOMPARE(merged.first().host.name, QStringLiteral("web-1"));
    QCOMPARE(merged.first().origin, HostEntry::Origin::Workspace);
    QCOMPARE(merged.at(1).origin, HostEntry::Origin::Ansible);
    HostDirectory::fromAnsible(QStringLiteral("/nonexistent/hosts.yml"), problems);
    QCOMPARE(problems.size(), 1);
}

QTEST_GUILESS_MAIN(TestAnsibleInventory)
#include "TestAnsibleInventory.moc"
