// HostsView against the real test sshd: unknown key accepted through the seam (known_hosts written), a console
// command with streamed output, stderr, exit status and cancel, "Run all checks" across a reachable and an
// unreachable host with badges and progress (event-loop latency measured meanwhile), refused and changed host keys
// (nothing runs, nothing written, changed never offered), the passphrase seam, and the host list model's contract.
#include "TestSupport.h"

#include "hosts/HostListModel.h"
#include "hosts/HostsView.h"

#include "hosts/HostChecks.h"
#include "secrets/CredentialStore.h"
#include "terraform/StateReader.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QLabel>
#include <QSettings>
#include <QUuid>

#include <QAbstractItemModelTester>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Infradeck;

class TestHostsView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void modelContract();
    void emptyEnvironment();
    void unknownKeyAcceptedAndConsole();
    void stderrAndExitStatus();
    void cancelStopsCommand();
    void runAllChecks();
    void refusedKeyDoesNotConnect();
    void changedKeyRefusedWithWarning();
    void passphraseAskedOnce();
    void hostsFromInventoryAndState();
    void brokenInventoryKeepsWorkspaceHosts();
    void passphraseFromKeychain();
    void passphraseRememberedInKeychain();

private:
    Environment environment(bool withUnreachable = false) const;
    QString knownHosts(const QString &name, const QString &hostKeyPub = {}) const;
    void configure(HostsView &view, const QString &knownHostsFile, const QString &identity = {}) const;
    static QByteArray publicKeyLine(const QString &file);
    QString encryptedKey(const QString &name, const QString &passphrase) const;
    Workspace workspaceWithSources(const QString &inventory, const QString &state, Errors &problems) const;
    static QStringList column(const HostListModel *model, int column);

    QString m_port;
    QString m_user;
    QString m_key;
    QString m_hostKey;
    QString m_otherHostKey;
    QTemporaryDir m_dir;
    Workspace m_workspace;
};

QByteArray TestHostsView::publicKeyLine(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> parts = f.readAll().trimmed().split(' ');
    return parts.size() >= 2 ? parts.at(0) + ' ' + parts.at(1) : QByteArray();
}

void TestHostsView::initTestCase()
{
    REQUIRE_SERVICE_ENV("INFRADECK_TEST_SSH_PORT", m_port);
    m_user = qEnvironmentVariable("INFRADECK_TEST_SSH_USER");
    m_key = qEnvironmentVariable("INFRADECK_TEST_SSH_KEY");
    m_hostKey = qEnvironmentVariable("INFRADECK_TEST_SSH_HOST_KEY");
    m_otherHostKey = qEnvironmentVariable("INFRADECK_TEST_SSH_OTHER_HOST_KEY");
    QVERIFY(QFile::exists(m_key));
    QVERIFY(m_dir.isValid());
    qunsetenv("SSH_AUTH_SOCK"); // the key file is the only way in
}

Environment TestHostsView::environment(bool withUnreachable) const
{
    Environment env;
    env.name = QStringLiteral("test");
    Host h;
    h.name = QStringLiteral("local-sshd");
    h.address = QStringLiteral("127.0.0.1");
    h.port = m_port.toInt();
    h.user = m_user;
    env.hosts << h;
    if (withUnreachable) {
        Host closed;
        closed.name = QStringLiteral("closed-port");
        closed.address = QStringLiteral("127.0.0.1");
        closed.port = 1; // nothing listens: connection refused
        closed.user = m_user;
        env.hosts << closed;
    }
    return env;
}

QString TestHostsView::knownHosts(const QString &name, const QString &hostKeyPub) const
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write("[127.0.0.2]:22 " + publicKeyLine(m_otherHostKey) + '\n'); // unrelated entry
    if (!hostKeyPub.isEmpty())
        f.write("[127.0.0.1]:" + m_port.toLatin1() + ' ' + publicKeyLine(hostKeyPub) + '\n');
    return path;
}

void TestHostsView::configure(HostsView &view, const QString &knownHostsFile, const QString &identity) const
{
    view.setIdentityFile(identity.isEmpty() ? m_key : identity);
    view.setKnownHostsFile(knownHostsFile);
    view.setUseAgent(false);
    view.setConnectTimeoutSeconds(5);
    view.setHostKeyQuestion([](const HostKeyInfo &) {
        qWarning("host key question not expected here");
        return false;
    });
}

