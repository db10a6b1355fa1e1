// Preferences: language, theme, default environment of the open workspace, refresh intervals, clipboard timeout,
// and whether the OS keychain (Secret Service) can be reached. Values live in QSettings (keys in Settings.h).
#pragma once

#include "workspace/Workspace.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QSpinBox;

namespace Infradeck {

class CredentialStore;

class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    // store: probed for availability (default: a CredentialStore of its own, freed once it answered). Not owned.
    explicit PreferencesDialog(const Workspace &workspace, QWidget *parent = nullptr, CredentialStore *store = nullptr);
    ~PreferencesDialog() override;

    // Writes the shown values to QSettings (also done on OK).
    void save();
    QString keychainStatus() const;
    bool isKeychainProbed() const { return m_probed; }

    QComboBox *languageComboBox() const { return m_languageCombo; }
    QComboBox *themeComboBox() const { return m_themeCombo; }
    QComboBox *environmentComboBox() const { return m_environmentCombo; }
    QComboBox *telemetryRefreshComboBox() const { return m_telemetryRefreshCombo; }
    QComboBox *hostPollComboBox() const { return m_hostPollCombo; }
    QSpinBox *clipboardTimeoutSpinBox() const { return m_clipboardSpin; }

Q_SIGNALS:
    void keychainProbed(bool available, const QString &status);

private:
    void load();
    void probeKeychain();

    QString m_workspaceFile;
    CredentialStore *m_store; // may be null
    bool m_probed = false;
    QComboBox *m_languageCombo;
    QComboBox *m_themeCombo;
    QComboBox *m_environmentCombo;
    QComboBox *m_telemetryRefreshCombo;
    QComboBox *m_hostPollCombo;
    QSpinBox *m_clipboardSpin;
    QLabel *m_keychainLabel;
};

} // namespace Infradeck
