// `infradeck-cli cost STATE_OR_PLAN [--catalog FILE] [--usage FILE] [--format text|json] [--fail-over AMOUNT]
//  [--budget AMOUNT]`: monthly cost of a state, or before/after/delta of a plan, priced offline by the catalog.
#include "Commands.h"

#include "cost/CostBudget.h"
#include "cost/CostEstimator.h"
#include "cost/CostInputReader.h"
#include "cost/Money.h"
#include "cost/PriceCatalog.h"
#include "cost/UsageAssumptions.h"
#include "terraform/PlanReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

namespace Cli {

namespace {

const char *const CostUsage =
    "usage: infradeck-cli cost STATE_OR_PLAN [--catalog FILE] [--usage FILE] [--format text|json]\n"
    "                          [--fail-over AMOUNT] [--budget AMOUNT]\n"
    "  --catalog FILE    a price catalog merged over the default one, type by type\n"
    "  --usage FILE      usage figures for usage-based prices (otherwise the catalog's stated defaults)\n"
    "  --fail-over N     exit 1 when the monthly delta exceeds N (e.g. 5 or \"5.00 EUR\")\n"
    "  --budget N        exit 1 when the monthly total after the plan exceeds N (e.g. \"15 x 4.59 EUR\")\n";

int badInput(Streams io, const QString &message)
{
    io.err << "infradeck-cli cost: " << message << '\n';
    io.err.flush();
    return ExitBadInput;
}

} // namespace

int costCommand(const QStringList &args, Streams io)
{
    QString input;
    QString catalogPath;
    QString usagePath;
    QString format = QStringLiteral("text");
    QString failOver;
    QString budgetText;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        auto value = [&](QString &out) {
            if (i + 1 >= args.size())
                return false;
            out = args.at(++i);
            return true;
        };
        bool ok = true;
        if (a == QLatin1String("--catalog"))
            ok = value(catalogPath);
        else if (a == QLatin1String("--usage"))
            ok = value(usagePath);
        else if (a == QLatin1String("--format"))
            ok = value(format);
        else if (a == QLatin1String("--fail-over"))
            ok = value(failOver);
        else if (a == QLatin1String("--budget"))
            ok = value(budgetText);
        else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            io.out << CostUsage;
            return ExitOk;
        } else if (a.startsWith(QLatin1String("--")) || !input.isEmpty()) {
            io.err << "infradeck-cli cost: unknown option \"" << a << "\"\n" << CostUsage;
            return ExitBadInput;
        } else
            input = a;
        if (!ok) {
            io.err << "infradeck-cli cost: " << a << " needs a value\n" << CostUsage;
            return ExitBadInput;
        }
    }
    if (input.isEmpty()) {
        io.err << CostUsage;
        return ExitBadInput;
    }
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return badInput(io, QStringLiteral("--format must be text or json, not \"%1\"").arg(format));

    auto catalog = Infradeck::PriceCatalog::loadDefault();
    if (!catalog)
        return badInput(io, catalog.error().toString());
    if (!catalogPath.isEmpty()) {
        auto overlay = Infradeck::PriceCatalog::load(catalogPath);
        if (!overlay)
            return badInput(io, overlay.error().toString());
        const Infradeck::Errors problems = catalog->merge(overlay.value());
        if (!problems.isEmpty())
            return badInput(io, problems.first().toString());
    }
    for (const Infradeck::Error &w : std::as_const(catalog->warnings))
        io.err << w.toString() << '\n';
    Infradeck::UsageAssumptions usage;
    if (!usagePath.isEmpty()) {
        auto loaded = Infradeck::UsageAssumptions::load(usagePath);
        if (!loaded)
            return badInput(io, loaded.error().toString());
        usage = std::move(loaded).value();
    }
    const QString currency = catalog->currency();
    std::optional<Infradeck::CostBudget> threshold;
    if (!failOver.isEmpty()) {
        auto parsed = Infradeck::CostBudget::parse(failOver, currency, QStringLiteral("--fail-over"));
        if (!parsed)
            return badInput(io, parsed.error().toString());
        threshold = parsed.value();
    }
    std::optional<Infradeck::CostBudget> budget;
    if (!budgetText.isEmpty()) {
        auto parsed = Infradeck::CostBudget::parse(budgetText, currency, QStringLiteral("--budget"));
        if (!parsed)
            return badInput(io, parsed.error().toString());
        budget = parsed.value();
    }

    QFile file(input);
    if (!file.open(QIODevice::ReadOnly))
        return badInput(io, QStringLiteral("%1: cannot open: %2").arg(input, file.errorString()));
    QByteArray bytes = file.readAll();
    file.close();

    const Infradeck::CostEstimator estimator(std::move(catalog).value(), std::move(usage));
    Infradeck::CostReport report;
    if (Infradeck::CostInputReader::looksLikePlan(bytes)) {
        auto plan = Infradeck::PlanReader::readBytes(std::move(bytes), input);
        if (!plan)
            return badInput(io, plan.error().toString());
        report = estimator.estimate(plan.value());
    } else {
        auto resources = Infradeck::CostInputReader::readState(bytes, input);
        if (!resources)
            return badInput(io, resources.error().toString());
        report = estimator.estimate(resources.value(), input);
    }

    if (format == QLatin1String("json"))
        io.out << QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
    else
        io.out << report.toText();
    io.out.flush();

    int exit = ExitOk;
    if (threshold) {
        if (threshold->amount().currency() != report.currency)
            return badInput(io, QStringLiteral("--fail-over is in %1 but the estimate is in %2").arg(threshold->amount().currency(), report.currency));
        if (report.delta().micros() > threshold->amount().micros()) {
            io.err << "monthly delta " << report.delta().toDisplayString() << " exceeds --fail-over "
                   << threshold->amount().toDisplayString() << '\n';
            exit = ExitFinding;
        }
    }
    if (budget) {
        if (const auto finding = budget->check(report)) {
            io.err << "budget: " << finding->reason << '\n';
            if (finding->severity != Infradeck::Finding::Severity::Low)
                exit = ExitFinding;
        }
    }
    io.err.flush();
    return exit;
}

} // namespace Cli
