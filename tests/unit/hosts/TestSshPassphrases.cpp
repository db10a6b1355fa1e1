// Encrypted identity files with their passphrase in the REAL keychain (the test services' gnome-keyring) against
// the real test sshd: environment item, workspace-wide item, named item (`passphrase: keychain:NAME`), nothing
// stored (asked once, remembered on request and found by the next session), a wrong stored passphrase.
#include "TestSupport.h"

#include "hosts/SshPassphrases.h"
#include "hosts/SshSession.h"
#include "workspace/Workspace.h"

#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Infradeck;

class TestSshPassphrases : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void keyNames();
    void notStoredIsNotFound();
    void environmentItemConnects();
    void workspaceWideItemConnects();
    void namedItemFromWorkspace();
    void askedOnceThenRemembered();
    void wrongStoredPassphraseFails();

private:
    SshTarget target() const;
    bool connects(SshTarget t, SshPassphrases &passphrases, int *asked, SshPassphrases::Ask ask = {});
    void put(const QString &environment, const QString &name, const QByteArray &value);

    QString m_port, m_user, m_key, m_encKey, m_knownHosts;
    QString m_workspace;
    QTemporaryDir m_dir;
    QSettings *m_settings = nullptr;
    CredentialStore *m_store = nullptr;
    const QByteArray m_passphrase = "correct horse battery";
    QString m_lastError;
};

void TestSshPassphrases::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString bus;
    REQUIRE_SERVICE_ENV("DBUS_SESSION_BUS_ADDRESS", bus);
    REQUIRE_SERVICE_ENV("INFRADECK_TEST_SSH_PORT", m_port);
    if (!TestSupport::servicesRequired())
        QSKIP("writes only into the private test keyring started by ./scripts/test");
    m_user = qEnvironmentVariable("INFRADECK_TEST_SSH_USER");
    m_key = qEnvironmentVariable("INFRADECK_TEST_SSH_KEY");
    qunsetenv("SSH_AUTH_SOCK");
    // A passphrase-protected copy of the key the test sshd authorises.
    m_encKey = m_dir.filePath(QStringLiteral("enc key ed25519")); // a space: paths are quoted, never split
    QVERIFY(QFile::copy(m_key, m_encKey));
    QFile::setPermissions(m_encKey, QFile::ReadOwner | QFile::WriteOwner);
    QCOMPARE(QProcess::execute(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-p"), QStringLiteral("-N"),
                                                             QString::fromLatin1(m_passphrase), QStringLiteral("-f"), m_encKey}),
             0);
    QFile enc(m_encKey);
    QVERIFY(enc.open(QIODevice::ReadOnly));
    QVERIFY(enc.readAll().contains("OPENSSH PRIVATE KEY"));
    // known_hosts with the test sshd's key.
    m_knownHosts = m_dir.filePath(QStringLiteral("known_hosts"));
    QFile hostKey(qEnvironmentVariable("INFRADECK_TEST_SSH_HOST_KEY"));
    QVERIFY(hostKey.open(QIODevice::ReadOnly));
    const QList<QByteArray> parts = hostKey.readAll().trimmed().split(' ');
    QFile kh(m_knownHosts);
    QVERIFY(kh.open(QIODevice::WriteOnly));
    kh.write("[127.0.0.1]:" + m_port.toLatin1() + ' ' + parts.at(0) + ' ' + parts.at(1) + '\n');
    kh.close();

    m_settings = new QSettings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat, this);
    m_store = new CredentialStore(this, m_settings);
    m_workspace = QStringLiteral("Hosts Test ") + QUuid::createUuid().toString(QUuid::Id128).left(10);
}

SshTarget TestSshPassphrases::target() const
{
    SshTarget t;
    t.host = QStringLiteral("127.0.0.1");
    t.port = m_port.toInt();
    t.user = m_user;
    t.identityFile = m_encKey;
    t.knownHostsFile = m_knownHosts;
    t.extraKnownHostsFile = QStringLiteral("/dev/null");
    t.useAgent = false;
    t.connectTimeoutSeconds = 5;
    return t;
}

