#include "terraform/Address.h"

#include <QTest>

using Infradeck::Address;

class TestAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("modulePath");
        QTest::addColumn<bool>("data");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QVariant>("key");
        QTest::addColumn<QString>("resource");
        QTest::addColumn<QString>("group");

        QTest::newRow("simple") << "hcloud_server.web" << "" << false << "hcloud_server" << "web" << QVariant() << "hcloud_server.web" << "";
        QTest::newRow("count") << "hcloud_server.web[0]" << "" << false << "hcloud_server" << "web" << QVariant(0)
                               << "hcloud_server.web" << "";
        QTest::newRow("for_each") << "aws_instance.a[\"eu-west\"]" << "" << false << "aws_instance" << "a" << QVariant(QStringLiteral("eu-west"))
                                  << "aws_instance.a" << "";
        QTest::newRow("data") << "data.x.y" << "" << true << "x" << "y" << QVariant() << "data.x.y" << "";
        QTest::newRow("data indexed") << "data.x.y[3]" << "" << true << "x" << "y" << QVariant(3) << "data.x.y" << "";
        QTest::newRow("nested modules")
            << "module.a[\"x\"].module.b.hcloud_server.web[0]" << "module.a[\"x\"].module.b" << false << "hcloud_server" << "web"
            << QVariant(0) << "module.a[\"x\"].module.b.hcloud_server.web" << "module.a.module.b";
        QTest::newRow("module count data") << "module.m[2].data.aws_ami.ubuntu" << "module.m[2]" << true << "aws_ami" << "ubuntu"
                                           << QVariant() << "module.m[2].data.aws_ami.ubuntu" << "module.m";
        QTest::newRow("escaped key") << "a.b[\"x\\\"y\"]" << "" << false << "a" << "b" << QVariant(QStringLiteral("x\"y")) << "a.b" << "";
        QTest::newRow("key with dots") << "a.b[\"1.2.3\"]" << "" << false << "a" << "b" << QVariant(QStringLiteral("1.2.3")) << "a.b" << "";
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, modulePath);
        QFETCH(bool, data);
        QFETCH(QString, type);
        QFETCH(QString, name);
        QFETCH(QVariant, key);
        QFETCH(QString, resource);
        QFETCH(QString, group);
        const auto a = Address::parse(text);
        QVERIFY2(a.ok(), qPrintable(a.error().toString()));
        QCOMPARE(a->moduleString(), modulePath);
        QCOMPARE(a->isData(), data);
        QCOMPARE(a->type, type);
        QCOMPARE(a->name, name);
        QCOMPARE(a->instanceKey.isValid(), key.isValid());
        if (key.isValid())
            QCOMPARE(a->instanceKey.toString(), key.toString());
        QCOMPARE(a->resourceString(), resource);
        QCOMPARE(a->moduleGroupKey(), group);
        QCOMPARE(a->toString(), text); // round trip
        QCOMPARE(a->resource().toString(), resource);
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("one part") << "hcloud_server";
        QTest::newRow("trailing dot") << "hcloud_server.web.";
        QTest::newRow("unclosed index") << "a.b[0";
        QTest::newRow("unclosed quote") << "a.b[\"x]";
        QTest::newRow("expression index") << "a.b[count.index]";
        QTest::newRow("module without name") << "module";
        QTest::newRow("too many parts") << "a.b.c";
        QTest::newRow("double dot") << "a..b";
        QTest::newRow("space") << "a b.c";
    }

    void invalid()
    {
        QFETCH(QString, text);
        const auto a = Address::parse(text);
        QVERIFY(!a.ok());
        QVERIFY(!a.error().message.isEmpty());
        QVERIFY(!a.error().expected.isEmpty());
    }

    void normaliseReference_data()
    {
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("modulePath");
        QTest::addColumn<QString>("expected");
        QTest::newRow("attribute") << "aws_instance.foo.id" << "" << "aws_instance.foo";
        QTest::newRow("bare") << "aws_instance.foo" << "" << "aws_instance.foo";
        QTest::newRow("indexed attribute") << "aws_instance.foo[0].private_ip" << "" << "aws_instance.foo";
        QTest::newRow("data") << "data.x.y[1].attr" << "" << "data.x.y";
        QTest::newRow("data bare") << "data.x.y" << "" << "data.x.y";
        QTest::newRow("module output") << "module.x.output" << "" << "module.x";
        QTest::newRow("module keyed output") << "module.x[\"a\"].out" << "" << "module.x";
        QTest::newRow("in module") << "hcloud_network.main.id" << "module.a.module.b" << "module.a.module.b.hcloud_network.main";
        QTest::newRow("module in module") << "module.c.out" << "module.a" << "module.a.module.c";
        QTest::newRow("var") << "var.region" << "" << "";
        QTest::newRow("local") << "local.tags" << "" << "";
        QTest::newRow("each") << "each.value" << "" << "";
        QTest::newRow("count") << "count.index" << "" << "";
        QTest::newRow("path") << "path.module" << "" << "";
        QTest::newRow("self") << "self" << "" << "";
        QTest::newRow("self attr") << "self.private_ip" << "" << "";
        QTest::newRow("terraform") << "terraform.workspace" << "" << "";
        QTest::newRow("expression index") << "aws_instance.foo[count.index].id" << "" << "aws_instance.foo";
        QTest::newRow("lone name") << "foo" << "" << "";
    }

    void normaliseReference()
    {
        QFETCH(QString, reference);
        QFETCH(QString, modulePath);
        QFETCH(QString, expected);
        QCOMPARE(Address::normaliseReference(reference, modulePath), expected);
    }

    void modulePath()
    {
        const auto path = Address::parseModulePath(QStringLiteral("module.a[\"x\"].module.b[3]"));
        QVERIFY(path.ok());
        QCOMPARE(path->size(), 2);
        QCOMPARE(path->at(0).name, QStringLiteral("a"));
        QCOMPARE(path->at(0).key.toString(), QStringLiteral("x"));
        QCOMPARE(path->at(1).key.toInt(), 3);
        QCOMPARE(Address::modulePathToString(path.value(), false), QStringLiteral("module.a.module.b"));
        QVERIFY(Address::parseModulePath(QString()).ok());
        QVERIFY(!Address::parseModulePath(QStringLiteral("aws_instance.x")).ok());
    }

    void groupByModule()
    {
        QList<Address> list;
        for (const char *t : {"a.b", "module.m[0].a.b", "module.m[1].a.b", "module.n.c.d", "c.d[1]"})
            list << Address::parse(QString::fromLatin1(t)).value();
        const auto groups = Address::groupByModule(list);
        QCOMPARE(groups.keys(), (QStringList{QString(), QStringLiteral("module.m"), QStringLiteral("module.n")}));
        QCOMPARE(groups.value(QString()).size(), 2);
        QCOMPARE(groups.value(QStringLiteral("module.m")).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestAddress)
#include "TestAddress.moc"
