// Plan reading benchmark: read time and peak RSS for one plan file per process (so VmHWM is that file's).
// Usage: bench_plan_read PLAN.json [--qjson] [--diff]
//   --qjson  measure QJsonDocument::fromJson on the same file instead (the alternative parser)
//   --diff   also time decoding + diffing every change (what selecting all changes in the UI would cost)
#include "terraform/AttributeDiff.h"
#include "terraform/PlanReader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <cstdio>
#include <fstream>
#include <string>

static long statusKb(const char *field)
{
    std::ifstream status("/proc/self/status");
    std::string line;
    const std::string prefix = std::string(field) + ":";
    while (std::getline(status, line)) {
        if (line.rfind(prefix, 0) == 0)
            return std::stol(line.substr(prefix.size()));
    }
    return -1;
}

static long peakRssKb()
{
    return statusKb("VmHWM");
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: %s PLAN.json [--qjson] [--diff]\n", argv[0]);
        return 2;
    }
    const QString path = args.at(1);
    const double sizeMb = double(QFileInfo(path).size()) / (1024.0 * 1024.0);
    const long rssBefore = peakRssKb();
    QElapsedTimer timer;
    timer.start();
    if (args.contains(QStringLiteral("--qjson"))) {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
        const qint64 ms = timer.elapsed();
        std::printf("qjson  %-40s %8.1f MB  read %6lld ms  peak RSS %7.1f MB (baseline %.1f MB)  ok=%d\n",
                    qPrintable(QFileInfo(path).fileName()), sizeMb, ms, peakRssKb() / 1024.0, rssBefore / 1024.0,
                    int(doc.isObject()));
        return 0;
    }
    auto plan = Infradeck::PlanReader::readFile(path);
    const qint64 ms = timer.elapsed();
    if (!plan) {
        std::fprintf(stderr, "%s\n", qPrintable(plan.error().toString()));
        return 1;
    }
    std::printf("reader %-40s %8.1f MB  read %6lld ms  peak RSS %7.1f MB (baseline %.1f MB, after read %.1f MB)  "
                "changes=%lld\n",
                qPrintable(QFileInfo(path).fileName()), sizeMb, ms, peakRssKb() / 1024.0, rssBefore / 1024.0,
                statusKb("VmRSS") / 1024.0, qint64(plan->changes.size()));
    if (args.contains(QStringLiteral("--diff"))) {
        timer.restart();
        qint64 leaves = 0;
        for (const Infradeck::ResourceChange &c : plan->changes)
            leaves += Infradeck::AttributeDiff::compute(plan.value(), c).size();
        const qint64 diffMs = timer.elapsed();
        std::printf("       diff of every change: %lld ms (%lld leaves, %.3f ms per change)\n", diffMs, leaves,
                    plan->changes.isEmpty() ? 0.0 : double(diffMs) / double(plan->changes.size()));
    }
    return 0;
}
