#include "terraform/AttributeDiff.h"
#include "terraform/PlanReader.h"

#include "TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Infradeck;

namespace {

QJsonValue j(const char *text)
{
    if (!text)
        return QJsonValue(QJsonValue::Undefined);
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + text + "]");
    return doc.array().at(0);
}

const AttributeDiff::Entry *find(const QList<AttributeDiff::Entry> &entries, const QString &path)
{
    for (const AttributeDiff::Entry &e : entries)
        if (e.path == path)
            return &e;
    return nullptr;
}

} // namespace

class TestAttributeDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void leaves_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("afterUnknown");
        QTest::addColumn<QString>("beforeSensitive");
        QTest::addColumn<QString>("afterSensitive");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("beforeText");
        QTest::addColumn<QString>("afterText");

        QTest::newRow("changed scalar") << R"({"a":1})" << R"({"a":2})" << "{}" << "{}" << "{}" << "a" << "changed" << "1" << "2";
        QTest::newRow("unchanged") << R"({"a":"x"})" << R"({"a":"x"})" << "{}" << "{}" << "{}" << "a" << "unchanged" << "\"x\"" << "\"x\"";
        QTest::newRow("added") << R"({})" << R"({"a":true})" << "{}" << "{}" << "{}" << "a" << "added" << "" << "true";
        QTest::newRow("removed") << R"({"a":[1]})" << R"({})" << "{}" << "{}" << "{}" << "a[0]" << "removed" << "1" << "";
        QTest::newRow("null to value") << R"({"a":null})" << R"({"a":"v"})" << "{}" << "{}" << "{}" << "a" << "added" << "null" << "\"v\"";
        QTest::newRow("create") << "null" << R"({"a":"v"})" << "{}" << "false" << "{}" << "a" << "added" << "" << "\"v\"";
        QTest::newRow("delete") << R"({"a":"v"})" << "null" << "{}" << "{}" << "false" << "a" << "removed" << "\"v\"" << "";
        QTest::newRow("unknown absent from after") << R"({"id":"1"})" << R"({})" << R"({"id":true})" << "{}" << "{}" << "id"
                                                   << "changed" << "\"1\"" << "(known after apply)";
        QTest::newRow("unknown new") << R"({})" << R"({})" << R"({"id":true})" << "{}" << "{}" << "id" << "added" << ""
                                     << "(known after apply)";
        QTest::newRow("unknown nested in list") << R"({"n":[{"ip":"a"}]})" << R"({"n":[{}]})" << R"({"n":[{"ip":true}]})" << "{}"
                                                << "{}" << "n[0].ip" << "changed" << "\"a\"" << "(known after apply)";
        QTest::newRow("unknown whole list") << R"({"n":[1]})" << R"({})" << R"({"n":true})" << "{}" << "{}" << "n" << "changed"
                                            << "[1]" << "(known after apply)";
        QTest::newRow("sensitive leaf") << R"({"p":"old"})" << R"({"p":"new"})" << "{}" << R"({"p":true})" << R"({"p":true})" << "p"
                                        << "changed" << "(sensitive)" << "(sensitive)";
        QTest::newRow("sensitive unchanged") << R"({"p":"same"})" << R"({"p":"same"})" << "{}" << R"({"p":true})" << R"({"p":true})"
                                             << "p" << "unchanged" << "(sensitive)" << "(sensitive)";
        QTest::newRow("sensitive subtree") << R"({"o":{"a":"x","b":["y"]}})" << R"({"o":{"a":"z","b":["w"]}})" << "{}"
                                           << R"({"o":true})" << R"({"o":true})" << "o" << "changed" << "(sensitive)" << "(sensitive)";
        QTest::newRow("sensitive only after") << R"({"p":"was-public"})" << R"({"p":"now-secret"})" << "{}" << "{}" << R"({"p":true})"
                                              << "p" << "changed" << "\"was-public\"" << "(sensitive)";
        QTest::newRow("sensitive list element") << R"({"l":["a","b"]})" << R"({"l":["a","c"]})" << "{}" << R"({"l":[false,true]})"
                                                << R"({"l":[false,true]})" << "l[1]" << "changed" << "(sensitive)" << "(sensitive)";
        QTest::newRow("whole value sensitive") << R"({"a":1})" << R"({"a":2})" << "{}" << "true" << "true" << "" << "changed"
                                               << "(sensitive)" << "(sensitive)";
        QTest::newRow("empty list") << R"({"l":[]})" << R"({"l":[]})" << "{}" << "{}" << "{}" << "l" << "unchanged" << "[]" << "[]";
        QTest::newRow("type change") << R"({"a":"1"})" << R"({"a":{"b":1}})" << "{}" << "{}" << "{}" << "a" << "changed" << "\"1\""
                                     << "{\"b\":1}";
        QTest::newRow("odd key") << R"({"m":{"a.b":1}})" << R"({"m":{"a.b":2}})" << "{}" << "{}" << "{}" << "m[\"a.b\"]" << "changed"
                                 << "1" << "2";
        QTest::newRow("secret-looking name") << R"({"db_password":"hunter2-x"})" << R"({"db_password":"hunter3-x"})" << "{}" << "{}"
                                             << "{}" << "db_password" << "changed" << "(sensitive)" << "(sensitive)";
    }

    void leaves()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QString, afterUnknown);
        QFETCH(QString, beforeSensitive);
        QFETCH(QString, afterSensitive);
        QFETCH(QString, path);
        QFETCH(QString, kind);
        QFETCH(QString, beforeText);
        QFETCH(QString, afterText);
        const auto entries = AttributeDiff::compute(j(before.toUtf8().constData()), j(after.toUtf8().constData()),
                                                    j(afterUnknown.toUtf8().constData()), j(beforeSensitive.toUtf8().constData()),
                                                    j(afterSensitive.toUtf8().constData()));
        const AttributeDiff::Entry *e = find(entries, path);
        QVERIFY2(e, qPrintable(QStringLiteral("no entry %1 among %2").arg(path).arg(entries.size())));
        QCOMPARE(AttributeDiff::kindName(e->kind), kind);
        QCOMPARE(e->before, beforeText);
        QCOMPARE(e->after, afterText);
    }

    void nestingFromPlan()
    {
        const auto plan = PlanReader::readFile(TestSupport::testData(QStringLiteral("plans/diff-nesting.json")));
        QVERIFY2(plan.ok(), qPrintable(plan.error().toString()));
        const auto entries = AttributeDiff::compute(plan.value(), plan->changes.first());
        QStringList all;
        for (const auto &e : entries)
            all << e.path + QLatin1Char('=') + e.before + QStringLiteral("->") + e.after;
        const QString text = all.join(QLatin1Char('\n'));
        for (const char *secret : {"pw-before-XYZ", "pw-after-XYZ", "disk-secret-before", "disk-secret-after"})
            QVERIFY2(!text.contains(QLatin1String(secret)), secret);
        QVERIFY(find(entries, QStringLiteral("creds"))->sensitive);
        QCOMPARE(find(entries, QStringLiteral("disk[0].key"))->after, QStringLiteral("(sensitive)"));
        QCOMPARE(find(entries, QStringLiteral("disk[0].size"))->after, QStringLiteral("11"));
        QCOMPARE(find(entries, QStringLiteral("disk[2].key"))->after, AttributeDiff::unknownText());
        QCOMPARE(AttributeDiff::kindName(find(entries, QStringLiteral("disk[2].size"))->kind), QStringLiteral("added"));
        QCOMPARE(find(entries, QStringLiteral("computed"))->after, AttributeDiff::unknownText());
        QCOMPARE(find(entries, QStringLiteral("id"))->after, AttributeDiff::unknownText());
        QCOMPARE(AttributeDiff::kindName(find(entries, QStringLiteral("gone"))->kind), QStringLiteral("removed"));
        QCOMPARE(AttributeDiff::kindName(find(entries, QStringLiteral("list[2]"))->kind), QStringLiteral("removed"));
        QCOMPARE(AttributeDiff::kindName(find(entries, QStringLiteral("new_attr"))->kind), QStringLiteral("added"));
        QVERIFY(find(entries, QStringLiteral("tags.owner"))->forcesReplacement);
        QVERIFY(!find(entries, QStringLiteral("tags.env"))->forcesReplacement);
        QCOMPARE(AttributeDiff::kindName(find(entries, QStringLiteral("tags.env"))->kind), QStringLiteral("unchanged"));
    }

    void replacePaths()
    {
        const auto entries = AttributeDiff::compute(j(R"({"a":{"b":[1,2]},"c":1})"), j(R"({"a":{"b":[1,3]},"c":2})"), j("{}"), j("{}"),
                                                    j("{}"), {QVariantList{QStringLiteral("a"), QStringLiteral("b")}});
        QVERIFY(find(entries, QStringLiteral("a.b[1]"))->forcesReplacement);
        QVERIFY(find(entries, QStringLiteral("a.b[0]"))->forcesReplacement);
        QVERIFY(!find(entries, QStringLiteral("c"))->forcesReplacement);
        const auto indexed = AttributeDiff::compute(j(R"({"l":[{"x":1},{"x":2}]})"), j(R"({"l":[{"x":1},{"x":3}]})"), j("{}"), j("{}"),
                                                    j("{}"), {QVariantList{QStringLiteral("l"), qint64(1), QStringLiteral("x")}});
        QVERIFY(find(indexed, QStringLiteral("l[1].x"))->forcesReplacement);
        QVERIFY(!find(indexed, QStringLiteral("l[0].x"))->forcesReplacement);
    }

    void requiresReplaceFixture()
    {
        const auto plan = PlanReader::readFile(TestSupport::testData(QStringLiteral("plans/tf-requires-replace.json")));
        QVERIFY2(plan.ok(), qPrintable(plan.error().toString()));
        const auto entries = AttributeDiff::compute(plan.value(), plan->changes.first());
        const AttributeDiff::Entry *ami = find(entries, QStringLiteral("ami"));
        QVERIFY(ami);
        QVERIFY(ami->forcesReplacement);
        QCOMPARE(ami->after, QStringLiteral("\"force-replace\""));
        QCOMPARE(find(entries, QStringLiteral("id"))->after, AttributeDiff::unknownText());
    }

    void emptyChange()
    {
        QVERIFY(AttributeDiff::compute(QJsonValue(QJsonValue::Null), QJsonValue(QJsonValue::Null), QJsonValue(), QJsonValue(), QJsonValue())
                    .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAttributeDiff)
#include "TestAttributeDiff.moc"
