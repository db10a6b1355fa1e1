// The main window: environments on the left, feature views in the centre, problems and status below.
#pragma once

#include "workspace/Workspace.h"

#include <QMainWindow>

class QListView;
class QListWidget;
class QDockWidget;
class QLabel;
class QMenu;
class QTabWidget;
class QTimer;

namespace Infradeck {

class EnvironmentListModel;
class FeatureView;
class CredentialStore;
class HostsView;
class SecretsView;
class TelemetryView;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Loads a workspace file; problems are listed in the Problems panel. Returns false when it could not be read.
    bool openWorkspace(const QString &path);
    // Adds a feature view as a tab; it follows the selected environment.
    void addFeatureView(FeatureView *view);

    const Workspace &workspace() const { return m_workspace; }
    const Errors &problems() const { return m_problems; }
    QString currentEnvironmentName() const;
    bool selectEnvironment(const QString &name);

    static QStringList recentWorkspaces();

    // Applies the preferences in QSettings (theme, refresh intervals, clipboard timeout); after the dialog too.
    void applySettings();
    void showPreferences();
    // Shows the feature view at index and puts the keyboard focus into it.
    void showView(int index);

Q_SIGNALS:
    void workspaceOpened(const QString &path);
    void environmentChanged(const QString &name);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void updateRecentMenu();
    void rememberRecent(const QString &path);
    void onEnvironmentSelected();
    void showOpenDialog();
    void showAbout();
    void showShortcuts();
    void focusCurrentView();
    void pollHosts();

    Workspace m_workspace;
    Errors m_problems;
    EnvironmentListModel *m_environmentModel;
    QListView *m_environmentView;
    QTabWidget *m_featureTabs;
    QList<FeatureView *> m_views;
    QDockWidget *m_problemsDock;
    QListWidget *m_problemsList;
    QLabel *m_statusLabel;
    QMenu *m_recentMenu = nullptr;
    SecretsView *m_secretsView = nullptr;
    TelemetryView *m_telemetryView = nullptr;
    HostsView *m_hostsView = nullptr;
    QTimer *m_hostPollTimer;
    CredentialStore *m_store = nullptr; // the one keychain of every view
    quint64 m_environmentSelections = 0; // counts onEnvironmentSelected(): a workspace opens its views once
};

} // namespace Infradeck
