// SshSession against the real test sshd: host keys (known, unknown accepted/refused, changed), key file, encrypted
// key, agent and wrong-key auth, streamed output, cancel, exit codes, and ten parallel sessions vs. the event loop.
#include "TestSupport.h"

#include "hosts/SshSession.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>
#include <sys/types.h>

using namespace Infradeck;

class TestSshSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void knownKeyRunsCommand();
    void exitCodes_data();
    void exitCodes();
    void unknownKeyAccepted();
    void unknownKeyRefused();
    void changedKeyRefused();
    void wrongKeyFails();
    void encryptedKeyAsksPassphrase();
    void agentAuth();
    void connectionRefused();
    void streamsBeforeEnd();
    void cancelStopsRemoteCommand();
    void parallelSessionsKeepUiResponsive();
    void jumpSpecs_data();
    void jumpSpecs();
    void proxyJumpThroughItself();
    void proxyJumpUnknownJumpHostRefused();
    void cleanupTestCase();

private:
    SshTarget target(const QString &knownHosts, const QString &identity = {}) const;
    QString knownHosts(const QString &name, const QString &hostKeyPub) const;
    static QByteArray publicKeyLine(const QString &file);

    QString m_port;
    QString m_user;
    QString m_key;
    QString m_hostKey;
    QString m_otherHostKey;
    QTemporaryDir m_dir;
    qint64 m_agentPid = 0;
};

QByteArray TestSshSession::publicKeyLine(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> parts = f.readAll().trimmed().split(' ');
    return parts.size() >= 2 ? parts.at(0) + ' ' + parts.at(1) : QByteArray();
}

void TestSshSession::initTestCase()
{
    REQUIRE_SERVICE_ENV("INFRADECK_TEST_SSH_PORT", m_port);
    m_user = qEnvironmentVariable("INFRADECK_TEST_SSH_USER");
    m_key = qEnvironmentVariable("INFRADECK_TEST_SSH_KEY");
    m_hostKey = qEnvironmentVariable("INFRADECK_TEST_SSH_HOST_KEY");
    m_otherHostKey = qEnvironmentVariable("INFRADECK_TEST_SSH_OTHER_HOST_KEY");
    QVERIFY(m_dir.isValid());
    qunsetenv("SSH_AUTH_SOCK"); // only the agent test uses an agent, its own
}

void TestSshSession::cleanupTestCase()
{
    if (m_agentPid > 0)
        ::kill(pid_t(m_agentPid), SIGTERM);
}

QString TestSshSession::knownHosts(const QString &name, const QString &hostKeyPub) const
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

SshTarget TestSshSession::target(const QString &knownHostsFile, const QString &identity) const
{
    SshTarget t;
    t.host = QStringLiteral("127.0.0.1");
    t.port = m_port.toInt();
    t.user = m_user;
    t.identityFile = identity.isNull() ? m_key : identity;
    t.knownHostsFile = knownHostsFile;
    t.extraKnownHostsFile = QStringLiteral("/dev/null");
    t.useAgent = false;
    t.connectTimeoutSeconds = 5;
    return t;
}

