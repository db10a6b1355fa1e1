// StateReader: every public state fixture, the demo states, hand-made broken input, sensitivity masks.
#include "terraform/Inventory.h"
#include "terraform/PlanReader.h"
#include "terraform/StateReader.h"

#include "TestSupport.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace Infradeck;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

int countShowJsonModule(const QJsonObject &module)
{
    int n = int(module.value(QStringLiteral("resources")).toArray().size());
    for (const QJsonValue &child : module.value(QStringLiteral("child_modules")).toArray())
        n += countShowJsonModule(child.toObject());
    return n;
}

// The number of resource instances, computed from the raw JSON without the reader.
int independentCount(const QJsonObject &root)
{
    if (root.contains(QStringLiteral("format_version")))
        return countShowJsonModule(root.value(QStringLiteral("values")).toObject().value(QStringLiteral("root_module")).toObject());
    int n = 0;
    if (root.value(QStringLiteral("version")).toInt() == 4) {
        for (const QJsonValue &r : root.value(QStringLiteral("resources")).toArray())
            n += int(r.toObject().value(QStringLiteral("instances")).toArray().size());
    } else {
        for (const QJsonValue &m : root.value(QStringLiteral("modules")).toArray())
            n += int(m.toObject().value(QStringLiteral("resources")).toObject().size());
    }
    return n;
}

// Every string leaf of value, JSON-quoted as display text would show it.
void collectLeaves(const QJsonValue &value, QStringList &out)
{
    if (value.isString())
        out << QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
    else if (value.isArray())
        for (const QJsonValue &v : value.toArray())
            collectLeaves(v, out);
    else if (value.isObject())
        for (const QJsonValue &v : value.toObject())
            collectLeaves(v, out);
}

// Leaves under a sensitive_values-shaped mask.
void collectMasked(const QJsonValue &value, const QJsonValue &mask, QStringList &out)
{
    if (mask.isBool() && mask.toBool()) {
        collectLeaves(value, out);
        return;
    }
    if (mask.isObject() && value.isObject()) {
        const QJsonObject m = mask.toObject();
        const QJsonObject v = value.toObject();
        for (auto it = m.begin(); it != m.end(); ++it)
            collectMasked(v.value(it.key()), it.value(), out);
    }
    if (mask.isArray() && value.isArray()) {
        const QJsonArray m = mask.toArray();
        const QJsonArray v = value.toArray();
        for (qsizetype i = 0; i < m.size() && i < v.size(); ++i)
            collectMasked(v.at(i), m.at(i), out);
    }
}

} // namespace

class TestStateReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void publicFixtures_data();
    void publicFixtures();
    void brokenInput_data();
    void brokenInput();
    void legacyV3();
    void showJsonNestedModules();
    void countAndForEachKeys();
    void sensitiveAttributePaths();
    void sensitiveOutputsAndValues();
    void providerNormalisation_data();
    void providerNormalisation();
    void demoStates();
    void priorStateFromPlan();
    void priorStateFromWrappedPlan();
    void listJsonShape();
    void largeState();
};

void TestStateReader::publicFixtures_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expectedError"); // empty: loads
    if (!TestSupport::haveFixtures())
        return;
    const QHash<QString, QString> failures{
        {QStringLiteral("show-json-state/empty/terraform.tfstate"), QStringLiteral("empty (0 bytes)")},
        {QStringLiteral("terraform-json/testdata/invalid/state.json"), QStringLiteral("invalid JSON")},
        {QStringLiteral("invalid_version_state.json"), QStringLiteral("unsupported state version 2")},
    };
    QDirIterator it(TestSupport::fixture(QStringLiteral("states")), QDir::Files, QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext())
        files << it.next();
    files.sort();
    for (const QString &f : std::as_const(files)) {
        QString expected;
        for (auto e = failures.begin(); e != failures.end(); ++e)
            if (f.endsWith(e.key()))
                expected = e.value();
        QTest::newRow(qPrintable(f.mid(TestSupport::fixture(QStringLiteral("states")).size() + 1))) << f << expected;
    }
}

