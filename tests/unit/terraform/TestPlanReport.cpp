#include "terraform/AttributeDiff.h"
#include "terraform/PlanReader.h"
#include "terraform/PlanReport.h"
#include "terraform/PlanSummary.h"

#include "risk/Rules.h"

#include "TestSupport.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Infradeck;

namespace {

// Leaves of value under a sensitivity mask, collected from the raw JSON (independent of Redaction).
void leaves(const QJsonValue &value, const QJsonValue &mask, bool sensitive, QSet<QString> &secret, QSet<QString> &plain)
{
    const bool here = sensitive || (mask.isBool() && mask.toBool());
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            leaves(it.value(), mask.isObject() ? mask.toObject().value(it.key()) : QJsonValue(), here, secret, plain);
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            leaves(a.at(i), mask.isArray() ? mask.toArray().at(i) : QJsonValue(), here, secret, plain);
    } else if (value.isString()) {
        (here ? secret : plain).insert(value.toString());
    }
}

struct Secrets
{
    QSet<QString> secret;
    QSet<QString> plain;
    QStringList mustNotAppear() const
    {
        QStringList out;
        for (const QString &s : secret)
            if (!plain.contains(s) && !s.isEmpty())
                out << s;
        return out;
    }
};

Secrets secretsOf(const QString &path)
{
    Secrets s;
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    QByteArray bytes = f.readAll();
    if (bytes.startsWith("[command]"))
        bytes = bytes.mid(bytes.indexOf('\n') + 1);
    const QJsonObject doc = QJsonDocument::fromJson(bytes).object();
    for (const char *list : {"resource_changes", "resource_drift"}) {
        for (const QJsonValue &rc : doc.value(QLatin1String(list)).toArray()) {
            const QJsonObject c = rc.toObject().value(QStringLiteral("change")).toObject();
            leaves(c.value(QStringLiteral("before")), c.value(QStringLiteral("before_sensitive")), false, s.secret, s.plain);
            leaves(c.value(QStringLiteral("after")), c.value(QStringLiteral("after_sensitive")), false, s.secret, s.plain);
        }
    }
    const QJsonObject outputs = doc.value(QStringLiteral("output_changes")).toObject();
    for (auto it = outputs.begin(); it != outputs.end(); ++it) {
        const QJsonObject c = it.value().toObject();
        leaves(c.value(QStringLiteral("before")), c.value(QStringLiteral("before_sensitive")), false, s.secret, s.plain);
        leaves(c.value(QStringLiteral("after")), c.value(QStringLiteral("after_sensitive")), false, s.secret, s.plain);
    }
    return s;
}

// A secret shows up in rendered output as a JSON string (quoted); long ones are also checked bare.
void assertAbsent(const QString &output, const QStringList &secrets, const QString &what)
{
    for (const QString &secret : secrets) {
        const QString quoted = QLatin1Char('"') + secret + QLatin1Char('"');
        QVERIFY2(!output.contains(quoted), qPrintable(QStringLiteral("%1 leaks %2").arg(what, quoted)));
        QVERIFY2(!output.contains(quoted.toHtmlEscaped()), qPrintable(QStringLiteral("%1 leaks %2").arg(what, quoted)));
        if (secret.size() >= 8)
            QVERIFY2(!output.contains(secret), qPrintable(QStringLiteral("%1 leaks %2").arg(what, secret)));
    }
}

} // namespace

class TestPlanReport : public QObject
{
    Q_OBJECT

private:
    Rules m_rules;

private Q_SLOTS:
    void initTestCase()
    {
        auto rules = Rules::load(TestSupport::resourcesDir() + QStringLiteral("/risk/default-rules.yaml"));
        QVERIFY2(rules.ok(), qPrintable(rules.error().toString()));
        m_rules = rules.value();
    }

