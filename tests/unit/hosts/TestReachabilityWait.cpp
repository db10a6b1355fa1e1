// ReachabilityWait against the test sshd: reachable, marker missing (attempts exhausted), cancel, refused key.
#include "TestSupport.h"

#include "hosts/ReachabilityWait.h"
#include "hosts/SshSession.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Infradeck;

class TestReachabilityWait : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void reachableWithMarker();
    void markerAppearsLater();
    void attemptsExhausted();
    void unknownKeyRefusedStopsAtOnce();
    void encryptedKey();
    void cancel();

private:
    SshTarget target(bool knownKey = true);
    QString m_port;
    QTemporaryDir m_dir;
};

void TestReachabilityWait::initTestCase()
{
    REQUIRE_SERVICE_ENV("INFRADECK_TEST_SSH_PORT", m_port);
    qunsetenv("SSH_AUTH_SOCK");
}

SshTarget TestReachabilityWait::target(bool knownKey)
{
    QFile pub(qEnvironmentVariable("INFRADECK_TEST_SSH_HOST_KEY"));
    pub.open(QIODevice::ReadOnly);
    const QList<QByteArray> parts = pub.readAll().trimmed().split(' ');
    const QString kh = m_dir.filePath(knownKey ? QStringLiteral("kh") : QStringLiteral("kh_empty"));
    QFile f(kh);
    f.open(QIODevice::WriteOnly);
    if (knownKey)
        f.write("[127.0.0.1]:" + m_port.toLatin1() + ' ' + parts.value(0) + ' ' + parts.value(1) + '\n');
    f.close();
    SshTarget t;
    t.host = QStringLiteral("127.0.0.1");
    t.port = m_port.toInt();
    t.user = qEnvironmentVariable("INFRADECK_TEST_SSH_USER");
    t.identityFile = qEnvironmentVariable("INFRADECK_TEST_SSH_KEY");
    t.knownHostsFile = kh;
    t.extraKnownHostsFile = QStringLiteral("/dev/null");
    t.useAgent = false;
    return t;
}

void TestReachabilityWait::reachableWithMarker()
{
    const QString marker = m_dir.filePath(QStringLiteral("boot-finished"));
    QFile(marker).open(QIODevice::WriteOnly);
    ReachabilityWait w(target());
    w.setMarker(marker);
    QSignalSpy finished(&w, &ReachabilityWait::finished);
    w.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QCOMPARE(w.attempt(), 1);
}

void TestReachabilityWait::markerAppearsLater()
{
    const QString marker = m_dir.filePath(QStringLiteral("later marker's"));
    ReachabilityWait w(target());
    w.setMarker(marker);
    w.setAttempts(20);
    w.setIntervalMs(200);
    QSignalSpy finished(&w, &ReachabilityWait::finished);
    QSignalSpy failedAttempts(&w, &ReachabilityWait::attemptFailed);
    w.start();
    QTRY_VERIFY_WITH_TIMEOUT(failedAttempts.count() >= 2, 10000);
    QFile(marker).open(QIODevice::WriteOnly);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QVERIFY(w.attempt() >= 3);
}

void TestReachabilityWait::attemptsExhausted()
{
    ReachabilityWait w(target());
    w.setMarker(QStringLiteral("/nonexistent/infradeck-marker"));
    w.setAttempts(3);
    w.setIntervalMs(50);
    QSignalSpy finished(&w, &ReachabilityWait::finished);
    w.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QCOMPARE(w.attempt(), 3);
    QVERIFY(finished.at(0).at(1).value<Error>().message.contains(QLatin1String("after 3 attempt")));

    // A closed port: each attempt fails to connect, then gives up.
    SshTarget closed = target();
    closed.port = 1;
    ReachabilityWait w2(closed);
    w2.setAttempts(2);
    w2.setIntervalMs(10);
    QSignalSpy finished2(&w2, &ReachabilityWait::finished);
    w2.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished2.count(), 1, 15000);
    QVERIFY(finished2.at(0).at(1).value<Error>().message.contains(QLatin1String("cannot connect")));
}

void TestReachabilityWait::unknownKeyRefusedStopsAtOnce()
{
    ReachabilityWait w(target(false));
    w.setAttempts(10);
    w.setIntervalMs(10);
    QSignalSpy finished(&w, &ReachabilityWait::finished);
    w.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QCOMPARE(w.attempt(), 1); // waiting does not fix a key question
}

void TestReachabilityWait::encryptedKey()
{
    const QString enc = m_dir.filePath(QStringLiteral("enc_ed25519"));
    QFile::remove(enc);
    QVERIFY(QFile::copy(qEnvironmentVariable("INFRADECK_TEST_SSH_KEY"), enc));
    QFile::setPermissions(enc, QFile::ReadOwner | QFile::WriteOwner);
    QCOMPARE(QProcess::execute(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-p"), QStringLiteral("-N"),
                                                             QStringLiteral("pw for waiting"), QStringLiteral("-f"), enc}),
             0);
    SshTarget t = target();
    t.identityFile = enc;
    {
        // Nobody to ask while waiting: no passphrase ends the wait at once, naming the key.
        ReachabilityWait w(t);
        w.setAttempts(10);
        w.setIntervalMs(10);
        QSignalSpy finished(&w, &ReachabilityWait::finished);
        w.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QCOMPARE(w.attempt(), 1);
        QVERIFY(finished.at(0).at(1).value<Error>().message.contains(enc));
    }
    // With the passphrase (e.g. from the keychain) it gets through.
    ReachabilityWait w(t);
    w.setPassphrase(SecureBytes::fromString(QStringLiteral("pw for waiting")));
    QSignalSpy finished(&w, &ReachabilityWait::finished);
    w.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).value<Error>().message));
}

void TestReachabilityWait::cancel()
{
    ReachabilityWait w(target());
    w.setMarker(QStringLiteral("/nonexistent/never"));
    w.setAttempts(1000);
    w.setIntervalMs(100);
    QSignalSpy finished(&w, &ReachabilityWait::finished);
    QSignalSpy failedAttempts(&w, &ReachabilityWait::attemptFailed);
    w.start();
    QTRY_VERIFY_WITH_TIMEOUT(failedAttempts.count() >= 1, 10000);
    w.cancel();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY(finished.at(0).at(1).value<Error>().message.contains(QLatin1String("cancelled")));
    const int attempts = w.attempt();
    QTest::qWait(400);
    QCOMPARE(w.attempt(), attempts); // nothing more happens
}

QTEST_GUILESS_MAIN(TestReachabilityWait)
#include "TestReachabilityWait.moc"
