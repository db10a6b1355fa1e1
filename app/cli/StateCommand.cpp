// `infradeck-cli state list|show|diff|drift`: read states (raw, legacy, show -json, a plan's prior_state) and
// print their inventory, one instance, a comparison, or a plan's resource drift. Values are always redacted.
#include "cli/Commands.h"

#include "terraform/Inventory.h"
#include "terraform/InventoryDiff.h"
#include "terraform/InventoryIgnoreRules.h"
#include "terraform/PlanReader.h"
#include "terraform/StateReader.h"

#include "common/Error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli::State)
};

QString usage()
{
    return Tr::tr("usage: infradeck-cli state list STATE [--format text|json]\n"
              "       infradeck-cli state show STATE ADDRESS [--format text|json]\n"
              "       infradeck-cli state diff A B [--format text|json] [--ignore FILE.yaml | --no-ignore] "
              "[--fail-on-diff]\n"
              "       infradeck-cli state drift PLAN [--format text|json]\n"
              "STATE is a terraform.tfstate (v4, legacy v3) or `terraform show -json` output; diff also takes a "
              "plan (its prior_state).");
}

int badInput(Streams io, const QString &message)
{
    return usageError(io, message, usage());
}

int failed(Streams io, const Infradeck::Error &error)
{
    io.err << error.toString() << '\n';
    io.err.flush();
    return ExitBadInput;
}

void printWarnings(Streams io, const Infradeck::Inventory &inventory)
{
    for (const Infradeck::Error &w : inventory.warnings)
        io.err << w.toString() << '\n';
    io.err.flush();
}

void printJson(Streams io, const QJsonObject &object)
{
    io.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

QString headerText(const Infradeck::Inventory &inv)
{
    QStringList parts{Infradeck::Inventory::kindName(inv.kind)};
    if (!inv.formatVersion.isEmpty())
        parts << Tr::tr("format %1").arg(inv.formatVersion);
    if (!inv.terraformVersion.isEmpty())
        parts << Tr::tr("Terraform %1").arg(inv.terraformVersion);
    if (inv.serial >= 0)
        parts << Tr::tr("serial %1").arg(inv.serial);
    if (!inv.lineage.isEmpty())
        parts << Tr::tr("lineage %1").arg(inv.lineage);
    return inv.source + QStringLiteral(" (") + parts.join(QStringLiteral(", ")) + QStringLiteral(")");
}

void listText(Streams io, const Infradeck::Inventory &inv)
{
    io.out << headerText(inv) << '\n';
    int width = 0;
    for (const Infradeck::InventoryResource &r : inv.resources)
        width = std::max(width, int(r.addressText.size()));
    for (const Infradeck::InventoryResource &r : inv.resources) {
        io.out << "  " << r.addressText.leftJustified(width) << "  " << r.provider;
        if (!r.deposed.isEmpty())
            io.out << "  " << Tr::tr("(deposed %1)").arg(r.deposed);
        if (r.tainted)
            io.out << "  " << Tr::tr("(tainted)");
        io.out << '\n';
    }
    io.out << Tr::tr("%1 resource instance(s), %2 output(s)").arg(inv.resources.size()).arg(inv.outputs.size()) << '\n';
    for (const Infradeck::InventoryOutput &o : inv.outputs)
        io.out << "  output " << o.name << " = " << o.displayText() << '\n';
}

void showText(Streams io, const Infradeck::InventoryResource &r)
{
    io.out << r.addressText << '\n';
    io.out << "  mode      " << r.mode() << '\n';
    io.out << "  type      " << r.type() << '\n';
    io.out << "  provider  " << r.provider << '\n';
    if (!r.module().isEmpty())
        io.out << "  module    " << r.module() << '\n';
    if (!r.dependencies.isEmpty())
        io.out << "  depends   " << r.dependencies.join(QStringLiteral(", ")) << '\n';
    if (!r.deposed.isEmpty())
        io.out << "  deposed   " << r.deposed << '\n';
    if (r.tainted)
        io.out << "  tainted   true\n";
    io.out << "  attributes\n";
    const QStringList keys = r.attributes.keys();
    int width = 0;
    for (const QString &k : keys)
        width = std::max(width, int(k.size()));
    for (const QString &k : keys)
        io.out << "    " << k.leftJustified(width) << " = " << r.displayText(k) << '\n';
}

struct Options
{
    QStringList positional;
    QString format = QStringLiteral("text");
    QString ignoreFile;
    bool noIgnore = false;
    bool failOnDiff = false;
};

} // namespace

