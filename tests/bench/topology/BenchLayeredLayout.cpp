// Layout benchmark: seeded random DAGs (~1.8 edges per node) of 500 … 50,000 nodes, flat and with modules.
// Prints layout time, peak RSS and edge crossings, and the same graphs laid out by Graphviz `dot -Tplain`
// (up to the size where dot finishes within the time limit) with dot's crossings counted by the same
// LayeredLayout::countCrossings. Each measurement runs in a child process so peak RSS is per graph.
//
//   BenchLayeredLayout [--dot-timeout SECONDS] [SIZES...]     (default: 500 2000 10000 50000, 60 s)

#include "topology/DotWriter.h"
#include "topology/LayeredLayout.h"
#include "unit/topology/RandomGraph.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace Infradeck;

namespace {

Graph benchGraph(int nodes, bool clustered)
{
    TestSupport::RandomGraphOptions options;
    options.nodes = nodes;
    options.clustered = clustered ? 0.7 : 0.0;
    options.nestedShare = 0.3;
    return TestSupport::randomGraph(quint32(1000 + nodes), options);
}

long peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// Child: lay the graph out (median of runs) and print "ms rssBeforeKb rssPeakKb crossings layers dummies".
int runChild(int nodes, bool clustered)
{
    const Graph graph = benchGraph(nodes, clustered);
    const long before = peakRssKb();
    const int runs = nodes <= 10000 ? 5 : 3;
    std::vector<double> times;
    LayeredLayout::Result result;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        result = LayeredLayout::layout(graph);
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    std::printf("%.1f %ld %ld %lld %d %d\n", times[times.size() / 2], before, peakRssKb(),
                (long long)result.crossings, result.layerCount, result.dummyCount);
    return 0;
}

QStringList tokens(const QString &line)
{
    QStringList out;
    QString current;
    bool quoted = false, any = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == QLatin1Char('\\') && i + 1 < line.size()) {
                current += line[++i];
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                current += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
            any = true;
        } else if (c.isSpace()) {
            if (any || !current.isEmpty())
                out << current;
            current.clear();
            any = false;
        } else {
            current += c;
        }
    }
    if (any || !current.isEmpty())
        out << current;
    return out;
}

QPointF bezier(const QPointF &p0, const QPointF &p1, const QPointF &p2, const QPointF &p3, double t)
{
    const double u = 1 - t;
    return u * u * u * p0 + 3 * u * u * t * p1 + 3 * u * t * t * p2 + t * t * t * p3;
}

