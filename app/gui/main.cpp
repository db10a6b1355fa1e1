// infradeck: the desktop application. `infradeck [WORKSPACE]` opens a workspace; with none, the last one or the demo.
#include "main/MainWindow.h"

#include "common/Hardening.h"
#include "common/Versions.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>

int main(int argc, char *argv[])
{
    Infradeck::hardenProcess();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Infradeck"));
    QApplication::setOrganizationName(QStringLiteral("Infradeck"));
    QApplication::setApplicationVersion(Infradeck::applicationVersion());
    QApplication::setDesktopFileName(QStringLiteral("org.infradeck.Infradeck"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Desktop control panel for infrastructure as code"));
    parser.addHelpOption();
    parser.addVersionOption();
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
    if (!path.isEmpty())
        window.openWorkspace(path);
    window.show();
    return app.exec();
}
