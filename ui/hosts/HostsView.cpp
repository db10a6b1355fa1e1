#include "HostsView.h"

#include "HostKeyDialog.h"
#include "HostListModel.h"

#include "common/Async.h"
#include "hosts/HostCheckRun.h"
#include "hosts/HostChecks.h"
#include "hosts/SshPassphrases.h"
#include "secrets/CredentialStore.h"
#include "terraform/Inventory.h"
#include "terraform/StateReader.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileInfo>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Infradeck {

namespace {
enum ConsoleKind { ConsoleOut = 0, ConsoleErr = 1, ConsoleNote = 2 };

QString statusSymbol(CheckResult::Status s)
{
    switch (s) {
    case CheckResult::Status::Ok: return QStringLiteral("✔");
    case CheckResult::Status::Warning: return QStringLiteral("⚠");
    case CheckResult::Status::Failed: return QStringLiteral("✖");
    case CheckResult::Status::Unavailable: break;
    }
    return QStringLiteral("–");
}
} // namespace

HostsView::HostsView(QWidget *parent)
    : FeatureView(parent),
      m_model(new HostListModel(this)),
      m_messageLabel(new QLabel(this)),
      m_runAllButton(new QPushButton(tr("Run All Checks"), this)),
      m_checkHostButton(new QPushButton(tr("Check Host"), this)),
      m_progress(new QProgressBar(this)),
      m_cancelChecksButton(new QPushButton(tr("Cancel Checks"), this)),
      m_hostTable(new QTableView(this)),
      m_detailTitle(new QLabel(this)),
      m_checkTree(new QTreeWidget(this)),
      m_rawButton(new QPushButton(tr("Show Raw Output"), this)),
      m_rawEdit(new QPlainTextEdit(this)),
      m_commandEdit(new QLineEdit(this)),
      m_runButton(new QPushButton(tr("Run"), this)),
      m_cancelButton(new QPushButton(tr("Cancel"), this)),
      m_console(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("hostsView"));
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageLabel->hide();
    m_runAllButton->setObjectName(QStringLiteral("runAllChecksButton"));
    m_checkHostButton->setObjectName(QStringLiteral("checkHostButton"));
    m_progress->setObjectName(QStringLiteral("checksProgressBar"));
    m_progress->setAccessibleName(tr("Checks progress"));
    m_progress->hide();
    m_cancelChecksButton->setObjectName(QStringLiteral("cancelChecksButton"));
    m_cancelChecksButton->hide();

    m_hostTable->setObjectName(QStringLiteral("hostTableView"));
    m_hostTable->setAccessibleName(tr("Hosts"));
    m_hostTable->setModel(m_model);
    m_hostTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_hostTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_hostTable->verticalHeader()->hide();
    m_hostTable->horizontalHeader()->setSectionResizeMode(HostListModel::NameColumn, QHeaderView::Stretch);
    // Environments have tens of hosts, not thousands: fitting these columns to their contents is cheap.
    for (int c : {HostListModel::AddressColumn, HostListModel::ReachabilityColumn, HostListModel::ChecksColumn,
                  HostListModel::SourceColumn})
        m_hostTable->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_hostTable->setAlternatingRowColors(true);
    m_hostTable->setWordWrap(false);

    QFont bold = m_detailTitle->font();
    bold.setBold(true);
    m_detailTitle->setObjectName(QStringLiteral("detailTitleLabel"));
    m_detailTitle->setFont(bold);
    m_detailTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_checkTree->setObjectName(QStringLiteral("checkTreeWidget"));
    m_checkTree->setAccessibleName(tr("Check results"));
    m_checkTree->setRootIsDecorated(false);
    m_checkTree->setHeaderLabels({tr("Status"), tr("Check"), tr("Summary")});
    m_checkTree->header()->setStretchLastSection(true);
    m_rawButton->setObjectName(QStringLiteral("rawOutputButton"));
    m_rawButton->setCheckable(true);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_rawEdit->setObjectName(QStringLiteral("rawOutputEdit"));
    m_rawEdit->setAccessibleName(tr("Raw check output"));
    m_rawEdit->setReadOnly(true);
    m_rawEdit->setFont(mono);
    m_rawEdit->hide();

    m_commandEdit->setObjectName(QStringLiteral("commandLineEdit"));
    m_commandEdit->setAccessibleName(tr("Command"));
    m_commandEdit->setPlaceholderText(tr("Command to run on the selected host…"));
    m_commandEdit->setFont(mono);
    m_runButton->setObjectName(QStringLiteral("runCommandButton"));
    m_cancelButton->setObjectName(QStringLiteral("cancelCommandButton"));
    m_console->setObjectName(QStringLiteral("consoleEdit"));
    m_console->setAccessibleName(tr("Command output"));
    m_console->setReadOnly(true);
    m_console->setFont(mono);
    m_console->setMaximumBlockCount(20000); // a chatty command cannot grow the document without bound
    m_console->setLineWrapMode(QPlainTextEdit::NoWrap);

    auto *header = new QHBoxLayout;
    header->addWidget(m_runAllButton);
    header->addWidget(m_checkHostButton);
    header->addWidget(m_progress, 1);
    header->addWidget(m_cancelChecksButton);
    header->addStretch();

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detailTitle);
    detailLayout->addWidget(m_checkTree, 2);
    auto *rawRow = new QHBoxLayout;
    rawRow->addStretch();
    rawRow->addWidget(m_rawButton);
    detailLayout->addLayout(rawRow);
    detailLayout->addWidget(m_rawEdit, 1);

    auto *console = new QWidget(this);
    auto *consoleLayout = new QVBoxLayout(console);
    consoleLayout->setContentsMargins(0, 0, 0, 0);
    auto *commandRow = new QHBoxLayout;
    commandRow->addWidget(m_commandEdit, 1);
    commandRow->addWidget(m_runButton);
    commandRow->addWidget(m_cancelButton);
    consoleLayout->addLayout(commandRow);
    consoleLayout->addWidget(m_console, 1);

    auto *right = new QSplitter(Qt::Vertical, this);
    right->setObjectName(QStringLiteral("hostDetailSplitter"));
    right->addWidget(detail);
    right->addWidget(console);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("hostsSplitter"));
    splitter->addWidget(m_hostTable);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_messageLabel);
    layout->addWidget(splitter, 1);

    connect(m_runAllButton, &QPushButton::clicked, this, &HostsView::runAllChecks);
    connect(m_checkHostButton, &QPushButton::clicked, this, [this] {
        if (selectedRow() >= 0)
            runChecks({selectedRow()});
    });
    connect(m_cancelChecksButton, &QPushButton::clicked, this, &HostsView::cancelChecks);
    connect(m_runButton, &QPushButton::clicked, this, [this] { runCommand(m_commandEdit->text()); });
    connect(m_commandEdit, &QLineEdit::returnPressed, this, [this] { runCommand(m_commandEdit->text()); });
    connect(m_cancelButton, &QPushButton::clicked, this, &HostsView::cancelCommand);
    connect(m_hostTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showDetail();
        updateButtons();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        const int row = selectedRow();
        if (row >= from.row() && row <= to.row())
            showDetail();
    });
    connect(m_checkTree, &QTreeWidget::currentItemChanged, this, &HostsView::showRaw);
    connect(m_rawButton, &QPushButton::toggled, this, [this](bool on) {
        m_rawButton->setText(on ? tr("Hide Raw Output") : tr("Show Raw Output"));
        m_rawEdit->setVisible(on);
        showRaw();
    });
    showDetail();
    updateButtons();
}