// Crossings of dot's drawing: ranks are the distinct node y values; a long edge's position on an
// intermediate rank is where its spline crosses that rank's y.
qint64 dotCrossings(const QString &plain)
{
    QHash<QString, QPointF> nodes;
    struct DotEdge
    {
        QString tail, head;
        QList<QPointF> spline;
    };
    QList<DotEdge> edges;
    for (const QString &line : plain.split(QLatin1Char('\n'))) {
        const QStringList t = tokens(line);
        if (t.size() >= 4 && t[0] == QLatin1String("node")) {
            nodes.insert(t[1], QPointF(t[2].toDouble(), t[3].toDouble()));
        } else if (t.size() >= 4 && t[0] == QLatin1String("edge")) {
            DotEdge e{t[1], t[2], {}};
            const int n = t[3].toInt();
            for (int i = 0; i < n && 5 + 2 * i < t.size(); ++i)
                e.spline << QPointF(t[4 + 2 * i].toDouble(), t[5 + 2 * i].toDouble());
            edges << e;
        }
    }
    std::vector<double> ys;
    for (const QPointF &p : std::as_const(nodes))
        ys.push_back(std::round(p.y() * 100) / 100);
    std::sort(ys.begin(), ys.end(), std::greater<>());
    ys.erase(std::unique(ys.begin(), ys.end()), ys.end());
    auto rankOf = [&](double y) {
        return int(std::lower_bound(ys.begin(), ys.end(), std::round(y * 100) / 100, std::greater<>()) - ys.begin());
    };
    std::vector<std::vector<LayeredLayout::Segment>> gaps(ys.size());
    for (const DotEdge &e : std::as_const(edges)) {
        QPointF a = nodes.value(e.tail), b = nodes.value(e.head);
        int ra = rankOf(a.y()), rb = rankOf(b.y());
        if (ra == rb)
            continue;
        QList<QPointF> samples;
        for (qsizetype i = 0; i + 3 < e.spline.size(); i += 3) {
            for (int s = 0; s <= 16; ++s)
                samples << bezier(e.spline[i], e.spline[i + 1], e.spline[i + 2], e.spline[i + 3], s / 16.0);
        }
        if (ra > rb) {
            std::swap(a, b);
            std::swap(ra, rb);
        }
        std::vector<double> xs{a.x()};
        for (int r = ra + 1; r < rb; ++r) {
            const double y = ys[size_t(r)];
            double x = a.x() + (b.x() - a.x()) * (y - a.y()) / (b.y() - a.y());
            for (qsizetype i = 0; i + 1 < samples.size(); ++i) {
                const QPointF p = samples[i], q = samples[i + 1];
                if ((p.y() - y) * (q.y() - y) <= 0 && p.y() != q.y()) {
                    x = p.x() + (q.x() - p.x()) * (y - p.y()) / (q.y() - p.y());
                    break;
                }
            }
            xs.push_back(x);
        }
        xs.push_back(b.x());
        for (int r = ra; r < rb; ++r)
            gaps[size_t(r)].emplace_back(xs[size_t(r - ra)], xs[size_t(r - ra + 1)]);
    }
    qint64 total = 0;
    for (auto &gap : gaps)
        total += LayeredLayout::countCrossings(gap);
    return total;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.size() == 3 && args[0] == QLatin1String("--child"))
        return runChild(args[1].toInt(), args[2] == QLatin1String("1"));
    int dotTimeout = 60;
    if (args.size() >= 2 && args[0] == QLatin1String("--dot-timeout")) {
        dotTimeout = args[1].toInt();
        args = args.mid(2);
    }
    QList<int> sizes;
    for (const QString &a : args)
        sizes << a.toInt();
    if (sizes.isEmpty())
        sizes = {500, 2000, 10000, 50000};

    QTemporaryDir dir;
    std::printf("%-7s %-9s %7s %8s %10s %11s %7s %8s %10s %12s %8s\n", "nodes", "variant", "edges", "layers",
                "layout_ms", "rss_peak_MB", "rss+MB", "dummies", "crossings", "dot_crossings", "dot_s");
    bool dotGaveUp[2] = {false, false};
    for (int nodes : sizes) {
        for (int clustered = 0; clustered < 2; ++clustered) {
            QProcess child;
            child.start(app.applicationFilePath(), {QStringLiteral("--child"), QString::number(nodes), QString::number(clustered)});
            child.waitForFinished(-1);
            const QStringList f = QString::fromUtf8(child.readAllStandardOutput()).split(QLatin1Char(' '));
            if (f.size() < 6) {
                std::printf("%d: child failed\n", nodes);
                continue;
            }
            const Graph graph = benchGraph(nodes, clustered);
            QString dotCross = QStringLiteral("-"), dotTime = QStringLiteral("-");
            if (!dotGaveUp[clustered]) {
                DotWriterOptions options;
                options.legend = false;
                options.styled = false;
                options.clusters = clustered;
                const QString path = dir.filePath(QStringLiteral("g%1-%2.dot").arg(nodes).arg(clustered));
                QFile file(path);
                file.open(QIODevice::WriteOnly);
                file.write(DotWriter::write(graph, options).toUtf8());
                file.close();
                QProcess dot;
                QElapsedTimer timer;
                timer.start();
                dot.start(QStringLiteral("dot"), {QStringLiteral("-Tplain"), path});
                if (dot.waitForFinished(dotTimeout * 1000) && dot.exitCode() == 0) {
                    dotTime = QString::number(double(timer.elapsed()) / 1000, 'f', 2);
                    dotCross = QString::number(dotCrossings(QString::fromUtf8(dot.readAllStandardOutput())));
                } else {
                    dot.kill();
                    dot.waitForFinished();
                    dotTime = QStringLiteral(">%1").arg(dotTimeout);
                    dotGaveUp[clustered] = true;
                }
            }
            const double peakMb = f[2].toDouble() / 1024, extraMb = (f[2].toDouble() - f[1].toDouble()) / 1024;
            std::printf("%-7d %-9s %7d %8s %10s %11.1f %7.1f %8s %10s %12s %8s\n", nodes,
                        clustered ? "modules" : "flat", graph.edgeCount(), qPrintable(f[4]), qPrintable(f[0]), peakMb,
                        extraMb, qPrintable(f[5].trimmed()), qPrintable(f[3]), qPrintable(dotCross), qPrintable(dotTime));
            std::fflush(stdout);
        }
    }
    return 0;
}
