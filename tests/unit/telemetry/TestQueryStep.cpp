#include "telemetry/QueryStep.h"

#include <QTest>

using namespace Infradeck;

class TestQueryStep : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void choose_data()
    {
        QTest::addColumn<qint64>("range");
        QTest::addColumn<int>("width");
        QTest::addColumn<qint64>("minStep");
        QTest::addColumn<qint64>("step");
        QTest::newRow("15m over 900px") << qint64(900) << 900 << qint64(1) << qint64(1);
        QTest::newRow("1h over 600px") << qint64(3600) << 600 << qint64(1) << qint64(5);
        QTest::newRow("1h over 600px, scrape 15s") << qint64(3600) << 600 << qint64(15) << qint64(15);
        QTest::newRow("6h over 800px") << qint64(6 * 3600) << 800 << qint64(1) << qint64(30);
        QTest::newRow("24h over 1000px") << qint64(86400) << 1000 << qint64(1) << qint64(60);
        QTest::newRow("7d over 1200px") << qint64(7 * 86400) << 1200 << qint64(1) << qint64(600);
        QTest::newRow("30d over 1500px") << qint64(30 * 86400) << 1500 << qint64(1) << qint64(1800);
        // A very wide chart would ask for more than the server allows: range / 11,000 wins.
        QTest::newRow("30d over 50000px") << qint64(30 * 86400) << 50000 << qint64(1) << qint64(236);
        QTest::newRow("zero width") << qint64(3600) << 0 << qint64(1) << qint64(3600);
        QTest::newRow("zero range") << qint64(0) << 800 << qint64(1) << qint64(1);
    }
    void choose()
    {
        QFETCH(qint64, range);
        QFETCH(int, width);
        QFETCH(qint64, minStep);
        QFETCH(qint64, step);
        const qint64 got = QueryStep::choose(range, width, minStep);
        QCOMPARE(got, step);
        QVERIFY(range / got <= QueryStep::MaxPointsPerSeries);
    }

    void neverOverServerLimit()
    {
        for (qint64 range : {60LL, 3600LL, 86400LL, 30 * 86400LL, 365 * 86400LL})
            for (int width : {1, 100, 1920, 7680, 100000})
                QVERIFY(range / QueryStep::choose(range, width) + 1 <= QueryStep::MaxPointsPerSeries + 1);
    }

    void rateInterval()
    {
        QCOMPARE(QueryStep::rateInterval(15, 15), qint64(60));
        QCOMPARE(QueryStep::rateInterval(300, 15), qint64(315));
        QCOMPARE(QueryStep::rateInterval(1, 1), qint64(4));
        QCOMPARE(QueryStep::rateInterval(10, 0), qint64(11));
    }

    void durations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("seconds"); // -1: invalid
        QTest::newRow("15s") << QStringLiteral("15s") << qint64(15);
        QTest::newRow("1h30m") << QStringLiteral("1h30m") << qint64(5400);
        QTest::newRow("2d") << QStringLiteral("2d") << qint64(172800);
        QTest::newRow("1w") << QStringLiteral("1w") << qint64(604800);
        QTest::newRow("plain") << QStringLiteral("90") << qint64(90);
        QTest::newRow("ms rounds up") << QStringLiteral("500ms") << qint64(1);
        QTest::newRow("empty") << QString() << qint64(-1);
        QTest::newRow("junk") << QStringLiteral("1 hour") << qint64(-1);
        QTest::newRow("negative") << QStringLiteral("-5") << qint64(-1);
        QTest::newRow("unit only") << QStringLiteral("h") << qint64(-1);
    }
    void durations()
    {
        QFETCH(QString, text);
        QFETCH(qint64, seconds);
        const auto parsed = QueryStep::parse(text);
        if (seconds < 0) {
            QVERIFY(!parsed);
        } else {
            QVERIFY(parsed);
            QCOMPARE(*parsed, seconds);
            QCOMPARE(QueryStep::parse(QueryStep::format(seconds)).value_or(-1), seconds);
        }
        QCOMPARE(QueryStep::format(5400), QStringLiteral("1h30m"));
        QCOMPARE(QueryStep::format(60), QStringLiteral("1m"));
    }
};

QTEST_GUILESS_MAIN(TestQueryStep)
#include "TestQueryStep.moc"