void TestStateReader::publicFixtures()
{
    REQUIRE_FIXTURES();
    QFETCH(QString, path);
    QFETCH(QString, expectedError);
    const auto inv = StateReader::readFile(path);
    if (!expectedError.isEmpty()) {
        QVERIFY2(!inv.ok(), qPrintable(path));
        QVERIFY2(inv.error().message.contains(expectedError), qPrintable(inv.error().toString()));
        QCOMPARE(inv.error().source, path);
        QVERIFY(!inv.error().expected.isEmpty());
        QVERIFY(inv.error().offset >= 0 || !inv.error().path.isEmpty());
        return;
    }
    QVERIFY2(inv.ok(), qPrintable(inv.error().toString()));
    const QJsonObject root = QJsonDocument::fromJson(readAll(path)).object();
    QCOMPARE(inv->resources.size(), independentCount(root));
    QCOMPARE(inv->listJson().value(QStringLiteral("resources")).toArray().size(), inv->resources.size());
    for (const InventoryResource &r : inv->resources) {
        QVERIFY(!r.addressText.isEmpty());
        QCOMPARE(inv->find(r.addressText) != nullptr, true);
        QVERIFY2(r.provider.isEmpty() || r.provider.count(QLatin1Char('/')) == 2, qPrintable(r.provider));
    }
    // No sensitive leaf reaches the list or show output.
    QStringList secrets;
    if (root.contains(QStringLiteral("format_version"))) {
        std::function<void(const QJsonObject &)> walk = [&](const QJsonObject &m) {
            for (const QJsonValue &r : m.value(QStringLiteral("resources")).toArray())
                collectMasked(r.toObject().value(QStringLiteral("values")), r.toObject().value(QStringLiteral("sensitive_values")), secrets);
            for (const QJsonValue &c : m.value(QStringLiteral("child_modules")).toArray())
                walk(c.toObject());
        };
        const QJsonObject values = root.value(QStringLiteral("values")).toObject();
        walk(values.value(QStringLiteral("root_module")).toObject());
        for (const QJsonValue &o : values.value(QStringLiteral("outputs")).toObject())
            if (o.toObject().value(QStringLiteral("sensitive")).toBool())
                collectLeaves(o.toObject().value(QStringLiteral("value")), secrets);
    } else {
        for (const QJsonValue &o : root.value(QStringLiteral("outputs")).toObject())
            if (o.toObject().value(QStringLiteral("sensitive")).toBool())
                collectLeaves(o.toObject().value(QStringLiteral("value")), secrets);
    }
    QString shown = QString::fromUtf8(QJsonDocument(inv->listJson()).toJson());
    for (const InventoryResource &r : inv->resources)
        shown += QString::fromUtf8(QJsonDocument(Inventory::resourceJson(r)).toJson(QJsonDocument::Compact));
    for (const InventoryOutput &o : inv->outputs)
        shown += o.displayText();
    // A secret whose text also appears as a public value elsewhere in the file ("bar") cannot be checked by grep.
    const QString raw = QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact));
    int checked = 0;
    for (const QString &s : std::as_const(secrets)) {
        if (raw.count(s) > secrets.count(s))
            continue;
        ++checked;
        QVERIFY2(!shown.contains(s), qPrintable(QStringLiteral("%1 leaked from %2").arg(s, path)));
    }
    Q_UNUSED(checked);
}