void TestSshSession::knownKeyRunsCommand()
{
    SshSession s(target(knownHosts(QStringLiteral("kh_known"), m_hostKey)));
    QSignalSpy connected(&s, &SshSession::connected);
    QSignalSpy unknown(&s, &SshSession::hostKeyUnknown);
    QSignalSpy finished(&s, &SshSession::commandFinished);
    QByteArray out;
    connect(&s, &SshSession::output, this, [&out](int, const QByteArray &d, SshSession::Stream) { out += d; });
    s.connectToHost();
    const int id = s.run(QStringLiteral("echo infradeck-$((6*7))"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QCOMPARE(connected.count(), 1);
    QCOMPARE(unknown.count(), 0);
    const auto r = finished.at(0).at(0).value<CommandResult>();
    QCOMPARE(r.id, id);
    QVERIFY2(!r.failedToRun(), qPrintable(r.error.message));
    QCOMPARE(r.exitStatus, 0);
    QCOMPARE(out, QByteArray("infradeck-42\n"));
    QCOMPARE(s.state(), SshSession::State::Connected);
}

void TestSshSession::exitCodes_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<int>("exitStatus");
    QTest::addColumn<QByteArray>("stdoutData");
    QTest::addColumn<QByteArray>("stderrData");
    QTest::newRow("zero") << "true" << 0 << QByteArray() << QByteArray();
    QTest::newRow("three") << "echo out; exit 3" << 3 << QByteArray("out\n") << QByteArray();
    QTest::newRow("stderr") << "echo out; echo err >&2; exit 7" << 7 << QByteArray("out\n") << QByteArray("err\n");
    QTest::newRow("not found") << "no-such-command-infradeck" << 127 << QByteArray() << QByteArray("not found");
    QTest::newRow("255") << "exit 255" << 255 << QByteArray() << QByteArray();
    QTest::newRow("large") << "head -c 1000000 /dev/zero | tr '\\0' x" << 0 << QByteArray(1000000, 'x') << QByteArray();
}

void TestSshSession::exitCodes()
{
    QFETCH(QString, command);
    QFETCH(int, exitStatus);
    QFETCH(QByteArray, stdoutData);
    QFETCH(QByteArray, stderrData);
    SshSession s(target(knownHosts(QStringLiteral("kh_exit"), m_hostKey)));
    QSignalSpy finished(&s, &SshSession::commandFinished);
    QByteArray out, err;
    connect(&s, &SshSession::output, this, [&](int, const QByteArray &d, SshSession::Stream st) {
        (st == SshSession::Stream::Stdout ? out : err) += d;
    });
    s.run(command);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    const auto r = finished.at(0).at(0).value<CommandResult>();
    QCOMPARE(r.exitStatus, exitStatus);
    QCOMPARE(out, stdoutData);
    QVERIFY2(err.contains(stderrData), err.constData());
}

void TestSshSession::unknownKeyAccepted()
{
    const QString kh = knownHosts(QStringLiteral("kh_accept"), {});
    const QByteArray before = [&] { QFile f(kh); f.open(QIODevice::ReadOnly); return f.readAll(); }();
    {
        SshSession s(target(kh));
        QSignalSpy unknown(&s, &SshSession::hostKeyUnknown);
        QSignalSpy finished(&s, &SshSession::commandFinished);
        s.run(QStringLiteral("echo accepted"));
        QTRY_COMPARE_WITH_TIMEOUT(unknown.count(), 1, 10000);
        const auto key = unknown.at(0).at(0).value<HostKeyInfo>();
        QCOMPARE(key.keyType, QStringLiteral("ssh-ed25519"));
        QCOMPARE(key.host, QStringLiteral("[127.0.0.1]:") + m_port);
        QCOMPARE(key.knownHostsFile, kh);
        // The fingerprint is the one OpenSSH shows for the server's key.
        QProcess keygen;
        keygen.start(QStringLiteral("ssh-keygen"), {QStringLiteral("-lf"), m_hostKey});
        QVERIFY(keygen.waitForFinished());
        QVERIFY2(QString::fromLatin1(keygen.readAllStandardOutput()).contains(key.fingerprint), qPrintable(key.fingerprint));
        QVERIFY(key.fingerprint.startsWith(QLatin1String("SHA256:")));
        QCOMPARE(s.state(), SshSession::State::AwaitingHostKey);
        QCOMPARE(finished.count(), 0); // nothing ran before the answer
        s.acceptHostKey();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QCOMPARE(finished.at(0).at(0).value<CommandResult>().exitStatus, 0);
    }
    QFile f(kh);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray after = f.readAll();
    QVERIFY(after.startsWith(before));
    QVERIFY(after.size() > before.size());
    // A second session now knows the key without asking.
    SshSession again(target(kh));
    QSignalSpy unknown2(&again, &SshSession::hostKeyUnknown);
    QSignalSpy connected(&again, &SshSession::connected);
    again.connectToHost();
    QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 10000);
    QCOMPARE(unknown2.count(), 0);
}

