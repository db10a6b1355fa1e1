// InventoryDiff: hand-made state pairs with known differences, ignore rules, plan drift, redaction of its output.
#include "terraform/InventoryDiff.h"
#include "terraform/InventoryIgnoreRules.h"
#include "terraform/PlanReader.h"
#include "terraform/StateReader.h"

#include "common/Redaction.h"

#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace Infradeck;

namespace {

Inventory load(const QString &relative)
{
    auto inv = StateReader::readFile(TestSupport::testData(relative));
    if (!inv)
        qFatal("%s", qPrintable(inv.error().toString()));
    return inv.value();
}

QStringList addresses(const InventoryDiff &diff, InventoryDiff::Kind kind)
{
    QStringList out;
    for (const InventoryDiff::Entry &e : diff.entries)
        if (e.kind == kind)
            out << e.address;
    out.sort();
    return out;
}

QString allText(const InventoryDiff &diff)
{
    return diff.toText() + QString::fromUtf8(QJsonDocument(diff.toJson()).toJson());
}

} // namespace

class TestInventoryDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownDifferences();
    void ignoreRules();
    void noIgnoreShowsIds();
    void identicalStates();
    void groupsByModuleAndType();
    void sensitiveNeverShown();
    void rulesFile_data();
    void rulesFile();
    void demoStagingVsProduction();
    void stateVsPlanPriorState();
    void planDrift_data();
    void planDrift();
};

void TestInventoryDiff::knownDifferences()
{
    const auto rules = InventoryIgnoreRules::loadDefault();
    QVERIFY2(rules.ok(), qPrintable(rules.error().toString()));
    const InventoryDiff diff = InventoryDiff::compare(load(QStringLiteral("states/diff-a.tfstate")),
                                                      load(QStringLiteral("states/diff-b.tfstate")), rules.value());
    QCOMPARE(addresses(diff, InventoryDiff::Kind::OnlyInA),
             (QStringList{QStringLiteral("hcloud_server.worker[1]"), QStringLiteral("hcloud_volume.only_a")}));
    QCOMPARE(addresses(diff, InventoryDiff::Kind::OnlyInB),
             (QStringList{QStringLiteral("hcloud_server.worker[2]"), QStringLiteral("hcloud_volume.only_b"),
                          QStringLiteral("module.dns.vercel_dns_record.rec[\"api\"]")}));
    QCOMPARE(addresses(diff, InventoryDiff::Kind::Changed), QStringList{QStringLiteral("hcloud_server.web")});
    // worker[0], rec["www"] and the data source differ only in ignored attributes (id).
    QCOMPARE(diff.unchanged, 3);

    const InventoryDiff::Entry *web = nullptr;
    for (const InventoryDiff::Entry &e : diff.entries)
        if (e.address == QLatin1String("hcloud_server.web"))
            web = &e;
    QVERIFY(web);
    QStringList paths;
    for (const AttributeDiff::Entry &c : web->changes)
        paths << c.path;
    // id, ipv4_address and created are ignored; server_type and the sensitive user_data differ.
    QCOMPARE(paths, (QStringList{QStringLiteral("server_type"), QStringLiteral("user_data")}));
    QCOMPARE(web->changes.at(0).before, QStringLiteral("\"cx22\""));
    QCOMPARE(web->changes.at(0).after, QStringLiteral("\"cpx31\""));
    QVERIFY(web->changes.at(1).sensitive);
    QCOMPARE(web->changes.at(1).before, Redaction::mask());

    QCOMPARE(diff.outputs.size(), 2);
    QCOMPARE(diff.outputs.at(0).name, QStringLiteral("ip"));
    QCOMPARE(diff.outputs.at(0).b, QStringLiteral("\"203.0.113.1\""));
    QCOMPARE(diff.outputs.at(1).name, QStringLiteral("token"));
    QVERIFY(diff.outputs.at(1).sensitive);

    const QJsonObject json = diff.toJson();
    const QJsonObject summary = json.value(QStringLiteral("summary")).toObject();
    QCOMPARE(summary.value(QStringLiteral("only_in_a")).toInt(), 2);
    QCOMPARE(summary.value(QStringLiteral("only_in_b")).toInt(), 3);
    QCOMPARE(summary.value(QStringLiteral("changed")).toInt(), 1);
    QCOMPARE(summary.value(QStringLiteral("unchanged")).toInt(), 3);
}