void TestHostsView::modelContract()
{
    HostListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QList<HostListModel::Row> rows(3);
    rows[0].target.host = QStringLiteral("10.0.0.1");
    rows[1].target.host = QStringLiteral("10.0.0.2");
    rows[1].target.name = QStringLiteral("db");
    rows[2].target.host = QStringLiteral("2001:db8::1");
    model.setRows(rows);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(HostListModel::ColumnCount));
    QCOMPARE(model.index(1, HostListModel::NameColumn).data().toString(), QStringLiteral("db"));
    QCOMPARE(model.index(0, HostListModel::NameColumn).data().toString(), QStringLiteral("10.0.0.1"));
    QVERIFY(model.index(0, HostListModel::ChecksColumn).data().toString().isEmpty());

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setReachability(1, HostListModel::Reachability::Unreachable, QStringLiteral("timed out"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(1, HostListModel::ReachabilityColumn).data(Qt::ToolTipRole).toString(), QStringLiteral("timed out"));
    model.setReachability(7, HostListModel::Reachability::Reachable); // out of range: ignored
    model.setReachability(-1, HostListModel::Reachability::Reachable);
    QCOMPARE(changed.count(), 1);

    QList<CheckResult> checks;
    for (CheckResult::Status s : {CheckResult::Status::Ok, CheckResult::Status::Ok, CheckResult::Status::Warning,
                                  CheckResult::Status::Failed, CheckResult::Status::Unavailable}) {
        CheckResult c;
        c.id = QStringLiteral("c%1").arg(checks.size());
        c.status = s;
        checks << c;
    }
    model.setChecking(2, true);
    QCOMPARE(model.index(2, HostListModel::ChecksColumn).data().toString(), HostListModel::tr("checking…"));
    model.setChecks(2, checks);
    QCOMPARE(model.index(2, HostListModel::ChecksColumn).data().toString(), QStringLiteral("✔ 2  ⚠ 1  ✖ 1  – 1"));
    QCOMPARE(model.index(2, 0).data(HostListModel::WorstStatusRole).toInt(), int(CheckResult::Status::Failed));
    QCOMPARE(model.index(2, 0).data(HostListModel::CheckCountRole).toInt(), 5);
    QVERIFY(!model.index(0, 0).data(HostListModel::WorstStatusRole).isValid());
    QVERIFY(model.index(2, HostListModel::ChecksColumn).data(Qt::ToolTipRole).toString().contains(QLatin1String("failed")));
    model.setRows({});
    QCOMPARE(model.rowCount(), 0);
}

void TestHostsView::emptyEnvironment()
{
    HostsView view;
    QCOMPARE(view.title(), QStringLiteral("Hosts"));
    view.setEnvironment(m_workspace, nullptr);
    QCOMPARE(view.hostModel()->rowCount(), 0);
    QCOMPARE(view.selectedRow(), -1);
    view.runCommand(QStringLiteral("echo nothing")); // no host: nothing happens
    QVERIFY(!view.isCommandRunning());
    view.runAllChecks();
    QVERIFY(!view.isChecking());
    QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("runAllChecksButton"))->isEnabled());
}