void TestStateReader::brokenInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("path");
    QTest::addColumn<qint64>("offset");

    QTest::newRow("empty") << QByteArray() << "empty (0 bytes)" << "" << qint64(0);
    QTest::newRow("whitespace") << QByteArray(" \n\t ") << "only whitespace" << "" << qint64(4);
    QTest::newRow("truncated") << QByteArray(R"({"version": 4, "resources": [{"mode": "managed", "ty)") << "invalid JSON"
                               << "" << qint64(-2);
    QTest::newRow("array root") << QByteArray("[1,2]") << "not an object" << "$" << qint64(0);
    QTest::newRow("no version") << QByteArray(R"({"serial": 1})") << "neither \"version\" nor \"format_version\"" << "$"
                                << qint64(-1);
    QTest::newRow("version as string") << QByteArray(R"({"version": "4"})") << "\"version\" is a string" << "$.version"
                                       << qint64(-1);
    QTest::newRow("version 2") << QByteArray(R"({"version": 2})") << "unsupported state version 2" << "$.version"
                               << qint64(-1);
    QTest::newRow("version 5") << QByteArray(R"({"version": 5, "terraform_version": "9.0.0"})")
                               << "state version 5 (written by Terraform 9.0.0) is newer" << "$.version" << qint64(-1);
    QTest::newRow("format 2.0") << QByteArray(R"({"format_version": "2.0"})") << "unsupported show -json format_version"
                                << "$.format_version" << qint64(-1);
    QTest::newRow("resources not array") << QByteArray(R"({"version": 4, "resources": "x"})")
                                         << "\"resources\" is a string" << "$.resources" << qint64(-1);
    QTest::newRow("instances object") << QByteArray(R"({"version":4,"resources":[{"mode":"managed","type":"t","name":"n","instances":{}}]})")
                                      << "\"instances\" is an object" << "$.resources[0].instances" << qint64(-1);
    QTest::newRow("bad mode") << QByteArray(R"({"version":4,"resources":[{"mode":"weird","type":"t","name":"n","instances":[]}]})")
                              << "unknown resource mode \"weird\"" << "$.resources[0].mode" << qint64(-1);
    QTest::newRow("missing type") << QByteArray(R"({"version":4,"resources":[{"mode":"managed","name":"n","instances":[]}]})")
                                  << "\"type\" is missing" << "$.resources[0].type" << qint64(-1);
    QTest::newRow("index_key bool") << QByteArray(R"({"version":4,"resources":[{"mode":"managed","type":"t","name":"n","instances":[{"index_key":true,"attributes":{"id":"1"}}]}]})")
                                    << "index_key is a boolean" << "$.resources[0].instances[0].index_key" << qint64(-1);
    QTest::newRow("attributes array") << QByteArray(R"({"version":4,"resources":[{"mode":"managed","type":"t","name":"n","instances":[{"attributes":[]}]}]})")
                                      << "attributes is an array" << "$.resources[0].instances[0].attributes" << qint64(-1);
    QTest::newRow("bad module") << QByteArray(R"({"version":4,"resources":[{"module":"module.","mode":"managed","type":"t","name":"n","instances":[]}]})")
                                << "invalid module address" << "$.resources[0].module" << qint64(-1);
    QTest::newRow("show-json values string") << QByteArray(R"({"format_version":"1.0","values":"x"})")
                                             << "\"values\" is a string" << "$.values" << qint64(-1);
    QTest::newRow("show-json child not object") << QByteArray(R"({"format_version":"1.0","values":{"root_module":{"child_modules":[3]}}})")
                                                << "a child module is a number" << "$.values.root_module.child_modules[0]" << qint64(-1);
    QTest::newRow("a plan") << QByteArray(R"({"format_version":"1.2","resource_changes":[]})") << "plan, not a state" << "$"
                            << qint64(-1);
    QTest::newRow("v3 with v4 resources") << QByteArray(R"({"version":3,"resources":[{"type":"x"}]})")
                                          << "version 3 state with a version 4" << "$.version" << qint64(-1);
}

void TestStateReader::brokenInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    QFETCH(QString, path);
    QFETCH(qint64, offset);
    const auto inv = StateReader::readBytes(bytes, QStringLiteral("broken.tfstate"));
    QVERIFY(!inv.ok());
    const Error &e = inv.error();
    QVERIFY2(e.message.contains(message), qPrintable(e.toString()));
    QCOMPARE(e.source, QStringLiteral("broken.tfstate"));
    QVERIFY2(!e.expected.isEmpty(), qPrintable(e.toString()));
    if (!path.isEmpty())
        QCOMPARE(e.path, path);
    if (offset == -2)
        QVERIFY2(e.offset > 0, qPrintable(e.toString())); // somewhere inside, located
    else if (offset >= 0)
        QCOMPARE(e.offset, offset);
    QVERIFY(e.toString().startsWith(QStringLiteral("broken.tfstate")));
}

