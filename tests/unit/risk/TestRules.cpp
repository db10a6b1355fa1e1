#include "risk/Rules.h"
#include "terraform/PlanReader.h"

#include "TestSupport.h"

#include <QTest>

using namespace Infradeck;

namespace {

QString defaultRules()
{
    return TestSupport::resourcesDir() + QStringLiteral("/risk/default-rules.yaml");
}

QStringList describe(const QList<Finding> &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out << QStringLiteral("%1|%2|%3|%4").arg(Finding::severityName(f.severity), f.ruleId, f.address, f.path);
    out.sort();
    return out;
}

} // namespace

class TestRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsLoad()
    {
        const auto rules = Rules::load(defaultRules());
        QVERIFY2(rules.ok(), qPrintable(rules.error().toString()));
        QStringList ids;
        for (const Rule &r : rules->rules())
            ids << r.id;
        QCOMPARE(ids, (QStringList{QStringLiteral("destroy-stateful"), QStringLiteral("open-admin-port"),
                                   QStringLiteral("protected-env-delete"), QStringLiteral("replace-downtime"),
                                   QStringLiteral("ssh-key-change"), QStringLiteral("iam-change"), QStringLiteral("unmarked-secret")}));
        QVERIFY(rules->rules().at(1).targets.contains(QStringLiteral("hcloud_firewall")));
    }

    void evaluate_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("protectedEnv");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("stateful") << "risk-stateful.json" << false
                                  << QStringList{"high|destroy-stateful|hcloud_volume.data|",
                                                 "high|destroy-stateful|module.db.google_sql_database_instance.main|",
                                                 "medium|replace-downtime|module.db.google_sql_database_instance.main|"};
        QTest::newRow("stateful, protected environment")
            << "risk-stateful.json" << true
            << QStringList{"high|destroy-stateful|hcloud_volume.data|",
                           "high|destroy-stateful|module.db.google_sql_database_instance.main|",
                           "high|protected-env-delete|hcloud_server.old|",
                           "high|protected-env-delete|hcloud_server.web[0]|",
                           "high|protected-env-delete|hcloud_volume.data|",
                           "high|protected-env-delete|module.db.google_sql_database_instance.main|",
                           "medium|replace-downtime|module.db.google_sql_database_instance.main|"};
        QTest::newRow("open ports") << "risk-open-ports.json" << false
                                    << QStringList{"high|open-admin-port|aws_security_group.rdp|ingress[0].ipv6_cidr_blocks",
                                                   "high|open-admin-port|aws_security_group_rule.all|cidr_blocks",
                                                   "high|open-admin-port|google_compute_firewall.pg|source_ranges",
                                                   "high|open-admin-port|hcloud_firewall.ssh|rule[1].source_ips",
                                                   "high|open-admin-port|openstack_networking_secgroup_rule_v2.redis|remote_ip_prefix"};
        QTest::newRow("ssh, iam, secrets") << "risk-misc.json" << false
                                           << QStringList{"medium|iam-change|aws_iam_role_policy.ci|",
                                                          "medium|iam-change|google_project_iam_member.viewer|",
                                                          "medium|ssh-key-change|hcloud_ssh_key.admin|",
                                                          "medium|unmarked-secret|hcloud_server.app|environment.API_TOKEN",
                                                          "medium|unmarked-secret|hcloud_server.app|labels.db_password"};
        QTest::newRow("replace because cannot update (real plan)") << "tf-requires-replace.json" << false
                                                                   << QStringList{"medium|replace-downtime|test_instance.test|"};
        QTest::newRow("sensitive values are not reported as unmarked") << "tf-show-json-sensitive.json" << false << QStringList{};
    }

    void evaluate()
    {
        QFETCH(QString, file);
        QFETCH(bool, protectedEnv);
        QFETCH(QStringList, expected);
        const auto rules = Rules::load(defaultRules());
        QVERIFY(rules.ok());
        const auto plan = PlanReader::readFile(TestSupport::testData(QStringLiteral("plans/") + file));
        QVERIFY2(plan.ok(), qPrintable(plan.error().toString()));
        const QList<Finding> findings = rules->evaluate(plan.value(), protectedEnv);
        QCOMPARE(describe(findings), expected);
        for (qsizetype i = 1; i < findings.size(); ++i)
            QVERIFY(findings.at(i - 1).severity >= findings.at(i).severity); // high first
        for (const Finding &f : findings) {
            QVERIFY(!f.reason.isEmpty());
            QVERIFY(!f.reason.contains(QLatin1Char('{'))); // placeholders filled
            QVERIFY(!f.reason.contains(QStringLiteral("hunter2")));
            QVERIFY(!f.reason.contains(QStringLiteral("tok_9f8e")));
        }
    }

    void openPortReason()
    {
        const auto rules = Rules::load(defaultRules());
        const auto plan = PlanReader::readFile(TestSupport::testData(QStringLiteral("plans/risk-open-ports.json")));
        QVERIFY(rules.ok() && plan.ok());
        for (const Finding &f : rules->evaluate(plan.value()))
            if (f.address == QLatin1String("hcloud_firewall.ssh"))
                QCOMPARE(f.reason, QStringLiteral("opens port 22 to the whole internet (0.0.0.0/0, ::/0)"));
    }

    void loadErrors_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("line");
        QTest::newRow("empty") << QByteArray("") << "empty" << -1;
        QTest::newRow("syntax") << QByteArray("version: 1\nrules:\n  - id: a\n    when: {actions: [delete\n") << "invalid rules YAML" << 5; // where "]" was expected
        QTest::newRow("not a map") << QByteArray("- a\n- b\n") << "must be a map" << 1;
        QTest::newRow("no rules") << QByteArray("version: 1\n") << "no rules list" << 1;
        QTest::newRow("version 2") << QByteArray("version: 2\nrules: []\n") << "unsupported rules version" << 1;
        QTest::newRow("bad severity") << QByteArray("version: 1\nrules:\n  - id: a\n    severity: critical\n") << "unknown severity" << 4;
        QTest::newRow("no id") << QByteArray("rules:\n  - severity: high\n") << "without an id" << 2;
        QTest::newRow("duplicate id") << QByteArray("rules:\n  - id: a\n  - id: a\n") << "duplicate rule id" << 3;
        QTest::newRow("bad action") << QByteArray("rules:\n  - id: a\n    when:\n      actions: [destroy]\n") << "unknown action" << 4;
        QTest::newRow("bad check") << QByteArray("rules:\n  - id: a\n    check: magic\n") << "unknown check" << 3;
        QTest::newRow("open-ingress without targets") << QByteArray("rules:\n  - id: a\n    check: open-ingress\n    ports: [22]\n")
                                                      << "needs \"targets\"" << 2;
        QTest::newRow("bad port") << QByteArray("rules:\n  - id: a\n    check: open-ingress\n    ports: [ssh]\n") << "invalid port" << 4;
        QTest::newRow("types not a list") << QByteArray("rules:\n  - id: a\n    when:\n      types: {a: b}\n") << "must be a list" << 4;
    }

    void loadErrors()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, message);
        QFETCH(int, line);
        const auto rules = Rules::loadString(yaml, QStringLiteral("rules.yaml"));
        QVERIFY(!rules.ok());
        QVERIFY2(rules.error().message.contains(message), qPrintable(rules.error().toString()));
        QCOMPARE(rules.error().line, line);
        QVERIFY(rules.error().toString().startsWith(QStringLiteral("rules.yaml")));
    }

    void missingFile()
    {
        const auto rules = Rules::load(QStringLiteral("/nonexistent/rules.yaml"));
        QVERIFY(!rules.ok());
        QCOMPARE(rules.error().source, QStringLiteral("/nonexistent/rules.yaml"));
    }

    void workspaceRulesOverride()
    {
        auto rules = Rules::load(defaultRules());
        QVERIFY(rules.ok());
        const auto extra = Rules::loadString("version: 1\nrules:\n"
                                             "  - id: replace-downtime\n    enabled: false\n"
                                             "  - id: no-servers-deleted\n    severity: low\n    reason: \"{type} goes away\"\n"
                                             "    when: {actions: [delete], types: [\"hcloud_serv*\"]}\n",
                                             QStringLiteral("workspace-rules.yaml"));
        QVERIFY2(extra.ok(), qPrintable(extra.error().toString()));
        rules->merge(extra.value());
        const auto plan = PlanReader::readFile(TestSupport::testData(QStringLiteral("plans/risk-stateful.json")));
        QVERIFY(plan.ok());
        const QStringList found = describe(rules->evaluate(plan.value()));
        QCOMPARE(found, (QStringList{"high|destroy-stateful|hcloud_volume.data|",
                                     "high|destroy-stateful|module.db.google_sql_database_instance.main|",
                                     "low|no-servers-deleted|hcloud_server.old|"}));
    }
};

QTEST_GUILESS_MAIN(TestRules)
#include "TestRules.moc"