void TestSshSession::unknownKeyRefused()
{
    const QString kh = knownHosts(QStringLiteral("kh_refuse"), {});
    const qint64 sizeBefore = QFileInfo(kh).size();
    SshSession s(target(kh));
    QSignalSpy unknown(&s, &SshSession::hostKeyUnknown);
    QSignalSpy failed(&s, &SshSession::failed);
    QSignalSpy connected(&s, &SshSession::connected);
    QSignalSpy finished(&s, &SshSession::commandFinished);
    s.run(QStringLiteral("touch ") + m_dir.filePath(QStringLiteral("must-not-exist")));
    QTRY_COMPARE_WITH_TIMEOUT(unknown.count(), 1, 10000);
    s.refuseHostKey();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(finished.at(0).at(0).value<CommandResult>().failedToRun());
    QCOMPARE(connected.count(), 0);
    QCOMPARE(s.state(), SshSession::State::Failed);
    QVERIFY(failed.at(0).at(0).value<Error>().message.contains(QLatin1String("refused")));
    QCOMPARE(s.lastFailReason(), SshSession::FailReason::HostKeyRefused);
    QCOMPARE(QFileInfo(kh).size(), sizeBefore);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("must-not-exist"))));
}

void TestSshSession::changedKeyRefused()
{
    const QString kh = knownHosts(QStringLiteral("kh_changed"), m_otherHostKey);
    SshSession s(target(kh));
    QSignalSpy unknown(&s, &SshSession::hostKeyUnknown);
    QSignalSpy failed(&s, &SshSession::failed);
    QSignalSpy finished(&s, &SshSession::commandFinished);
    s.run(QStringLiteral("touch ") + m_dir.filePath(QStringLiteral("changed-ran")));
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
    const Error e = failed.at(0).at(0).value<Error>();
    QVERIFY2(e.message.contains(QLatin1String("HOST KEY CHANGED")), qPrintable(e.message));
    QCOMPARE(s.lastFailReason(), SshSession::FailReason::HostKeyChanged);
    QVERIFY(e.message.contains(QLatin1String("SHA256:")));
    QCOMPARE(e.source, kh);
    QCOMPARE(unknown.count(), 0); // never offered for acceptance
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(finished.at(0).at(0).value<CommandResult>().failedToRun());
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("changed-ran"))));
}

void TestSshSession::wrongKeyFails()
{
    const QString wrong = m_dir.filePath(QStringLiteral("wrong_ed25519"));
    QCOMPARE(QProcess::execute(QStringLiteral("ssh-keygen"),
                               {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                                QString(), QStringLiteral("-f"), wrong}),
             0);
    SshSession s(target(knownHosts(QStringLiteral("kh_wrong"), m_hostKey), wrong));
    QSignalSpy failed(&s, &SshSession::failed);
    s.connectToHost();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
    const Error e = failed.at(0).at(0).value<Error>();
    QVERIFY2(e.message.contains(QLatin1String("authentication failed for ") + m_user), qPrintable(e.message));
    QVERIFY(e.message.contains(wrong));

    SshSession missing(target(knownHosts(QStringLiteral("kh_wrong2"), m_hostKey), m_dir.filePath(QStringLiteral("nope"))));
    QSignalSpy failed2(&missing, &SshSession::failed);
    missing.connectToHost();
    QTRY_COMPARE_WITH_TIMEOUT(failed2.count(), 1, 10000);
    QVERIFY(failed2.at(0).at(0).value<Error>().message.contains(QLatin1String("cannot read identity file")));

    const QString notAKey = m_dir.filePath(QStringLiteral("not-a-key"));
    QFile f(notAKey);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("-----BEGIN OPENSSH PRIVATE KEY-----\ntruncated\n");
    f.close();
    SshSession broken(target(knownHosts(QStringLiteral("kh_wrong3"), m_hostKey), notAKey));
    QSignalSpy failed3(&broken, &SshSession::failed);
    broken.connectToHost();
    QTRY_COMPARE_WITH_TIMEOUT(failed3.count(), 1, 10000);
    QVERIFY(failed3.at(0).at(0).value<Error>().message.contains(QLatin1String("not a private key")));
}