HostsView::~HostsView()
{
    closeSessions(); // sessions never wait for their worker: leaving is immediate
}

QString HostsView::title() const
{
    return tr("Hosts");
}

void HostsView::setEnvironment(const Workspace &workspace, const Environment *env)
{
    QString key;
    QString statePath;
    if (env) {
        statePath = env->stateBackend.isSet() ? QString() : env->statePath; // remote state: setStateInventory
        key = workspace.filePath() + QLatin1Char('\n') + env->name + QLatin1Char('\n') + workspace.knownHostsPath()
              + QLatin1Char('\n') + env->ansibleInventory + QLatin1Char('\n') + statePath;
        for (const Host &h : env->hosts)
            key += QStringLiteral("\n%1|%2|%3|%4|%5|%6|%7")
                       .arg(h.name, h.address)
                       .arg(h.port)
                       .arg(h.user, h.identity, h.passphrase, h.jump);
    }
    if (key == m_environmentKey && !key.isEmpty())
        return; // same hosts: keep the sessions, results and console
    m_environmentKey = key;
    m_workspaceName = workspace.name();
    m_environmentName = env ? env->name : QString();
    setCredentialStore(m_store); // the keychain scope follows the environment
    m_workspaceKnownHosts = workspace.knownHostsPath();
    m_workspaceEntries = env ? HostDirectory::fromEnvironment(*env) : QList<HostEntry>();
    m_ansibleEntries.clear();
    m_stateEntries.clear();
    m_loadedState.clear();
    m_sourceProblems.clear();
    m_entries.clear();
    mergeSources();
    loadSources(env ? env->ansibleInventory : QString(), statePath);
}