void TestHostsView::unknownKeyAcceptedAndConsole()
{
    const QString kh = knownHosts(QStringLiteral("kh_accept"));
    const qint64 sizeBefore = QFileInfo(kh).size();
    HostsView view;
    QAbstractItemModelTester tester(view.hostModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    configure(view, kh);
    QList<HostKeyInfo> asked;
    view.setHostKeyQuestion([&asked](const HostKeyInfo &key) {
        asked << key;
        return true;
    });
    const Environment env = environment();
    view.setEnvironment(m_workspace, &env);
    QCOMPARE(view.hostModel()->rowCount(), 1);
    QCOMPARE(view.selectedRow(), 0);
    QCOMPARE(view.hostModel()->row(0).target.knownHostsFile, kh);

    QSignalSpy finished(&view, &HostsView::commandFinished);
    auto *edit = view.findChild<QLineEdit *>(QStringLiteral("commandLineEdit"));
    QVERIFY(edit);
    edit->setText(QStringLiteral("echo hello"));
    QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("runCommandButton")), Qt::LeftButton);
    QVERIFY(view.isCommandRunning());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.at(0).keyType, QStringLiteral("ssh-ed25519"));
    QVERIFY(asked.at(0).fingerprint.startsWith(QLatin1String("SHA256:")));
    QCOMPARE(asked.at(0).host, QStringLiteral("[127.0.0.1]:") + m_port);
    const auto result = finished.at(0).at(0).value<CommandResult>();
    QVERIFY2(!result.failedToRun(), qPrintable(result.error.message));
    QCOMPARE(result.exitStatus, 0);
    QVERIFY2(view.consoleText().contains(QLatin1String("\nhello\n")), qPrintable(view.consoleText()));
    QVERIFY(view.consoleText().contains(QLatin1String("[exit status 0")));
    QCOMPARE(view.hostModel()->row(0).reachability, HostListModel::Reachability::Reachable);
    // Accepting wrote the key after the existing lines.
    QFile f(kh);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray written = f.readAll();
    QVERIFY(written.size() > sizeBefore);
    QVERIFY(written.contains(QByteArray("[127.0.0.1]:" + m_port.toLatin1() + ' ' + publicKeyLine(m_hostKey))));

    // A second view with the same file does not ask again.
    HostsView again;
    configure(again, kh); // its question fails the test when asked
    int questions = 0;
    again.setHostKeyQuestion([&questions](const HostKeyInfo &) { ++questions; return false; });
    again.setEnvironment(m_workspace, &env);
    QSignalSpy finished2(&again, &HostsView::commandFinished);
    again.runCommand(QStringLiteral("echo again"));
    QTRY_COMPARE_WITH_TIMEOUT(finished2.count(), 1, 15000);
    QCOMPARE(questions, 0);
    QVERIFY(again.consoleText().contains(QLatin1String("again\n")));
}

