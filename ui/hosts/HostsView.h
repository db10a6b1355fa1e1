// The Hosts view: an environment's servers (the workspace's hosts, the Ansible inventory it names and the loaded
// state's servers, merged; each row says where it came from) with reachability and last check results as badges,
// a detail pane with the check results (raw output on demand), a console that runs a typed command on the selected
// host with streamed stdout/stderr and Cancel, and "Run all checks" across hosts in parallel with a progress bar.
// Every SSH connection is an SshSession on its own worker thread: nothing here blocks the UI thread.
// Unknown host keys are asked about (HostKeyDialog, or the hostKeyQuestion seam); changed keys are refused by the
// session and shown as a warning, never offered.
#pragma once

#include "main/FeatureView.h"

#include "common/SecureBytes.h"
#include "hosts/HostCheck.h"
#include "hosts/HostDirectory.h"
#include "hosts/SshSession.h"

#include <QFuture>
#include <QHash>
#include <QList>
#include <QPointer>

#include <functional>
#include <memory>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTreeWidget;

namespace Infradeck {

class CredentialStore;
class HostCheckRun;
class HostListModel;
class Inventory;
class SshPassphrases;

class HostsView : public FeatureView
{
    Q_OBJECT
public:
    // Answers "trust this unknown host key?" synchronously: true accepts (written to known_hosts), false refuses.
    using HostKeyQuestion = std::function<bool(const HostKeyInfo &key)>;
    // Returns the passphrase of an encrypted identity file; empty gives up. Asked once per file (then kept).
    using PassphraseQuestion = std::function<SecureBytes(const QString &identityFile)>;

    explicit HostsView(QWidget *parent = nullptr);
    ~HostsView() override;

    QString title() const override;
    void setEnvironment(const Workspace &workspace, const Environment *env) override;
    // Shows these hosts (replaces the list, closes open sessions); workspaceKnownHosts: the workspace's own file.
    void setHosts(const QList<HostEntry> &hosts, const QString &workspaceKnownHosts = {});
    // The state loaded elsewhere (e.g. by the Resources view, remote backends included): its servers join the list
    // after the workspace's and the Ansible inventory's hosts. Null clears them. (setEnvironment reads a local
    // `state:` file itself.)
    void setStateInventory(std::shared_ptr<const Inventory> state);
    const QList<HostEntry> &entries() const { return m_entries; }
    bool isLoadingSources() const { return m_loadingSources; }

    // Encrypted identity files: the passphrase is looked up in this keychain first (item named by the host's
    // `passphrase: keychain:NAME`, else ssh-passphrase:<key path>, scoped to the workspace and environment), and the
    // passphrase dialog offers to store it there. Not owned; null: asked each time the app runs.
    void setCredentialStore(CredentialStore *store);
    // For the passphrase seam: whether its answers are stored in the keychain (after they opened the key).
    void setRememberPassphrases(bool remember) { m_rememberPassphrases = remember; }

    // How to authenticate and where keys are trusted; defaults: agent then ~/.ssh/id_*, ~/.ssh/known_hosts (or
    // the workspace's file). Changing one closes open sessions.
    void setIdentityFile(const QString &path);
    void setKnownHostsFile(const QString &path);
    void setUseAgent(bool useAgent);
    void setConnectTimeoutSeconds(int seconds);
    // Seams: when unset, a HostKeyDialog / password input dialog is opened (window-modal, asynchronous).
    void setHostKeyQuestion(HostKeyQuestion question) { m_hostKeyQuestion = std::move(question); }
    void setPassphraseQuestion(PassphraseQuestion question) { m_passphraseQuestion = std::move(question); }

    HostListModel *hostModel() const { return m_model; }
    int selectedRow() const;
    void selectHost(int row);

    void runCommand(const QString &command); // on the selected host, output streamed to the console
    void cancelCommand();
    bool isCommandRunning() const { return m_consoleId != 0; }
    QString consoleText() const;

    void runAllChecks();
    void runChecks(const QList<int> &rows);
    void cancelChecks();
    bool isChecking() const { return !m_checkRuns.isEmpty(); }
    QString messageText() const;

Q_SIGNALS:
    void commandFinished(const Infradeck::CommandResult &result);
    void checksFinished();
    void sourcesLoaded(); // the Ansible inventory and the state file were read and their hosts merged in
    void passphraseStored(const QString &keyName, bool ok);

private:
    SshTarget targetFor(const HostEntry &entry) const;
    void mergeSources();
    void loadSources(const QString &inventoryPath, const QString &statePath);
    void askPassphraseWithKeychain(const QString &identityFile, std::function<void(const SecureBytes &, bool)> answer);
    void rebuildRows();
    void closeSessions();
    SshSession *sessionFor(int row);
    int rowOf(const SshSession *session) const;
    void askHostKey(SshSession *session, const HostKeyInfo &key);
    void askPassphrase(SshSession *session, const QString &identityFile);
    void onSessionFailed(SshSession *session, const Error &error);
    void onOutput(SshSession *session, int id, const QByteArray &data, SshSession::Stream stream);
    void onCommandFinished(SshSession *session, const CommandResult &result);
    void appendConsole(const QString &text, int kind); // 0 output, 1 stderr, 2 note
    void showMessage(const QString &text, bool warning);
    void showDetail();
    void showRaw();
    void updateButtons();

    QList<HostEntry> m_entries;
    QList<HostEntry> m_workspaceEntries;
    QList<HostEntry> m_ansibleEntries;
    QList<HostEntry> m_stateEntries;  // from the state file setEnvironment read
    QList<HostEntry> m_loadedState;   // from setStateInventory
    QString m_sourceProblems;
    bool m_loadingSources = false;
    int m_loadGeneration = 0;
    QString m_workspaceName;
    QString m_environmentName;
    QPointer<CredentialStore> m_store;
    SshPassphrases *m_keychain = nullptr;
    bool m_rememberPassphrases = false;
    QString m_workspaceKnownHosts;
    QString m_environmentKey;
    QString m_identityFile;
    QString m_knownHostsFile;
    bool m_useAgent = true;
    int m_connectTimeout = 10;
    HostKeyQuestion m_hostKeyQuestion;
    PassphraseQuestion m_passphraseQuestion;
    QHash<QString, SecureBytes> m_passphrases; // identity file -> passphrase given this session of the app

    QList<SshSession *> m_sessions; // by row; null until first used; owned (children)
    QPointer<SshSession> m_consoleSession;
    int m_consoleId = 0;
    QList<QPointer<HostCheckRun>> m_checkRuns;
    int m_checksDone = 0;

    HostListModel *m_model;
    QLabel *m_messageLabel;
    QPushButton *m_runAllButton;
    QPushButton *m_checkHostButton;
    QProgressBar *m_progress;
    QPushButton *m_cancelChecksButton;
    QTableView *m_hostTable;
    QLabel *m_detailTitle;
    QTreeWidget *m_checkTree;
    QPushButton *m_rawButton;
    QPlainTextEdit *m_rawEdit;
    QLineEdit *m_commandEdit;
    QPushButton *m_runButton;
    QPushButton *m_cancelButton;
    QPlainTextEdit *m_console;
};

} // namespace Infradeck