void TestInventoryDiff::ignoreRules()
{
    const InventoryIgnoreRules rules = InventoryIgnoreRules::fromLists(
        {QStringLiteral("id"), QStringLiteral("*_address"), QStringLiteral("creat?d")}, {QStringLiteral("labels\\.env")});
    QVERIFY(rules.ignoresName(QStringLiteral("id")));
    QVERIFY(rules.ignoresName(QStringLiteral("ipv4_address")));
    QVERIFY(rules.ignoresName(QStringLiteral("created")));
    QVERIFY(!rules.ignoresName(QStringLiteral("identity")));
    QVERIFY(!rules.ignoresName(QStringLiteral("address_family_x")));
    QVERIFY(rules.ignores({QStringLiteral("network"), qint64(0), QStringLiteral("id")}, QStringLiteral("network[0].id")));
    QVERIFY(rules.ignores({QStringLiteral("labels"), QStringLiteral("env")}, QStringLiteral("labels.env")));
    QVERIFY(!rules.ignores({QStringLiteral("labels"), QStringLiteral("role")}, QStringLiteral("labels.role")));
    // Anchored: a path only containing the pattern does not match.
    QVERIFY(!rules.ignores({QStringLiteral("x")}, QStringLiteral("xlabels.envx")));
}

void TestInventoryDiff::noIgnoreShowsIds()
{
    const InventoryDiff diff = InventoryDiff::compare(load(QStringLiteral("states/diff-a.tfstate")),
                                                      load(QStringLiteral("states/diff-b.tfstate")), InventoryIgnoreRules());
    QCOMPARE(diff.unchanged, 1); // only the data source is identical
    QCOMPARE(diff.count(InventoryDiff::Kind::Changed), 3);
}

void TestInventoryDiff::identicalStates()
{
    const Inventory a = load(QStringLiteral("states/diff-a.tfstate"));
    const InventoryDiff diff = InventoryDiff::compare(a, a, InventoryIgnoreRules());
    QVERIFY(diff.isEmpty());
    QCOMPARE(diff.unchanged, a.resources.size());
    QVERIFY(diff.toText().contains(QStringLiteral("0 only in A, 0 only in B, 0 different")));
}

void TestInventoryDiff::groupsByModuleAndType()
{
    const InventoryDiff diff = InventoryDiff::compare(load(QStringLiteral("states/diff-a.tfstate")),
                                                      load(QStringLiteral("states/diff-b.tfstate")),
                                                      InventoryIgnoreRules::loadDefault().value());
    const QList<InventoryDiff::Group> groups = diff.groups();
    QStringList keys;
    for (const InventoryDiff::Group &g : groups)
        keys << g.module + QLatin1Char('|') + g.type;
    QCOMPARE(keys, (QStringList{QStringLiteral("|hcloud_server"), QStringLiteral("|hcloud_volume"),
                                QStringLiteral("module.dns|vercel_dns_record")}));
    QCOMPARE(groups.at(0).entries.size(), 3); // web (changed), worker[1], worker[2]
    const QString text = diff.toText();
    QVERIFY(text.indexOf(QStringLiteral("root module")) < text.indexOf(QStringLiteral("module.dns\n")));
}

void TestInventoryDiff::sensitiveNeverShown()
{
    const InventoryDiff diff = InventoryDiff::compare(load(QStringLiteral("states/diff-a.tfstate")),
                                                      load(QStringLiteral("states/diff-b.tfstate")), InventoryIgnoreRules());
    const QString text = allText(diff);
    QVERIFY(!text.contains(QStringLiteral("diff-secret")));
    QVERIFY(text.contains(QStringLiteral("user_data")));
    QVERIFY(text.contains(QStringLiteral("(sensitive)")));
}

void TestInventoryDiff::rulesFile_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("error"); // empty: loads
    QTest::newRow("ok") << QByteArray("names: [id, \"*_id\"]\npaths: ['a\\.b']\n") << QString();
    QTest::newRow("empty") << QByteArray("") << QString();
    QTest::newRow("not a map") << QByteArray("- id\n") << QStringLiteral("not a map");
    QTest::newRow("unknown key") << QByteArray("nmes: [id]\n") << QStringLiteral("unknown key \"nmes\"");
    QTest::newRow("names not list") << QByteArray("names: id\n") << QStringLiteral("not a list");
    QTest::newRow("bad regex") << QByteArray("paths: ['(']\n") << QStringLiteral("invalid regular expression");
    QTest::newRow("bad yaml") << QByteArray("names: [id\n") << QStringLiteral("invalid YAML");
}

void TestInventoryDiff::rulesFile()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, error);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rules.yaml"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(yaml);
    f.close();
    const auto rules = InventoryIgnoreRules::load(path);
    if (error.isEmpty()) {
        QVERIFY2(rules.ok(), qPrintable(rules.error().toString()));
        return;
    }
    QVERIFY(!rules.ok());
    QVERIFY2(rules.error().message.contains(error), qPrintable(rules.error().toString()));
    QCOMPARE(rules.error().source, path);
    QVERIFY(rules.error().line > 0);
}