void TestHostsView::stderrAndExitStatus()
{
    HostsView view;
    configure(view, knownHosts(QStringLiteral("kh_stderr"), m_hostKey));
    const Environment env = environment();
    view.setEnvironment(m_workspace, &env);
    QSignalSpy finished(&view, &HostsView::commandFinished);
    view.runCommand(QStringLiteral("echo to-out; echo to-err >&2; exit 3"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    QVERIFY2(!finished.at(0).at(0).value<CommandResult>().failedToRun(),
             qPrintable(finished.at(0).at(0).value<CommandResult>().error.message));
    QCOMPARE(finished.at(0).at(0).value<CommandResult>().exitStatus, 3);
    const QString text = view.consoleText();
    QVERIFY(text.contains(QLatin1String("to-out")));
    QVERIFY(text.contains(QLatin1String("to-err")));
    QVERIFY2(text.contains(QLatin1String("[exit status 3")), qPrintable(text));
    QVERIFY(!view.isCommandRunning());
    QVERIFY(view.findChild<QPushButton *>(QStringLiteral("runCommandButton"))->isEnabled());
}

void TestHostsView::cancelStopsCommand()
{
    HostsView view;
    configure(view, knownHosts(QStringLiteral("kh_cancel"), m_hostKey));
    const Environment env = environment();
    view.setEnvironment(m_workspace, &env);
    QSignalSpy finished(&view, &HostsView::commandFinished);
    view.runCommand(QStringLiteral("for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15; do echo tick$i; sleep 1; done"));
    auto *cancel = view.findChild<QPushButton *>(QStringLiteral("cancelCommandButton"));
    QVERIFY(cancel->isEnabled());
    // Streamed: the first line shows while the command still runs.
    QTRY_VERIFY_WITH_TIMEOUT(view.consoleText().contains(QLatin1String("tick1\n")), 15000);
    QCOMPARE(finished.count(), 0);
    QElapsedTimer t;
    t.start();
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QVERIFY2(t.elapsed() < 5000, qPrintable(QString::number(t.elapsed())));
    QVERIFY(finished.at(0).at(0).value<CommandResult>().canceled);
    QVERIFY(view.consoleText().contains(QLatin1String("[cancelled")));
    QVERIFY(!view.consoleText().contains(QLatin1String("tick15")));
    QVERIFY(!cancel->isEnabled());
}

void TestHostsView::runAllChecks()
{
    HostsView view;
    QAbstractItemModelTester tester(view.hostModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    configure(view, knownHosts(QStringLiteral("kh_checks"), m_hostKey));
    const Environment env = environment(true);
    view.setEnvironment(m_workspace, &env);
    QCOMPARE(view.hostModel()->rowCount(), 2);
    view.resize(1200, 760);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    // The UI thread's event loop keeps turning while the hosts are checked.
    qint64 worstGap = 0;
    QElapsedTimer gap;
    gap.start();
    QTimer tick;
    tick.setInterval(5);
    connect(&tick, &QTimer::timeout, this, [&] {
        worstGap = qMax(worstGap, gap.restart());
    });
    QSignalSpy done(&view, &HostsView::checksFinished);
    auto *progress = view.findChild<QProgressBar *>(QStringLiteral("checksProgressBar"));
    QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("runAllChecksButton")), Qt::LeftButton);
    tick.start();
    gap.restart();
    QVERIFY(view.isChecking());
    QVERIFY(progress->isVisible());
    QCOMPARE(progress->maximum(), 2 * int(HostChecks::ids().size()));
    QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("runAllChecksButton"))->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 90000);
    tick.stop();
    qInfo("worst event-loop gap while checking 2 hosts: %lld ms", worstGap);
    QVERIFY2(worstGap < 250, qPrintable(QString::number(worstGap)));
    QVERIFY(!progress->isVisible());

    const HostListModel *model = view.hostModel();
    const auto &ok = model->row(0);
    QCOMPARE(ok.reachability, HostListModel::Reachability::Reachable);
    QCOMPARE(ok.checks.size(), HostChecks::ids().size());
    // At least uptime and memory work on any Linux host; the badge counts what came back.
    bool uptimeOk = false;
    for (const CheckResult &c : ok.checks)
        if (c.id == QLatin1String("uptime"))
            uptimeOk = c.status != CheckResult::Status::Unavailable && !c.raw.isEmpty();
    QVERIFY(uptimeOk);
    const QString badge = model->index(0, HostListModel::ChecksColumn).data().toString();
    QVERIFY2(badge.contains(QStringLiteral("✔")), qPrintable(badge));
    QCOMPARE(badge, HostListModel::badgeText(ok.checks));

    const auto &closed = model->row(1);
    QCOMPARE(closed.reachability, HostListModel::Reachability::Unreachable);
    QVERIFY(!closed.reachabilityDetail.isEmpty());
    QCOMPARE(closed.checks.size(), HostChecks::ids().size());
    const CheckResult::Status notRun = HostChecks::notRun(QStringLiteral("uptime"), QStringLiteral("x")).status;
    for (const CheckResult &c : closed.checks) {
        QCOMPARE(c.status, notRun); // could not run: connection refused
        QVERIFY(!c.summary.isEmpty());
    }
    QCOMPARE(model->index(1, HostListModel::ChecksColumn).data().toString(), HostListModel::badgeText(closed.checks));
    QVERIFY(!model->index(1, HostListModel::ChecksColumn).data().toString().isEmpty());
    QVERIFY(!view.messageText().isEmpty()); // the unreachable host's error is shown

    // Detail pane: the selected host's results; raw output on demand.
    view.selectHost(0);
    auto *tree = view.findChild<QTreeWidget *>(QStringLiteral("checkTreeWidget"));
    QCOMPARE(tree->topLevelItemCount(), int(HostChecks::ids().size()));
    auto *raw = view.findChild<QPlainTextEdit *>(QStringLiteral("rawOutputEdit"));
    QVERIFY(!raw->isVisible());
    tree->setCurrentItem(tree->topLevelItem(0));
    view.findChild<QPushButton *>(QStringLiteral("rawOutputButton"))->click();
    QVERIFY(raw->isVisible());
    QVERIFY2(raw->toPlainText().contains(QString::fromUtf8(ok.checks.first().raw.left(20))), qPrintable(raw->toPlainText()));
    QVERIFY(raw->toPlainText().startsWith(QLatin1String("$ ")));
    QSignalSpy finished(&view, &HostsView::commandFinished);
    view.runCommand(QStringLiteral("echo hello"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);

    QDir().mkpath(QStringLiteral(INFRADECK_BINARY_DIR) + QStringLiteral("/screenshots"));
    const QString shot = QStringLiteral(INFRADECK_BINARY_DIR) + QStringLiteral("/screenshots/hosts-view.png");
    QVERIFY(view.grab().save(shot));
    QVERIFY(QFileInfo(shot).size() > 0);
}

