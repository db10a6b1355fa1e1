#include "topology/SvgWriter.h"

#include "RandomGraph.h"
#include "TestSupport.h"

#include <QTest>
#include <QXmlStreamReader>

using namespace Infradeck;

namespace {

struct SvgCounts
{
    int nodes = 0;
    int clusters = 0;
    int paths = 0;
    int legendEntries = 0;
    QStringList titles;
    QString error;
};

// Parses the whole document; counts what was drawn.
SvgCounts parse(const QString &svg)
{
    SvgCounts counts;
    QXmlStreamReader xml(svg);
    QStringList groups;
    bool sawRoot = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QString name = xml.name().toString();
            if (!sawRoot) {
                sawRoot = true;
                if (name != QLatin1String("svg") || xml.namespaceUri() != QLatin1String("http://www.w3.org/2000/svg"))
                    counts.error = QStringLiteral("root is not an SVG element");
            }
            const QString cls = xml.attributes().value(QLatin1String("class")).toString();
            if (name == QLatin1String("g"))
                groups << cls;
            if (name == QLatin1String("g") && cls == QLatin1String("node"))
                ++counts.nodes;
            if (name == QLatin1String("g") && cls == QLatin1String("cluster"))
                ++counts.clusters;
            if (name == QLatin1String("path") && groups.contains(QLatin1String("edges")))
                ++counts.paths;
            if (name == QLatin1String("rect") && groups.contains(QLatin1String("legend")))
                ++counts.legendEntries;
            if (name == QLatin1String("title"))
                counts.titles << xml.readElementText();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("g")) {
            groups.removeLast();
        }
    }
    if (xml.hasError())
        counts.error = xml.errorString() + QStringLiteral(" at line %1").arg(xml.lineNumber());
    return counts;
}

} // namespace

class TestSvgWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escaping_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "a.b" << "a.b";
        QTest::newRow("markup") << "<a href=\"x\">&'" << "&lt;a href=&quot;x&quot;&gt;&amp;&apos;";
        QTest::newRow("control") << QStringLiteral("a\x01z") << QStringLiteral("a\uFFFDz");
    }

    void escaping()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(SvgWriter::escaped(input), expected);
    }

    void wellFormed_data()
    {
        QTest::addColumn<int>("nodes");
        QTest::addColumn<double>("clustered");
        QTest::addColumn<bool>("legend");
        QTest::newRow("empty") << 0 << 0.0 << true;
        QTest::newRow("flat") << 50 << 0.0 << true;
        QTest::newRow("modules") << 150 << 0.8 << true;
        QTest::newRow("no legend") << 30 << 0.5 << false;
    }

    void wellFormed()
    {
        QFETCH(int, nodes);
        QFETCH(double, clustered);
        QFETCH(bool, legend);
        TestSupport::RandomGraphOptions options;
        options.nodes = nodes;
        options.clustered = clustered;
        Graph g = nodes > 0 ? TestSupport::randomGraph(8, options) : Graph();
        const auto layout = LayeredLayout::layout(g);
        SvgWriterOptions svgOptions;
        svgOptions.legend = legend;
        const SvgCounts counts = parse(SvgWriter::write(g, layout, svgOptions));
        QVERIFY2(counts.error.isEmpty(), qPrintable(counts.error));
        QCOMPARE(counts.nodes, g.nodeCount());
        QCOMPARE(counts.clusters, int(layout.clusters.size()));
        QCOMPARE(counts.paths, int(layout.routes.size()));
        QCOMPARE(counts.legendEntries, legend ? 8 : 0);
    }

    void addressesOnlyAndEscaped()
    {
        Graph g;
        Graph::Node n;
        n.id = QStringLiteral("aws_instance.web[\"<prod & co>\"]");
        n.label = QStringLiteral("ami=ami-123 password=hunter2");
        n.provider = QStringLiteral("registry.terraform.io/hashicorp/aws");
        n.action = Graph::Action::Update;
        g.addNode(n);
        const QString svg = SvgWriter::write(g, LayeredLayout::layout(g), {});
        QVERIFY(!svg.contains(QLatin1String("hunter2")));
        QVERIFY(!svg.contains(QLatin1String("ami-123")));
        const SvgCounts counts = parse(svg);
        QVERIFY2(counts.error.isEmpty(), qPrintable(counts.error));
        QVERIFY(counts.titles.contains(n.id)); // round-trips through escaping
        QVERIFY(svg.contains(QLatin1String("data-action=\"update\"")));
        QVERIFY(svg.contains(QLatin1String(">aws<"))); // provider badge
    }

    void truncatedOutputIsDetected()
    {
        // The parser used above must notice a broken document, or the tests above prove nothing.
        Graph g;
        Graph::Node n;
        n.id = QStringLiteral("a");
        g.addNode(n);
        const QString svg = SvgWriter::write(g, LayeredLayout::layout(g), {});
        QVERIFY(!parse(svg.left(svg.size() / 2)).error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSvgWriter)
#include "TestSvgWriter.moc"
