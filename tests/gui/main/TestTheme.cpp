#include "main/Theme.h"
#include "plan/PlanChangeModel.h"
#include "plan/PlanView.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStyle>
#include <QTest>

using namespace Infradeck;
using Action = ResourceChange::Action;

Q_DECLARE_METATYPE(Theme::Mode)

class TestTheme : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { Theme::apply(Theme::Mode::System); }
    void contrastFormula();
    void oldColoursWereTooFaint();
    void actionColoursReadable_data();
    void actionColoursReadable();
    void darkPaletteIsDark();
    void systemRestoresStartupLook();
    void readableOnAnyBackground_data();
    void readableOnAnyBackground();
    void modeStrings();
    void darkPlanViewScreenshot();
};

void TestTheme::contrastFormula()
{
    QCOMPARE(qRound(Theme::contrastRatio(Qt::white, Qt::black) * 100), 2100);
    QCOMPARE(Theme::contrastRatio(QColor(0x33, 0x66, 0x99), QColor(0x33, 0x66, 0x99)), 1.0);
    QVERIFY(qAbs(Theme::relativeLuminance(Qt::white) - 1.0) < 1e-9);
    // WCAG reference pair: #777777 on white is 4.48:1.
    QCOMPARE(qRound(Theme::contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) * 100), 448);
}

void TestTheme::oldColoursWereTooFaint()
{
    // The amber "update" the plan used before themes: under 3:1 on white, which is why colours go through Theme.
    QVERIFY(Theme::contrastRatio(QColor(0xc7, 0x8a, 0x10), Qt::white) < Theme::MinimumContrast);
}

void TestTheme::actionColoursReadable_data()
{
    QTest::addColumn<Theme::Mode>("mode");
    QTest::addColumn<int>("action");
    const std::pair<const char *, Theme::Mode> modes[] = {
        {"system", Theme::Mode::System}, {"light", Theme::Mode::Light}, {"dark", Theme::Mode::Dark}};
    const std::pair<const char *, Action> actions[] = {{"create", Action::Create}, {"update", Action::Update},
                                                       {"delete", Action::Delete}, {"replace", Action::Replace},
                                                       {"read", Action::Read},     {"no-op", Action::NoOp}};
    for (const auto &[modeName, mode] : modes)
        for (const auto &[actionName, action] : actions)
            QTest::addRow("%s/%s", modeName, actionName) << mode << int(action);
}

void TestTheme::actionColoursReadable()
{
    QFETCH(Theme::Mode, mode);
    QFETCH(int, action);
    Theme::apply(mode);
    QCOMPARE(Theme::currentMode(), mode);
    const QPalette palette = QApplication::palette();
    if (mode == Theme::Mode::Dark)
        QVERIFY(Theme::isDark(palette));
    if (mode == Theme::Mode::Light)
        QVERIFY(!Theme::isDark(palette));
    const QColor base = palette.color(QPalette::Base);
    // What the plan list and the attribute diff paint with.
    const QColor color = PlanChangeModel::actionColor(Action(action));
    const double ratio = Theme::contrastRatio(color, base);
    QVERIFY2(ratio >= Theme::MinimumContrast,
             qPrintable(QStringLiteral("%1 on %2: %3:1").arg(color.name(), base.name()).arg(ratio, 0, 'f', 2)));
    // Colours keep their meaning: they are not all the same grey.
    if (Action(action) != Action::NoOp)
        QVERIFY(color.hsvSaturationF() > 0.3);
}

void TestTheme::darkPaletteIsDark()
{
    const QPalette dark = Theme::darkPalette();
    QVERIFY(Theme::isDark(dark));
    QVERIFY(!Theme::isDark(Theme::lightPalette()));
    QVERIFY(Theme::contrastRatio(dark.color(QPalette::Text), dark.color(QPalette::Base)) >= 7.0);
    QVERIFY(Theme::contrastRatio(dark.color(QPalette::WindowText), dark.color(QPalette::Window)) >= 7.0);
    Theme::apply(Theme::Mode::Dark);
    QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
    QCOMPARE(QApplication::palette().color(QPalette::Base), dark.color(QPalette::Base));
}

