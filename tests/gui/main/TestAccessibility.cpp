// Walks the main window on the demo workspace, every tab (and nested tabs), and fails on interactive widgets that
// a screen reader would announce without a name. Also the keyboard paths between views.
#include "main/MainWindow.h"
#include "main/PreferencesDialog.h"

#include "workspace/Workspace.h"

#include "TestSupport.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QGraphicsView>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTextEdit>

using namespace Infradeck;

namespace {

bool isQtInternal(const QWidget *w)
{
    // Parts of a composite Qt widget (a spin box's line edit, a tab widget's bar, a scroll area's scroll bars,
    // a calendar popup, a dock's buttons) are announced through their owner.
    static const char *const parts[] = {"qt_spinbox", "qt_tabwidget_tabbar", "qt_scrollarea_hcontainer",
                                        "qt_scrollarea_vcontainer", "qt_calendar", "qt_dockwidget"};
    for (const QObject *o = w; o; o = o->parent()) {
        for (const char *part : parts)
            if (o->objectName().startsWith(QLatin1String(part)))
                return true;
        if (o->isWidgetType() && static_cast<const QWidget *>(o)->isWindow())
            break;
    }
    if (qobject_cast<const QHeaderView *>(w) && qobject_cast<const QAbstractItemView *>(w->parentWidget()))
        return true;
    if (const auto *area = qobject_cast<const QAbstractScrollArea *>(w->parentWidget()); area && area->viewport() == w)
        return true; // the view speaks for its viewport
    if (qobject_cast<const QLineEdit *>(w)
        && (qobject_cast<const QComboBox *>(w->parentWidget()) || qobject_cast<const QAbstractSpinBox *>(w->parentWidget())))
        return true;
    if (qobject_cast<const QAbstractButton *>(w) && qobject_cast<const QTabBar *>(w->parentWidget()))
        return true; // a tab bar's scroll and close buttons
    return false;
}

bool isInteractive(const QWidget *w)
{
    if (qobject_cast<const QLabel *>(w))
        return false; // read as their text
    if (qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w) || qobject_cast<const QComboBox *>(w)
        || qobject_cast<const QAbstractSpinBox *>(w) || qobject_cast<const QAbstractSlider *>(w)
        || qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QTabBar *>(w))
        return true;
    if (const auto *edit = qobject_cast<const QPlainTextEdit *>(w))
        return !edit->isReadOnly() || edit->focusPolicy() != Qt::NoFocus;
    if (const auto *edit = qobject_cast<const QTextEdit *>(w))
        return !edit->isReadOnly() || edit->focusPolicy() != Qt::NoFocus;
    return w->focusPolicy() != Qt::NoFocus;
}

QString describe(const QWidget *w)
{
    QStringList chain;
    for (const QWidget *p = w; p; p = p->parentWidget())
        chain << QStringLiteral("%1(%2)").arg(QString::fromLatin1(p->metaObject()->className()), p->objectName());
    return chain.join(QStringLiteral(" < "));
}

// Every visible interactive widget under root without an accessible name.
QStringList unnamed(const QWidget *root, QSet<const QWidget *> &seen)
{
    QStringList found;
    const auto widgets = root->findChildren<QWidget *>();
    for (const QWidget *w : widgets) {
        if (seen.contains(w) || !w->isVisible() || isQtInternal(w) || !isInteractive(w))
            continue;
        seen.insert(w);
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(const_cast<QWidget *>(w));
        const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty())
            found << describe(w);
    }
    return found;
}

// Shows each page of every visible tab widget under root (recursively) and collects unnamed widgets on each.
QStringList visitTabs(QWidget *root, QSet<const QWidget *> &seen, QSet<const QTabWidget *> &visited)
{
    QStringList found = unnamed(root, seen);
    const auto tabWidgets = root->findChildren<QTabWidget *>();
    for (QTabWidget *tabs : tabWidgets) {
        if (visited.contains(tabs) || !tabs->isVisible())
            continue;
        visited.insert(tabs);
        const int current = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QCoreApplication::processEvents();
            found << visitTabs(tabs->widget(i), seen, visited);
        }
        tabs->setCurrentIndex(current);
    }
    return found;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void walkerFindsUnnamedWidgets();
    void mainWindowWidgetsAreNamed();
    void preferencesWidgetsAreNamed();
    void ctrlDigitShowsViewAndFocusesIt();
    void ctrlPageKeysCycleViews();

