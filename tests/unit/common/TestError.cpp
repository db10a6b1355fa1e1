#include "common/Error.h"

#include <QTest>

using namespace Infradeck;

class TestError : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void formats_data();
    void formats();
    void resultHoldsValueOrError();
    void warningsAreNotErrors();
};

void TestError::formats_data()
{
    QTest::addColumn<Error>("error");
    QTest::addColumn<QString>("expected");
    QTest::newRow("file line column") << Error(QStringLiteral("bad"), QStringLiteral("w.yaml")).at(3, 7)
                                      << QStringLiteral("w.yaml:3:7: error: bad");
    QTest::newRow("path and expected")
        << Error(QStringLiteral("wrong type"), QStringLiteral("p.json")).atPath(QStringLiteral("$.resource_changes[2]")).expecting(QStringLiteral("an object"))
        << QStringLiteral("p.json: error: wrong type (at $.resource_changes[2]; expected an object)");
    QTest::newRow("offset") << Error(QStringLiteral("truncated"), QStringLiteral("p.json")).atOffset(120)
                            << QStringLiteral("p.json: error: truncated (at byte 120)");
    QTest::newRow("warning") << Error(QStringLiteral("unknown key"), QStringLiteral("w.yaml")).at(1).asWarning()
                             << QStringLiteral("w.yaml:1: warning: unknown key");
    QTest::newRow("no source") << Error(QStringLiteral("boom")) << QStringLiteral("error: boom");
}

void TestError::formats()
{
    QFETCH(Error, error);
    QFETCH(QString, expected);
    QCOMPARE(error.toString(), expected);
}

void TestError::resultHoldsValueOrError()
{
    Result<int> good(5);
    QVERIFY(good.ok());
    QCOMPARE(good.value(), 5);
    Result<int> bad(Error(QStringLiteral("nope"), QStringLiteral("f")));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().message, QStringLiteral("nope"));
}

void TestError::warningsAreNotErrors()
{
    Errors list{Error(QStringLiteral("w")).asWarning()};
    QVERIFY(!hasErrors(list));
    list << Error(QStringLiteral("e"));
    QVERIFY(hasErrors(list));
}

QTEST_GUILESS_MAIN(TestError)
#include "TestError.moc"