void TestStateReader::legacyV3()
{
    const auto inv = StateReader::readFile(TestSupport::testData(QStringLiteral("states/inframap-version-3.json")));
    QVERIFY2(inv.ok(), qPrintable(inv.error().toString()));
    QCOMPARE(inv->kind, Inventory::Kind::LegacyV3);
    QCOMPARE(inv->stateVersion, 3);
    QCOMPARE(inv->serial, qint64(83));
    QCOMPARE(inv->terraformVersion, QStringLiteral("0.11.14"));
    QCOMPARE(inv->resources.size(), 12);
    QVERIFY(!inv->warnings.isEmpty());
    QVERIFY(inv->warnings.first().isWarning());
    QVERIFY(inv->warnings.first().message.contains(QStringLiteral("legacy state version 3")));
    const InventoryResource *alb = inv->find(QStringLiteral("module.cycloid.aws_alb.front"));
    QVERIFY(alb);
    QCOMPARE(alb->id(), QStringLiteral("123"));
    QCOMPARE(alb->provider, QStringLiteral("registry.terraform.io/hashicorp/aws"));
    QCOMPARE(alb->dependencies, QStringList{QStringLiteral("aws_security_group.alb-front")});
    QCOMPARE(alb->attributes.value(QStringLiteral("subnets.#")).toString(), QStringLiteral("3"));

    // The hybrid "version 3 with an empty resources list" reads as an empty legacy state.
    const auto empty = StateReader::readBytes(R"({"version":3,"terraform_version":"0.11.14","serial":83,"resources":[]})");
    QVERIFY2(empty.ok(), qPrintable(empty.error().toString()));
    QCOMPARE(empty->resources.size(), 0);

    const auto v2 = StateReader::readFile(TestSupport::testData(QStringLiteral("states/inframap-version-2.json")));
    QVERIFY(!v2.ok());
    QVERIFY(v2.error().message.contains(QStringLiteral("unsupported state version 2")));
}

void TestStateReader::showJsonNestedModules()
{
    const auto inv = StateReader::readFile(TestSupport::testData(QStringLiteral("states/tf-show-json-modules.json")));
    QVERIFY2(inv.ok(), qPrintable(inv.error().toString()));
    QCOMPARE(inv->kind, Inventory::Kind::ShowJson);
    QCOMPARE(inv->formatVersion, QStringLiteral("1.0"));
    QCOMPARE(inv->resources.size(), 2);
    QStringList modules;
    for (const InventoryResource &r : inv->resources)
        modules << r.module();
    modules.sort();
    QCOMPARE(modules, (QStringList{QStringLiteral("module.module_test_bar"), QStringLiteral("module.module_test_foo")}));
    QCOMPARE(inv->indexesByModule().size(), 2);

    REQUIRE_FIXTURES();
    // 0.12 show -json: 18 resources across 7 child modules, some nested two deep.
    const auto deep = StateReader::readFile(
        TestSupport::fixture(QStringLiteral("states/infracost/cmd/infracost/testdata/terraform_v0.12_state.json")));
    QVERIFY2(deep.ok(), qPrintable(deep.error().toString()));
    QCOMPARE(deep->resources.size(), 18);
    int nested = 0;
    for (const InventoryResource &r : deep->resources)
        if (r.address.modulePath.size() >= 2)
            ++nested;
    QVERIFY(nested > 0);
}

