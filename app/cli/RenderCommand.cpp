// `infradeck-cli plan render` and `state render`: the dependency diagram as SVG, PNG or DOT.
#include "Commands.h"

#include "terraform/PlanReader.h"
#include "terraform/StateReader.h"
#include "topology/DotWriter.h"
#include "topology/GraphBuilder.h"
#include "topology/LayeredLayout.h"
#include "topology/SvgWriter.h"

#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgRenderer>

namespace Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

bool writeFile(const QString &path, const QByteArray &bytes, Streams io)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        io.err << path << ": error: " << Tr::tr("cannot write: %1").arg(file.errorString()) << '\n';
        return false;
    }
    return true;
}

} // namespace

bool renderNeedsGui(const QStringList &arguments)
{
    const qsizetype o = arguments.indexOf(QStringLiteral("-o"));
    return o >= 0 && o + 1 < arguments.size() && arguments.at(o + 1).endsWith(QLatin1String(".png"), Qt::CaseInsensitive);
}

int renderCommand(bool fromPlan, const QStringList &args, Streams io)
{
    const char *usage = fromPlan ? "usage: infradeck-cli plan render PLAN.json -o FILE.svg|FILE.png|FILE.dot "
                                   "[--focus ADDRESS --depth N] [--changes-only]\n"
                                 : "usage: infradeck-cli state render STATE -o FILE.svg|FILE.png|FILE.dot "
                                   "[--focus ADDRESS --depth N]\n";
    QString input, output, focus;
    int depth = 2;
    bool changesOnly = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("-o") && i + 1 < args.size())
            output = args.at(++i);
        else if (a == QLatin1String("--focus") && i + 1 < args.size())
            focus = args.at(++i);
        else if (a == QLatin1String("--depth") && i + 1 < args.size()) {
            bool ok = false;
            depth = args.at(++i).toInt(&ok);
            if (!ok || depth < 0) {
                io.err << "error: " << Tr::tr("--depth needs a whole number >= 0") << '\n';
                return ExitBadInput;
            }
        } else if (a == QLatin1String("--changes-only") && fromPlan)
            changesOnly = true;
        else if (!a.startsWith(QLatin1Char('-')) && input.isEmpty())
            input = a;
        else {
            io.err << "error: " << Tr::tr("unexpected argument \"%1\"").arg(a) << '\n' << usage;
            return ExitBadInput;
        }
    }
    const QString format = output.section(QLatin1Char('.'), -1).toLower();
    if (input.isEmpty() || output.isEmpty() || !(format == QLatin1String("svg") || format == QLatin1String("png") || format == QLatin1String("dot"))) {
        io.err << usage;
        return ExitBadInput;
    }

    Infradeck::Graph graph;
    if (fromPlan) {
        auto plan = Infradeck::PlanReader::readFile(input);
        if (!plan) {
            io.err << plan.error().toString() << '\n';
            return ExitBadInput;
        }
        graph = Infradeck::GraphBuilder::fromPlan(plan.value());
    } else {
        auto inventory = Infradeck::StateReader::readStateOrPlanFile(input);
        if (!inventory) {
            io.err << inventory.error().toString() << '\n';
            return ExitBadInput;
        }
        graph = Infradeck::GraphBuilder::fromInventory(inventory.value());
    }
    if (changesOnly)
        graph = graph.changesOnly();
    if (!focus.isEmpty()) {
        if (!graph.contains(focus)) {
            io.err << input << ": error: " << Tr::tr("no resource \"%1\" in the diagram").arg(focus) << '\n';
            return ExitBadInput;
        }
        graph = graph.focus(focus, depth, Infradeck::Graph::Direction::Both);
    }

    if (format == QLatin1String("dot"))
        return writeFile(output, Infradeck::DotWriter::write(graph).toUtf8(), io) ? ExitOk : ExitBadInput;
    const Infradeck::LayeredLayout::Result layout = Infradeck::LayeredLayout::layout(graph);
    const QByteArray svg = Infradeck::SvgWriter::write(graph, layout).toUtf8();
    if (format == QLatin1String("svg"))
        return writeFile(output, svg, io) ? ExitOk : ExitBadInput;

    QSvgRenderer renderer(svg);
    QSize size = renderer.defaultSize();
    if (size.width() > 16000 || size.height() > 16000) // scale down, keeping the diagram's proportions
        size = size.scaled(16000, 16000, Qt::KeepAspectRatio);
    size = size.expandedTo(QSize(1, 1));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    renderer.render(&painter);
    painter.end();
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        io.err << output << ": error: " << Tr::tr("cannot write PNG: %1").arg(file.errorString()) << '\n';
        return ExitBadInput;
    }
    io.out << Tr::tr("%1 nodes, %2 edges → %3").arg(graph.nodeCount()).arg(graph.edgeCount()).arg(output) << '\n';
    return ExitOk;
}

} // namespace Cli