void TestSshPassphrases::put(const QString &environment, const QString &name, const QByteArray &value)
{
    CredentialStore::Key k;
    k.workspace = CredentialStore::workspaceId(m_workspace);
    k.environment = environment;
    k.name = name;
    std::optional<Errors> done;
    m_store->store(k, SecureBytes(value), [&done](Errors e) { done = e; });
    QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), 15000);
    QVERIFY2(done->isEmpty(), qPrintable(done->value(0).toString()));
}

// Connects with the keychain serving the passphrase; counts how often the user was asked.
bool TestSshPassphrases::connects(SshTarget t, SshPassphrases &passphrases, int *asked, SshPassphrases::Ask ask)
{
    SshSession s(t);
    QSignalSpy connected(&s, &SshSession::connected);
    QSignalSpy failed(&s, &SshSession::failed);
    passphrases.serve(&s, [&](const QString &file, SshPassphrases::Answer answer) {
        ++*asked;
        if (ask)
            ask(file, answer);
        else
            answer({}, false); // no user here: give up
    });
    s.connectToHost();
    if (!QTest::qWaitFor([&] { return connected.count() + failed.count() > 0; }, 20000))
        return false;
    if (!failed.isEmpty())
        qInfo("failed: %s", qPrintable(failed.at(0).at(0).value<Error>().message));
    m_lastError = failed.isEmpty() ? QString() : failed.at(0).at(0).value<Error>().message;
    return connected.count() == 1;
}

void TestSshPassphrases::keyNames()
{
    SshTarget t = target();
    QCOMPARE(t.passphraseKeyName(), QStringLiteral("ssh-passphrase:") + m_encKey);
    SshPassphrases p(m_store, QStringLiteral("Acme Shop"), QStringLiteral("production"));
    QCOMPARE(p.keyFor(t).toString(), QStringLiteral("acme-shop/production/ssh-passphrase:") + m_encKey);
    QCOMPARE(p.keyFor(t, true).toString(), QStringLiteral("acme-shop/*/ssh-passphrase:") + m_encKey);
    t.passphraseKey = QStringLiteral("deploy-key");
    QCOMPARE(p.keyFor(t).toString(), QStringLiteral("acme-shop/production/deploy-key"));
    SshPassphrases cli(m_store, QString(), QString());
    QCOMPARE(cli.keyFor(t).toString(), QStringLiteral("default/*/deploy-key"));
}

void TestSshPassphrases::notStoredIsNotFound()
{
    SshPassphrases p(m_store, m_workspace, QStringLiteral("nothing"));
    SshTarget t = target();
    t.passphraseKey = QStringLiteral("never-stored");
    std::optional<bool> found;
    Error error;
    p.lookup(t, [&](SecureBytes, bool f, Error e) { found = f; error = e; });
    QTRY_VERIFY_WITH_TIMEOUT(found.has_value(), 15000);
    QVERIFY(!*found);
    QVERIFY2(error.message.isEmpty(), qPrintable(error.message)); // "not stored" is no error
    int asked = 0;
    QVERIFY(!connects(t, p, &asked));
    QCOMPARE(asked, 1); // asked the user (who gave up)
    QVERIFY(m_lastError.contains(QLatin1String("no passphrase given")));
}

void TestSshPassphrases::environmentItemConnects()
{
    SshPassphrases p(m_store, m_workspace, QStringLiteral("production"));
    put(QStringLiteral("production"), SshTarget::defaultPassphraseKeyName(m_encKey), m_passphrase);
    int asked = 0;
    QVERIFY2(connects(target(), p, &asked), qPrintable(m_lastError));
    QCOMPARE(asked, 0);
}

void TestSshPassphrases::workspaceWideItemConnects()
{
    SshTarget t = target();
    t.passphraseKey = QStringLiteral("team-key");
    put(QStringLiteral("*"), QStringLiteral("team-key"), m_passphrase);
    SshPassphrases p(m_store, m_workspace, QStringLiteral("staging")); // nothing for staging: falls back to "*"
    int asked = 0;
    QVERIFY2(connects(t, p, &asked), qPrintable(m_lastError));
    QCOMPARE(asked, 0);
}