void TestSshSession::encryptedKeyAsksPassphrase()
{
    // An encrypted copy of the authorized key.
    const QString enc = m_dir.filePath(QStringLiteral("enc_ed25519"));
    QVERIFY(QFile::copy(m_key, enc));
    QFile::setPermissions(enc, QFile::ReadOwner | QFile::WriteOwner);
    QCOMPARE(QProcess::execute(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-p"), QStringLiteral("-N"),
                                                             QStringLiteral("correct horse"), QStringLiteral("-f"), enc}),
             0);
    const QString kh = knownHosts(QStringLiteral("kh_enc"), m_hostKey);
    {
        SshSession s(target(kh, enc));
        QSignalSpy asked(&s, &SshSession::passphraseRequired);
        QSignalSpy connected(&s, &SshSession::connected);
        s.connectToHost();
        QTRY_COMPARE_WITH_TIMEOUT(asked.count(), 1, 10000);
        QCOMPARE(asked.at(0).at(0).toString(), enc);
        QCOMPARE(s.state(), SshSession::State::AwaitingPassphrase);
        s.providePassphrase(SecureBytes::fromString(QStringLiteral("correct horse")));
        QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 10000);
    }
    {
        SshSession s(target(kh, enc));
        s.setPassphrase(SecureBytes::fromString(QStringLiteral("battery staple")));
        QSignalSpy failed(&s, &SshSession::failed);
        s.connectToHost();
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
        QVERIFY(failed.at(0).at(0).value<Error>().message.contains(QLatin1String("wrong passphrase")));
    }
}

void TestSshSession::agentAuth()
{
    const QString sock = m_dir.filePath(QStringLiteral("agent.sock"));
    QProcess agent;
    agent.start(QStringLiteral("ssh-agent"), {QStringLiteral("-s"), QStringLiteral("-a"), sock});
    QVERIFY(agent.waitForFinished(5000));
    const QString text = QString::fromLatin1(agent.readAllStandardOutput());
    const auto m = QRegularExpression(QStringLiteral("SSH_AGENT_PID=(\\d+)")).match(text);
    QVERIFY2(m.hasMatch(), qPrintable(text));
    m_agentPid = m.captured(1).toLongLong();

    QProcess add;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SSH_AUTH_SOCK"), sock);
    add.setProcessEnvironment(env);
    add.start(QStringLiteral("ssh-add"), {m_key});
    QVERIFY(add.waitForFinished(5000));
    QCOMPARE(add.exitCode(), 0);

    SshTarget t = target(knownHosts(QStringLiteral("kh_agent"), m_hostKey), QString(""));
    t.useAgent = true;
    t.agentSocket = sock;
    SshSession s(t);
    QSignalSpy finished(&s, &SshSession::commandFinished);
    QSignalSpy failed(&s, &SshSession::failed);
    s.run(QStringLiteral("echo via-agent"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).value<Error>().message));
    QCOMPARE(finished.at(0).at(0).value<CommandResult>().exitStatus, 0);

    // An agent that does not hold the key: a clear failure naming the agent.
    QProcess del;
    del.setProcessEnvironment(env);
    del.start(QStringLiteral("ssh-add"), {QStringLiteral("-D")});
    QVERIFY(del.waitForFinished(5000));
    SshSession empty(t);
    QSignalSpy failed2(&empty, &SshSession::failed);
    empty.connectToHost();
    QTRY_COMPARE_WITH_TIMEOUT(failed2.count(), 1, 10000);
    QVERIFY(failed2.at(0).at(0).value<Error>().message.contains(QLatin1String("ssh-agent")));

    ::kill(pid_t(m_agentPid), SIGTERM);
    m_agentPid = 0;
}

void TestSshSession::connectionRefused()
{
    // Nothing listens on port 1.
    SshTarget t = target(knownHosts(QStringLiteral("kh_refused"), m_hostKey));
    t.port = 1; // privileged, never our sshd
    SshSession s(t);
    QSignalSpy failed(&s, &SshSession::failed);
    s.connectToHost();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
    QVERIFY(failed.at(0).at(0).value<Error>().message.contains(QLatin1String("cannot connect to [127.0.0.1]:1")));
}

