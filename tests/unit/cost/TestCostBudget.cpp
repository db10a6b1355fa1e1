// CostBudget: parsing budgets ("15 x 4.59 EUR") and the finding when a plan's monthly total exceeds one.
#include "cost/CostBudget.h"

#include <QTest>

using namespace Infradeck;

class TestCostBudget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("currency");
        QTest::newRow("plain") << "68.85" << true << "68.85" << "EUR";
        QTest::newRow("code after") << "68.85 EUR" << true << "68.85" << "EUR";
        QTest::newRow("code before") << "USD 20" << true << "20.00" << "USD";
        QTest::newRow("euro sign") << QString::fromUtf8("€4.59") << true << "4.59" << "EUR";
        QTest::newRow("dollar sign") << "$15" << true << "15.00" << "USD";
        QTest::newRow("pr cap") << "15 x 4.59 EUR" << true << "68.85" << "EUR";
        QTest::newRow("pr cap times sign") << QString::fromUtf8("15 × €4.59") << true << "68.85" << "EUR";
        QTest::newRow("star") << "15*4.59" << true << "68.85" << "EUR";
        QTest::newRow("empty") << "" << false << "" << "";
        QTest::newRow("negative") << "-5" << false << "" << "";
        QTest::newRow("words") << "cheap" << false << "" << "";
        QTest::newRow("float syntax") << "1e2" << false << "" << "";
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(QString, amount);
        QFETCH(QString, currency);
        const auto b = CostBudget::parse(text, QStringLiteral("EUR"), QStringLiteral("pr-environments"));
        QCOMPARE(b.ok(), ok);
        if (!ok) {
            QVERIFY(!b.error().expected.isEmpty());
            return;
        }
        QCOMPARE(b->amount().toString(), amount);
        QCOMPARE(b->amount().currency(), currency);
        QCOMPARE(b->name(), QStringLiteral("pr-environments"));
    }

    void check()
    {
        CostReport report;
        report.kind = CostReport::Kind::Plan;
        report.currency = QStringLiteral("EUR");
        report.totalBefore = Money(0, report.currency);
        report.totalAfter = *Money::parse(u"68.85", report.currency);
        const CostBudget cap = CostBudget::parse(QStringLiteral("15 x 4.59 EUR"), QStringLiteral("EUR"), QStringLiteral("pr")).value();
        QVERIFY(!cap.check(report)); // equal is within budget
        report.totalAfter = *Money::parse(u"68.86", report.currency);
        const auto over = cap.check(report);
        QVERIFY(over);
        QCOMPARE(over->severity, Finding::Severity::Medium);
        QCOMPARE(over->ruleId, QStringLiteral("cost-budget"));
        QVERIFY2(over->reason.contains(QStringLiteral("68.86 EUR")) && over->reason.contains(QStringLiteral("by 0.01 EUR")), qPrintable(over->reason));
        // A budget in another currency is not silently compared.
        const CostBudget usd = CostBudget::parse(QStringLiteral("USD 1"), QStringLiteral("EUR")).value();
        const auto mismatch = usd.check(report);
        QVERIFY(mismatch);
        QCOMPARE(mismatch->severity, Finding::Severity::Low);
        QVERIFY(mismatch->reason.contains(QStringLiteral("not compared")));
    }
};

QTEST_GUILESS_MAIN(TestCostBudget)
#include "TestCostBudget.moc"