void TestStateReader::countAndForEachKeys()
{
    const auto inv = StateReader::readFile(TestSupport::testData(QStringLiteral("states/diff-b.tfstate")));
    QVERIFY2(inv.ok(), qPrintable(inv.error().toString()));
    const InventoryResource *worker = inv->find(QStringLiteral("hcloud_server.worker[2]"));
    QVERIFY(worker);
    QCOMPARE(worker->index().toLongLong(), 2);
    const InventoryResource *rec = inv->find(QStringLiteral("module.dns.vercel_dns_record.rec[\"api\"]"));
    QVERIFY(rec);
    QCOMPARE(rec->index().toString(), QStringLiteral("api"));
    QCOMPARE(rec->module(), QStringLiteral("module.dns"));
    QCOMPARE(rec->provider, QStringLiteral("registry.terraform.io/vercel/vercel"));
    const InventoryResource *image = inv->find(QStringLiteral("data.hcloud_image.ubuntu"));
    QVERIFY(image);
    QCOMPARE(image->mode(), QStringLiteral("data"));
    QCOMPARE(inv->serial, qint64(9));
    QCOMPARE(inv->lineage, QStringLiteral("bbbbbbbb-0000-4000-8000-000000000002"));
}

void TestStateReader::sensitiveAttributePaths()
{
    const auto inv = StateReader::readFile(TestSupport::testData(QStringLiteral("states/sensitive-paths.tfstate")));
    QVERIFY2(inv.ok(), qPrintable(inv.error().toString()));
    QString shown;
    for (const InventoryResource &r : inv->resources) {
        shown += QString::fromUtf8(QJsonDocument(Inventory::resourceJson(r)).toJson());
        for (const QString &k : r.attributes.keys())
            shown += r.displayText(k);
    }
    for (int n = 51; n <= 58; ++n)
        QVERIFY2(!shown.contains(QStringLiteral("sp-secret-")), qPrintable(shown));
    QVERIFY(shown.contains(QStringLiteral("plain-visible")));
    QVERIFY(shown.contains(QStringLiteral("shown-map-value")));

    const InventoryResource *full = inv->find(QStringLiteral("test_thing.paths[\"full\"]"));
    QVERIFY(full);
    QVERIFY(full->isSensitive(QStringLiteral("password")));
    QVERIFY(!full->isSensitive(QStringLiteral("plain")));
    QVERIFY(full->isSensitive(QStringLiteral("tags"))); // a set element keyed by value: the whole set
    QCOMPARE(full->attributeMask(QStringLiteral("map")).toObject().value(QStringLiteral("k")).toBool(), true);
    // Bare index encoding is read too.
    const InventoryResource *bare = inv->find(QStringLiteral("test_thing.paths[\"bare\"]"));
    QVERIFY(bare);
    QCOMPARE(bare->displayText(QStringLiteral("nested")), QStringLiteral("{\"list\":[\"(sensitive)\"]}"));
    // An unreadable path masks the whole instance, with a warning naming where.
    const InventoryResource *garbled = inv->find(QStringLiteral("test_thing.paths[\"garbled\"]"));
    QVERIFY(garbled);
    QVERIFY(garbled->isSensitive(QStringLiteral("id")));
    bool warned = false;
    for (const Error &w : inv->warnings)
        warned |= w.path == QStringLiteral("$.resources[0].instances[2].sensitive_attributes[0]");
    QVERIFY(warned);

    // Terraform's own fixture: sensitive_attributes [[{"type":"get_attr","value":"ami"}]]
    const auto tf = StateReader::readFile(TestSupport::testData(QStringLiteral("states/tf-sensitive-variables.tfstate")));
    QVERIFY(tf.ok());
    QCOMPARE(tf->resources.size(), 1);
    QVERIFY(tf->resources.first().isSensitive(QStringLiteral("ami")));
    QCOMPARE(tf->resources.first().displayText(QStringLiteral("ami")), QStringLiteral("(sensitive)"));
    QCOMPARE(tf->resources.first().displayText(QStringLiteral("id")), QStringLiteral("\"621124146446964903\""));
}

