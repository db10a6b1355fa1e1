#include "main/MainWindow.h"
#include "main/PreferencesDialog.h"
#include "main/Settings.h"
#include "main/Theme.h"

#include "workspace/Workspace.h"

#include "TestSupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QKeySequence>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace Infradeck;

class TestPreferencesDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init() { QSettings().clear(); }
    void cleanup() { Theme::apply(Theme::Mode::System); }
    void showsDefaults();
    void savesAndReloads();
    void outOfRangeSettingsAreClamped();
    void defaultEnvironmentIsPerWorkspace();
    void mainWindowAppliesSettings();
    void reportsKeychainStatus();
    void preferencesActionHasShortcut();

private:
    QString demoPath() const { return TestSupport::resourcesDir() + QStringLiteral("/demo/infradeck.yaml"); }
    Workspace demo() const
    {
        Errors problems;
        return Workspace::load(demoPath(), problems);
    }
};

void TestPreferencesDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestPreferencesDialog::showsDefaults()
{
    PreferencesDialog dialog(demo());
    QCOMPARE(dialog.languageComboBox()->currentData().toString(), QString());
    QCOMPARE(dialog.themeComboBox()->currentData().toString(), QStringLiteral("system"));
    QCOMPARE(dialog.environmentComboBox()->count(), 5); // "the first" + the demo's four
    QCOMPARE(dialog.environmentComboBox()->currentData().toString(), QString());
    QVERIFY(dialog.environmentComboBox()->isEnabled());
    QCOMPARE(dialog.telemetryRefreshComboBox()->currentData().toInt(), 0);
    QCOMPARE(dialog.hostPollComboBox()->currentData().toInt(), 0);
    QCOMPARE(dialog.clipboardTimeoutSpinBox()->value(), 30);
    QStringList languages;
    for (int i = 0; i < dialog.languageComboBox()->count(); ++i)
        languages << dialog.languageComboBox()->itemData(i).toString();
    QCOMPARE(languages, (QStringList{QString(), QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("de")}));
    auto *note = dialog.findChild<QLabel *>(QStringLiteral("languageNoteLabel"));
    QVERIFY(note && note->text().contains(QStringLiteral("restart")));

    // Without a workspace there is no default environment to choose.
    PreferencesDialog bare{Workspace()};
    QVERIFY(!bare.environmentComboBox()->isEnabled());
}

