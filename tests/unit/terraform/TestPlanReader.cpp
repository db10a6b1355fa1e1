#include "terraform/PlanReader.h"

#include "TestSupport.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Infradeck;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// Independent of the reader: QJsonDocument over the raw file ([command] wrapper lines stripped by hand).
QJsonObject rawPlan(const QString &path, bool *valid)
{
    QByteArray bytes = readAll(path);
    if (bytes.startsWith("[command]")) {
        bytes = bytes.mid(bytes.indexOf('\n') + 1);
        bytes = bytes.left(bytes.indexOf("\n::"));
        bytes = bytes.trimmed();
        if (bytes.endsWith("%0A"))
            bytes.chop(3);
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    *valid = error.error == QJsonParseError::NoError && doc.isObject();
    return doc.object();
}

QString rawAction(const QJsonArray &actions)
{
    QStringList a;
    for (const QJsonValue &v : actions)
        a << v.toString();
    const QString joined = a.join(QLatin1Char(','));
    if (joined == QLatin1String("delete,create") || joined == QLatin1String("create,delete"))
        return QStringLiteral("replace");
    return joined;
}

QByteArray planWith(const QByteArray &resourceChanges, const QByteArray &extra = {})
{
    return "{\"format_version\":\"1.2\",\"terraform_version\":\"1.9.0\",\"resource_changes\":" + resourceChanges + extra + "}";
}

} // namespace

class TestPlanReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sharedBufferIsNotCorrupted();
    void everyFixture()
    {
        REQUIRE_FIXTURES();
        QDirIterator it(TestSupport::fixture(QStringLiteral("plans")), {QStringLiteral("*.json")}, QDir::Files,
                        QDirIterator::Subdirectories);
        int loaded = 0;
        int refused = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            bool valid = false;
            const QJsonObject raw = rawPlan(path, &valid);
            const auto plan = PlanReader::readFile(path);
            if (!valid) {
                QVERIFY2(!plan.ok(), qPrintable(path + QStringLiteral(" is invalid JSON but was accepted")));
                QVERIFY2(plan.error().offset >= 0, qPrintable(plan.error().toString()));
                QVERIFY(plan.error().toString().contains(path));
                ++refused;
                continue;
            }
            QVERIFY2(plan.ok(), qPrintable(plan.error().toString()));
            ++loaded;
            const QString fv = raw.contains(QStringLiteral("format_version")) ? raw.value(QStringLiteral("format_version")).toString()
                                                                             : raw.value(QStringLiteral("plan_format_version")).toString();
            QCOMPARE(plan->formatVersion, fv);
            QCOMPARE(plan->terraformVersion, raw.value(QStringLiteral("terraform_version")).toString());

            QMap<QString, int> expected;
            const QJsonArray changes = raw.value(QStringLiteral("resource_changes")).toArray();
            QCOMPARE(plan->changes.size(), changes.size());
            for (qsizetype i = 0; i < changes.size(); ++i) {
                const QJsonObject c = changes.at(i).toObject();
                const QJsonObject change = c.value(QStringLiteral("change")).toObject();
                const QString action = rawAction(change.value(QStringLiteral("actions")).toArray());
                ++expected[action];
                const ResourceChange &rc = plan->changes.at(i);
                QCOMPARE(rc.address, c.value(QStringLiteral("address")).toString());
                QCOMPARE(ResourceChange::actionName(rc.action), action);
                QCOMPARE(rc.actionReason, c.value(QStringLiteral("action_reason")).toString());
                QCOMPARE(rc.previousAddress, c.value(QStringLiteral("previous_address")).toString());
                QCOMPARE(rc.importing, c.contains(QStringLiteral("importing")) || change.contains(QStringLiteral("importing")));
                QCOMPARE(rc.replacePaths.size(), change.value(QStringLiteral("replace_paths")).toArray().size());
                // Lazily decoded values equal the raw ones.
                QCOMPARE(plan->json(rc.after), change.contains(QStringLiteral("after")) ? change.value(QStringLiteral("after"))
                                                                                      : QJsonValue(QJsonValue::Undefined));
                QCOMPARE(plan->json(rc.afterSensitive), change.contains(QStringLiteral("after_sensitive"))
                                                            ? change.value(QStringLiteral("after_sensitive"))
                                                            : QJsonValue(QJsonValue::Undefined));
            }
            const Plan::Counts counts = plan->counts();
            QCOMPARE(counts.create, expected.value(QStringLiteral("create")));
            QCOMPARE(counts.update, expected.value(QStringLiteral("update")));
            QCOMPARE(counts.remove, expected.value(QStringLiteral("delete")));
            QCOMPARE(counts.replace, expected.value(QStringLiteral("replace")));
            QCOMPARE(counts.read, expected.value(QStringLiteral("read")));
            QCOMPARE(counts.noOp, expected.value(QStringLiteral("no-op")));
            QCOMPARE(counts.total(), int(changes.size()));
            QCOMPARE(plan->drift.size(), raw.value(QStringLiteral("resource_drift")).toArray().size());
            QCOMPARE(plan->outputChanges.size(), raw.value(QStringLiteral("output_changes")).toObject().size());
        }
        QVERIFY2(loaded >= 90, qPrintable(QString::number(loaded)));
        QCOMPARE(refused, 1); // terraform-json/testdata/invalid/plan.json
    }

    void wrapperFixture()
    {
        REQUIRE_FIXTURES();
        const auto plan = PlanReader::readFile(
            TestSupport::fixture(QStringLiteral("plans/infracost/cmd/infracost/testdata/plan_with_terraform_wrapper.json")));
        QVERIFY2(plan.ok(), qPrintable(plan.error().toString()));
        QCOMPARE(plan->warnings.size(), 1);
        QVERIFY(plan->warnings.first().isWarning());
        QVERIFY(plan->warnings.first().message.contains(QStringLiteral("[command]")));
        QCOMPARE(plan->changes.size(), 2);
    }

    void broken_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("hasOffset");
        QTest::newRow("empty") << "empty.json" << "empty" << "" << false;
        QTest::newRow("whitespace") << "whitespace.json" << "empty" << "" << false;
        QTest::newRow("truncated") << "truncated.json" << "unexpected end of input" << "$.resource_changes[0]" << true;
        QTest::newRow("trailing garbage") << "trailing-garbage.json" << "after the JSON document" << "$" << true;
        QTest::newRow("resource_changes is an object") << "wrong-type-resource-changes.json" << "wrong type for resource_changes"
                                                       << "$.resource_changes" << true;
        QTest::newRow("address is a number") << "wrong-type-address.json" << "wrong type for address"
                                             << "$.resource_changes[0].address" << true;
        QTest::newRow("actions is a string") << "wrong-type-actions.json" << "wrong type for actions"
                                             << "$.resource_changes[0].change.actions" << true;
        QTest::newRow("unknown action") << "unknown-actions.json" << "unknown actions [explode]"
                                        << "$.resource_changes[0].change.actions" << true;
        QTest::newRow("format 2.0") << "format-version-2.json" << "unsupported plan format_version \"2.0\"" << "$.format_version" << false;
        QTest::newRow("no format_version") << "no-format-version.json" << "format_version is missing" << "$.format_version" << false;
        QTest::newRow("a state") << "state-not-plan.json" << "state" << "$.format_version" << false;
        QTest::newRow("not an object") << "not-an-object.json" << "not a JSON object" << "$" << true;
    }

    void broken()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        QFETCH(QString, path);
        QFETCH(bool, hasOffset);
        const QString source = TestSupport::testData(QStringLiteral("plans/") + file);
        const auto plan = PlanReader::readFile(source);
        QVERIFY(!plan.ok());
        const Error &e = plan.error();
        QVERIFY2(e.message.contains(message), qPrintable(e.toString()));
        QCOMPARE(e.source, source);
        QVERIFY2(e.toString().contains(source), qPrintable(e.toString()));
        if (!path.isEmpty())
            QVERIFY2(e.path.startsWith(path), qPrintable(e.toString()));
        QCOMPARE(e.offset >= 0, hasOffset);
        QVERIFY2(!e.expected.isEmpty(), qPrintable(e.toString()));
    }

    void offsetPointsAtTheProblem()
    {
        const QByteArray bytes = planWith("[{\"address\":\"a.b\",\"change\":{\"actions\":[\"create\"],\"after\":{\"x\": tru}}}]");
        const auto plan = PlanReader::readBytes(bytes, QStringLiteral("inline"));
        QVERIFY(!plan.ok());
        QCOMPARE(plan.error().offset, qint64(bytes.indexOf("tru}")));
        QCOMPARE(plan.error().path, QStringLiteral("$.resource_changes[0].change.after.x"));
    }

    void invalidUtf8()
    {
        const QByteArray bytes = planWith("[{\"address\":\"a.\xff\",\"change\":{\"actions\":[\"create\"]}}]");
        const auto plan = PlanReader::readBytes(bytes, QStringLiteral("inline"));
        QVERIFY(!plan.ok());
        QVERIFY2(plan.error().message.contains(QStringLiteral("UTF-8")), qPrintable(plan.error().toString()));
        QCOMPARE(plan.error().offset, qint64(bytes.indexOf('\xff')));
        QCOMPARE(plan.error().path, QStringLiteral("$.resource_changes[0].address"));
    }

    void syntaxErrorInSkippedSection()
    {
        const QByteArray bytes = planWith("[]", ",\"prior_state\":{\"x\":[1 2]}");
        const auto plan = PlanReader::readBytes(bytes, QStringLiteral("inline"));
        QVERIFY(!plan.ok());
        QCOMPARE(plan.error().path, QStringLiteral("$.prior_state.x")); // inside x, where "," was expected
        QCOMPARE(plan.error().expected, QStringLiteral("\",\" or \"]\""));
        QCOMPARE(plan.error().offset, qint64(bytes.indexOf("2]}")));
    }

    void commandPrefix()
    {
        const auto plan = PlanReader::readFile(TestSupport::testData(QStringLiteral("plans/command-prefix.json")));
        QVERIFY2(plan.ok(), qPrintable(plan.error().toString()));
        QCOMPARE(plan->warnings.size(), 1);
        QCOMPARE(plan->warnings.first().line, 1);
        QCOMPARE(plan->changes.size(), 1);
        QCOMPARE(plan->changes.first().address, QStringLiteral("null_resource.a"));
        // Spans still point at the right bytes after the skipped line.
        QCOMPARE(plan->json(plan->changes.first().after).toObject().value(QStringLiteral("triggers")), QJsonValue(QJsonValue::Null));
        QVERIFY(!PlanReader::readBytes("[command]terraform show -json", QStringLiteral("x")).ok());
    }

    void replaceOrdering_data()
    {
        QTest::addColumn<QByteArray>("actions");
        QTest::addColumn<int>("action");
        QTest::addColumn<int>("order");
        QTest::newRow("destroy before create") << QByteArray("[\"delete\",\"create\"]") << int(ResourceChange::Action::Replace)
                                               << int(ResourceChange::ReplaceOrder::DestroyBeforeCreate);
        QTest::newRow("create before destroy") << QByteArray("[\"create\",\"delete\"]") << int(ResourceChange::Action::Replace)
                                               << int(ResourceChange::ReplaceOrder::CreateBeforeDestroy);
        QTest::newRow("create") << QByteArray("[\"create\"]") << int(ResourceChange::Action::Create) << int(ResourceChange::ReplaceOrder::None);
        QTest::newRow("delete") << QByteArray("[\"delete\"]") << int(ResourceChange::Action::Delete) << int(ResourceChange::ReplaceOrder::None);
        QTest::newRow("read") << QByteArray("[\"read\"]") << int(ResourceChange::Action::Read) << int(ResourceChange::ReplaceOrder::None);
        QTest::newRow("no-op") << QByteArray("[\"no-op\"]") << int(ResourceChange::Action::NoOp) << int(ResourceChange::ReplaceOrder::None);
        QTest::newRow("update") << QByteArray("[\"update\"]") << int(ResourceChange::Action::Update) << int(ResourceChange::ReplaceOrder::None);
    }

    void replaceOrdering()
    {
        QFETCH(QByteArray, actions);
        QFETCH(int, action);
        QFETCH(int, order);
        const auto plan = PlanReader::readBytes(planWith("[{\"address\":\"a.b\",\"change\":{\"actions\":" + actions + "}}]"));
        QVERIFY2(plan.ok(), qPrintable(plan.error().toString()));
        QCOMPARE(int(plan->changes.first().action), action);
        QCOMPARE(int(plan->changes.first().replaceOrder), order);
        QVERIFY(!plan->json(plan->changes.first().after).isObject());
    }

    void fields()
    {
        const QByteArray bytes = planWith(
            "[{\"address\":\"module.m[\\\"k\\\"].aws_instance.x[\\\"a\\\"]\",\"previous_address\":\"aws_instance.old\","
            "\"module_address\":\"module.m[\\\"k\\\"]\",\"mode\":\"managed\",\"type\":\"aws_instance\",\"name\":\"x\",\"index\":\"a\","
            "\"provider_name\":\"registry.terraform.io/hashicorp/aws\",\"action_reason\":\"replace_by_request\",\"future_field\":{\"x\":[1]},"
            "\"change\":{\"actions\":[\"create\",\"delete\"],\"before\":{\"a\":1},\"after\":{\"a\":2},\"after_unknown\":{},"
            "\"before_sensitive\":false,\"after_sensitive\":{\"a\":true},\"replace_paths\":[[\"a\"],[\"b\",0,\"c\"]],"
            "\"importing\":{\"id\":\"i-123\"}}},"
            "{\"address\":\"data.x.y[2]\",\"mode\":\"data\",\"type\":\"x\",\"name\":\"y\",\"index\":2,\"deposed\":\"00abc\","
            "\"change\":{\"actions\":[\"read\"],\"before\":null,\"after\":null}}]",
            ",\"resource_drift\":[{\"address\":\"a.b\",\"change\":{\"actions\":[\"update\"]}}],\"timestamp\":\"2024-01-01T00:00:00Z\","
            "\"errored\":false,\"complete\":true,\"applyable\":true");
        const auto plan = PlanReader::readBytes(bytes);
        QVERIFY2(plan.ok(), qPrintable(plan.error().toString()));
        const ResourceChange &c = plan->changes.at(0);
        QCOMPARE(c.previousAddress, QStringLiteral("aws_instance.old"));
        QCOMPARE(c.moduleAddress, QStringLiteral("module.m[\"k\"]"));
        QCOMPARE(c.index.toString(), QStringLiteral("a"));
        QCOMPARE(c.actionReason, QStringLiteral("replace_by_request"));
        QVERIFY(c.importing);
        QCOMPARE(c.importId, QStringLiteral("i-123"));
        QCOMPARE(c.replacePaths.size(), 2);
        QCOMPARE(c.replacePaths.at(1), (QVariantList{QStringLiteral("b"), qint64(0), QStringLiteral("c")}));
        QCOMPARE(plan->json(c.beforeSensitive), QJsonValue(false));
        QCOMPARE(plan->json(c.after).toObject().value(QStringLiteral("a")).toInt(), 2);
        const ResourceChange &d = plan->changes.at(1);
        QVERIFY(d.isData);
        QCOMPARE(d.index.toInt(), 2);
        QCOMPARE(d.deposed, QStringLiteral("00abc"));
        QCOMPARE(plan->json(d.after), QJsonValue(QJsonValue::Null));
        QCOMPARE(plan->drift.size(), 1);
        QCOMPARE(plan->counts().replace, 1);
        QCOMPARE(plan->counts().read, 1);
        QCOMPARE(plan->timestamp, QStringLiteral("2024-01-01T00:00:00Z"));
        QCOMPARE(plan->changeIndex(QStringLiteral("data.x.y[2]")), 1);
        QCOMPARE(plan->changeIndex(QStringLiteral("nope")), -1);
        QVERIFY(ResourceChange::actionReasonText(QStringLiteral("replace_because_cannot_update")).contains(QStringLiteral("cannot update")));
        QVERIFY(ResourceChange::actionReasonText(QStringLiteral("something_new")).contains(QStringLiteral("unspecified")));
    }

    void everyMinorVersion_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("accepted");
        for (const char *v : {"0.1", "0.2", "1.0", "1.1", "1.2", "1.99"})
            QTest::newRow(v) << QString::fromLatin1(v) << true;
        for (const char *v : {"2.0", "3.1", "10.0", "x"})
            QTest::newRow(v) << QString::fromLatin1(v) << false;
    }

    void everyMinorVersion()
    {
        QFETCH(QString, version);
        QFETCH(bool, accepted);
        const auto plan = PlanReader::readBytes("{\"format_version\":\"" + version.toUtf8() + "\",\"resource_changes\":[]}");
        QCOMPARE(plan.ok(), accepted);
        if (!accepted)
            QVERIFY(plan.error().message.contains(version));
    }

    void configuration()
    {
        const QByteArray config = R"(,"configuration":{
          "provider_config":{"hcloud":{"name":"hcloud","full_name":"registry.terraform.io/hetznercloud/hcloud"},
                             "module.net:hcloud":{"name":"hcloud","module_address":"module.net","alias":"eu"}},
          "root_module":{
            "resources":[
              {"address":"hcloud_server.web","mode":"managed","type":"hcloud_server","name":"web","provider_config_key":"hcloud",
               "expressions":{"name":{"references":["var.prefix","local.suffix"]},
                              "network":[{"network_id":{"references":["module.net.network_id","module.net"]},
                                          "ip":{"constant_value":"10.0.0.2"}}],
                              "ssh_keys":{"references":["hcloud_ssh_key.admin.id","hcloud_ssh_key.admin","each.value","path.module"]},
                              "user_data":{"references":["data.cloudinit_config.web[1].rendered","data.cloudinit_config.web[1]","data.cloudinit_config.web"]},
                              "labels":{"references":["self.id","count.index","terraform.workspace"]}},
               "count_expression":{"references":["var.count"]},
               "for_each_expression":{"references":["hcloud_network.other"]},
               "depends_on":["hcloud_firewall.fw","module.net"]},
              {"address":"hcloud_ssh_key.admin","mode":"managed","type":"hcloud_ssh_key","name":"admin",
               "expressions":{"public_key":{"constant_value":{"references":["not.a.reference"]}}}},
              {"address":"data.cloudinit_config.web","mode":"data","type":"cloudinit_config","name":"web"}],
            "module_calls":{"net":{"source":"./modules/net",
                "expressions":{"zone":{"references":["hcloud_ssh_key.admin"]}},
                "module":{"resources":[{"address":"hcloud_network.main","mode":"managed","type":"hcloud_network","name":"main",
                                        "expressions":{"name":{"references":["var.name"]}}}],
                          "module_calls":{"sub":{"source":"../sub","module":{"resources":[
                             {"address":"hcloud_subnet.s","mode":"managed","type":"hcloud_subnet","name":"s",
                              "expressions":{"network_id":{"references":["hcloud_network.main.id","hcloud_network.main","module.deeper.x"]}}}]}}}}}}}})";
        const auto plan = PlanReader::readBytes(planWith("[]", config));
        QVERIFY2(plan.ok(), qPrintable(plan.error().toString()));
        const Configuration &c = plan->configuration;
        QCOMPARE(c.providers.size(), 2);
        QCOMPARE(c.providers.at(1).alias, QStringLiteral("eu"));
        QCOMPARE(c.moduleCalls.size(), 2);
        QCOMPARE(c.moduleCalls.at(0).address, QStringLiteral("module.net"));
        QCOMPARE(c.moduleCalls.at(0).source, QStringLiteral("./modules/net"));
        QCOMPARE(c.moduleCalls.at(0).references, QStringList{QStringLiteral("hcloud_ssh_key.admin")});
        QCOMPARE(c.moduleCalls.at(1).address, QStringLiteral("module.net.module.sub"));
        QCOMPARE(c.resources.size(), 5);
        const ConfigResource &web = c.resources.at(0);
        QCOMPARE(web.address, QStringLiteral("hcloud_server.web"));
        QCOMPARE(web.providerConfigKey, QStringLiteral("hcloud"));
        QVERIFY(web.hasCount);
        QVERIFY(web.hasForEach);
        QCOMPARE(web.references, (QStringList{QStringLiteral("data.cloudinit_config.web"), QStringLiteral("hcloud_network.other"),
                                              QStringLiteral("hcloud_ssh_key.admin"), QStringLiteral("module.net")}));
        QCOMPARE(web.dependsOn, (QStringList{QStringLiteral("hcloud_firewall.fw"), QStringLiteral("module.net")}));
        QVERIFY(c.resources.at(1).references.isEmpty()); // constant values are not references
        QVERIFY(c.resources.at(2).isData);
        QCOMPARE(c.resources.at(2).address, QStringLiteral("data.cloudinit_config.web"));
        QCOMPARE(c.resources.at(3).address, QStringLiteral("module.net.hcloud_network.main"));
        QCOMPARE(c.resources.at(3).moduleAddress, QStringLiteral("module.net"));
        QCOMPARE(c.resources.at(4).address, QStringLiteral("module.net.module.sub.hcloud_subnet.s"));
        QCOMPARE(c.resources.at(4).references, (QStringList{QStringLiteral("module.net.module.sub.hcloud_network.main"),
                                                            QStringLiteral("module.net.module.sub.module.deeper")}));
    }

    void fixtureConfiguration()
    {
        REQUIRE_FIXTURES();
        const auto plan = PlanReader::readFile(
            TestSupport::fixture(QStringLiteral("plans/terraform/internal/command/testdata/show-json/modules/output.json")));
        QVERIFY2(plan.ok(), qPrintable(plan.error().toString()));
        QStringList addresses;
        for (const ConfigResource &r : plan->configuration.resources)
            addresses << r.address;
        addresses.sort();
        QCOMPARE(addresses, (QStringList{QStringLiteral("module.module_test_bar.test_instance.test"),
                                         QStringLiteral("module.module_test_foo.test_instance.test")}));
        QCOMPARE(plan->configuration.moduleCalls.size(), 2);
    }

    void deepNesting()
    {
        QByteArray deep = QByteArray(5000, '[') + QByteArray(5000, ']');
        const auto plan = PlanReader::readBytes(planWith("[{\"address\":\"a.b\",\"change\":{\"actions\":[\"create\"],\"after\":" + deep + "}}]"));
        QVERIFY(!plan.ok());
        QVERIFY(plan.error().offset > 0);
    }

    void wrongTypesInConfiguration()
    {
        const auto plan = PlanReader::readBytes(planWith("[]", ",\"configuration\":{\"root_module\":{\"resources\":{}}}"));
        QVERIFY(!plan.ok());
        QCOMPARE(plan.error().path, QStringLiteral("$.configuration.root_module.resources"));
    }

    void largePlan()
    {
        QByteArray changes = "[";
        const int n = 20000;
        for (int i = 0; i < n; ++i) {
            if (i)
                changes += ',';
            changes += "{\"address\":\"null_resource.r[" + QByteArray::number(i) + "]\",\"index\":" + QByteArray::number(i)
                + ",\"change\":{\"actions\":[\"" + (i % 2 ? "create" : "update") + "\"],\"before\":{\"v\":" + QByteArray::number(i)
                + "},\"after\":{\"v\":" + QByteArray::number(i + 1) + "}}}";
        }
        changes += ']';
        const auto plan = PlanReader::readBytes(planWith(changes));
        QVERIFY2(plan.ok(), qPrintable(plan.error().toString()));
        QCOMPARE(plan->changes.size(), n);
        QCOMPARE(plan->counts().create, n / 2);
        QCOMPARE(plan->json(plan->changes.at(n - 1).after).toObject().value(QStringLiteral("v")).toInt(), n);
    }
};

void TestPlanReader::sharedBufferIsNotCorrupted()
{
    // Regression: reading a QByteArray still shared with the caller wrote simdjson padding past the detached copy.
    QFile f(TestSupport::resourcesDir() + QStringLiteral("/demo/plans/production.plan.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray original = f.readAll();
    for (int i = 0; i < 20; ++i) {
        QByteArray shared = original; // implicitly shared, capacity == size
        const auto plan = PlanReader::readBytes(shared, QStringLiteral("shared"));
        QVERIFY(plan.ok());
        QCOMPARE(plan->changes.size(), 10);
        QCOMPARE(shared, original);
    }
}

QTEST_GUILESS_MAIN(TestPlanReader)
#include "TestPlanReader.moc"