void TestTheme::systemRestoresStartupLook()
{
    const QPalette before = QApplication::palette();
    const QString style = QApplication::style()->name();
    Theme::apply(Theme::Mode::Dark);
    QVERIFY(QApplication::palette().color(QPalette::Window) != before.color(QPalette::Window));
    Theme::apply(Theme::Mode::System);
    QCOMPARE(QApplication::palette().color(QPalette::Window), before.color(QPalette::Window));
    QCOMPARE(QApplication::palette().color(QPalette::Base), before.color(QPalette::Base));
    QCOMPARE(QApplication::style()->name(), style);
}

void TestTheme::readableOnAnyBackground_data()
{
    QTest::addColumn<QColor>("color");
    QTest::addColumn<QColor>("background");
    QTest::newRow("amber on white") << QColor(0xc7, 0x8a, 0x10) << QColor(Qt::white);
    QTest::newRow("red on near black") << QColor(0x80, 0x10, 0x10) << QColor(0x10, 0x10, 0x10);
    QTest::newRow("green on mid grey") << QColor(0x2e, 0x9d, 0x4a) << QColor(0x80, 0x80, 0x80);
    QTest::newRow("grey on grey") << QColor(0x77, 0x77, 0x77) << QColor(0x70, 0x70, 0x70);
    QTest::newRow("yellow on yellow") << QColor(Qt::yellow) << QColor(0xff, 0xff, 0xe0);
}

void TestTheme::readableOnAnyBackground()
{
    QFETCH(QColor, color);
    QFETCH(QColor, background);
    const QColor fixed = Theme::readableOn(color, background);
    QVERIFY2(Theme::contrastRatio(fixed, background) >= Theme::MinimumContrast, qPrintable(fixed.name()));
    // Already readable colours are left alone.
    QCOMPARE(Theme::readableOn(fixed, background), fixed);
}

void TestTheme::modeStrings()
{
    QCOMPARE(Theme::modeFromString(QStringLiteral("dark")), Theme::Mode::Dark);
    QCOMPARE(Theme::modeFromString(QStringLiteral("light")), Theme::Mode::Light);
    QCOMPARE(Theme::modeFromString(QStringLiteral("")), Theme::Mode::System);
    QCOMPARE(Theme::modeFromString(QStringLiteral("neon")), Theme::Mode::System);
    for (Theme::Mode m : {Theme::Mode::System, Theme::Mode::Light, Theme::Mode::Dark})
        QCOMPARE(Theme::modeFromString(Theme::modeToString(m)), m);
}

void TestTheme::darkPlanViewScreenshot()
{
    // The plan review in the dark theme, for people to judge the colours (build/screenshots/plan-view-dark.png).
    const QString demo = bundledDemoWorkspace();
    if (demo.isEmpty())
        QSKIP("no demo workspace");
    Theme::apply(Theme::Mode::Dark);
    PlanView view;
    view.resize(1200, 700);
    QSignalSpy loaded(&view, &PlanView::planLoaded);
    view.openPlan(QFileInfo(demo).dir().filePath(QStringLiteral("plans/production.plan.json")), true);
    QVERIFY(loaded.wait(20000));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QImage shot = view.grab().toImage();
    // Dark: the window background is dark where nothing is drawn on it.
    QVERIFY(Theme::isDark(view.palette()));
    QVERIFY(qGray(shot.pixel(shot.width() - 5, shot.height() - 5)) < 100);
    const QString png = QDir(QStringLiteral(INFRADECK_BINARY_DIR)).filePath(QStringLiteral("screenshots/plan-view-dark.png"));
    QDir().mkpath(QFileInfo(png).absolutePath());
    QVERIFY(shot.save(png));
    qInfo("screenshot: %s", qPrintable(png));
}

QTEST_MAIN(TestTheme)
#include "TestTheme.moc"