void TestStateReader::sensitiveOutputsAndValues()
{
    REQUIRE_FIXTURES();
    for (const QString &rel : {QStringLiteral("states/terraform-json/testdata/110_sensitive_values/state.json"),
                               QStringLiteral("states/terraform-json/testdata/110_sensitive_values/terraform.tfstate")}) {
        const auto inv = StateReader::readFile(TestSupport::fixture(rel));
        QVERIFY2(inv.ok(), qPrintable(inv.error().toString()));
        QCOMPARE(inv->outputs.size(), 8);
        int sensitive = 0;
        for (const InventoryOutput &o : inv->outputs) {
            if (o.sensitive) {
                ++sensitive;
                QCOMPARE(o.displayText(), QStringLiteral("(sensitive)"));
            }
        }
        QVERIFY2(sensitive > 0, qPrintable(rel));
        const QJsonArray outs = inv->listJson().value(QStringLiteral("outputs")).toArray();
        QCOMPARE(outs.size(), 8);
        for (const QJsonValue &o : outs)
            QCOMPARE(o.toObject().keys(), (QStringList{QStringLiteral("name"), QStringLiteral("sensitive")}));
    }
}

void TestStateReader::providerNormalisation_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("v4") << "provider[\"registry.terraform.io/hetznercloud/hcloud\"]" << "registry.terraform.io/hetznercloud/hcloud";
    QTest::newRow("v4 alias") << "provider[\"registry.terraform.io/hashicorp/aws\"].west" << "registry.terraform.io/hashicorp/aws";
    QTest::newRow("v4 module") << "module.a[\"x\"].provider[\"registry.terraform.io/vercel/vercel\"]" << "registry.terraform.io/vercel/vercel";
    QTest::newRow("legacy") << "provider.aws" << "registry.terraform.io/hashicorp/aws";
    QTest::newRow("legacy alias") << "provider.aws.west" << "registry.terraform.io/hashicorp/aws";
    QTest::newRow("legacy module") << "module.m.provider.google" << "registry.terraform.io/hashicorp/google";
    QTest::newRow("legacy namespace") << "provider[\"registry.terraform.io/-/aws\"]" << "registry.terraform.io/hashicorp/aws";
    QTest::newRow("show-json 0.12") << "aws" << "registry.terraform.io/hashicorp/aws";
    QTest::newRow("show-json") << "registry.terraform.io/hashicorp/test" << "registry.terraform.io/hashicorp/test";
    QTest::newRow("short") << "hetznercloud/hcloud" << "registry.terraform.io/hetznercloud/hcloud";
    QTest::newRow("other registry") << "provider[\"registry.opentofu.org/hetznercloud/hcloud\"]" << "registry.opentofu.org/hetznercloud/hcloud";
    QTest::newRow("empty") << "" << "";
}

void TestStateReader::providerNormalisation()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(Inventory::normaliseProvider(in), out);
}

