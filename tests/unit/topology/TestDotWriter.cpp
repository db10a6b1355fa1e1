#include "topology/DotWriter.h"

#include "RandomGraph.h"
#include "TestSupport.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Infradeck;

namespace {

Graph sample()
{
    Graph g;
    Graph::Node a;
    a.id = QStringLiteral("hcloud_server.web[\"eu \\\"central\\\"\"]"); // quotes and backslashes in for_each keys
    a.action = Graph::Action::Create;
    a.label = QStringLiteral("password=hunter2"); // a careless label: exports must show the address instead
    g.addNode(a);
    Graph::Node b;
    b.id = QStringLiteral("module.net.hcloud_network.main");
    b.cluster = {QStringLiteral("module.net")};
    b.mode = Graph::Mode::Data;
    g.addNode(b);
    Graph::Node c;
    c.id = QStringLiteral("module.net.module.sub.hcloud_network_subnet.a");
    c.cluster = {QStringLiteral("module.net"), QStringLiteral("module.sub")};
    c.action = Graph::Action::Replace;
    g.addNode(c);
    g.addEdge(0, 1);
    g.addEdge(1, 2);
    return g;
}

// Runs `dot -Tformat` on text; empty QString when dot is missing (the caller skips).
bool runDot(const QString &text, const QString &format, QByteArray *output, QString *error)
{
    QProcess dot;
    dot.start(QStringLiteral("dot"), {QStringLiteral("-T") + format});
    if (!dot.waitForStarted(5000))
        return false;
    dot.write(text.toUtf8());
    dot.closeWriteChannel();
    dot.waitForFinished(30000);
    *output = dot.readAllStandardOutput();
    *error = QString::fromUtf8(dot.readAllStandardError());
    return dot.exitStatus() == QProcess::NormalExit && dot.exitCode() == 0;
}

} // namespace

class TestDotWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quoting_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "aws_s3_bucket.logs" << "\"aws_s3_bucket.logs\"";
        QTest::newRow("quote") << "a[\"k\"]" << "\"a[\\\"k\\\"]\"";
        QTest::newRow("backslash") << "a\\b" << "\"a\\\\b\"";
        QTest::newRow("newline") << "a\nb" << "\"a\\nb\"";
        QTest::newRow("empty") << "" << "\"\"";
    }

    void quoting()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(DotWriter::quoted(input), expected);
    }

    void structure()
    {
        const QString dot = DotWriter::write(sample());
        QVERIFY(dot.startsWith(QLatin1String("digraph infradeck {")));
        QVERIFY(dot.trimmed().endsWith(QLatin1Char('}')));
        QCOMPARE(dot.count(QLatin1String("subgraph cluster_")), 3); // module.net, module.sub, legend
        QVERIFY(dot.contains(QLatin1String("label=\"module.sub\"")));
        QVERIFY(dot.contains(QLatin1String("\"module.net.hcloud_network.main\" -> \"module.net.module.sub.hcloud_network_subnet.a\"")));
        QVERIFY(dot.contains(QLatin1String("#c8f0c8"))); // create colour
        QVERIFY(dot.contains(QLatin1String("dashed")));  // data source
        QVERIFY(!dot.contains(QLatin1String("hunter2")));
        DotWriterOptions bare;
        bare.legend = false;
        bare.styled = false;
        bare.clusters = false;
        const QString plain = DotWriter::write(sample(), bare);
        QVERIFY(!plain.contains(QLatin1String("subgraph")));
        QVERIFY(!plain.contains(QLatin1String("fillcolor")));
    }

    void graphvizAccepts_data()
    {
        QTest::addColumn<int>("nodes");
        QTest::addColumn<double>("clustered");
        QTest::newRow("sample") << 0 << 0.0;
        QTest::newRow("random flat") << 80 << 0.0;
        QTest::newRow("random modules") << 80 << 0.8;
        QTest::newRow("empty") << -1 << 0.0;
    }

    void graphvizAccepts()
    {
        QFETCH(int, nodes);
        QFETCH(double, clustered);
        if (QStandardPaths::findExecutable(QStringLiteral("dot")).isEmpty())
            QSKIP("Graphviz dot not installed");
        Graph g;
        if (nodes == 0) {
            g = sample();
        } else if (nodes > 0) {
            TestSupport::RandomGraphOptions options;
            options.nodes = nodes;
            options.clustered = clustered;
            options.nestedShare = 0.4;
            g = TestSupport::randomGraph(4, options);
        }
        QByteArray svg;
        QString error;
        QVERIFY2(runDot(DotWriter::write(g), QStringLiteral("svg"), &svg, &error), qPrintable(error));
        QVERIFY(svg.contains("<svg"));
        // Every node made it (dot writes each node's name into a <title>).
        for (const auto &n : g.nodes())
            QVERIFY2(svg.contains(n.id.toHtmlEscaped().toUtf8()) || n.id.contains(QLatin1Char('"')), qPrintable(n.id));
    }
};

QTEST_GUILESS_MAIN(TestDotWriter)
#include "TestDotWriter.moc"