void TestSshSession::streamsBeforeEnd()
{
    SshSession s(target(knownHosts(QStringLiteral("kh_stream"), m_hostKey)));
    QSignalSpy finished(&s, &SshSession::commandFinished);
    QList<qint64> arrivals;
    QElapsedTimer clock;
    clock.start();
    connect(&s, &SshSession::output, this, [&](int, const QByteArray &, SshSession::Stream) { arrivals << clock.elapsed(); });
    s.run(QStringLiteral("for i in 1 2 3 4 5; do echo line$i; sleep 0.3; done"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    const qint64 end = clock.elapsed();
    QVERIFY2(arrivals.size() >= 4, qPrintable(QString::number(arrivals.size())));
    QVERIFY2(end - arrivals.first() >= 900, qPrintable(QStringLiteral("first at %1 ms, end at %2 ms").arg(arrivals.first()).arg(end)));
}

void TestSshSession::cancelStopsRemoteCommand()
{
    const QString pidFile = m_dir.filePath(QStringLiteral("remote.pid"));
    SshSession s(target(knownHosts(QStringLiteral("kh_cancel"), m_hostKey)));
    QSignalSpy finished(&s, &SshSession::commandFinished);
    QByteArray out;
    connect(&s, &SshSession::output, this, [&out](int, const QByteArray &d, SshSession::Stream) { out += d; });
    const int id = s.run(QStringLiteral("echo $$ > '%1'; echo started; exec sleep 60").arg(pidFile));
    const int queued = s.run(QStringLiteral("echo second"));
    QTRY_VERIFY_WITH_TIMEOUT(out.contains("started"), 10000);
    QElapsedTimer t;
    t.start();
    s.cancel(id);
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1, 5000);
    QVERIFY2(t.elapsed() < 2000, qPrintable(QString::number(t.elapsed())));
    const auto r = finished.at(0).at(0).value<CommandResult>();
    QCOMPARE(r.id, id);
    QVERIFY(r.canceled);
    // The remote process is gone (same machine: its pid can be checked).
    QFile f(pidFile);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const pid_t pid = pid_t(f.readAll().trimmed().toInt());
    QVERIFY(pid > 0);
    QTRY_VERIFY_WITH_TIMEOUT(::kill(pid, 0) != 0, 5000);
    // The session stays usable: the next command runs.
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 10000);
    const auto second = finished.at(1).at(0).value<CommandResult>();
    QCOMPARE(second.id, queued);
    QCOMPARE(second.exitStatus, 0);
}

void TestSshSession::parallelSessionsKeepUiResponsive()
{
    const QString kh = knownHosts(QStringLiteral("kh_parallel"), m_hostKey);
    std::vector<std::unique_ptr<SshSession>> sessions;
    int done = 0, ok = 0;
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0, worstGap = 0;
    QTimer tick;
    tick.setInterval(5);
    connect(&tick, &QTimer::timeout, this, [&] {
        const qint64 now = clock.elapsed();
        worstGap = qMax(worstGap, now - last);
        last = now;
    });
    tick.start();
    last = clock.elapsed();
    for (int i = 0; i < 10; ++i) {
        sessions.push_back(std::make_unique<SshSession>(target(kh)));
        connect(sessions.back().get(), &SshSession::commandFinished, this, [&](const CommandResult &r) {
            ++done;
            ok += r.exitStatus == 0 ? 1 : 0;
        });
        sessions.back()->run(QStringLiteral("sleep 0.5; head -c 200000 /dev/zero | tr '\\0' y"));
    }
    QTRY_COMPARE_WITH_TIMEOUT(done, 10, 30000);
    const qint64 total = clock.elapsed();
    tick.stop();
    QCOMPARE(ok, 10);
    qInfo("10 parallel sessions: %lld ms in all, worst event-loop gap %lld ms (timer every 5 ms)", total, worstGap);
    QVERIFY2(worstGap < 100, qPrintable(QString::number(worstGap)));
}

void TestSshSession::jumpSpecs_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::newRow("host") << "bastion" << true << "" << "bastion" << 22;
    QTest::newRow("user host port") << "ops@10.0.0.1:2222" << true << "ops" << "10.0.0.1" << 2222;
    QTest::newRow("ipv6") << "ops@[2001:db8::1]:22" << true << "ops" << "2001:db8::1" << 22;
    QTest::newRow("empty") << "" << false << "" << "" << 0;
    QTest::newRow("port zero") << "h:0" << false << "" << "" << 0;
    QTest::newRow("port too big") << "h:70000" << false << "" << "" << 0;
    QTest::newRow("option injection") << "-oProxyCommand=touch" << false << "" << "" << 0;
    QTest::newRow("shell") << "h;rm -rf x" << false << "" << "" << 0;
    QTest::newRow("two hops") << "a,b" << false << "" << "" << 0;
}