void TestHostsView::refusedKeyDoesNotConnect()
{
    const QString kh = knownHosts(QStringLiteral("kh_refuse"));
    const qint64 sizeBefore = QFileInfo(kh).size();
    const QString marker = m_dir.filePath(QStringLiteral("must-not-exist"));
    HostsView view;
    configure(view, kh);
    int asked = 0;
    view.setHostKeyQuestion([&asked](const HostKeyInfo &) {
        ++asked;
        return false;
    });
    const Environment env = environment();
    view.setEnvironment(m_workspace, &env);
    QSignalSpy finished(&view, &HostsView::commandFinished);
    view.runCommand(QStringLiteral("touch ") + marker);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    QCOMPARE(asked, 1);
    QVERIFY(finished.at(0).at(0).value<CommandResult>().failedToRun());
    QVERIFY(view.consoleText().contains(QLatin1String("[could not run")));
    QCOMPARE(view.hostModel()->row(0).reachability, HostListModel::Reachability::Unreachable);
    QVERIFY2(view.messageText().contains(QLatin1String("refused")), qPrintable(view.messageText()));
    QCOMPARE(QFileInfo(kh).size(), sizeBefore);
    QVERIFY(!QFile::exists(marker));
}

void TestHostsView::changedKeyRefusedWithWarning()
{
    const QString kh = knownHosts(QStringLiteral("kh_changed"), m_otherHostKey);
    const QByteArray before = [&] { QFile f(kh); f.open(QIODevice::ReadOnly); return f.readAll(); }();
    const QString marker = m_dir.filePath(QStringLiteral("changed-ran"));
    HostsView view;
    configure(view, kh);
    int asked = 0;
    view.setHostKeyQuestion([&asked](const HostKeyInfo &) {
        ++asked;
        return true; // would accept: must never be offered
    });
    const Environment env = environment();
    view.setEnvironment(m_workspace, &env);
    QSignalSpy finished(&view, &HostsView::commandFinished);
    view.runCommand(QStringLiteral("touch ") + marker);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    QCOMPARE(asked, 0);
    QVERIFY(finished.at(0).at(0).value<CommandResult>().failedToRun());
    const QString message = view.messageText();
    QVERIFY2(message.contains(QLatin1String("WARNING")), qPrintable(message));
    QVERIFY(message.contains(QLatin1String("HOST KEY CHANGED")));
    QVERIFY(message.contains(kh));
    QVERIFY(message.contains(QLatin1String("SHA256:")));
    QVERIFY(!QFile::exists(marker));
    QFile f(kh);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
}