void HostsView::setStateInventory(std::shared_ptr<const Inventory> state)
{
    m_loadedState = state ? HostDirectory::fromState(*state) : QList<HostEntry>();
    mergeSources();
}

namespace {
bool sameHosts(const QList<HostEntry> &a, const QList<HostEntry> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const Host &x = a.at(i).host;
        const Host &y = b.at(i).host;
        if (a.at(i).origin != b.at(i).origin || a.at(i).detail != b.at(i).detail || x.name != y.name
            || x.address != y.address || x.port != y.port || x.user != y.user || x.identity != y.identity
            || x.passphrase != y.passphrase || x.jump != y.jump)
            return false;
    }
    return true;
}

struct LoadedSources
{
    QList<HostEntry> ansible;
    QList<HostEntry> state;
    Errors problems;
};
} // namespace

void HostsView::mergeSources()
{
    const QList<HostEntry> merged = HostDirectory::merge({m_workspaceEntries, m_ansibleEntries, m_stateEntries, m_loadedState});
    if (merged.size() > m_entries.size() && !m_entries.isEmpty() && sameHosts(merged.mid(0, m_entries.size()), m_entries)) {
        // Hosts from the inventory or the state arrived after the workspace's: append them, so the sessions,
        // checks and console of the listed hosts go on.
        QList<HostListModel::Row> rows;
        for (qsizetype i = m_entries.size(); i < merged.size(); ++i) {
            HostListModel::Row r;
            r.target = targetFor(merged.at(i));
            r.origin = merged.at(i).origin;
            r.detail = merged.at(i).detail;
            rows << r;
        }
        m_entries = merged;
        m_sessions.resize(merged.size(), nullptr);
        m_model->appendRows(rows);
        updateButtons();
    } else if (!sameHosts(merged, m_entries) || merged.isEmpty()) {
        setHosts(merged, m_workspaceKnownHosts); // closes the sessions of the previous list
    }
    if (!m_sourceProblems.isEmpty())
        showMessage(tr("Some hosts could not be read:\n%1").arg(m_sourceProblems), true);
}

void HostsView::loadSources(const QString &inventoryPath, const QString &statePath)
{
    const int generation = ++m_loadGeneration;
    if (inventoryPath.isEmpty() && statePath.isEmpty()) {
        m_loadingSources = false;
        return;
    }
    m_loadingSources = true;
    // Inventories and states can be large: read them off the UI thread.
    runAsync(
        this,
        [inventoryPath, statePath](const TaskControl &) {
            LoadedSources loaded;
            if (!inventoryPath.isEmpty())
                loaded.ansible = HostDirectory::fromAnsible(inventoryPath, loaded.problems);
            if (!statePath.isEmpty() && QFileInfo::exists(statePath)) {
                Result<Inventory> state = StateReader::readFile(statePath);
                if (state)
                    loaded.state = HostDirectory::fromState(state.value());
                else
                    loaded.problems << state.error();
            }
            return loaded;
        },
        [this, generation](LoadedSources loaded) {
            if (generation != m_loadGeneration)
                return; // another environment meanwhile
            m_loadingSources = false;
            m_ansibleEntries = loaded.ansible;
            m_stateEntries = loaded.state;
            QStringList lines;
            for (const Error &e : std::as_const(loaded.problems))
                lines << e.toString();
            m_sourceProblems = lines.join(QLatin1Char('\n'));
            mergeSources();
            Q_EMIT sourcesLoaded();
        });
}