void TestPreferencesDialog::savesAndReloads()
{
    {
        PreferencesDialog dialog(demo());
        dialog.languageComboBox()->setCurrentIndex(dialog.languageComboBox()->findData(QStringLiteral("fr")));
        dialog.themeComboBox()->setCurrentIndex(dialog.themeComboBox()->findData(QStringLiteral("dark")));
        dialog.telemetryRefreshComboBox()->setCurrentIndex(dialog.telemetryRefreshComboBox()->findData(30));
        dialog.hostPollComboBox()->setCurrentIndex(dialog.hostPollComboBox()->findData(300));
        dialog.clipboardTimeoutSpinBox()->setValue(45);
        // OK saves; the button box's accepted() runs save() before closing.
        dialog.show();
        QTest::keyClick(&dialog, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    QSettings settings;
    QCOMPARE(settings.value(Settings::LanguageKey).toString(), QStringLiteral("fr"));
    QCOMPARE(Settings::theme(), QStringLiteral("dark"));
    QCOMPARE(Settings::telemetryRefreshSeconds(), 30);
    QCOMPARE(Settings::hostPollSeconds(), 300);
    QCOMPARE(Settings::clipboardTimeoutSeconds(), 45);

    PreferencesDialog again(demo());
    QCOMPARE(again.languageComboBox()->currentData().toString(), QStringLiteral("fr"));
    QCOMPARE(again.themeComboBox()->currentData().toString(), QStringLiteral("dark"));
    QCOMPARE(again.telemetryRefreshComboBox()->currentData().toInt(), 30);
    QCOMPARE(again.hostPollComboBox()->currentData().toInt(), 300);
    QCOMPARE(again.clipboardTimeoutSpinBox()->value(), 45);

    // Cancel keeps what was saved.
    again.clipboardTimeoutSpinBox()->setValue(99);
    again.reject();
    QCOMPARE(Settings::clipboardTimeoutSeconds(), 45);
}

void TestPreferencesDialog::outOfRangeSettingsAreClamped()
{
    QSettings settings;
    settings.setValue(Settings::ClipboardTimeoutKey, 1);
    settings.setValue(Settings::TelemetryRefreshKey, -5);
    settings.setValue(Settings::HostPollKey, QStringLiteral("often"));
    settings.setValue(Settings::ThemeKey, QStringLiteral("neon"));
    QCOMPARE(Settings::clipboardTimeoutSeconds(), Settings::MinClipboardTimeoutSeconds);
    QCOMPARE(Settings::telemetryRefreshSeconds(), 0);
    QCOMPARE(Settings::hostPollSeconds(), 0);
    settings.setValue(Settings::ClipboardTimeoutKey, 1000000);
    QCOMPARE(Settings::clipboardTimeoutSeconds(), Settings::MaxClipboardTimeoutSeconds);
    PreferencesDialog dialog(demo());
    QCOMPARE(dialog.themeComboBox()->currentData().toString(), QStringLiteral("system")); // unknown: first entry
    QCOMPARE(dialog.clipboardTimeoutSpinBox()->value(), Settings::MaxClipboardTimeoutSeconds);
}

void TestPreferencesDialog::defaultEnvironmentIsPerWorkspace()
{
    {
        PreferencesDialog dialog(demo());
        QComboBox *envs = dialog.environmentComboBox();
        envs->setCurrentIndex(envs->findData(QStringLiteral("pr-123")));
        dialog.save();
    }
    QCOMPARE(Settings::defaultEnvironment(demoPath()), QStringLiteral("pr-123"));
    QCOMPARE(Settings::defaultEnvironment(QStringLiteral("/elsewhere/infradeck.yaml")), QString());
    MainWindow window;
    QVERIFY(window.openWorkspace(demoPath()));
    QCOMPARE(window.currentEnvironmentName(), QStringLiteral("pr-123"));

    // A default that no longer exists falls back to the first environment.
    QSettings().setValue(Settings::defaultEnvironmentKey(demoPath()), QStringLiteral("gone"));
    MainWindow other;
    QVERIFY(other.openWorkspace(demoPath()));
    QCOMPARE(other.currentEnvironmentName(), QStringLiteral("production"));
}

void TestPreferencesDialog::mainWindowAppliesSettings()
{
    MainWindow window;
    QVERIFY(!Theme::isDark(QApplication::palette()));
    auto *refresh = window.findChild<QComboBox *>(QStringLiteral("refreshComboBox"));
    QVERIFY(refresh);
    QCOMPARE(refresh->currentData().toInt(), 0);

    QSettings settings;
    settings.setValue(Settings::ThemeKey, QStringLiteral("dark"));
    settings.setValue(Settings::TelemetryRefreshKey, 60);
    window.applySettings();
    QVERIFY(Theme::isDark(QApplication::palette()));
    QCOMPARE(Theme::currentMode(), Theme::Mode::Dark);
    QCOMPARE(refresh->currentData().toInt(), 60);

    settings.setValue(Settings::ThemeKey, QStringLiteral("system"));
    window.applySettings();
    QVERIFY(!Theme::isDark(QApplication::palette()));
}

void TestPreferencesDialog::reportsKeychainStatus()
{
    PreferencesDialog dialog(demo());
    QSignalSpy spy(&dialog, &PreferencesDialog::keychainProbed);
    QVERIFY(dialog.keychainStatus().contains(QStringLiteral("Checking")));
    QVERIFY(spy.wait(30000));
    QVERIFY(dialog.isKeychainProbed());
    const bool available = spy.first().at(0).toBool();
    const QString status = spy.first().at(1).toString();
    QCOMPARE(dialog.keychainStatus(), status);
    if (available) {
        QCOMPARE(status, QStringLiteral("Available"));
    } else {
        QVERIFY2(status.startsWith(QStringLiteral("Not available: ")) && status.size() > 20, qPrintable(status));
    }
    qInfo("keychain: %s", qPrintable(status));
}

void TestPreferencesDialog::preferencesActionHasShortcut()
{
    MainWindow window;
    auto *action = window.findChild<QAction *>(QStringLiteral("preferencesAction"));
    QVERIFY(action);
    QVERIFY(action->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    QCOMPARE(action->menuRole(), QAction::PreferencesRole);
}

QTEST_MAIN(TestPreferencesDialog)
#include "TestPreferencesDialog.moc"