private:
    QString demoPath() const { return TestSupport::resourcesDir() + QStringLiteral("/demo/infradeck.yaml"); }
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QAccessible::setActive(true);
}

void TestAccessibility::walkerFindsUnnamedWidgets()
{
    // The walker itself must be able to fail.
    QWidget root;
    auto *edit = new QLineEdit(&root);
    edit->setObjectName(QStringLiteral("nameLessLineEdit"));
    auto *combo = new QComboBox(&root);
    combo->setAccessibleName(QStringLiteral("Named"));
    auto *hidden = new QLineEdit(&root);
    root.show();
    hidden->hide();
    QSet<const QWidget *> seen;
    const QStringList found = unnamed(&root, seen);
    QCOMPARE(found.size(), 1);
    QVERIFY(found.first().startsWith(QStringLiteral("QLineEdit(nameLessLineEdit) < QWidget(")));
}

void TestAccessibility::mainWindowWidgetsAreNamed()
{
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openWorkspace(demoPath()));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("featureTabWidget"));
    QVERIFY(tabs);
    auto *environments = window.findChild<QListView *>(QStringLiteral("environmentListView"));
    QSet<const QWidget *> seen;
    QStringList found;
    // Each environment shows other things (hosts, dashboards, secrets): walk every tab of each.
    for (int row = 0; row < environments->model()->rowCount(); ++row) {
        environments->setCurrentIndex(environments->model()->index(row, 0));
        QCoreApplication::processEvents();
        QSet<const QTabWidget *> visited;
        found << visitTabs(&window, seen, visited);
        QVERIFY(visited.contains(tabs)); // every feature view was shown
    }
    qInfo("%d interactive widgets checked", int(seen.size()));
    for (int i = 0; i < tabs->count(); ++i) {
        int inView = 0;
        for (const QWidget *w : std::as_const(seen))
            inView += tabs->widget(i)->isAncestorOf(w) ? 1 : 0;
        qInfo("  %s: %d", qPrintable(tabs->tabText(i)), inView);
        QVERIFY2(inView > 0 || i == 0, qPrintable(tabs->tabText(i))); // the overview may have only labels
    }
    QVERIFY(seen.size() > 30);
    found.removeDuplicates();
    for (const QString &line : std::as_const(found))
        qWarning("no accessible name: %s", qPrintable(line));
    QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("%1 interactive widget(s) without an accessible name (listed above)")
                                             .arg(found.size())));
}

void TestAccessibility::preferencesWidgetsAreNamed()
{
    Errors problems;
    const Workspace ws = Workspace::load(demoPath(), problems);
    PreferencesDialog dialog(ws);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSet<const QWidget *> seen;
    const QStringList found = unnamed(&dialog, seen);
    QVERIFY(seen.size() >= 8);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral("\n"))));
}

void TestAccessibility::ctrlDigitShowsViewAndFocusesIt()
{
    MainWindow window;
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.openWorkspace(demoPath()));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("featureTabWidget"));
    auto *environments = window.findChild<QListView *>(QStringLiteral("environmentListView"));
    environments->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), environments);
    for (int digit = 1; digit <= tabs->count() && digit <= 9; ++digit) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key(Qt::Key_0 + digit), Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), digit - 1);
        QWidget *focus = QApplication::focusWidget();
        QVERIFY2(focus && tabs->currentWidget()->isAncestorOf(focus),
                 qPrintable(QStringLiteral("Ctrl+%1: focus on %2 instead of inside %3")
                                .arg(digit)
                                .arg(focus ? QString::fromLatin1(focus->metaObject()->className()) : QStringLiteral("nothing"),
                                     tabs->tabText(digit - 1))));
    }
    // Ctrl+L goes back to the environments, and the arrow keys then change the environment.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_L, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), environments);
}

void TestAccessibility::ctrlPageKeysCycleViews()
{
    MainWindow window;
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.openWorkspace(demoPath()));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("featureTabWidget"));
    window.showView(0);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), 1);
    QVERIFY(tabs->currentWidget()->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageUp, Qt::ControlModifier);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), tabs->count() - 1); // wraps around
}

QTEST_MAIN(TestAccessibility)
#include "TestAccessibility.moc"
