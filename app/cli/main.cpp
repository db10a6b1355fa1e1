// infradeck-cli: the core for scripts and CI. Text output by default, --format json for machines.
#include "Commands.h"

#include "common/Translations.h"
#include "common/Versions.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace {

const char *const Usage = R"(Usage: infradeck-cli [--version] [--help] COMMAND [ARGS]

Commands:
  workspace check FILE                 validate a workspace file and list its environments
  plan summary PLAN.json [--format text|json] [--fail-on high|medium]
  plan report PLAN.json -o FILE.md|FILE.html
  plan render PLAN.json -o FILE.svg|FILE.png|FILE.dot [--focus ADDRESS --depth N] [--changes-only]
  state list STATE [--format json]     state show STATE ADDRESS    state diff A B [--format json]
  state render STATE -o FILE.svg|FILE.png|FILE.dot [--focus ADDRESS --depth N]
  cost STATE_OR_PLAN [--catalog FILE] [--format text|json] [--fail-over AMOUNT]
  sops decrypt FILE [--identity KEYFILE]   sops verify FILE   ...
  prom query URL PROMQL [--range 1h --step 15s] [--format json|csv]
  host run|check|wait HOST ...

Exit codes: 0 success, 1 a finding you asked to fail on, 2 bad input (error on stderr).
)";

} // namespace

int main(int argc, char *argv[])
{
    // PNG rendering paints, which needs a GUI application; everything else runs with no display at all.
    std::unique_ptr<QCoreApplication> application;
    {
        QStringList raw;
        for (int i = 1; i < argc; ++i)
            raw << QString::fromLocal8Bit(argv[i]);
        if (raw.size() > 1 && raw.at(1) == QLatin1String("render") && Cli::renderNeedsGui(raw)) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            application = std::make_unique<QGuiApplication>(argc, argv);
        } else {
            application = std::make_unique<QCoreApplication>(argc, argv);
        }
    }
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("infradeck-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Infradeck"));
    QCoreApplication::setApplicationVersion(Infradeck::applicationVersion());
    // Messages follow the system locale (LANG/LC_MESSAGES); JSON keys and values never change with it.
    Infradeck::installTranslations(QString());

    QTextStream out(stdout);
    QTextStream err(stderr);
    Cli::Streams io{out, err};

    QStringList args = app.arguments().mid(1);
    if (args.isEmpty()) {
        err << Usage;
        return Cli::ExitBadInput;
    }
    const QString verb = args.takeFirst();
    if (verb == QLatin1String("--help") || verb == QLatin1String("-h") || verb == QLatin1String("help")) {
        out << Usage;
        return Cli::ExitOk;
    }
    if (verb == QLatin1String("--version") || verb == QLatin1String("-v")) {
        out << "infradeck-cli " << Infradeck::applicationVersion() << '\n';
        for (const auto &[name, version] : Infradeck::libraryVersions())
            out << "  " << name << ' ' << version << '\n';
        return Cli::ExitOk;
    }
    if ((verb == QLatin1String("plan") || verb == QLatin1String("state")) && args.value(0) == QLatin1String("render"))
        return Cli::renderCommand(verb == QLatin1String("plan"), args.mid(1), io);
    using Handler = int (*)(const QStringList &, Cli::Streams);
    const QList<QPair<QString, Handler>> commands{
        {QStringLiteral("workspace"), &Cli::workspaceCommand},
        {QStringLiteral("plan"), &Cli::planCommand},
        {QStringLiteral("state"), &Cli::stateCommand},
        {QStringLiteral("sops"), &Cli::sopsCommand},
        {QStringLiteral("cost"), &Cli::costCommand},
        {QStringLiteral("prom"), &Cli::promCommand},
        {QStringLiteral("host"), &Cli::hostCommand},
    };
    for (const auto &[name, handler] : commands)
        if (name == verb)
            return handler(args, io);
    err << "infradeck-cli: unknown command \"" << verb << "\"\n" << Usage;
    return Cli::ExitBadInput;
}
