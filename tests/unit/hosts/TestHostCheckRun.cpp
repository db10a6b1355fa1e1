// HostCheckRun: every named check run on this machine through the test sshd, parsed from real output.
#include "TestSupport.h"

#include "hosts/HostCheckRun.h"
#include "hosts/HostChecks.h"
#include "hosts/SshSession.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Infradeck;

class TestHostCheckRun : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void allChecksOnThisMachine();
    void connectionFailureMarksEveryCheck();

private:
    SshTarget target();
    QString m_port;
    QTemporaryDir m_dir;
};

void TestHostCheckRun::initTestCase()
{
    REQUIRE_SERVICE_ENV("INFRADECK_TEST_SSH_PORT", m_port);
    qunsetenv("SSH_AUTH_SOCK");
}

SshTarget TestHostCheckRun::target()
{
    QFile pub(qEnvironmentVariable("INFRADECK_TEST_SSH_HOST_KEY"));
    pub.open(QIODevice::ReadOnly);
    const QList<QByteArray> parts = pub.readAll().trimmed().split(' ');
    const QString kh = m_dir.filePath(QStringLiteral("kh"));
    QFile f(kh);
    f.open(QIODevice::WriteOnly);
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

void TestHostCheckRun::allChecksOnThisMachine()
{
    SshSession s(target());
    HostCheckRun run(&s);
    QSignalSpy each(&run, &HostCheckRun::checkFinished);
    QSignalSpy finished(&run, &HostCheckRun::finished);
    run.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QCOMPARE(each.count(), HostChecks::ids().size());
    const QList<CheckResult> results = run.results();
    QCOMPARE(results.size(), HostChecks::ids().size());
    for (const CheckResult &r : results) {
        qInfo("%-9s %-11s %s", qPrintable(r.id), qPrintable(CheckResult::statusName(r.status)), qPrintable(r.summary));
        QVERIFY2(!r.summary.isEmpty(), qPrintable(r.id));
        QVERIFY2(r.exitStatus >= 0, qPrintable(r.id + QStringLiteral(": ") + r.summary)); // it ran
        QVERIFY(!r.summary.contains(QLatin1String("unexpected output")));
    }
    // These three read /proc and df, present on every Linux host: parsed, raw kept.
    for (const QString &id : {QStringLiteral("uptime"), QStringLiteral("disk"), QStringLiteral("memory")}) {
        const CheckResult &r = results.at(HostChecks::ids().indexOf(id));
        QVERIFY2(r.status != CheckResult::Status::Unavailable, qPrintable(r.summary));
        QVERIFY(!r.raw.isEmpty());
    }
    QVERIFY(results.at(0).summary.contains(QLatin1String("load")));
}

void TestHostCheckRun::connectionFailureMarksEveryCheck()
{
    SshTarget t = target();
    t.port = 1;
    SshSession s(t);
    HostCheckRun run(&s, {QStringLiteral("uptime"), QStringLiteral("disk")});
    QSignalSpy finished(&run, &HostCheckRun::finished);
    run.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    QCOMPARE(run.results().size(), 2);
    for (const CheckResult &r : run.results()) {
        QCOMPARE(r.status, CheckResult::Status::Failed);
        QVERIFY(r.summary.contains(QLatin1String("cannot connect")));
    }
    QCOMPARE(HostCheckRun::worst(run.results()), CheckResult::Status::Failed);
}

QTEST_GUILESS_MAIN(TestHostCheckRun)
#include "TestHostCheckRun.moc"
