// HostChecks parsers: recorded outputs for the warning/failed cases (tests/data/hosts) and broken outputs.
#include "TestSupport.h"

#include "hosts/HostChecks.h"

#include <QFile>
#include <QTest>
#include <QTimeZone>

using namespace Infradeck;
using Status = CheckResult::Status;

class TestHostChecks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void library();
    void recorded_data();
    void recorded();
    void broken_data();
    void broken();
    void rawOutputKept();
};

static QByteArray readData(const QString &name)
{
    if (name.isEmpty())
        return {};
    QFile f(TestSupport::testData(QStringLiteral("hosts/") + name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(name));
    return f.readAll();
}

void TestHostChecks::library()
{
    QCOMPARE(HostChecks::ids(), (QStringList{"uptime", "disk", "memory", "systemd", "docker", "fail2ban", "updates", "tls"}));
    for (const HostCheck &c : HostChecks::all()) {
        QVERIFY(!c.title.isEmpty());
        QVERIFY(!c.command.isEmpty());
    }
    QVERIFY(HostChecks::find(QStringLiteral("nope")).id.isEmpty());
}

void TestHostChecks::recorded_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("exitStatus");
    QTest::addColumn<QString>("stdoutFile");
    QTest::addColumn<QString>("stderrFile");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("summaryContains");

    QTest::newRow("uptime warning") << "uptime" << 0 << "uptime-warning.out" << "" << int(Status::Warning) << "load 1.52 3.10 2.80 on 2 core";
    QTest::newRow("uptime failed") << "uptime" << 0 << "uptime-failed.out" << "" << int(Status::Failed) << "on 4 core";
    QTest::newRow("disk warning") << "disk" << 0 << "disk-warning.out" << "" << int(Status::Warning) << "/ 91%";
    QTest::newRow("disk failed") << "disk" << 0 << "disk-failed.out" << "" << int(Status::Failed) << "/var/lib/docker 97%";
    QTest::newRow("memory warning") << "memory" << 0 << "memory-warning.out" << "" << int(Status::Warning) << "(7%)";
    QTest::newRow("memory failed") << "memory" << 0 << "memory-failed.out" << "" << int(Status::Failed) << "(3%)";
    QTest::newRow("systemd failed") << "systemd" << 0 << "systemd-failed.out" << "" << int(Status::Failed) << "nginx.service, certbot.service";
    QTest::newRow("systemd none") << "systemd" << 0 << "" << "" << int(Status::Ok) << "no failed units";
    QTest::newRow("systemd not booted") << "systemd" << 1 << "" << "systemd-unavailable.err" << int(Status::Unavailable) << "not running";
    QTest::newRow("docker warning") << "docker" << 0 << "docker-warning.out" << "" << int(Status::Warning) << "worker (Exited (1)";
    QTest::newRow("docker failed") << "docker" << 0 << "docker-failed.out" << "" << int(Status::Failed) << "db (Up 2 hours (unhealthy))";
    QTest::newRow("docker permission") << "docker" << 1 << "" << "docker-permission.err" << int(Status::Unavailable) << "docker group";
    QTest::newRow("fail2ban ok") << "fail2ban" << 0 << "fail2ban-ok.out" << "" << int(Status::Ok) << "nginx-http-auth, sshd";
    QTest::newRow("fail2ban no jail") << "fail2ban" << 0 << "fail2ban-warning.out" << "" << int(Status::Warning) << "no jail";
    QTest::newRow("fail2ban down") << "fail2ban" << 255 << "" << "fail2ban-failed.err" << int(Status::Failed) << "not running";
    QTest::newRow("updates security") << "updates" << 0 << "" << "updates-warning.err" << int(Status::Warning) << "5 security update";
    QTest::newRow("updates ok") << "updates" << 0 << "" << "updates-ok.err" << int(Status::Ok) << "3 other";
    QTest::newRow("updates apt-get") << "updates" << 0 << "updates-aptget-warning.out" << "" << int(Status::Warning) << "4 security";
    QTest::newRow("tls expiring") << "tls" << 0 << "tls-warning.out" << "" << int(Status::Warning) << "expires in 9 day";
    QTest::newRow("tls expired") << "tls" << 0 << "tls-failed.out" << "" << int(Status::Failed) << "expired on 2025-02-01";
    QTest::newRow("tls no endpoint") << "tls" << 0 << "tls-unavailable.out" << "" << int(Status::Unavailable) << "443";
}