void HostsView::setCredentialStore(CredentialStore *store)
{
    m_store = store;
    delete m_keychain;
    m_keychain = nullptr;
    if (store) {
        m_keychain = new SshPassphrases(store, m_workspaceName, m_environmentName, this);
        connect(m_keychain, &SshPassphrases::stored, this, [this](const QString &name, const Errors &errors) {
            if (errors.isEmpty())
                showMessage(tr("The key passphrase is stored in the keychain as %1.").arg(name), false);
            else
                showMessage(tr("The key passphrase could not be stored in the keychain: %1").arg(errors.first().message), true);
            Q_EMIT passphraseStored(name, errors.isEmpty());
        });
    }
    rebuildRows(); // new sessions use the keychain
}

void HostsView::setHosts(const QList<HostEntry> &hosts, const QString &workspaceKnownHosts)
{
    m_entries = hosts;
    m_workspaceKnownHosts = workspaceKnownHosts;
    rebuildRows();
    if (m_model->size() > 0)
        selectHost(0);
}

void HostsView::setIdentityFile(const QString &path)
{
    m_identityFile = path;
    rebuildRows();
}

void HostsView::setKnownHostsFile(const QString &path)
{
    m_knownHostsFile = path;
    rebuildRows();
}

void HostsView::setUseAgent(bool useAgent)
{
    m_useAgent = useAgent;
    rebuildRows();
}

void HostsView::setConnectTimeoutSeconds(int seconds)
{
    m_connectTimeout = qMax(1, seconds);
    rebuildRows();
}

SshTarget HostsView::targetFor(const HostEntry &entry) const
{
    SshTarget t = SshTarget::fromHost(entry.host, m_workspaceKnownHosts);
    if (!m_identityFile.isEmpty())
        t.identityFile = m_identityFile;
    if (!m_knownHostsFile.isEmpty())
        t.knownHostsFile = m_knownHostsFile;
    t.useAgent = m_useAgent;
    t.connectTimeoutSeconds = m_connectTimeout;
    return t;
}

void HostsView::rebuildRows()
{
    const int selected = selectedRow();
    closeSessions();
    QList<HostListModel::Row> rows;
    rows.reserve(m_entries.size());
    for (const HostEntry &e : std::as_const(m_entries)) {
        HostListModel::Row r;
        r.target = targetFor(e);
        r.origin = e.origin;
        r.detail = e.detail;
        rows << r;
    }
    m_sessions = QList<SshSession *>(rows.size(), nullptr);
    m_model->setRows(std::move(rows));
    m_messageLabel->hide();
    if (selected >= 0 && selected < m_model->size())
        selectHost(selected);
    showDetail();
    updateButtons();
}

void HostsView::closeSessions()
{
    for (const QPointer<HostCheckRun> &run : std::as_const(m_checkRuns))
        if (run) {
            run->disconnect(this); // one checksFinished below, not one per run
            run->deleteLater();
        }
    const bool wasChecking = !m_checkRuns.isEmpty();
    m_checkRuns.clear();
    m_progress->hide();
    m_cancelChecksButton->hide();
    if (m_consoleId != 0) {
        m_consoleId = 0;
        appendConsole(tr("[session closed]"), ConsoleNote);
    }
    m_consoleSession = nullptr;
    for (SshSession *s : std::as_const(m_sessions))
        delete s; // never blocks: the worker leaves libssh on its own and deletes itself
    m_sessions.clear();
    if (wasChecking)
        Q_EMIT checksFinished();
}

int HostsView::rowOf(const SshSession *session) const
{
    return int(m_sessions.indexOf(const_cast<SshSession *>(session)));
}

SshSession *HostsView::sessionFor(int row)
{
    if (row < 0 || row >= m_sessions.size())
        return nullptr;
    if (m_sessions.at(row))
        return m_sessions.at(row);
    const SshTarget target = m_model->row(row).target;
    auto *s = new SshSession(target, this);
    m_sessions[row] = s;
    if (!target.identityFile.isEmpty() && m_passphrases.contains(target.identityFile))
        s->setPassphrase(m_passphrases.value(target.identityFile));
    connect(s, &SshSession::stateChanged, this, [this, s](SshSession::State state) {
        const int r = rowOf(s);
        if (state == SshSession::State::Connecting)
            m_model->setReachability(r, HostListModel::Reachability::Connecting);
        else if (state == SshSession::State::Connected)
            m_model->setReachability(r, HostListModel::Reachability::Reachable);
    });
    connect(s, &SshSession::failed, this, [this, s](const Error &e) { onSessionFailed(s, e); });
    connect(s, &SshSession::hostKeyUnknown, this, [this, s](const HostKeyInfo &key) { askHostKey(s, key); });
    if (m_keychain)
        m_keychain->serve(s, [this](const QString &file, SshPassphrases::Answer answer) {
            askPassphraseWithKeychain(file, std::move(answer));
        });
    else
        connect(s, &SshSession::passphraseRequired, this, [this, s](const QString &file) { askPassphrase(s, file); });
    connect(s, &SshSession::output, this, [this, s](int id, const QByteArray &data, SshSession::Stream stream) {
        onOutput(s, id, data, stream);
    });
    connect(s, &SshSession::commandFinished, this, [this, s](const CommandResult &r) { onCommandFinished(s, r); });
    return s;
}

