// Smoke test: libssh against the test sshd with strict known_hosts checking (OK, CHANGED, UNKNOWN).
#include "TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <libssh/libssh.h>

#include <memory>

namespace {

struct SessionDeleter
{
    void operator()(ssh_session s) const
    {
        ssh_disconnect(s);
        ssh_free(s);
    }
};
using Session = std::unique_ptr<ssh_session_struct, SessionDeleter>;

} // namespace

class TestSshService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void knownHosts_data();
    void knownHosts();
    void authenticatesAndRuns();

private:
    Session connectWith(const QString &knownHostsFile);
    QString m_port;
    QString m_user;
    QString m_key;
    QTemporaryDir m_dir;
};

void TestSshService::initTestCase()
{
    REQUIRE_SERVICE_ENV("INFRADECK_TEST_SSH_PORT", m_port);
    m_user = qEnvironmentVariable("INFRADECK_TEST_SSH_USER");
    m_key = qEnvironmentVariable("INFRADECK_TEST_SSH_KEY");
    QVERIFY(m_dir.isValid());
}

Session TestSshService::connectWith(const QString &knownHostsFile)
{
    Session s(ssh_new());
    const QByteArray port = m_port.toLatin1();
    const QByteArray user = m_user.toUtf8();
    const QByteArray kh = QFile::encodeName(knownHostsFile);
    long timeout = 5;
    ssh_options_set(s.get(), SSH_OPTIONS_HOST, "127.0.0.1");
    ssh_options_set(s.get(), SSH_OPTIONS_PORT_STR, port.constData());
    ssh_options_set(s.get(), SSH_OPTIONS_USER, user.constData());
    ssh_options_set(s.get(), SSH_OPTIONS_KNOWNHOSTS, kh.constData());
    ssh_options_set(s.get(), SSH_OPTIONS_GLOBAL_KNOWNHOSTS, "/dev/null");
    ssh_options_set(s.get(), SSH_OPTIONS_TIMEOUT, &timeout);
    bool processConfig = false; // never read the user's ~/.ssh/config in tests
    ssh_options_set(s.get(), SSH_OPTIONS_PROCESS_CONFIG, &processConfig);
    if (ssh_connect(s.get()) != SSH_OK)
        return nullptr;
    return s;
}

static QByteArray publicKeyLine(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> parts = f.readAll().trimmed().split(' ');
    return parts.size() >= 2 ? parts.at(0) + ' ' + parts.at(1) : QByteArray();
}

void TestSshService::knownHosts_data()
{
    QTest::addColumn<QString>("hostKeyFile"); // empty: an empty known_hosts file
    QTest::addColumn<int>("expected");
    QTest::newRow("known") << qEnvironmentVariable("INFRADECK_TEST_SSH_HOST_KEY") << int(SSH_KNOWN_HOSTS_OK);
    QTest::newRow("changed") << qEnvironmentVariable("INFRADECK_TEST_SSH_OTHER_HOST_KEY") << int(SSH_KNOWN_HOSTS_CHANGED);
    QTest::newRow("unknown") << QString() << int(SSH_KNOWN_HOSTS_UNKNOWN);
}

void TestSshService::knownHosts()
{
    QFETCH(QString, hostKeyFile);
    QFETCH(int, expected);
    const QString kh = m_dir.filePath(QStringLiteral("known_hosts_") + QString::fromLatin1(QTest::currentDataTag()));
    QFile f(kh);
    QVERIFY(f.open(QIODevice::WriteOnly));
    // An unrelated entry keeps "unknown" from being "file not found".
    f.write("[127.0.0.2]:22 " + publicKeyLine(qEnvironmentVariable("INFRADECK_TEST_SSH_OTHER_HOST_KEY")) + '\n');
    if (!hostKeyFile.isEmpty())
        f.write("[127.0.0.1]:" + m_port.toLatin1() + ' ' + publicKeyLine(hostKeyFile) + '\n');
    f.close();

    Session s = connectWith(kh);
    QVERIFY2(s, "could not connect to the test sshd");
    QCOMPARE(int(ssh_session_is_known_server(s.get())), expected);
}

void TestSshService::authenticatesAndRuns()
{
    const QString kh = m_dir.filePath(QStringLiteral("known_hosts_auth"));
    QFile f(kh);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("[127.0.0.1]:" + m_port.toLatin1() + ' ' + publicKeyLine(qEnvironmentVariable("INFRADECK_TEST_SSH_HOST_KEY")) + '\n');
    f.close();
    Session s = connectWith(kh);
    QVERIFY(s);
    QCOMPARE(int(ssh_session_is_known_server(s.get())), int(SSH_KNOWN_HOSTS_OK));

    ssh_key key = nullptr;
    QCOMPARE(ssh_pki_import_privkey_file(QFile::encodeName(m_key).constData(), nullptr, nullptr, nullptr, &key), SSH_OK);
    const int auth = ssh_userauth_publickey(s.get(), nullptr, key);
    ssh_key_free(key);
    QCOMPARE(auth, int(SSH_AUTH_SUCCESS));

    ssh_channel channel = ssh_channel_new(s.get());
    QVERIFY(channel);
    QCOMPARE(ssh_channel_open_session(channel), SSH_OK);
    QCOMPARE(ssh_channel_request_exec(channel, "echo infradeck-smoke; exit 3"), SSH_OK);
    QByteArray output;
    char buffer[256];
    int n = 0;
    while ((n = ssh_channel_read(channel, buffer, sizeof buffer, 0)) > 0)
        output.append(buffer, n);
    ssh_channel_send_eof(channel);
    const int status = ssh_channel_get_exit_status(channel);
    ssh_channel_close(channel);
    ssh_channel_free(channel);
    QCOMPARE(output.trimmed(), QByteArray("infradeck-smoke"));
    QCOMPARE(status, 3);
}

QTEST_GUILESS_MAIN(TestSshService)
#include "TestSshService.moc"