    void redaction_data()
    {
        QTest::addColumn<QString>("path");
        QStringList files = {TestSupport::testData(QStringLiteral("plans/tf-show-json-sensitive.json")),
                             TestSupport::testData(QStringLiteral("plans/diff-nesting.json")),
                             TestSupport::testData(QStringLiteral("plans/risk-misc.json"))};
        if (TestSupport::haveFixtures()) {
            QDirIterator it(TestSupport::fixture(QStringLiteral("plans")), {QStringLiteral("*.json")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                if (!secretsOf(path).mustNotAppear().isEmpty())
                    files << path;
            }
        }
        for (const QString &f : std::as_const(files))
            QTest::newRow(qPrintable(f.section(QLatin1Char('/'), -3))) << f;
    }

    void redaction()
    {
        QFETCH(QString, path);
        const QStringList secrets = secretsOf(path).mustNotAppear();
        QVERIFY(!secrets.isEmpty()); // the test must be able to fail
        const auto plan = PlanReader::readFile(path);
        QVERIFY2(plan.ok(), qPrintable(plan.error().toString()));
        const QList<Finding> findings = m_rules.evaluate(plan.value(), true);
        const PlanSummary summary(plan.value(), findings);
        assertAbsent(QString::fromUtf8(QJsonDocument(summary.toJson()).toJson()), secrets, QStringLiteral("summary JSON"));
        assertAbsent(summary.toText(), secrets, QStringLiteral("summary text"));
        PlanReport report(plan.value(), findings);
        assertAbsent(report.toMarkdown(), secrets, QStringLiteral("Markdown report"));
        assertAbsent(report.toHtml(), secrets, QStringLiteral("HTML report"));
        QString diffs;
        for (const ResourceChange &c : plan->changes)
            for (const AttributeDiff::Entry &e : AttributeDiff::compute(plan.value(), c))
                diffs += e.path + QLatin1Char(' ') + e.before + QLatin1Char(' ') + e.after + QLatin1Char('\n');
        assertAbsent(diffs, secrets, QStringLiteral("diff strings"));
        QVERIFY(diffs.contains(QStringLiteral("(sensitive)")));
    }

    void unmarkedSecretsMasked()
    {
        const auto plan = PlanReader::readFile(TestSupport::testData(QStringLiteral("plans/risk-misc.json")));
        QVERIFY(plan.ok());
        PlanReport report(plan.value(), m_rules.evaluate(plan.value()));
        for (const QString &out : {report.toMarkdown(), report.toHtml()}) {
            QVERIFY(!out.contains(QStringLiteral("hunter2-Plaintext!")));
            QVERIFY(!out.contains(QStringLiteral("tok_9f8e7d6c5b4a39281706f5e4d3c2b1a0")));
            QVERIFY(out.contains(QStringLiteral("possibly sensitive")));
            QVERIFY(out.contains(QStringLiteral("info"))); // ordinary values still shown
        }
    }

    void markdownStructure()
    {
        const auto plan = PlanReader::readFile(TestSupport::testData(QStringLiteral("plans/risk-stateful.json")));
        QVERIFY(plan.ok());
        PlanReport report(plan.value(), m_rules.evaluate(plan.value()));
        const QString md = report.toMarkdown();
        QVERIFY(md.startsWith(QStringLiteral("# Plan review: risk-stateful.json")));
        QVERIFY(md.contains(QStringLiteral("## Summary")));
        QVERIFY(md.contains(QStringLiteral("| 0 | 1 | 2 | 2 | 0 | 0 | 0 |")));
        QVERIFY(md.contains(QStringLiteral("## Risks")));
        QVERIFY(md.contains(QStringLiteral("destroy-stateful")));
        QVERIFY(md.contains(QStringLiteral("<details open><summary>")));
        QVERIFY(md.contains(QStringLiteral("| `tier` | `\"db-f1-micro\"` | `\"db-g1-small\"` | forces replacement |")));
        report.openDiffLimit = 2; // a "long" plan: collapsed
        QVERIFY(!report.toMarkdown().contains(QStringLiteral("<details open>")));
        QVERIFY(report.toMarkdown().contains(QStringLiteral("<details><summary>")));
        report.maxDiffs = 1;
        QVERIFY(report.toMarkdown().contains(QStringLiteral("diff omitted")));
    }

    void htmlEscapes()
    {
        const auto plan = PlanReader::readBytes(
            R"({"format_version":"1.0","resource_changes":[{"address":"a.b","change":{"actions":["update"],"before":{"x":"<script>alert(1)</script>"},"after":{"x":"a|b`c"}}}]})",
            QStringLiteral("inline.json"));
        QVERIFY(plan.ok());
        PlanReport report(plan.value(), {});
        const QString html = report.toHtml();
        QVERIFY(!html.contains(QStringLiteral("<script>")));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;")));
        QVERIFY(html.endsWith(QStringLiteral("</body></html>\n")));
        const QString md = report.toMarkdown();
        QVERIFY(md.contains(QStringLiteral("a\\|b`c")));
    }

    void writeFile()
    {
        const auto plan = PlanReader::readFile(TestSupport::testData(QStringLiteral("plans/risk-stateful.json")));
        QVERIFY(plan.ok());
        PlanReport report(plan.value(), {});
        QTemporaryDir dir;
        const auto md = report.writeFile(dir.filePath(QStringLiteral("r.md")));
        QVERIFY(md.ok());
        QCOMPARE(md.value(), PlanReport::Format::Markdown);
        const auto html = report.writeFile(dir.filePath(QStringLiteral("r.HTML")));
        QVERIFY(html.ok());
        QCOMPARE(html.value(), PlanReport::Format::Html);
        QFile f(dir.filePath(QStringLiteral("r.HTML")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith("<!DOCTYPE html>"));
        QVERIFY(!report.writeFile(dir.filePath(QStringLiteral("r.pdf"))).ok());
        QVERIFY(!report.writeFile(dir.filePath(QStringLiteral("missing/dir/r.md"))).ok());
    }
};

QTEST_GUILESS_MAIN(TestPlanReport)
#include "TestPlanReport.moc"
