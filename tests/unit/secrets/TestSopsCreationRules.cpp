#include "secrets/sops/SopsCreationRules.h"

#include "TestSupport.h"

#include <QTest>

using namespace Infradeck;

class TestSopsCreationRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void foldedAgeString()
    {
        auto rules = SopsCreationRules::load(TestSupport::testData(QStringLiteral("secrets/getsops.sops.yaml")));
        QVERIFY2(rules.ok(), qPrintable(rules.error().toString()));
        QCOMPARE(rules->rules.size(), 1);
        const auto *r = rules->match(QStringLiteral("anything.yaml"));
        QVERIFY(r);
        QCOMPARE(r->age.size(), 2);
        QCOMPARE(r->age.at(1).toString(), QStringLiteral("age1yt3tfqlfrwdwx0z0ynwplcr6qxcxfaqycuprpmy89nr83ltx74tqdpszlw"));
        QVERIFY(r->hasPgp);
    }
    void keyGroupsWithComments()
    {
        auto rules = SopsCreationRules::load(TestSupport::testData(QStringLiteral("secrets/humphd.sops.yaml")));
        QVERIFY2(rules.ok(), qPrintable(rules.error().toString()));
        const auto *r = rules->match(QStringLiteral("x.env"));
        QVERIFY(r);
        QCOMPARE(r->keyGroups, 1);
        QCOMPARE(r->age.size(), 3);
        QVERIFY(r->pathRegex.isEmpty()); // `path_regexp` is not a sops key: the rule matches everything
    }
    void matching_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("rule");
        QTest::newRow("prod") << QStringLiteral("env/prod/secrets.yaml") << 0;
        QTest::newRow("dev") << QStringLiteral("env/dev/secrets.yaml") << 1;
        QTest::newRow("none") << QStringLiteral("README.md") << -1;
    }
    void matching()
    {
        QFETCH(QString, file);
        QFETCH(int, rule);
        const QByteArray yaml = "creation_rules:\n"
                                "  - path_regex: prod/.*\\.yaml$\n"
                                "    encrypted_regex: ^(data|stringData)$\n"
                                "    age: age1yt3tfqlfrwdwx0z0ynwplcr6qxcxfaqycuprpmy89nr83ltx74tqdpszlw\n"
                                "  - path_regex: \\.yaml$\n"
                                "    mac_only_encrypted: true\n"
                                "    age:\n"
                                "      - age1tmaae3ld5vpevmsh5yacsauzx8jetg300mpvc4ugp5zr5l6ssq9sla97ep\n";
        auto rules = SopsCreationRules::parse(yaml);
        QVERIFY2(rules.ok(), qPrintable(rules.error().toString()));
        const auto *r = rules->match(file);
        QCOMPARE(r ? int(r - rules->rules.constData()) : -1, rule);
        if (rule == 0) {
            QCOMPARE(r->metadata.ruleKind, SopsMetadata::RuleKind::EncryptedRegex);
            QVERIFY(r->metadata.shouldEncrypt({QStringLiteral("data"), QStringLiteral("x")}));
            QVERIFY(!r->metadata.shouldEncrypt({QStringLiteral("metadata"), QStringLiteral("name")}));
        }
        if (rule == 1)
            QVERIFY(r->metadata.macOnlyEncrypted);
    }
    void broken_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not yaml") << QByteArray("creation_rules: [\n") << QStringLiteral("invalid .sops.yaml");
        QTest::newRow("scalar") << QByteArray("hello\n") << QStringLiteral("not a map");
        QTest::newRow("rules not list") << QByteArray("creation_rules: 3\n") << QStringLiteral("not a list");
        QTest::newRow("bad recipient") << QByteArray("creation_rules:\n  - age: age1nope\n") << QStringLiteral("invalid age recipient");
        QTest::newRow("two rules") << QByteArray("creation_rules:\n  - encrypted_regex: a\n    unencrypted_suffix: _u\n") << QStringLiteral("more than one");
    }
    void broken()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, expected);
        auto rules = SopsCreationRules::parse(yaml, QStringLiteral(".sops.yaml"));
        QVERIFY(!rules.ok());
        QVERIFY2(rules.error().message.contains(expected), qPrintable(rules.error().toString()));
    }
};

QTEST_GUILESS_MAIN(TestSopsCreationRules)
#include "TestSopsCreationRules.moc"