void TestHostChecks::recorded()
{
    QFETCH(QString, id);
    QFETCH(int, exitStatus);
    QFETCH(QString, stdoutFile);
    QFETCH(QString, stderrFile);
    QFETCH(int, status);
    QFETCH(QString, summaryContains);
    const QDateTime now(QDate(2025, 6, 21), QTime(12, 0), QTimeZone::utc());
    const CheckResult r = HostChecks::parse(id, exitStatus, readData(stdoutFile), readData(stderrFile), now);
    QCOMPARE(r.id, id);
    QVERIFY2(r.summary.contains(summaryContains), qPrintable(r.summary));
    QCOMPARE(CheckResult::statusName(r.status), CheckResult::statusName(Status(status)));
    QCOMPARE(r.exitStatus, exitStatus);
}

void TestHostChecks::broken_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("exitStatus");
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<int>("status");
    QTest::newRow("uptime empty") << "uptime" << 0 << QByteArray() << int(Status::Failed);
    QTest::newRow("uptime garbage") << "uptime" << 0 << QByteArray("load\nmany\nlines\n") << int(Status::Failed);
    QTest::newRow("uptime zero cores") << "uptime" << 0 << QByteArray("0.1 0.1 0.1 1/1 1\n0\n10 10\n") << int(Status::Failed);
    QTest::newRow("disk header only") << "disk" << 0 << QByteArray("Filesystem 1024-blocks Used Available Capacity Mounted on\n") << int(Status::Unavailable);
    QTest::newRow("disk error") << "disk" << 1 << QByteArray() << int(Status::Failed);
    QTest::newRow("memory truncated") << "memory" << 0 << QByteArray("MemTotal:  3918636 kB\n") << int(Status::Failed);
    QTest::newRow("memory wrong types") << "memory" << 0 << QByteArray("MemTotal: lots kB\nMemAvailable: some kB\n") << int(Status::Failed);
    QTest::newRow("systemd exit 1") << "systemd" << 1 << QByteArray() << int(Status::Failed);
    QTest::newRow("docker not installed") << "docker" << 0 << QByteArray("infradeck: not-installed\n") << int(Status::Unavailable);
    QTest::newRow("fail2ban garbage") << "fail2ban" << 0 << QByteArray("hello") << int(Status::Failed);
    QTest::newRow("updates nothing") << "updates" << 0 << QByteArray() << int(Status::Unavailable);
    QTest::newRow("tls bad date") << "tls" << 0 << QByteArray("notAfter=someday\n") << int(Status::Failed);
    QTest::newRow("tls no cert") << "tls" << 0 << QByteArray("unable to load certificate\n") << int(Status::Failed);
    QTest::newRow("unknown check") << "frobnicate" << 0 << QByteArray("x") << int(Status::Failed);
    QByteArray huge;
    for (int i = 0; i < 100000; ++i)
        huge += "/dev/loop" + QByteArray::number(i) + " 100 50 50 50% /snap/x" + QByteArray::number(i) + '\n';
    QTest::newRow("disk huge") << "disk" << 0 << huge << int(Status::Ok);
}

void TestHostChecks::broken()
{
    QFETCH(QString, id);
    QFETCH(int, exitStatus);
    QFETCH(QByteArray, output);
    QFETCH(int, status);
    const CheckResult r = HostChecks::parse(id, exitStatus, output);
    QCOMPARE(CheckResult::statusName(r.status), CheckResult::statusName(Status(status)));
    QVERIFY(!r.summary.isEmpty());
}

void TestHostChecks::rawOutputKept()
{
    const QByteArray out = readData(QStringLiteral("disk-failed.out"));
    const CheckResult r = HostChecks::parse(QStringLiteral("disk"), 0, out, "df: /proc/x: Permission denied\n");
    QVERIFY(r.raw.startsWith(out));
    QVERIFY(r.raw.endsWith("Permission denied\n"));
    QVERIFY(r.checkedAt.isValid());
}

QTEST_GUILESS_MAIN(TestHostChecks)
#include "TestHostChecks.moc"