int stateCommand(const QStringList &args, Streams io)
{
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        (args.isEmpty() ? io.err : io.out) << usage() << '\n';
        return args.isEmpty() ? ExitBadInput : ExitOk;
    }
    const QString verb = args.first();
    static const QStringList verbs{QStringLiteral("list"), QStringLiteral("show"), QStringLiteral("diff"),
                                   QStringLiteral("drift")};
    if (!verbs.contains(verb))
        return badInput(io, Tr::tr("unknown state command \"%1\"").arg(verb));

    Options options;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--format")) {
            if (i + 1 >= args.size())
                return badInput(io, Tr::tr("--format needs text or json"));
            options.format = args.at(++i);
            if (options.format != QLatin1String("text") && options.format != QLatin1String("json"))
                return badInput(io, Tr::tr("--format needs text or json"));
        } else if (a == QLatin1String("--ignore") && verb == QLatin1String("diff")) {
            if (i + 1 >= args.size())
                return badInput(io, Tr::tr("--ignore needs a YAML file"));
            options.ignoreFile = args.at(++i);
        } else if (a == QLatin1String("--no-ignore") && verb == QLatin1String("diff")) {
            options.noIgnore = true;
        } else if (a == QLatin1String("--fail-on-diff") && verb == QLatin1String("diff")) {
            options.failOnDiff = true;
        } else if (a.startsWith(QLatin1Char('-')) && a.size() > 1) {
            return badInput(io, Tr::tr("unknown option \"%1\"").arg(a));
        } else {
            options.positional << a;
        }
    }
    const bool json = options.format == QLatin1String("json");
    const qsizetype wanted = (verb == QLatin1String("list") || verb == QLatin1String("drift")) ? 1 : 2;
    if (options.positional.size() != wanted)
        return badInput(io, verb == QLatin1String("show") ? Tr::tr("state show needs a state file and an address")
                            : verb == QLatin1String("diff") ? Tr::tr("state diff needs two files")
                                                             : Tr::tr("state %1 needs one file").arg(verb));

    if (verb == QLatin1String("list")) {
        auto inv = Infradeck::StateReader::readFile(options.positional.at(0));
        if (!inv)
            return failed(io, inv.error());
        printWarnings(io, inv.value());
        if (json)
            printJson(io, inv->listJson());
        else
            listText(io, inv.value());
    } else if (verb == QLatin1String("show")) {
        auto inv = Infradeck::StateReader::readFile(options.positional.at(0));
        if (!inv)
            return failed(io, inv.error());
        printWarnings(io, inv.value());
        const QString wantedAddress = options.positional.at(1);
        QString address = wantedAddress;
        if (auto parsed = Infradeck::Address::parse(wantedAddress))
            address = parsed->toString(); // normalised spelling: module.a["x"], data.t.n
        const Infradeck::InventoryResource *r = inv->find(address);
        if (!r) {
            QStringList near;
            for (const Infradeck::InventoryResource &candidate : inv->resources)
                if (candidate.addressText.startsWith(address) && near.size() < 5)
                    near << candidate.addressText;
            Infradeck::Error e(Tr::tr("no resource instance \"%1\" in the state").arg(wantedAddress), inv->source);
            e.expecting(near.isEmpty() ? Tr::tr("an address from `infradeck-cli state list`") : near.join(QStringLiteral(", ")));
            return failed(io, e);
        }
        if (json)
            printJson(io, Infradeck::Inventory::resourceJson(*r));
        else
            showText(io, *r);
    } else if (verb == QLatin1String("diff")) {
        Infradeck::InventoryIgnoreRules rules;
        if (!options.noIgnore) {
            auto loaded = options.ignoreFile.isEmpty() ? Infradeck::InventoryIgnoreRules::loadDefault()
                                                       : Infradeck::InventoryIgnoreRules::load(options.ignoreFile);
            if (!loaded)
                return failed(io, loaded.error());
            rules = loaded.value();
        }
        auto a = Infradeck::StateReader::readStateOrPlanFile(options.positional.at(0));
        if (!a)
            return failed(io, a.error());
        auto b = Infradeck::StateReader::readStateOrPlanFile(options.positional.at(1));
        if (!b)
            return failed(io, b.error());
        printWarnings(io, a.value());
        printWarnings(io, b.value());
        const Infradeck::InventoryDiff diff = Infradeck::InventoryDiff::compare(a.value(), b.value(), rules);
        if (json)
            printJson(io, diff.toJson());
        else
            io.out << diff.toText();
        io.out.flush();
        if (options.failOnDiff && !diff.isEmpty())
            return ExitFinding;
    } else { // drift
        auto plan = Infradeck::PlanReader::readFile(options.positional.at(0));
        if (!plan)
            return failed(io, plan.error());
        for (const Infradeck::Error &w : plan->warnings)
            io.err << w.toString() << '\n';
        const Infradeck::InventoryDiff diff = Infradeck::InventoryDiff::fromDrift(plan.value());
        if (json)
            printJson(io, diff.toJson());
        else if (diff.isEmpty())
            io.out << Tr::tr("no drift: the refreshed state matches the last applied state\n");
        else
            io.out << diff.toText();
    }
    io.out.flush();
    io.err.flush();
    return ExitOk;
}

} // namespace Cli
