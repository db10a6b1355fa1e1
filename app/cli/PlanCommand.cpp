// `infradeck-cli plan summary|report`: read a JSON plan, evaluate the risk rules, print or write the result.
#include "cli/Commands.h"

#include "risk/Rules.h"
#include "terraform/Plan.h"
#include "terraform/PlanReader.h"
#include "terraform/PlanReport.h"
#include "terraform/PlanSummary.h"

#include "common/Error.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli::Plan)
};

QString usage()
{
    return Tr::tr("usage: infradeck-cli plan summary PLAN [--format text|json] [--fail-on high|medium|low] [--rules FILE] "
              "[--protected]\n"
              "       infradeck-cli plan report PLAN -o FILE.md|FILE.html [--fail-on high|medium|low] [--rules FILE] "
              "[--protected]");
}

int badInput(Streams io, const QString &message)
{
    return usageError(io, message, usage());
}

struct Options
{
    QString plan;
    QString format = QStringLiteral("text");
    QString output;
    QString failOn;
    QStringList rules;
    bool protectedEnvironment = false;
};

} // namespace

int planCommand(const QStringList &args, Streams io)
{
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        (args.isEmpty() ? io.err : io.out) << usage() << '\n';
        return args.isEmpty() ? ExitBadInput : ExitOk;
    }
    const QString verb = args.first();
    if (verb != QLatin1String("summary") && verb != QLatin1String("report"))
        return badInput(io, Tr::tr("unknown plan command \"%1\"").arg(verb));

    Options options;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        auto value = [&](QString *out) {
            if (i + 1 >= args.size())
                return false;
            *out = args.at(++i);
            return true;
        };
        QString v;
        if (a == QLatin1String("--format")) {
            if (!value(&options.format) || (options.format != QLatin1String("text") && options.format != QLatin1String("json")))
                return badInput(io, Tr::tr("--format needs text or json"));
        } else if (a == QLatin1String("--fail-on")) {
            Infradeck::Finding::Severity s;
            if (!value(&options.failOn) || !Infradeck::Finding::severityFromName(options.failOn, &s))
                return badInput(io, Tr::tr("--fail-on needs high, medium or low"));
        } else if (a == QLatin1String("-o") || a == QLatin1String("--output")) {
            if (!value(&options.output))
                return badInput(io, Tr::tr("-o needs a file name"));
        } else if (a == QLatin1String("--rules")) {
            if (!value(&v))
                return badInput(io, Tr::tr("--rules needs a YAML file"));
            options.rules << v;
        } else if (a == QLatin1String("--protected")) {
            options.protectedEnvironment = true;
        } else if (a.startsWith(QLatin1Char('-')) && a.size() > 1) {
            return badInput(io, Tr::tr("unknown option \"%1\"").arg(a));
        } else if (options.plan.isEmpty()) {
            options.plan = a;
        } else {
            return badInput(io, Tr::tr("more than one plan file given"));
        }
    }
    if (options.plan.isEmpty())
        return badInput(io, Tr::tr("no plan file given"));
    if (verb == QLatin1String("report") && options.output.isEmpty())
        return badInput(io, Tr::tr("plan report needs -o FILE.md or -o FILE.html"));
    Infradeck::PlanReport::Format reportFormat;
    if (verb == QLatin1String("report") && !Infradeck::PlanReport::formatForPath(options.output, &reportFormat))
        return badInput(io, Tr::tr("cannot tell the report format from \"%1\": use .md or .html").arg(options.output));

    auto rules = Infradeck::Rules::loadDefault();
    if (!rules) {
        io.err << rules.error().toString() << '\n';
        return ExitBadInput;
    }
    for (const QString &path : std::as_const(options.rules)) {
        auto extra = Infradeck::Rules::load(path);
        if (!extra) {
            io.err << extra.error().toString() << '\n';
            return ExitBadInput;
        }
        rules->merge(extra.value());
    }

    auto plan = Infradeck::PlanReader::readFile(options.plan);
    if (!plan) {
        io.err << plan.error().toString() << '\n';
        return ExitBadInput;
    }
    for (const Infradeck::Error &w : plan->warnings)
        io.err << w.toString() << '\n';

    const QList<Infradeck::Finding> findings = rules->evaluate(plan.value(), options.protectedEnvironment);

    if (verb == QLatin1String("summary")) {
        Infradeck::PlanSummary summary(plan.value(), findings);
        if (options.format == QLatin1String("json"))
            io.out << QString::fromUtf8(QJsonDocument(summary.toJson()).toJson(QJsonDocument::Indented));
        else
            io.out << summary.toText();
    } else {
        Infradeck::PlanReport report(plan.value(), findings);
        auto written = report.writeFile(options.output);
        if (!written) {
            io.err << written.error().toString() << '\n';
            return ExitBadInput;
        }
    }
    io.out.flush();
    io.err.flush();

    if (!options.failOn.isEmpty()) {
        Infradeck::Finding::Severity threshold;
        Infradeck::Finding::severityFromName(options.failOn, &threshold);
        for (const Infradeck::Finding &f : findings)
            if (f.severity >= threshold)
                return ExitFinding;
    }
    return ExitOk;
}

} // namespace Cli