void TestStateReader::demoStates()
{
    const QString dir = TestSupport::resourcesDir() + QStringLiteral("/demo/states/");
    const QList<std::tuple<QString, int, qint64>> expected{
        {QStringLiteral("production"), 8, 87}, {QStringLiteral("staging"), -1, 41},
        {QStringLiteral("pr-123"), 0, 0}, {QStringLiteral("pr-124"), -1, 9}};
    for (const auto &[env, count, serial] : expected) {
        const QString path = dir + env + QStringLiteral(".tfstate");
        const auto inv = StateReader::readFile(path);
        QVERIFY2(inv.ok(), qPrintable(inv.error().toString()));
        QCOMPARE(inv->serial, serial);
        QCOMPARE(inv->resources.size(), independentCount(QJsonDocument::fromJson(readAll(path)).object()));
        if (count >= 0)
            QCOMPARE(inv->resources.size(), count);
        QString shown = QString::fromUtf8(QJsonDocument(inv->listJson()).toJson());
        for (const InventoryResource &r : inv->resources) {
            shown += QString::fromUtf8(QJsonDocument(Inventory::resourceJson(r)).toJson());
            for (const QString &k : r.attributes.keys())
                shown += r.displayText(k);
        }
        for (const InventoryOutput &o : inv->outputs)
            shown += o.displayText();
        QVERIFY2(!shown.contains(QStringLiteral("demo-sensitive-DO-NOT-SHOW")), qPrintable(env));
        QVERIFY(QString::fromUtf8(readAll(path)).contains(QStringLiteral("demo-sensitive-DO-NOT-SHOW")) || env == QLatin1String("pr-123"));
    }
    const auto production = StateReader::readFile(dir + QStringLiteral("production.tfstate"));
    const InventoryResource *web = production->find(QStringLiteral("hcloud_server.web"));
    QVERIFY(web);
    QVERIFY(web->isSensitive(QStringLiteral("user_data")));
    QCOMPARE(web->provider, QStringLiteral("registry.terraform.io/hetznercloud/hcloud"));
    QCOMPARE(web->displayText(QStringLiteral("server_type")), QStringLiteral("\"cpx31\""));
    bool sawSensitiveOutput = false, sawIp = false;
    for (const InventoryOutput &o : production->outputs) {
        sawSensitiveOutput |= o.name == QLatin1String("database_url") && o.sensitive;
        sawIp |= o.name == QLatin1String("server_ipv4") && o.displayText() == QLatin1String("\"203.0.113.10\"");
    }
    QVERIFY(sawSensitiveOutput);
    QVERIFY(sawIp);
}

void TestStateReader::priorStateFromPlan()
{
    const QString planPath = TestSupport::resourcesDir() + QStringLiteral("/demo/plans/production.plan.json");
    const auto plan = PlanReader::readFile(planPath);
    QVERIFY2(plan.ok(), qPrintable(plan.error().toString()));
    const auto prior = StateReader::readPriorState(plan.value());
    QVERIFY2(prior.ok(), qPrintable(prior.error().toString()));
    QCOMPARE(prior->kind, Inventory::Kind::PlanPriorState);
    QCOMPARE(prior->resources.size(), 8);
    QVERIFY(prior->find(QStringLiteral("hcloud_server.web"))->isSensitive(QStringLiteral("user_data")));
    // The refreshed value: backups was switched on outside Terraform.
    QCOMPARE(prior->find(QStringLiteral("hcloud_server.web"))->attributes.value(QStringLiteral("backups")).toBool(), true);

    // readStateOrPlanFile takes either.
    const auto either = StateReader::readStateOrPlanFile(planPath);
    QVERIFY(either.ok());
    QCOMPARE(either->resources.size(), 8);
    // A new environment's plan: prior_state {"format_version":"1.0"} is an empty state.
    const auto fresh = StateReader::readStateOrPlanFile(TestSupport::resourcesDir() + QStringLiteral("/demo/plans/pr-123.plan.json"));
    QVERIFY2(fresh.ok(), qPrintable(fresh.error().toString()));
    QCOMPARE(fresh->resources.size(), 0);
    // A plan is not a state for readFile.
    const auto refused = StateReader::readFile(planPath);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(QStringLiteral("plan, not a state")));
}

void TestStateReader::priorStateFromWrappedPlan()
{
    // GitHub's setup-terraform wrapper: a "[command]" line before the JSON, "%0A" and "::set-output" lines after it.
    const QString planPath = TestSupport::testData(QStringLiteral("plans/command-prefix.json"));
    const auto plan = PlanReader::readFile(planPath);
    QVERIFY2(plan.ok(), qPrintable(plan.error().toString()));
    const auto prior = StateReader::readPriorState(plan.value());
    QVERIFY2(prior.ok(), qPrintable(prior.error().toString()));
    QCOMPARE(prior->kind, Inventory::Kind::PlanPriorState);
    QCOMPARE(prior->resources.size(), 1);
    QVERIFY(prior->find(QStringLiteral("null_resource.b")));

    const auto either = StateReader::readStateOrPlanFile(planPath);
    QVERIFY2(either.ok(), qPrintable(either.error().toString()));
    QCOMPARE(either->resources.size(), 1);
}