void HostsView::askHostKey(SshSession *session, const HostKeyInfo &key)
{
    if (m_hostKeyQuestion) {
        if (m_hostKeyQuestion(key))
            session->acceptHostKey();
        else
            session->refuseHostKey();
        return;
    }
    auto *dialog = new HostKeyDialog(key, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    QPointer<SshSession> guard(session);
    connect(dialog, &QDialog::finished, this, [guard](int result) {
        if (!guard)
            return;
        if (result == QDialog::Accepted)
            guard->acceptHostKey();
        else
            guard->refuseHostKey();
    });
    dialog->open(); // asynchronous: the UI keeps running while the user reads the fingerprint
}

void HostsView::askPassphrase(SshSession *session, const QString &identityFile)
{
    // Asked again for the same file: the kept passphrase was wrong.
    m_passphrases.remove(identityFile);
    if (m_passphraseQuestion) {
        const SecureBytes p = m_passphraseQuestion(identityFile);
        if (!p.isEmpty())
            m_passphrases.insert(identityFile, p);
        session->providePassphrase(p);
        return;
    }
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setObjectName(QStringLiteral("passphraseDialog"));
    dialog->setWindowTitle(tr("Key Passphrase"));
    dialog->setLabelText(tr("Passphrase for %1:").arg(identityFile));
    dialog->setTextEchoMode(QLineEdit::Password);
    QPointer<SshSession> guard(session);
    connect(dialog, &QInputDialog::finished, this, [this, dialog, guard, identityFile](int result) {
        SecureBytes p;
        if (result == QDialog::Accepted)
            p = SecureBytes::fromString(dialog->textValue());
        dialog->setTextValue(QString());
        if (!p.isEmpty())
            m_passphrases.insert(identityFile, p);
        if (guard)
            guard->providePassphrase(p);
    });
    dialog->open();
}

void HostsView::askPassphraseWithKeychain(const QString &identityFile, std::function<void(const SecureBytes &, bool)> answer)
{
    m_passphrases.remove(identityFile); // asked again: the kept one was wrong
    if (m_passphraseQuestion) {
        const SecureBytes p = m_passphraseQuestion(identityFile);
        if (!p.isEmpty())
            m_passphrases.insert(identityFile, p);
        answer(p, m_rememberPassphrases);
        return;
    }
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setObjectName(QStringLiteral("passphraseDialog"));
    dialog->setWindowTitle(tr("Key Passphrase"));
    auto *label = new QLabel(tr("The key %1 is encrypted. Passphrase:").arg(identityFile), dialog);
    label->setWordWrap(true);
    auto *edit = new QLineEdit(dialog);
    edit->setObjectName(QStringLiteral("passphraseEdit"));
    edit->setAccessibleName(tr("Passphrase"));
    edit->setEchoMode(QLineEdit::Password);
    auto *remember = new QCheckBox(tr("Store the passphrase in the keychain"), dialog);
    remember->setObjectName(QStringLiteral("rememberPassphraseCheckBox"));
    remember->setAccessibleName(tr("Store the passphrase in the keychain"));
    const bool available = m_store && m_store->isAvailable();
    remember->setChecked(available);
    remember->setEnabled(available);
    if (!available)
        remember->setToolTip(CredentialStore::unavailableMessage());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Unlock the key"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(label);
    layout->addWidget(edit);
    layout->addWidget(remember);
    layout->addWidget(buttons);
    connect(dialog, &QDialog::finished, this, [this, edit, remember, identityFile, answer](int result) {
        SecureBytes p;
        if (result == QDialog::Accepted)
            p = SecureBytes::fromString(edit->text());
        edit->clear();
        if (!p.isEmpty())
            m_passphrases.insert(identityFile, p);
        answer(p, remember->isChecked());
    });
    dialog->open();
}

void HostsView::onSessionFailed(SshSession *session, const Error &error)
{
    const int row = rowOf(session);
    m_model->setReachability(row, HostListModel::Reachability::Unreachable, error.message);
    const QString name = row >= 0 ? m_model->row(row).target.displayName() : QString();
    const bool changed = session->lastFailReason() == SshSession::FailReason::HostKeyChanged;
    QString text = tr("%1: %2").arg(name, error.message);
    if (changed)
        text = tr("WARNING — %1 was refused: its host key differs from the one in %2. Someone may be intercepting "
                  "the connection, or the server was rebuilt. Check the new key with the provider, then remove the "
                  "old line from known_hosts.\n%3")
                   .arg(name, error.source.isEmpty() ? session->target().effectiveKnownHostsFile() : error.source,
                        error.message);
    showMessage(text, true);
}

void HostsView::onOutput(SshSession *session, int id, const QByteArray &data, SshSession::Stream stream)
{
    if (session != m_consoleSession || id != m_consoleId)
        return;
    appendConsole(QString::fromUtf8(data), stream == SshSession::Stream::Stderr ? ConsoleErr : ConsoleOut);
}

void HostsView::onCommandFinished(SshSession *session, const CommandResult &result)
{
    if (session != m_consoleSession || result.id != m_consoleId)
        return;
    m_consoleId = 0;
    QString note;
    if (result.failedToRun())
        note = tr("[could not run: %1]").arg(result.error.message);
    else if (result.canceled)
        note = tr("[cancelled after %1 ms]").arg(result.durationMs);
    else if (!result.exitSignal.isEmpty())
        note = tr("[killed by signal %1]").arg(result.exitSignal);
    else
        note = tr("[exit status %1, %2 ms]").arg(result.exitStatus).arg(result.durationMs);
    appendConsole(note, ConsoleNote);
    updateButtons();
    Q_EMIT commandFinished(result);
}

void HostsView::appendConsole(const QString &text, int kind)
{
    QTextCursor cursor(m_console->document());
    cursor.movePosition(QTextCursor::End);
    QTextCharFormat format;
    if (kind == ConsoleErr)
        format.setForeground(QColor(0xc6, 0x28, 0x28));
    else if (kind == ConsoleNote) {
        format.setForeground(QColor(0x75, 0x75, 0x75));
        format.setFontItalic(true);
    }
    QString t = text;
    if (kind == ConsoleNote) {
        if (!m_console->document()->isEmpty() && !m_console->toPlainText().endsWith(QLatin1Char('\n')))
            t.prepend(QLatin1Char('\n'));
        t.append(QLatin1Char('\n'));
    }
    cursor.insertText(t, format);
    QScrollBar *bar = m_console->verticalScrollBar();
    bar->setValue(bar->maximum());
}

void HostsView::showMessage(const QString &text, bool warning)
{
    m_messageLabel->setText(text);
    m_messageLabel->setStyleSheet(warning ? QStringLiteral("color: #c62828;") : QString());
    m_messageLabel->setVisible(!text.isEmpty());
}

QString HostsView::messageText() const
{
    return m_messageLabel->isHidden() ? QString() : m_messageLabel->text();
}

int HostsView::selectedRow() const
{
    const QModelIndex current = m_hostTable->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void HostsView::selectHost(int row)
{
    if (row < 0 || row >= m_model->size())
        return;
    m_hostTable->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void HostsView::runCommand(const QString &command)
{
    const int row = selectedRow();
    if (command.trimmed().isEmpty() || row < 0 || m_consoleId != 0)
        return;
    SshSession *s = sessionFor(row);
    m_consoleSession = s;
    appendConsole(QStringLiteral("%1$ %2").arg(s->target().displayName(), command), ConsoleNote);
    m_consoleId = s->run(command);
    updateButtons();
}

void HostsView::cancelCommand()
{
    if (m_consoleSession && m_consoleId != 0)
        m_consoleSession->cancel(m_consoleId);
}

QString HostsView::consoleText() const
{
    return m_console->toPlainText();
}

void HostsView::runAllChecks()
{
    QList<int> rows;
    for (int i = 0; i < m_model->size(); ++i)
        rows << i;
    runChecks(rows);
}

void HostsView::runChecks(const QList<int> &rows)
{
    if (isChecking() || rows.isEmpty())
        return;
    const int perHost = int(HostChecks::ids().size());
    m_checksDone = 0;
    m_progress->setRange(0, int(rows.size()) * perHost);
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v of %m checks"));
    m_progress->show();
    m_cancelChecksButton->show();
    m_messageLabel->hide();
    // One session per host, each on its own worker thread: the hosts are checked in parallel.
    for (int row : rows) {
        SshSession *s = sessionFor(row);
        if (!s)
            continue;
        auto *run = new HostCheckRun(s, {}, this);
        m_checkRuns << run;
        m_model->setChecking(row, true);
        connect(run, &HostCheckRun::checkFinished, this, [this] { m_progress->setValue(++m_checksDone); });
        connect(run, &HostCheckRun::finished, this, [this, run, s](const QList<CheckResult> &results) {
            m_model->setChecks(rowOf(s), results);
            m_checkRuns.removeAll(run);
            run->deleteLater();
            if (m_checkRuns.isEmpty()) {
                m_progress->hide();
                m_cancelChecksButton->hide();
                updateButtons();
                Q_EMIT checksFinished();
            }
        });
    }
    updateButtons();
    // Started after all are listed, so a run that finishes at once cannot end the batch early.
    const QList<QPointer<HostCheckRun>> runs = m_checkRuns;
    for (const QPointer<HostCheckRun> &run : runs)
        if (run)
            run->start();
}

void HostsView::cancelChecks()
{
    const QList<QPointer<HostCheckRun>> runs = m_checkRuns;
    for (const QPointer<HostCheckRun> &run : runs)
        if (run)
            run->cancel();
}

void HostsView::showDetail()
{
    const int row = selectedRow();
    m_checkTree->clear();
    if (row < 0) {
        m_detailTitle->setText(m_model->size() == 0 ? tr("No hosts in this environment.") : tr("Select a host."));
        showRaw();
        return;
    }
    const HostListModel::Row &r = m_model->row(row);
    QString title = QStringLiteral("%1 — %2").arg(r.target.displayName(),
                                                  HostListModel::reachabilityName(r.reachability));
    if (!r.checks.isEmpty() && r.checks.first().checkedAt.isValid())
        title += tr(" — checked %1").arg(QLocale().toString(r.checks.first().checkedAt, QLocale::ShortFormat));
    m_detailTitle->setText(title);
    m_detailTitle->setToolTip(r.reachabilityDetail);
    for (const CheckResult &c : r.checks) {
        auto *item = new QTreeWidgetItem(m_checkTree, {statusSymbol(c.status) + QLatin1Char(' ') +
                                                           CheckResult::statusName(c.status),
                                                       c.title, c.summary});
        item->setData(0, Qt::UserRole, c.id);
        item->setToolTip(2, c.summary);
    }
    showRaw();
}

void HostsView::showRaw()
{
    if (!m_rawButton->isChecked())
        return;
    const int row = selectedRow();
    QTreeWidgetItem *item = m_checkTree->currentItem();
    if (row < 0 || !item) {
        m_rawEdit->setPlainText(tr("Select a check to see what the host printed."));
        return;
    }
    const QString id = item->data(0, Qt::UserRole).toString();
    for (const CheckResult &c : m_model->row(row).checks)
        if (c.id == id) {
            const HostCheck check = HostChecks::find(id);
            m_rawEdit->setPlainText(QStringLiteral("$ %1\n%2\n[exit status %3]")
                                        .arg(check.command, QString::fromUtf8(c.raw))
                                        .arg(c.exitStatus));
            return;
        }
}

void HostsView::updateButtons()
{
    const bool hasHost = selectedRow() >= 0;
    m_runAllButton->setEnabled(m_model->size() > 0 && !isChecking());
    m_checkHostButton->setEnabled(hasHost && !isChecking());
    m_runButton->setEnabled(hasHost && m_consoleId == 0);
    m_commandEdit->setEnabled(hasHost);
    m_cancelButton->setEnabled(m_consoleId != 0);
}

} // namespace Infradeck