void TestSshPassphrases::namedItemFromWorkspace()
{
    // The workspace names the key file and its keychain item; the target built from it finds the passphrase.
    const QByteArray yaml = "name: " + m_workspace.toUtf8() + "\nversion: 1\nenvironments:\n  - name: preview\n    hosts:\n"
                            "      - { name: box, address: 127.0.0.1, port: " + m_port.toUtf8() + ", user: " + m_user.toUtf8()
                            + ", identity: '" + QFileInfo(m_encKey).fileName().toUtf8()
                            + "', passphrase: 'keychain:box-key' }\n";
    Errors problems;
    const Workspace ws = Workspace::loadFromData(yaml, m_dir.filePath(QStringLiteral("infradeck.yaml")), problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).toString()));
    const Environment *env = ws.environment(QStringLiteral("preview"));
    QVERIFY(env && env->hosts.size() == 1);
    QCOMPARE(env->hosts.first().identity, m_encKey);
    QCOMPARE(env->hosts.first().passphrase, QStringLiteral("box-key"));
    SshTarget t = SshTarget::fromHost(env->hosts.first(), m_knownHosts);
    t.extraKnownHostsFile = QStringLiteral("/dev/null");
    t.useAgent = false;
    put(QStringLiteral("preview"), QStringLiteral("box-key"), m_passphrase);
    SshPassphrases p(m_store, ws.name(), env->name);
    int asked = 0;
    QVERIFY2(connects(t, p, &asked), qPrintable(m_lastError));
    QCOMPARE(asked, 0);

    // A passphrase written into the workspace itself is refused.
    Errors bad;
    Workspace::loadFromData("name: x\nversion: 1\nenvironments:\n  - name: e\n    hosts:\n      - { address: h, passphrase: hunter2 }\n",
                            m_dir.filePath(QStringLiteral("bad.yaml")), bad);
    QVERIFY(!bad.isEmpty());
    QVERIFY2(bad.first().message.contains(QLatin1String("keychain reference")), qPrintable(bad.first().toString()));
}

void TestSshPassphrases::askedOnceThenRemembered()
{
    SshTarget t = target();
    t.passphraseKey = QStringLiteral("remember-me");
    SshPassphrases p(m_store, m_workspace, QStringLiteral("remember"));
    QSignalSpy stored(&p, &SshPassphrases::stored);
    int asked = 0;
    QVERIFY2(connects(t, p, &asked,
                      [this](const QString &, SshPassphrases::Answer answer) { answer(SecureBytes(m_passphrase), true); }),
             qPrintable(m_lastError));
    QCOMPARE(asked, 1);
    QTRY_COMPARE_WITH_TIMEOUT(stored.count(), 1, 15000);
    QCOMPARE(stored.at(0).at(0).toString(), CredentialStore::workspaceId(m_workspace) + QStringLiteral("/remember/remember-me"));
    QVERIFY(stored.at(0).at(1).value<Errors>().isEmpty());
    // The next session finds it in the keychain: not asked again.
    int askedAgain = 0;
    QVERIFY2(connects(t, p, &askedAgain), qPrintable(m_lastError));
    QCOMPARE(askedAgain, 0);
}

void TestSshPassphrases::wrongStoredPassphraseFails()
{
    SshTarget t = target();
    t.passphraseKey = QStringLiteral("wrong-one");
    put(QStringLiteral("*"), QStringLiteral("wrong-one"), "battery staple");
    SshPassphrases p(m_store, m_workspace, QString());
    int asked = 0;
    QVERIFY(!connects(t, p, &asked));
    QCOMPARE(asked, 0);
    QVERIFY2(m_lastError.contains(QLatin1String("wrong passphrase")), qPrintable(m_lastError));
}

QTEST_GUILESS_MAIN(TestSshPassphrases)
#include "TestSshPassphrases.moc"
