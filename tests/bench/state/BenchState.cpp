// State reading and comparison at size: generated v4 states with 1,000 / 10,000 / 50,000 instances.
// Prints load time (best of 3), peak RSS of a process that only loads that state, and the diff time between two
// 10,000-instance states. Usage: BenchState            (all figures; re-runs itself per size for a clean RSS)
//                                BenchState load N     (one size, in this process)
#include "terraform/InventoryDiff.h"
#include "terraform/InventoryIgnoreRules.h"
#include "terraform/StateReader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cstdio>

using namespace Infradeck;

namespace {

// hcloud_server-like instances spread over 20 resources (count), 10% in modules; variant changes 10% of them.
QByteArray generate(int instances, int variant)
{
    QJsonArray resources;
    const int perResource = std::max(1, instances / 20);
    int made = 0;
    for (int r = 0; made < instances; ++r) {
        QJsonArray list;
        for (int i = 0; i < perResource && made < instances; ++i, ++made) {
            const bool changed = variant > 0 && made % 10 == 0;
            QJsonObject attrs{
                {QStringLiteral("id"), QString::number(1000000 + made + variant * 7)},
                {QStringLiteral("name"), QStringLiteral("server-%1").arg(made)},
                {QStringLiteral("server_type"), changed ? QStringLiteral("cpx31") : QStringLiteral("cx22")},
                {QStringLiteral("image"), QStringLiteral("ubuntu-24.04")},
                {QStringLiteral("location"), QStringLiteral("fsn1")},
                {QStringLiteral("datacenter"), QStringLiteral("fsn1-dc14")},
                {QStringLiteral("ipv4_address"), QStringLiteral("203.0.113.%1").arg(made % 250)},
                {QStringLiteral("ipv6_address"), QStringLiteral("2001:db8::%1").arg(made, 0, 16)},
                {QStringLiteral("backups"), changed},
                {QStringLiteral("labels"), QJsonObject{{QStringLiteral("env"), QStringLiteral("bench")}, {QStringLiteral("role"), QStringLiteral("web")}}},
                {QStringLiteral("firewall_ids"), QJsonArray{1357913, 2468024}},
                {QStringLiteral("public_net"), QJsonArray{QJsonObject{{QStringLiteral("ipv4_enabled"), true}, {QStringLiteral("ipv6_enabled"), true}}}},
                {QStringLiteral("user_data"), QStringLiteral("#cloud-config secret bench-secret-%1").arg(made)},
                {QStringLiteral("status"), QStringLiteral("running")},
                {QStringLiteral("primary_disk_size"), 40},
            };
            list.append(QJsonObject{{QStringLiteral("index_key"), i},
                                    {QStringLiteral("schema_version"), 0},
                                    {QStringLiteral("attributes"), attrs},
                                    {QStringLiteral("sensitive_attributes"),
                                     QJsonArray{QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("get_attr")},
                                                                      {QStringLiteral("value"), QStringLiteral("user_data")}}}}},
                                    {QStringLiteral("private"), QStringLiteral("eyJzY2hlbWFfdmVyc2lvbiI6IjAifQ==")},
                                    {QStringLiteral("dependencies"), QJsonArray{QStringLiteral("hcloud_firewall.web")}}});
        }
        QJsonObject res{{QStringLiteral("mode"), QStringLiteral("managed")},
                        {QStringLiteral("type"), QStringLiteral("hcloud_server")},
                        {QStringLiteral("name"), QStringLiteral("s%1").arg(r)},
                        {QStringLiteral("provider"), QStringLiteral("provider[\"registry.terraform.io/hetznercloud/hcloud\"]")},
                        {QStringLiteral("instances"), list}};
        if (r % 10 == 0)
            res.insert(QStringLiteral("module"), QStringLiteral("module.pool[\"m%1\"]").arg(r));
        resources.append(res);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("version"), 4},
                                     {QStringLiteral("terraform_version"), QStringLiteral("1.9.8")},
                                     {QStringLiteral("serial"), 1},
                                     {QStringLiteral("lineage"), QStringLiteral("bench")},
                                     {QStringLiteral("outputs"), QJsonObject{}},
                                     {QStringLiteral("resources"), resources}})
        .toJson(QJsonDocument::Indented);
}

QString writeTemp(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(bytes);
    return path;
}

long peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

int loadOne(int n)
{
    QTemporaryDir dir;
    const QByteArray bytes = generate(n, 0);
    const QString path = writeTemp(dir, QStringLiteral("state.tfstate"), bytes);
    const long rssBefore = peakRssKb();
    qint64 best = -1;
    int count = 0;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer t;
        t.start();
        auto inv = StateReader::readFile(path);
        const qint64 ns = t.nsecsElapsed();
        if (!inv) {
            std::fprintf(stderr, "%s\n", qPrintable(inv.error().toString()));
            return 1;
        }
        count = int(inv->resources.size());
        best = best < 0 ? ns : std::min(best, ns);
    }
    std::printf("%6d instances  %6.1f MB file  load %7.1f ms  peak RSS %6.1f MB (generator + file bytes before "
                "loading: %6.1f MB)\n",
                count, bytes.size() / 1e6, best / 1e6, peakRssKb() / 1024.0, rssBefore / 1024.0);
    return 0;
}

int diffTen()
{
    QTemporaryDir dir;
    const QString a = writeTemp(dir, QStringLiteral("a.tfstate"), generate(10000, 0));
    const QString b = writeTemp(dir, QStringLiteral("b.tfstate"), generate(10000, 1));
    auto ia = StateReader::readFile(a);
    auto ib = StateReader::readFile(b);
    const auto rules = InventoryIgnoreRules::loadDefault();
    if (!ia || !ib || !rules)
        return 1;
    qint64 best = -1;
    InventoryDiff diff;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer t;
        t.start();
        diff = InventoryDiff::compare(ia.value(), ib.value(), rules.value());
        best = best < 0 ? t.nsecsElapsed() : std::min(best, t.nsecsElapsed());
    }
    QElapsedTimer t;
    t.start();
    const QString text = diff.toText();
    const qint64 textNs = t.nsecsElapsed();
    std::printf("diff 10000 vs 10000: %7.1f ms (%d changed, %d same; every instance's id differs, 10%% differ in "
                "server_type/backups/user_data); toText %5.1f ms, %lld chars\n",
                best / 1e6, diff.count(InventoryDiff::Kind::Changed), diff.unchanged, textNs / 1e6,
                static_cast<long long>(text.size()));
    return text.contains(QStringLiteral("bench-secret")) ? 3 : 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 3 && args.at(1) == QLatin1String("load"))
        return loadOne(args.at(2).toInt());
    if (args.size() == 2 && args.at(1) == QLatin1String("diff"))
        return diffTen();
    for (int n : {1000, 10000, 50000}) {
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedChannels);
        p.start(app.applicationFilePath(), {QStringLiteral("load"), QString::number(n)});
        p.waitForFinished(-1);
    }
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedChannels);
    p.start(app.applicationFilePath(), {QStringLiteral("diff")});
    p.waitForFinished(-1);
    return p.exitCode();
}
