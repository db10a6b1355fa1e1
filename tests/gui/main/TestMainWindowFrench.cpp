// The main window in French on the demo workspace, saved as a screenshot (build/screenshots/main-window-fr.png).
// Needs the .qm files: `ninja infradeck_translations` builds them into build/translations.
#include "main/MainWindow.h"

#include "common/Translations.h"

#include "TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

using namespace Infradeck;

class TestMainWindowFrench : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { installTranslations(QStringLiteral("en")); }
    void showsFrenchAndSavesScreenshot();
};

void TestMainWindowFrench::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestMainWindowFrench::showsFrenchAndSavesScreenshot()
{
    const QString language = installTranslations(QStringLiteral("fr"));
    QVERIFY2(language == QStringLiteral("fr"),
             qPrintable(QStringLiteral("no French translation found in %1 (build the infradeck_translations target)")
                            .arg(translationDirectories().join(QStringLiteral(", ")))));
    // The translator answers for a string the main window uses.
    QVERIFY(QCoreApplication::translate("Infradeck::MainWindow", "&File") != QStringLiteral("&File"));

    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openWorkspace(TestSupport::resourcesDir() + QStringLiteral("/demo/infradeck.yaml")));

    QStringList menus;
    for (QAction *a : window.menuBar()->actions())
        menus << a->text();
    QCOMPARE(menus.size(), 3);
    QVERIFY2(!menus.contains(QStringLiteral("&File")) && !menus.contains(QStringLiteral("&View")),
             qPrintable(menus.join(QStringLiteral(", "))));
    QCOMPARE(menus, (QStringList{QStringLiteral("&Fichier"), QStringLiteral("&Affichage"), QStringLiteral("Ai&de")}));

    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("featureTabWidget"));
    QVERIFY(tabs);
    QStringList titles;
    for (int i = 0; i < tabs->count(); ++i)
        titles << tabs->tabText(i);
    QCOMPARE(titles.first(), QStringLiteral("Vue d’ensemble"));
    QVERIFY2(titles.contains(QStringLiteral("Coûts")), qPrintable(titles.join(QStringLiteral(", "))));
    QVERIFY2(titles.contains(QStringLiteral("Télémétrie")) && titles.contains(QStringLiteral("Hôtes")),
             qPrintable(titles.join(QStringLiteral(", "))));

    const QString png = QDir(QStringLiteral(INFRADECK_BINARY_DIR)).filePath(QStringLiteral("screenshots/main-window-fr.png"));
    QDir().mkpath(QFileInfo(png).absolutePath());
    QVERIFY(window.grab().save(png));
    QVERIFY(QFileInfo(png).size() > 10000);
    qInfo("screenshot: %s", qPrintable(png));
}

QTEST_MAIN(TestMainWindowFrench)
#include "TestMainWindowFrench.moc"
