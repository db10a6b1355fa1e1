// Benchmark: cost of a 50,000-resource state and of a 10,000-change plan, after parsing (aim < 0.2 s each).
// Prints figures; not run by ctest. Usage: BenchCostEstimator [CATALOG.yaml]
#include "cost/CostEstimator.h"
#include "cost/CostInputReader.h"

#include "terraform/PlanReader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Infradeck;

namespace {

const char *const ServerTypes[] = {"cx22", "cpx31", "cax21", "ccx13", "cpx11"};
const char *const Locations[] = {"fsn1", "nbg1", "hel1", "ash"};

QJsonObject attributesFor(int i)
{
    switch (i % 5) {
    case 0:
    case 1:
        return {{QStringLiteral("server_type"), QLatin1String(ServerTypes[i % 5])},
                {QStringLiteral("location"), QLatin1String(Locations[i % 4])},
                {QStringLiteral("backups"), i % 3 == 0},
                {QStringLiteral("labels"), QJsonObject{{QStringLiteral("env"), QStringLiteral("bench")}}}};
    case 2: return {{QStringLiteral("size"), 10 + i % 100}, {QStringLiteral("location"), QStringLiteral("fsn1")}};
    case 3: return {{QStringLiteral("type"), QStringLiteral("ipv4")}, {QStringLiteral("datacenter"), QStringLiteral("nbg1-dc3")}};
    default: return {{QStringLiteral("name"), QStringLiteral("fw%1").arg(i)}};
    }
}

QString typeFor(int i)
{
    switch (i % 5) {
    case 0:
    case 1: return QStringLiteral("hcloud_server");
    case 2: return QStringLiteral("hcloud_volume");
    case 3: return QStringLiteral("hcloud_primary_ip");
    default: return i % 10 == 4 ? QStringLiteral("hcloud_firewall") : QStringLiteral("aws_instance");
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString catalogPath = argc > 1 ? QString::fromLocal8Bit(argv[1]) : PriceCatalog::defaultCatalogPath();
    auto catalog = PriceCatalog::load(catalogPath);
    if (!catalog) {
        std::fprintf(stderr, "%s\n", qPrintable(catalog.error().toString()));
        return 2;
    }
    const CostEstimator estimator(catalog.value());

    // 50,000-resource raw state.
    QJsonArray resources;
    for (int i = 0; i < 50000; ++i)
        resources.append(QJsonObject{{QStringLiteral("mode"), QStringLiteral("managed")},
                                     {QStringLiteral("type"), typeFor(i)},
                                     {QStringLiteral("name"), QStringLiteral("r%1").arg(i)},
                                     {QStringLiteral("provider"), QStringLiteral("provider[\"registry.terraform.io/hetznercloud/hcloud\"]")},
                                     {QStringLiteral("instances"), QJsonArray{QJsonObject{{QStringLiteral("attributes"), attributesFor(i)}}}}});
    const QByteArray state = QJsonDocument(QJsonObject{{QStringLiteral("version"), 4}, {QStringLiteral("resources"), resources}}).toJson(QJsonDocument::Compact);
    QElapsedTimer t;
    t.start();
    const auto parsed = CostInputReader::readState(state);
    const qint64 parseMs = t.elapsed();
    t.restart();
    const CostReport stateReport = estimator.estimate(parsed.value());
    const qint64 stateMs = t.elapsed();
    std::printf("state:  %d resources (%.1f MB): read %lld ms, cost %lld ms; total %s, %d priced, %d unpriced\n", int(parsed->size()),
                state.size() / 1e6, parseMs, stateMs, qPrintable(stateReport.totalAfter.toDisplayString()), int(stateReport.resources.size()),
                int(stateReport.unpriced.size()));

    // 10,000-change plan.
    QJsonArray changes;
    const char *actions[][2] = {{"create", nullptr}, {"delete", nullptr}, {"update", nullptr}, {"no-op", nullptr}, {"delete", "create"}};
    for (int i = 0; i < 10000; ++i) {
        const auto &a = actions[i % 5];
        QJsonArray list{QLatin1String(a[0])};
        if (a[1])
            list.append(QLatin1String(a[1]));
        const bool create = i % 5 == 0;
        const bool del = i % 5 == 1;
        changes.append(QJsonObject{{QStringLiteral("address"), QString(typeFor(i) + QStringLiteral(".r%1").arg(i))},
                                   {QStringLiteral("mode"), QStringLiteral("managed")},
                                   {QStringLiteral("type"), typeFor(i)},
                                   {QStringLiteral("name"), QStringLiteral("r%1").arg(i)},
                                   {QStringLiteral("provider_name"), QStringLiteral("registry.terraform.io/hetznercloud/hcloud")},
                                   {QStringLiteral("change"), QJsonObject{{QStringLiteral("actions"), list},
                                                                          {QStringLiteral("before"), create ? QJsonValue() : QJsonValue(attributesFor(i))},
                                                                          {QStringLiteral("after"), del ? QJsonValue() : QJsonValue(attributesFor(i + 1))},
                                                                          {QStringLiteral("after_unknown"), QJsonObject{}}}}});
    }
    QByteArray planBytes = QJsonDocument(QJsonObject{{QStringLiteral("format_version"), QStringLiteral("1.2")},
                                                           {QStringLiteral("resource_changes"), changes}})
                                     .toJson(QJsonDocument::Compact);
    const double planMB = planBytes.size() / 1e6;
    t.restart();
    // Moved in: PlanReader::readBytes crashed here (double free) when handed a still-shared QByteArray.
    const auto plan = PlanReader::readBytes(std::move(planBytes), QStringLiteral("bench.plan.json"));
    const qint64 planParseMs = t.elapsed();
    if (!plan) {
        std::fprintf(stderr, "%s\n", qPrintable(plan.error().toString()));
        return 2;
    }
    t.restart();
    const CostReport planReport = estimator.estimate(plan.value());
    const qint64 planMs = t.elapsed();
    std::printf("plan:   %d changes (%.1f MB): read %lld ms, cost %lld ms; before %s, after %s, delta %s\n", int(plan->changes.size()),
                planMB, planParseMs, planMs, qPrintable(planReport.totalBefore.toString()),
                qPrintable(planReport.totalAfter.toString()), qPrintable(planReport.delta().toString()));
    return (stateMs < 200 && planMs < 200) ? 0 : 1;
}
