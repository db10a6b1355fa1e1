#include "main/MainWindow.h"

#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QIcon>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Infradeck;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void opensDemoWorkspace();
    void keyboardSelectsEnvironment();
    void showsProblemsOfBrokenWorkspace();
    void remembersRecentWorkspaces();
    void restoresWindowState();

private:
    QString demoPath() const { return TestSupport::resourcesDir() + QStringLiteral("/demo/infradeck.yaml"); }
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings go to a test location, not the user's
    QSettings().clear();
}

void TestMainWindow::opensDemoWorkspace()
{
    MainWindow window;
    window.resize(1200, 760);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy environmentChanges(&window, &MainWindow::environmentChanged);
    QVERIFY(window.openWorkspace(demoPath()));
    // Every view loads the opened workspace once (twice would parse plans and query Prometheus twice).
    QCOMPARE(environmentChanges.size(), 1);
    QSignalSpy reopened(&window, &MainWindow::environmentChanged);
    QVERIFY(window.openWorkspace(demoPath())); // Reload keeps the environment and loads once
    QCOMPARE(reopened.size(), 1);

    auto *list = window.findChild<QListView *>(QStringLiteral("environmentListView"));
    QVERIFY(list);
    QAbstractItemModelTester tester(list->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(list->model()->rowCount(), 4);
    QStringList shown;
    for (int row = 0; row < 4; ++row)
        shown << list->model()->index(row, 0).data().toString();
    QCOMPARE(shown.at(0), QStringLiteral("production"));
    QVERIFY(list->model()->index(0, 0).data(Qt::UserRole + 2).toBool()); // protected badge role
    QVERIFY(!list->model()->index(1, 0).data(Qt::UserRole + 2).toBool());
    QVERIFY(!list->model()->index(0, 0).data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(shown.at(1), QStringLiteral("staging"));
    QCOMPARE(shown.at(2), QStringLiteral("pr-123"));
    QCOMPARE(shown.at(3), QStringLiteral("pr-124"));
    QCOMPARE(window.currentEnvironmentName(), QStringLiteral("production"));
    QVERIFY(window.windowTitle().contains(QStringLiteral("Acme Shop")));

    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("featureTabWidget"));
    QVERIFY(tabs);
    QStringList titles;
    for (int i = 0; i < tabs->count(); ++i) {
        QVERIFY2(!tabs->tabText(i).contains(QStringLiteral("soon"), Qt::CaseInsensitive), "no placeholder views");
        titles << tabs->tabText(i);
    }
    QCOMPARE(titles, (QStringList{QStringLiteral("Overview"), QStringLiteral("Plan"), QStringLiteral("Resources"), QStringLiteral("Compare"),
                                  QStringLiteral("Secrets"), QStringLiteral("Costs"), QStringLiteral("Telemetry"), QStringLiteral("Hosts"),
                                  QStringLiteral("Environments")}));
    auto *artifacts = window.findChild<QTreeWidget *>(QStringLiteral("artifactsTreeWidget"));
    QVERIFY(artifacts);
    QVERIFY(artifacts->topLevelItemCount() >= 3);
    for (int i = 0; i < artifacts->topLevelItemCount(); ++i)
        QCOMPARE(artifacts->topLevelItem(i)->text(2), QStringLiteral("present"));

    const QString png = QDir(QStringLiteral(INFRADECK_BINARY_DIR)).filePath(QStringLiteral("screenshots/main-window-demo.png"));
    QDir().mkpath(QFileInfo(png).absolutePath());
    QVERIFY(window.grab().save(png));
    QVERIFY(QFileInfo(png).size() > 10000);
    qInfo("screenshot: %s", qPrintable(png));
}

void TestMainWindow::keyboardSelectsEnvironment()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openWorkspace(demoPath()));
    auto *list = window.findChild<QListView *>(QStringLiteral("environmentListView"));
    list->setFocus();
    QSignalSpy spy(&window, &MainWindow::environmentChanged);
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(window.currentEnvironmentName(), QStringLiteral("staging"));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().toString(), QStringLiteral("staging"));
    auto *title = window.findChild<QLabel *>(QStringLiteral("titleLabel"));
    QCOMPARE(title->text(), QStringLiteral("staging"));
    QTest::keyClick(list, Qt::Key_End);
    QCOMPARE(window.currentEnvironmentName(), QStringLiteral("pr-124"));
}

void TestMainWindow::showsProblemsOfBrokenWorkspace()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openWorkspace(TestSupport::testData(QStringLiteral("workspace/broken.yaml"))));
    auto *problems = window.findChild<QListWidget *>(QStringLiteral("problemsListWidget"));
    QVERIFY(problems->count() >= 10);
    QVERIFY(problems->isVisible());
    QVERIFY(problems->item(0)->text().contains(QStringLiteral("broken.yaml:")));
    // A missing file does not crash and keeps the previous workspace.
    QVERIFY(window.openWorkspace(demoPath()));
    QVERIFY(!window.openWorkspace(QStringLiteral("/nonexistent/infradeck.yaml")));
    QCOMPARE(window.workspace().name(), QStringLiteral("Acme Shop"));
}

void TestMainWindow::remembersRecentWorkspaces()
{
    QSettings().clear();
    {
        MainWindow window;
        window.openWorkspace(demoPath());
        window.openWorkspace(TestSupport::testData(QStringLiteral("workspace/broken.yaml")));
    }
    const QStringList recent = MainWindow::recentWorkspaces();
    QCOMPARE(recent.size(), 2);
    QVERIFY(recent.first().endsWith(QStringLiteral("broken.yaml")));
    QVERIFY(recent.last().endsWith(QStringLiteral("demo/infradeck.yaml")));
}

void TestMainWindow::restoresWindowState()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    QSettings().clear();
    QVERIFY2(QSettings().fileName().startsWith(dir.path()), qPrintable(QSettings().fileName()));
    QSize saved;
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(910, 630);
        QTRY_COMPARE(window.size(), QSize(910, 630));
        window.showView(3);
        window.findChild<QDockWidget *>(QStringLiteral("problemsDockWidget"))->show();
        QCoreApplication::processEvents(); // the dock may make the window taller
        saved = window.size();
        QCOMPARE(saved.width(), 910);
        QVERIFY(window.close());
    }
    QVERIFY(QSettings().contains(QStringLiteral("window/geometry")));
    MainWindow again;
    auto *tabs = again.findChild<QTabWidget *>(QStringLiteral("featureTabWidget"));
    QCOMPARE(tabs->currentIndex(), 3);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QTRY_COMPARE(again.size(), saved);
    QVERIFY(again.findChild<QDockWidget *>(QStringLiteral("problemsDockWidget"))->isVisible());

    // A damaged saved state falls back to the defaults instead of failing.
    QSettings().setValue(QStringLiteral("window/geometry"), QByteArray("garbage"));
    QSettings().setValue(QStringLiteral("window/state"), QByteArray("\x00\x01"));
    QSettings().setValue(QStringLiteral("window/currentView"), 99);
    MainWindow damaged;
    QCOMPARE(damaged.findChild<QTabWidget *>(QStringLiteral("featureTabWidget"))->currentIndex(), tabs->count() - 1);
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