void TestHostsView::passphraseAskedOnce()
{
    const QString enc = m_dir.filePath(QStringLiteral("enc_ed25519"));
    QVERIFY(QFile::copy(m_key, enc));
    QFile::setPermissions(enc, QFile::ReadOwner | QFile::WriteOwner);
    QCOMPARE(QProcess::execute(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-p"), QStringLiteral("-N"),
                                                             QStringLiteral("correct horse"), QStringLiteral("-f"), enc}),
             0);
    HostsView view;
    configure(view, knownHosts(QStringLiteral("kh_pass"), m_hostKey), enc);
    QStringList asked;
    view.setPassphraseQuestion([&asked](const QString &file) {
        asked << file;
        return SecureBytes::fromString(QStringLiteral("correct horse"));
    });
    const Environment env = environment();
    view.setEnvironment(m_workspace, &env);
    QSignalSpy finished(&view, &HostsView::commandFinished);
    view.runCommand(QStringLiteral("echo unlocked"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    QCOMPARE(asked, QStringList{enc});
    QCOMPARE(finished.at(0).at(0).value<CommandResult>().exitStatus, 0);
    QVERIFY(view.consoleText().contains(QLatin1String("unlocked\n")));
    // New sessions (after a settings change) reuse the passphrase given once.
    view.setConnectTimeoutSeconds(6);
    view.selectHost(0);
    view.runCommand(QStringLiteral("echo again"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 15000);
    QCOMPARE(asked.size(), 1);
    QCOMPARE(finished.at(1).at(0).value<CommandResult>().exitStatus, 0);
}

QStringList TestHostsView::column(const HostListModel *model, int column)
{
    QStringList out;
    for (int r = 0; r < model->rowCount(); ++r)
        out << model->index(r, column).data().toString();
    return out;
}

Workspace TestHostsView::workspaceWithSources(const QString &inventory, const QString &state, Errors &problems) const
{
    QByteArray yaml = "name: Sources Test\nversion: 1\nenvironments:\n  - name: production\n";
    if (!inventory.isEmpty())
        yaml += "    inventory: " + inventory.toUtf8() + "\n";
    if (!state.isEmpty())
        yaml += "    state: " + state.toUtf8() + "\n";
    yaml += "    hosts:\n"
            "      - { name: web-1, address: 203.0.113.10, user: deploy }\n" // web1 of the inventory, listed first here
            "      - { name: local, address: 127.0.0.1, port: " + m_port.toUtf8() + " }\n";
    return Workspace::loadFromData(yaml, m_dir.filePath(QStringLiteral("sources/infradeck.yaml")), problems);
}

void TestHostsView::hostsFromInventoryAndState()
{
    // Relative paths resolve against the workspace folder.
    QDir().mkpath(m_dir.filePath(QStringLiteral("sources")));
    QFile::remove(m_dir.filePath(QStringLiteral("sources/hosts.yml")));
    QFile::remove(m_dir.filePath(QStringLiteral("sources/terraform.tfstate")));
    QVERIFY(QFile::copy(TestSupport::testData(QStringLiteral("hosts/hosts.yml")), m_dir.filePath(QStringLiteral("sources/hosts.yml"))));
    QVERIFY(QFile::copy(TestSupport::testData(QStringLiteral("states/diff-a.tfstate")),
                        m_dir.filePath(QStringLiteral("sources/terraform.tfstate"))));
    Errors problems;
    const Workspace ws = workspaceWithSources(QStringLiteral("hosts.yml"), QStringLiteral("terraform.tfstate"), problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).toString()));
    const Environment *env = ws.environment(QStringLiteral("production"));
    QVERIFY(env);
    QCOMPARE(env->ansibleInventory, m_dir.filePath(QStringLiteral("sources/hosts.yml")));

    HostsView view;
    QSignalSpy loaded(&view, &HostsView::sourcesLoaded);
    view.setEnvironment(ws, env);
    // The workspace's hosts show at once; the inventory and the state are read off the UI thread.
    QCOMPARE(view.hostModel()->rowCount(), 2);
    QVERIFY(view.isLoadingSources());
    view.selectHost(1);
    QSignalSpy reset(view.hostModel(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(view.hostModel(), &QAbstractItemModel::rowsInserted);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);
    // Appended: the listed hosts keep their rows, selection and sessions.
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(view.selectedRow(), 1);
    const HostListModel *model = view.hostModel();
    const QStringList names = column(model, HostListModel::NameColumn);
    const QStringList sources = column(model, HostListModel::SourceColumn);
    // Workspace first, then the inventory (web1 has the same address as web-1: listed once, as the workspace's),
    // then the state's server with an IPv4 address (hcloud_server.web; the workers have none).
    QCOMPARE(names.mid(0, 2), (QStringList{QStringLiteral("web-1"), QStringLiteral("local")}));
    QCOMPARE(sources.mid(0, 2), (QStringList{HostListModel::tr("workspace"), HostListModel::tr("workspace")}));
    QVERIFY2(!names.contains(QStringLiteral("web1")), qPrintable(names.join(QLatin1Char(','))));
    for (const QString &n : {QStringLiteral("bastion.example.org"), QStringLiteral("web2"), QStringLiteral("db1"),
                             QStringLiteral("worker01.example.org"), QStringLiteral("worker03.example.org")}) {
        const int row = int(names.indexOf(n));
        QVERIFY2(row >= 2, qPrintable(n + QStringLiteral(" missing: ") + names.join(QLatin1Char(','))));
        QVERIFY2(sources.at(row).startsWith(HostListModel::tr("Ansible inventory")), qPrintable(sources.at(row)));
    }
    QVERIFY(sources.at(int(names.indexOf(QStringLiteral("db1")))).contains(QLatin1String("db")));
    const int web = int(names.indexOf(QStringLiteral("web")));
    QVERIFY2(web == names.size() - 1, qPrintable(names.join(QLatin1Char(','))));
    QCOMPARE(sources.at(web), HostListModel::tr("state (%1)").arg(QStringLiteral("hcloud_server.web")));
    QVERIFY(model->index(web, HostListModel::AddressColumn).data().toString().contains(QLatin1String("198.51.100.1")));
    const int web2 = int(names.indexOf(QStringLiteral("web2")));
    QVERIFY(model->index(web2, HostListModel::AddressColumn).data().toString().endsWith(QLatin1String("2001:db8::2:2222")));
    // The same environment again keeps the list (and its sessions).
    view.setEnvironment(ws, env);
    QCOMPARE(model->rowCount(), names.size());

    // A state loaded elsewhere (e.g. remote) joins the list; its addresses already listed are not repeated.
    Result<Inventory> other = StateReader::readFile(TestSupport::testData(QStringLiteral("states/diff-b.tfstate")));
    QVERIFY(other);
    view.setStateInventory(std::make_shared<const Inventory>(other.value()));
    const QStringList after = column(model, HostListModel::AddressColumn);
    QCOMPARE(QSet<QString>(after.begin(), after.end()).size(), after.size());
    QVERIFY(after.size() >= names.size());
    view.setStateInventory(nullptr);
    QCOMPARE(model->rowCount(), names.size());
}

void TestHostsView::brokenInventoryKeepsWorkspaceHosts()
{
    QDir().mkpath(m_dir.filePath(QStringLiteral("sources")));
    Errors problems;
    const Workspace ws = workspaceWithSources(TestSupport::testData(QStringLiteral("hosts/truncated.yml")),
                                              m_dir.filePath(QStringLiteral("sources/missing.tfstate")), problems);
    const Environment *env = ws.environment(QStringLiteral("production"));
    QVERIFY(env);
    HostsView view;
    QSignalSpy loaded(&view, &HostsView::sourcesLoaded);
    view.setEnvironment(ws, env);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);
    QCOMPARE(column(view.hostModel(), HostListModel::NameColumn), (QStringList{QStringLiteral("web-1"), QStringLiteral("local")}));
    QVERIFY2(view.messageText().contains(QLatin1String("truncated.yml")), qPrintable(view.messageText()));
    // A missing state file is not an error here (the Resources view reports it).
    QVERIFY(!view.messageText().contains(QLatin1String("missing.tfstate")));
    // Another environment without sources: no stale message, no stale rows.
    view.setEnvironment(m_workspace, nullptr);
    QCOMPARE(view.hostModel()->rowCount(), 0);
}

