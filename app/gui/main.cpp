// infradeck: the desktop application. `infradeck [WORKSPACE]` opens a workspace; with none, the last one or the demo.
// `infradeck --smoke-test [WORKSPACE]` opens it, waits until it has loaded, prints a one-line summary and exits
// (scripts/package-check runs it offscreen from the installed package).
#include "main/MainWindow.h"

#include "common/Hardening.h"
#include "common/Translations.h"
#include "common/Versions.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFutureWatcherBase>
#include <QNetworkReply>
#include <QSettings>
#include <QThreadPool>
#include <QTimer>

#include <cstdio>

namespace {

constexpr int SmokeTestTimeoutSeconds = 20;
constexpr int SmokePollMilliseconds = 50;
constexpr int SmokeIdlePolls = 4; // idle this many polls in a row = loaded (a finished job may start the next one)

void printLine(FILE *stream, const QString &line)
{
    std::fputs(line.toLocal8Bit().constData(), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

// Background work still running for the window: pool threads, async results not yet delivered, network replies.
bool windowIsBusy(const Infradeck::MainWindow &window)
{
    if (QThreadPool::globalInstance()->activeThreadCount() > 0)
        return true;
    if (!window.findChildren<QFutureWatcherBase *>().isEmpty())
        return true;
    const QList<QNetworkReply *> replies = window.findChildren<QNetworkReply *>();
    for (const QNetworkReply *reply : replies) {
        if (reply->isRunning())
            return true;
    }
    return false;
}

// Opens the workspace, lets the event loop run until the views have finished loading, prints a summary.
// Returns the exit code: 0 loaded, 1 not readable or still loading after SmokeTestTimeoutSeconds.
int runSmokeTest(QApplication &app, Infradeck::MainWindow &window, const QString &path, const QString &language)
{
    QElapsedTimer clock;
    clock.start();
    if (path.isEmpty()) {
        printLine(stderr, QApplication::translate("main", "Smoke test: no workspace given and no bundled demo found."));
        return 1;
    }
    const bool opened = window.openWorkspace(path);
    for (const Infradeck::Error &problem : window.problems())
        printLine(stderr, problem.toString());
    if (!opened) {
        printLine(stderr, QApplication::translate("main", "Smoke test: could not open the workspace %1.").arg(path));
        return 1;
    }
    window.show();

    int idlePolls = 0;
    QTimer poll;
    poll.setInterval(SmokePollMilliseconds);
    QObject::connect(&poll, &QTimer::timeout, &app, [&] {
        idlePolls = windowIsBusy(window) ? 0 : idlePolls + 1;
        if (idlePolls >= SmokeIdlePolls)
            app.exit(0);
        else if (clock.elapsed() > SmokeTestTimeoutSeconds * 1000)
            app.exit(1);
    });
    poll.start();
    const int code = app.exec();
    poll.stop();
    if (code != 0) {
        printLine(stderr, QApplication::translate("main", "Smoke test: %1 did not finish loading within %2 seconds.")
                              .arg(path)
                              .arg(SmokeTestTimeoutSeconds));
        return 1;
    }
    const int environments = int(window.workspace().environments().size());
    printLine(stdout, QApplication::translate("main",
                                              "Smoke test: %1 loaded in %2 ms with %n environment(s), %3 problem(s), "
                                              "language %4.",
                                              nullptr, environments)
                          .arg(window.workspace().filePath())
                          .arg(clock.elapsed())
                          .arg(window.problems().size())
                          .arg(language));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    Infradeck::hardenProcess();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Infradeck"));
    QApplication::setOrganizationName(QStringLiteral("Infradeck"));
    QApplication::setApplicationVersion(Infradeck::applicationVersion());
    QApplication::setDesktopFileName(QStringLiteral("org.infradeck.Infradeck"));
    // The language chosen in Preferences, else the system locale's.
    const QString language = Infradeck::installTranslations(QSettings().value(QStringLiteral("ui/language")).toString());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Desktop control panel for infrastructure as code"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption smokeTest(
        QStringLiteral("smoke-test"),
        QApplication::translate("main", "Open the workspace, wait until it has loaded, print a summary and exit."));
    parser.addOption(smokeTest);
    parser.addPositionalArgument(QStringLiteral("workspace"), QApplication::translate("main", "Workspace file (infradeck.yaml) to open"));
    parser.process(app);

    Infradeck::MainWindow window;
    QString path = parser.positionalArguments().value(0);
    if (path.isEmpty()) {
        const QStringList recent = Infradeck::MainWindow::recentWorkspaces();
        if (!recent.isEmpty() && QFileInfo::exists(recent.first()))
            path = recent.first();
        else
            path = Infradeck::bundledDemoWorkspace();
    }
    if (parser.isSet(smokeTest))
        return runSmokeTest(app, window, path, language);
    if (!path.isEmpty())
        window.openWorkspace(path);
    window.show();
    return app.exec();
}