void TestSshSession::jumpSpecs()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QString gotUser, gotHost;
    int gotPort = 0;
    QCOMPARE(SshTarget::parseJump(text, gotUser, gotHost, gotPort), valid);
    if (!valid) {
        SshTarget t;
        t.proxyJump = text;
        QVERIFY(t.proxyCommand().isEmpty());
        return;
    }
    QFETCH(QString, user);
    QFETCH(QString, host);
    QFETCH(int, port);
    QCOMPARE(gotUser, user);
    QCOMPARE(gotHost, host);
    QCOMPARE(gotPort, port);
}

void TestSshSession::proxyJumpThroughItself()
{
    // The test sshd is its own jump host: OpenSSH's client hops (ssh -W) to 127.0.0.1:PORT and libssh speaks SSH
    // over that pipe. The inner connection then comes from the jump sshd's forwarding socket.
    const QString kh = knownHosts(QStringLiteral("kh_jump"), m_hostKey);
    SshTarget t = target(kh);
    t.proxyJump = QStringLiteral("%1@127.0.0.1:%2").arg(m_user, m_port);
    QVERIFY(t.proxyCommand().contains(QLatin1String("-W '[%h]:%p'")));
    SshSession s(t);
    QSignalSpy finished(&s, &SshSession::commandFinished);
    QSignalSpy failed(&s, &SshSession::failed);
    QByteArray out;
    connect(&s, &SshSession::output, this, [&out](int, const QByteArray &d, SshSession::Stream) { out += d; });
    s.run(QStringLiteral("echo hopped; echo $SSH_CONNECTION"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).value<Error>().message));
    QCOMPARE(finished.at(0).at(0).value<CommandResult>().exitStatus, 0);
    QVERIFY2(out.startsWith("hopped\n127.0.0.1 "), out.constData());
    // The jump user defaults to the target's user.
    SshTarget viaName = target(kh);
    viaName.proxyJump = QStringLiteral("127.0.0.1:%1").arg(m_port);
    viaName.user = m_user;
    SshSession again(viaName);
    QSignalSpy finished2(&again, &SshSession::commandFinished);
    again.run(QStringLiteral("true"));
    QTRY_COMPARE_WITH_TIMEOUT(finished2.count(), 1, 15000);
    QCOMPARE(finished2.at(0).at(0).value<CommandResult>().exitStatus, 0);
}

void TestSshSession::proxyJumpUnknownJumpHostRefused()
{
    // The jump host's key must be known too (strict checking, never prompts): with an empty known_hosts the hop
    // fails and nothing runs.
    const QString kh = knownHosts(QStringLiteral("kh_jump_unknown"), {});
    SshTarget t = target(kh);
    t.proxyJump = QStringLiteral("127.0.0.1:%1").arg(m_port);
    SshSession s(t);
    QSignalSpy failed(&s, &SshSession::failed);
    QSignalSpy unknown(&s, &SshSession::hostKeyUnknown);
    QSignalSpy finished(&s, &SshSession::commandFinished);
    s.run(QStringLiteral("touch ") + m_dir.filePath(QStringLiteral("jump-ran")));
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 15000);
    QCOMPARE(unknown.count(), 0);
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("jump-ran"))));

    SshTarget bad = target(kh);
    bad.proxyJump = QStringLiteral("-oProxyCommand=touch");
    SshSession s2(bad);
    QSignalSpy failed2(&s2, &SshSession::failed);
    s2.connectToHost();
    QTRY_COMPARE_WITH_TIMEOUT(failed2.count(), 1, 5000);
    QVERIFY(failed2.at(0).at(0).value<Error>().message.contains(QLatin1String("is not a jump host")));
}

QTEST_GUILESS_MAIN(TestSshSession)
#include "TestSshSession.moc"