QString TestHostsView::encryptedKey(const QString &name, const QString &passphrase) const
{
    const QString enc = m_dir.filePath(name);
    QFile::remove(enc);
    if (!QFile::copy(m_key, enc))
        return {};
    QFile::setPermissions(enc, QFile::ReadOwner | QFile::WriteOwner);
    if (QProcess::execute(QStringLiteral("ssh-keygen"),
                          {QStringLiteral("-q"), QStringLiteral("-p"), QStringLiteral("-N"), passphrase, QStringLiteral("-f"), enc})
        != 0)
        return {};
    return enc;
}

void TestHostsView::passphraseFromKeychain()
{
    QString bus;
    REQUIRE_SERVICE_ENV("DBUS_SESSION_BUS_ADDRESS", bus);
    if (!TestSupport::servicesRequired())
        QSKIP("writes only into the private test keyring started by ./scripts/test");
    const QString enc = encryptedKey(QStringLiteral("keychain_ed25519"), QStringLiteral("from the keychain"));
    QVERIFY(!enc.isEmpty());
    QSettings settings(m_dir.filePath(QStringLiteral("keychain-settings.ini")), QSettings::IniFormat);
    CredentialStore store(nullptr, &settings);
    Workspace ws; // unnamed: scope "default"
    CredentialStore::Key key;
    key.workspace = CredentialStore::workspaceId(ws.name());
    key.environment = QStringLiteral("test");
    key.name = QStringLiteral("ssh-passphrase:") + enc;
    std::optional<Errors> stored;
    store.store(key, SecureBytes::fromString(QStringLiteral("from the keychain")), [&](Errors e) { stored = e; });
    QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), 15000);
    QVERIFY2(stored->isEmpty(), qPrintable(stored->value(0).toString()));

    HostsView view;
    configure(view, knownHosts(QStringLiteral("kh_keychain"), m_hostKey), enc);
    int asked = 0;
    view.setPassphraseQuestion([&asked](const QString &) {
        ++asked;
        return SecureBytes();
    });
    view.setCredentialStore(&store);
    const Environment env = environment();
    view.setEnvironment(ws, &env);
    QSignalSpy finished(&view, &HostsView::commandFinished);
    view.runCommand(QStringLiteral("echo from-keychain"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    QCOMPARE(asked, 0);
    QCOMPARE(finished.at(0).at(0).value<CommandResult>().exitStatus, 0);
    QVERIFY(view.consoleText().contains(QLatin1String("from-keychain\n")));
}

void TestHostsView::passphraseRememberedInKeychain()
{
    QString bus;
    REQUIRE_SERVICE_ENV("DBUS_SESSION_BUS_ADDRESS", bus);
    if (!TestSupport::servicesRequired())
        QSKIP("writes only into the private test keyring started by ./scripts/test");
    const QString enc = encryptedKey(QStringLiteral("remember_ed25519"), QStringLiteral("remember me"));
    QVERIFY(!enc.isEmpty());
    QSettings settings(m_dir.filePath(QStringLiteral("remember-settings.ini")), QSettings::IniFormat);
    CredentialStore store(nullptr, &settings);
    Errors problems;
    const QString wsName = QStringLiteral("Remember ") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    const Workspace ws = Workspace::loadFromData("name: " + wsName.toUtf8() + "\nversion: 1\nenvironments:\n  - name: e\n",
                                                 m_dir.filePath(QStringLiteral("remember.yaml")), problems);
    const Environment env = environment();
    {
        HostsView view;
        configure(view, knownHosts(QStringLiteral("kh_remember"), m_hostKey), enc);
        int asked = 0;
        view.setPassphraseQuestion([&asked](const QString &) {
            ++asked;
            return SecureBytes::fromString(QStringLiteral("remember me"));
        });
        view.setRememberPassphrases(true);
        view.setCredentialStore(&store);
        view.setEnvironment(ws, &env);
        QSignalSpy storedSpy(&view, &HostsView::passphraseStored);
        QSignalSpy finished(&view, &HostsView::commandFinished);
        view.runCommand(QStringLiteral("true"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
        QCOMPARE(asked, 1);
        QTRY_COMPARE_WITH_TIMEOUT(storedSpy.count(), 1, 15000);
        QVERIFY(storedSpy.at(0).at(1).toBool());
        QCOMPARE(storedSpy.at(0).at(0).toString(),
                 CredentialStore::workspaceId(wsName) + QStringLiteral("/test/ssh-passphrase:") + enc);
        QVERIFY(view.messageText().contains(QLatin1String("keychain")));
    }
    // A new view (the app restarted) finds it there.
    HostsView again;
    configure(again, knownHosts(QStringLiteral("kh_remember2"), m_hostKey), enc);
    int asked = 0;
    again.setPassphraseQuestion([&asked](const QString &) {
        ++asked;
        return SecureBytes();
    });
    again.setCredentialStore(&store);
    again.setEnvironment(ws, &env);
    QSignalSpy finished(&again, &HostsView::commandFinished);
    again.runCommand(QStringLiteral("echo remembered"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    QCOMPARE(asked, 0);
    QCOMPARE(finished.at(0).at(0).value<CommandResult>().exitStatus, 0);
}

QTEST_MAIN(TestHostsView)
#include "TestHostsView.moc"
