// HostsView against the real test sshd: unknown key accepted through the seam (known_hosts written), a console
// command with streamed output, stderr, exit status and cancel, "Run all checks" across a reachable and an
// unreachable host with badges and progress (event-loop latency measured meanwhile), refused and changed host keys
// (nothing runs, nothing written, changed never offered), the passphrase seam, and the host list model's contract.
#include "TestSupport.h"

#include "hosts/HostListModel.h"
#include "hosts/HostsView.h"

#include "hosts/HostChecks.h"
#include "workspace/Workspace.h"

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

private:
    Environment environment(bool withUnreachable = false) const;
    QString knownHosts(const QString &name, const QString &hostKeyPub = {}) const;
    void configure(HostsView &view, const QString &knownHostsFile, const QString &identity = {}) const;
    static QByteArray publicKeyLine(const QString &file);

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

QTEST_MAIN(TestHostsView)
#include "TestHostsView.moc"
