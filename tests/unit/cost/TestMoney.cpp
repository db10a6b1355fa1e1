// Money: exact decimal parsing, half-even rounding, arithmetic without float drift.
#include "cost/Money.h"

#include <QLocale>
#include <QTest>

using Infradeck::Money;

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("micros");
        QTest::newRow("price") << "4.59" << true << qint64(4590000);
        QTest::newRow("hourly") << "0.0069" << true << qint64(6900);
        QTest::newRow("hetzner api") << "4.5900000000" << true << qint64(4590000);
        QTest::newRow("hetzner gross") << "5.4621000000" << true << qint64(5462100);
        QTest::newRow("integer") << "20" << true << qint64(20000000);
        QTest::newRow("leading point") << ".5" << true << qint64(500000);
        QTest::newRow("trailing point") << "3." << true << qint64(3000000);
        QTest::newRow("negative") << "-1.25" << true << qint64(-1250000);
        QTest::newRow("plus") << "+1.25" << true << qint64(1250000);
        QTest::newRow("spaces") << "  7.5 " << true << qint64(7500000);
        QTest::newRow("7th digit half-even down") << "0.0000025" << true << qint64(2);
        QTest::newRow("7th digit half-even up") << "0.0000035" << true << qint64(4);
        QTest::newRow("7th digit above half") << "0.00000251" << true << qint64(3);
        QTest::newRow("7th digit below half") << "0.0000024999" << true << qint64(2);
        QTest::newRow("empty") << "" << false << qint64(0);
        QTest::newRow("sign only") << "-" << false << qint64(0);
        QTest::newRow("point only") << "." << false << qint64(0);
        QTest::newRow("two points") << "1.2.3" << false << qint64(0);
        QTest::newRow("exponent") << "1e3" << false << qint64(0);
        QTest::newRow("comma") << "4,59" << false << qint64(0);
        QTest::newRow("currency inside") << "4.59EUR" << false << qint64(0);
        QTest::newRow("arabic digits") << QString::fromUtf8("\u0664.59") << false << qint64(0);
        QTest::newRow("huge") << "99999999999999999999" << false << qint64(0);
        QTest::newRow("large") << "9000000000000.5" << true << qint64(9000000000000500000LL);
        QTest::newRow("overflow") << "9999999999999.9" << false << qint64(0);
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(qint64, micros);
        const auto m = Money::parse(text, QStringLiteral("EUR"));
        QCOMPARE(m.has_value(), ok);
        if (ok) {
            QCOMPARE(m->micros(), micros);
            QCOMPARE(m->currency(), QStringLiteral("EUR"));
        }
    }

    void format_data()
    {
        QTest::addColumn<qint64>("micros");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<QString>("text");
        QTest::newRow("cents") << qint64(14860000) << 2 << "14.86";
        QTest::newRow("pad") << qint64(500000) << 2 << "0.50";
        QTest::newRow("half-even down") << qint64(125000) << 2 << "0.12";  // 0.125 → 0.12
        QTest::newRow("half-even up") << qint64(135000) << 2 << "0.14";    // 0.135 → 0.14
        QTest::newRow("above half") << qint64(125001) << 2 << "0.13";
        QTest::newRow("negative half-even") << qint64(-125000) << 2 << "-0.12";
        QTest::newRow("negative") << qint64(-1840000) << 2 << "-1.84";
        QTest::newRow("tiny negative is zero") << qint64(-1) << 2 << "0.00";
        QTest::newRow("backups") << qint64(22788000) << 2 << "22.79";
        QTest::newRow("six") << qint64(6900) << 6 << "0.006900";
        QTest::newRow("units") << qint64(2500000) << 0 << "2";  // 2.5 → 2 (even)
        QTest::newRow("units up") << qint64(3500000) << 0 << "4";
    }
    void format()
    {
        QFETCH(qint64, micros);
        QFETCH(int, decimals);
        QFETCH(QString, text);
        QCOMPARE(Money(micros, QStringLiteral("EUR")).toString(decimals), text);
    }

    void exactString()
    {
        QCOMPARE(Money(4590000, {}).toExactString(), QStringLiteral("4.59"));
        QCOMPARE(Money(20000000, {}).toExactString(), QStringLiteral("20"));
        QCOMPARE(Money(6900, {}).toExactString(), QStringLiteral("0.0069"));
        QLocale::setDefault(QLocale::c());
        QCOMPARE(Money(4590000, QStringLiteral("EUR")).toDisplayString(), QStringLiteral("4.59 EUR"));
    }

    void displayFollowsTheLocale()
    {
        // People read their locale's decimal point; the machine forms never change.
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const Money m(-1234567890, QStringLiteral("EUR")); // -1234.56789
        QCOMPARE(m.toDisplayString(), QStringLiteral("-1234,57 EUR"));
        QCOMPARE(m.toDisplayString(2, false), QStringLiteral("-1234,57"));
        QCOMPARE(m.toString(), QStringLiteral("-1234.57"));
        QCOMPARE(m.toExactString(), QStringLiteral("-1234.56789"));
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        QCOMPARE(Money(4590000, QStringLiteral("EUR")).toDisplayString(), QStringLiteral("4,59 EUR"));
        QLocale::setDefault(QLocale::c());
        QCOMPARE(Money(4590000, QStringLiteral("EUR")).toDisplayString(), QStringLiteral("4.59 EUR"));
    }

    void arithmetic()
    {
        const Money a = *Money::parse(u"13.60", QStringLiteral("EUR"));
        QCOMPARE(a.percent(20000000).toString(), QStringLiteral("2.72"));
        QCOMPARE(a.timesDecimal(1200000).micros(), qint64(16320000));
        QCOMPARE(Money(44000, {}).times(20).toString(), QStringLiteral("0.88"));
        // 0.0069 × 730 hours = 5.037
        QCOMPARE(Money(6900, {}).timesDecimal(730000000).micros(), qint64(5037000));
        // USD 13.2714 × 0.88 = 11.678832, exactly
        QCOMPARE(Money(13271400, QStringLiteral("USD")).timesDecimal(880000).micros(), qint64(11678832));
        // Half-even at the micro-unit: 0.000001 × 0.5 = 0.0000005 → 0 ; 0.000003 × 0.5 → 0.000002
        QCOMPARE(Money(1, {}).timesDecimal(500000).micros(), qint64(0));
        QCOMPARE(Money(3, {}).timesDecimal(500000).micros(), qint64(2));
        QCOMPARE((a - a.percent(20000000).times(10)).toString(), QStringLiteral("-13.60"));
        QVERIFY(Money(1, QStringLiteral("EUR")).sameCurrency(Money(1, {})));
        QVERIFY(!Money(1, QStringLiteral("EUR")).sameCurrency(Money(1, QStringLiteral("USD"))));
        QCOMPARE((Money(0, {}) + Money(5, QStringLiteral("USD"))).currency(), QStringLiteral("USD"));
        QCOMPARE(Money(2345678, {}).rounded(2).micros(), qint64(2350000));
        // 128-bit intermediates: a large amount times a large factor does not overflow
        QCOMPARE(Money(9000000000000000LL, {}).timesDecimal(1000000).micros(), qint64(9000000000000000LL));
    }

    // No drift over 50,000 resources: the sum is exact, where a double sum is not.
    void fiftyThousandResources()
    {
        const Money price = *Money::parse(u"4.59", QStringLiteral("EUR"));
        Money total(0, QStringLiteral("EUR"));
        double drifting = 0;
        for (int i = 0; i < 50000; ++i) {
            total += price;
            drifting += 4.59;
        }
        QCOMPARE(total.toString(), QStringLiteral("229500.00"));
        QCOMPARE(total.micros(), qint64(229500) * Money::Scale);
        QCOMPARE(total, price.times(50000));
        QVERIFY(drifting != 229500.0); // why Money exists
        // and with a price that has no exact binary form at all, hourly: 50,000 × 0.0069 = 345
        Money hourly(0, QStringLiteral("EUR"));
        for (int i = 0; i < 50000; ++i)
            hourly += Money(6900, QStringLiteral("EUR"));
        QCOMPARE(hourly.toString(), QStringLiteral("345.00"));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "TestMoney.moc"
