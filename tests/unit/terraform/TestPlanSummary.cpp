#include "terraform/PlanReader.h"
#include "terraform/PlanSummary.h"

#include "risk/Rules.h"

#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Infradeck;

class TestPlanSummary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonShape()
    {
        const auto plan = PlanReader::readFile(TestSupport::testData(QStringLiteral("plans/risk-stateful.json")));
        QVERIFY2(plan.ok(), qPrintable(plan.error().toString()));
        const QList<Finding> findings{{Finding::Severity::High, QStringLiteral("hcloud_volume.data"), QString(), QStringLiteral("why"),
                                       QStringLiteral("rule")}};
        const QJsonObject json = PlanSummary(plan.value(), findings).toJson();
        QCOMPARE(json.value(QStringLiteral("format_version")).toString(), QStringLiteral("1.2"));
        QCOMPARE(json.value(QStringLiteral("terraform_version")).toString(), QStringLiteral("1.9.5"));
        const QJsonObject counts = json.value(QStringLiteral("counts")).toObject();
        QCOMPARE(counts.keys(), (QStringList{QStringLiteral("create"), QStringLiteral("delete"), QStringLiteral("no-op"),
                                             QStringLiteral("read"), QStringLiteral("replace"), QStringLiteral("update")}));
        QCOMPARE(counts.value(QStringLiteral("delete")).toInt(), 2);
        QCOMPARE(counts.value(QStringLiteral("replace")).toInt(), 2);
        QCOMPARE(counts.value(QStringLiteral("update")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("drift")).toInt(), 0);
        const QJsonArray changes = json.value(QStringLiteral("changes")).toArray();
        QCOMPARE(changes.size(), 5);
        const QJsonObject sql = changes.at(1).toObject();
        QCOMPARE(sql.value(QStringLiteral("address")).toString(), QStringLiteral("module.db.google_sql_database_instance.main"));
        QCOMPARE(sql.value(QStringLiteral("action")).toString(), QStringLiteral("replace"));
        QCOMPARE(sql.value(QStringLiteral("action_reason")).toString(), QStringLiteral("replace_because_cannot_update"));
        QCOMPARE(sql.value(QStringLiteral("replace_order")).toString(), QStringLiteral("create-before-destroy"));
        QCOMPARE(sql.value(QStringLiteral("replace_paths")).toArray(), QJsonArray{QJsonArray{QStringLiteral("tier")}});
        QVERIFY(sql.value(QStringLiteral("previous_address")).isNull());
        QCOMPARE(sql.value(QStringLiteral("importing")), QJsonValue(false));
        QVERIFY(changes.at(2).toObject().value(QStringLiteral("action_reason")).isNull());
        const QJsonArray risks = json.value(QStringLiteral("risks")).toArray();
        QCOMPARE(risks.size(), 1);
        QCOMPARE(risks.at(0).toObject().value(QStringLiteral("severity")).toString(), QStringLiteral("high"));
        QCOMPARE(risks.at(0).toObject().value(QStringLiteral("path")).toString(), QString());
    }

    void noTerraformVersionIsNull()
    {
        const auto plan = PlanReader::readBytes("{\"format_version\":\"1.0\",\"resource_changes\":[]}");
        QVERIFY(plan.ok());
        QVERIFY(PlanSummary(plan.value(), {}).toJson().value(QStringLiteral("terraform_version")).isNull());
    }

    void everyChangeIncludedEvenNoOp()
    {
        REQUIRE_FIXTURES();
        const auto plan = PlanReader::readFile(TestSupport::fixture(QStringLiteral("plans/terraform-json/testdata/no_changes/plan.json")));
        QVERIFY(plan.ok());
        const QJsonObject json = PlanSummary(plan.value(), {}).toJson();
        QCOMPARE(json.value(QStringLiteral("changes")).toArray().size(), 6);
        QCOMPARE(json.value(QStringLiteral("counts")).toObject().value(QStringLiteral("no-op")).toInt(), 6);
    }

    void text()
    {
        const auto plan = PlanReader::readFile(TestSupport::testData(QStringLiteral("plans/risk-stateful.json")));
        QVERIFY(plan.ok());
        auto rules = Rules::load(TestSupport::resourcesDir() + QStringLiteral("/risk/default-rules.yaml"));
        QVERIFY2(rules.ok(), qPrintable(rules.error().toString()));
        const QString text = PlanSummary(plan.value(), rules->evaluate(plan.value())).toText();
        QVERIFY2(text.contains(QStringLiteral("Plan: 0 to create, 1 to update, 2 to replace, 2 to delete, 0 to read, 0 unchanged")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("+/- module.db.google_sql_database_instance.main")));
        QVERIFY(text.contains(QStringLiteral("create before destroy")));
        QVERIFY(text.contains(QStringLiteral("-/+ hcloud_server.web[0]")));
        QVERIFY(text.contains(QStringLiteral("destroy before create")));
        QVERIFY(text.contains(QStringLiteral("[high] hcloud_volume.data")));
    }
};

QTEST_GUILESS_MAIN(TestPlanSummary)
#include "TestPlanSummary.moc"