void TestInventoryDiff::demoStagingVsProduction()
{
    const QString dir = TestSupport::resourcesDir() + QStringLiteral("/demo/states/");
    const auto staging = StateReader::readFile(dir + QStringLiteral("staging.tfstate"));
    const auto production = StateReader::readFile(dir + QStringLiteral("production.tfstate"));
    QVERIFY(staging.ok() && production.ok());
    const InventoryDiff diff = InventoryDiff::compare(staging.value(), production.value(),
                                                      InventoryIgnoreRules::loadDefault().value());
    QVERIFY(addresses(diff, InventoryDiff::Kind::Changed).contains(QStringLiteral("hcloud_server.web")));
    QVERIFY(addresses(diff, InventoryDiff::Kind::OnlyInB).contains(QStringLiteral("module.dns.vercel_dns_record.apex")));
    const QString text = allText(diff);
    QVERIFY(text.contains(QStringLiteral("\"cx22\" -> \"cpx31\"")));
    QVERIFY(!text.contains(QStringLiteral("demo-sensitive-DO-NOT-SHOW")));
}

void TestInventoryDiff::stateVsPlanPriorState()
{
    // The last applied state against the refreshed prior_state of its plan: the drift shows.
    const QString demo = TestSupport::resourcesDir() + QStringLiteral("/demo/");
    const auto state = StateReader::readFile(demo + QStringLiteral("states/production.tfstate"));
    const auto prior = StateReader::readStateOrPlanFile(demo + QStringLiteral("plans/production.plan.json"));
    QVERIFY(state.ok() && prior.ok());
    const InventoryDiff diff = InventoryDiff::compare(state.value(), prior.value(), InventoryIgnoreRules::loadDefault().value());
    QCOMPARE(addresses(diff, InventoryDiff::Kind::Changed), QStringList{QStringLiteral("hcloud_server.web")});
    QCOMPARE(diff.count(InventoryDiff::Kind::OnlyInA) + diff.count(InventoryDiff::Kind::OnlyInB), 0);
    bool backups = false;
    for (const AttributeDiff::Entry &c : diff.entries.first().changes)
        backups |= c.path == QLatin1String("backups") && c.before == QLatin1String("false") && c.after == QLatin1String("true");
    QVERIFY(backups);
    QVERIFY(!allText(diff).contains(QStringLiteral("demo-sensitive-DO-NOT-SHOW")));
}

void TestInventoryDiff::planDrift_data()
{
    QTest::addColumn<QString>("plan");
    QTest::addColumn<QStringList>("drifted");
    QTest::addColumn<QString>("attribute"); // one changed attribute path expected on the first entry
    QTest::newRow("demo production") << TestSupport::resourcesDir() + QStringLiteral("/demo/plans/production.plan.json")
                                     << QStringList{QStringLiteral("hcloud_server.web")} << QStringLiteral("backups");
    QTest::newRow("demo staging (none)") << TestSupport::resourcesDir() + QStringLiteral("/demo/plans/staging.plan.json")
                                         << QStringList{} << QString();
    if (!TestSupport::haveFixtures())
        return;
    QTest::newRow("tf show-json drift") << TestSupport::fixture(QStringLiteral("plans/terraform/internal/command/testdata/show-json/drift/output.json"))
                                        << QStringList{QStringLiteral("test_instance.should_refresh")} << QStringLiteral("ami");
    QTest::newRow("infracost after deploy") << TestSupport::fixture(QStringLiteral("plans/infracost/cmd/infracost/testdata/instance_with_attachment_after_deploy.json"))
                                            << QStringList{QStringLiteral("aws_default_subnet.default"), QStringLiteral("aws_instance.ec2")}
                                            << QString();
}

void TestInventoryDiff::planDrift()
{
    QFETCH(QString, plan);
    QFETCH(QStringList, drifted);
    QFETCH(QString, attribute);
    const auto read = PlanReader::readFile(plan);
    QVERIFY2(read.ok(), qPrintable(read.error().toString()));
    const InventoryDiff diff = InventoryDiff::fromDrift(read.value());
    QCOMPARE(diff.entries.size(), read->drift.size());
    QStringList got;
    for (const InventoryDiff::Entry &e : diff.entries)
        got << e.address;
    for (const QString &d : drifted)
        QVERIFY2(got.contains(d), qPrintable(got.join(QLatin1Char(','))));
    if (!attribute.isEmpty()) {
        bool found = false;
        for (const InventoryDiff::Entry &e : diff.entries)
            for (const AttributeDiff::Entry &c : e.changes)
                found |= c.path == attribute;
        QVERIFY2(found, qPrintable(diff.toText()));
    }
    QVERIFY(!allText(diff).contains(QStringLiteral("demo-sensitive-DO-NOT-SHOW")));
}

QTEST_GUILESS_MAIN(TestInventoryDiff)
#include "TestInventoryDiff.moc"