void TestStateReader::listJsonShape()
{
    const auto inv = StateReader::readFile(TestSupport::testData(QStringLiteral("states/diff-a.tfstate")));
    QVERIFY(inv.ok());
    const QJsonObject list = inv->listJson();
    QStringList keys = list.keys();
    QCOMPARE(keys, (QStringList{QStringLiteral("lineage"), QStringLiteral("outputs"), QStringLiteral("resources"),
                                QStringLiteral("serial"), QStringLiteral("terraform_version"), QStringLiteral("version")}));
    QCOMPARE(list.value(QStringLiteral("version")).toInt(), 4);
    QCOMPARE(list.value(QStringLiteral("serial")).toInt(), 3);
    const QJsonObject first = list.value(QStringLiteral("resources")).toArray().first().toObject();
    QCOMPARE(first.keys(), (QStringList{QStringLiteral("address"), QStringLiteral("mode"), QStringLiteral("module"),
                                        QStringLiteral("provider"), QStringLiteral("type")}));
    const QString text = QString::fromUtf8(QJsonDocument(list).toJson());
    QVERIFY(!text.contains(QStringLiteral("diff-secret")));
}

void TestStateReader::largeState()
{
    // 5,000 instances in one resource plus 200 modules: counts and lookups hold at size.
    QJsonArray resources;
    QJsonArray instances;
    for (int i = 0; i < 5000; ++i)
        instances.append(QJsonObject{{QStringLiteral("index_key"), i},
                                     {QStringLiteral("schema_version"), 0},
                                     {QStringLiteral("attributes"), QJsonObject{{QStringLiteral("id"), QString::number(i)}}}});
    resources.append(QJsonObject{{QStringLiteral("mode"), QStringLiteral("managed")}, {QStringLiteral("type"), QStringLiteral("null_resource")},
                                 {QStringLiteral("name"), QStringLiteral("many")}, {QStringLiteral("provider"), QStringLiteral("provider[\"registry.terraform.io/hashicorp/null\"]")},
                                 {QStringLiteral("instances"), instances}});
    for (int m = 0; m < 200; ++m)
        resources.append(QJsonObject{{QStringLiteral("module"), QStringLiteral("module.m[\"k%1\"]").arg(m)},
                                     {QStringLiteral("mode"), QStringLiteral("managed")}, {QStringLiteral("type"), QStringLiteral("null_resource")},
                                     {QStringLiteral("name"), QStringLiteral("x")}, {QStringLiteral("provider"), QStringLiteral("provider[\"registry.terraform.io/hashicorp/null\"]")},
                                     {QStringLiteral("instances"), QJsonArray{QJsonObject{{QStringLiteral("attributes"), QJsonObject{{QStringLiteral("id"), m}}}}}}});
    const QByteArray bytes = QJsonDocument(QJsonObject{{QStringLiteral("version"), 4}, {QStringLiteral("terraform_version"), QStringLiteral("1.9.8")},
                                                       {QStringLiteral("serial"), 1}, {QStringLiteral("lineage"), QStringLiteral("x")},
                                                       {QStringLiteral("resources"), resources}}).toJson(QJsonDocument::Compact);
    const auto inv = StateReader::readBytes(bytes, QStringLiteral("large.tfstate"));
    QVERIFY2(inv.ok(), qPrintable(inv.error().toString()));
    QCOMPARE(inv->resources.size(), 5200);
    QVERIFY(inv->find(QStringLiteral("null_resource.many[4999]")));
    QVERIFY(inv->find(QStringLiteral("module.m[\"k199\"].null_resource.x")));
    QCOMPARE(inv->indexesByModule().size(), 2); // root and module.m (grouped without keys)
    // Truncating it anywhere gives a located error, never a crash.
    const auto cut = StateReader::readBytes(bytes.left(bytes.size() / 2), QStringLiteral("large.tfstate"));
    QVERIFY(!cut.ok());
    QVERIFY(cut.error().offset > 0);
}

QTEST_GUILESS_MAIN(TestStateReader)
#include "TestStateReader.moc"
