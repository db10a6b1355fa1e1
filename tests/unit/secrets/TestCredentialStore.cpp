#include "secrets/CredentialStore.h"

#include "TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <QElapsedTimer>

#include <functional>

#include <optional>

using namespace Infradeck;

namespace {

const QString DemoRecipient = QStringLiteral("age175g028uefgmn8p3ym2rhkqs7seyazqrt3x85uvqyafgnurxe8e5q2jtklj");

CredentialStore::Key key(const QString &ws, const QString &env, const QString &name)
{
    CredentialStore::Key k;
    k.workspace = ws;
    k.environment = env;
    k.name = name;
    return k;
}

using TestSupport::runUntil;

QString secretToolSearch(const QString &k)
{
    QProcess p;
    p.start(QStringLiteral("secret-tool"), {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"),
                                            QStringLiteral("infradeck"), QStringLiteral("user"), k});
    if (!p.waitForFinished(10000))
        return QStringLiteral("<secret-tool timed out>");
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
}

} // namespace

class TestCredentialStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keyNames_data();
    void keyNames();
    void invalidKeyIsRefusedAsynchronously();
    void importBrokenKeyFile();
    void noKeychainChild();
    void noKeychain();
    void roundTripAgainstSecretService();
    void identitiesAgainstSecretService();

private:
    bool writesAllowed();
};

void TestCredentialStore::keyNames_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("workspace");
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("name");
    QTest::newRow("scoped") << "acme/production/age" << true << "acme" << "production" << "age";
    QTest::newRow("any env") << "acme/*/vercel" << true << "acme" << "*" << "vercel";
    QTest::newRow("name with slash") << "acme/*/hcloud/ro" << true << "acme" << "*" << "hcloud/ro";
    QTest::newRow("empty") << "" << false << "" << "" << "";
    QTest::newRow("two parts") << "acme/age" << false << "" << "" << "";
    QTest::newRow("empty env") << "acme//age" << false << "" << "" << "";
    QTest::newRow("empty name") << "acme/prod/" << false << "" << "" << "";
    QTest::newRow("empty workspace") << "/prod/age" << false << "" << "" << "";
}

void TestCredentialStore::keyNames()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    CredentialStore::Key k;
    QCOMPARE(CredentialStore::Key::parse(text, k), valid);
    if (!valid)
        return;
    QFETCH(QString, workspace);
    QFETCH(QString, environment);
    QFETCH(QString, name);
    QCOMPARE(k.workspace, workspace);
    QCOMPARE(k.environment, environment);
    QCOMPARE(k.name, name);
    QCOMPARE(k.toString(), text);
}

void TestCredentialStore::invalidKeyIsRefusedAsynchronously()
{
    // Rejected before any keychain job starts, so this never touches a keyring.
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    CredentialStore store(nullptr, &settings);
    bool called = false;
    std::optional<Errors> result;
    store.store(key(QStringLiteral("a/b"), QStringLiteral("prod"), QStringLiteral("x")), SecureBytes("v", 1),
                [&](Errors e) { called = true; result = e; });
    QVERIFY(!called); // never inside the call
    QTRY_VERIFY(result.has_value());
    QVERIFY(hasErrors(*result));
    QVERIFY2(result->first().expected.contains(QLatin1String("WORKSPACE")), qPrintable(result->first().toString()));
    QVERIFY(store.keys().isEmpty());
}

void TestCredentialStore::importBrokenKeyFile()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    CredentialStore store(nullptr, &settings);
    const QString path = dir.filePath(QStringLiteral("broken.txt"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("# not a key\nage1yt3tfqlfrwdwx0z0ynwplcr6qxcxfaqycuprpmy89nr83ltx74tqdpszlw\n");
    f.close();
    std::optional<Result<AgeRecipient>> r;
    store.importIdentityFile(key(QStringLiteral("acme"), QStringLiteral("*"), QStringLiteral("age")), path,
                             [&](Result<AgeRecipient> v) { r.emplace(std::move(v)); });
    QTRY_VERIFY(r.has_value());
    QVERIFY(!r->ok());
    QVERIFY2(r->error().source.contains(QLatin1String("broken.txt")), qPrintable(r->error().toString()));
    QVERIFY(store.keys().isEmpty());
}

// Runs in a child process whose session bus does not exist: the keychain must say it is unavailable and
// nothing may be listed as stored.
void TestCredentialStore::noKeychainChild()
{
    if (!qEnvironmentVariableIsSet("INFRADECK_TEST_NO_KEYCHAIN_CHILD"))
        QSKIP("runs only as the child of noKeychain()");
    QSettings settings(qEnvironmentVariable("INFRADECK_TEST_SETTINGS"), QSettings::IniFormat);
    CredentialStore store(nullptr, &settings);
    QSignalSpy unavailable(&store, &CredentialStore::keychainUnavailable);
    std::optional<Errors> result;
    store.store(key(QStringLiteral("acme"), QStringLiteral("*"), QStringLiteral("age")),
                SecureBytes("AGE-SECRET-KEY-1CHILD", 21), [&](Errors e) { result = e; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
    QVERIFY(hasErrors(*result));
    QVERIFY2(result->first().message.startsWith(CredentialStore::unavailableMessage()),
             qPrintable(result->first().toString()));
    QCOMPARE(unavailable.count(), 1);
    QVERIFY(!store.isAvailable());
    QVERIFY(store.keys().isEmpty());
}

void TestCredentialStore::noKeychain()
{
    if (qEnvironmentVariableIsSet("INFRADECK_TEST_NO_KEYCHAIN_CHILD"))
        QSKIP("parent only");
    QTemporaryDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("INFRADECK_TEST_NO_KEYCHAIN_CHILD"), QStringLiteral("1"));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=") + dir.filePath(QStringLiteral("no-bus")));
    env.insert(QStringLiteral("INFRADECK_TEST_SETTINGS"), dir.filePath(QStringLiteral("child.ini")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.path());
    env.insert(QStringLiteral("HOME"), dir.path());
    env.remove(QStringLiteral("KDE_FULL_SESSION"));
    env.insert(QStringLiteral("XDG_CURRENT_DESKTOP"), QStringLiteral("GNOME"));
    QProcess child;
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("noKeychainChild")});
    QVERIFY(child.waitForFinished(60000));
    const QString output = QString::fromUtf8(child.readAll());
    QVERIFY2(child.exitCode() == 0, qPrintable(output));
    QVERIFY2(output.contains(QLatin1String("PASS   : TestCredentialStore::noKeychainChild")), qPrintable(output));
    QVERIFY2(!QFileInfo(dir.filePath(QStringLiteral("child.ini"))).exists()
                 || !QFile(dir.filePath(QStringLiteral("child.ini"))).readAll().contains("age"),
             "a name was listed although nothing was stored");
}

bool TestCredentialStore::writesAllowed()
{
    return TestSupport::servicesRequired();
}

void TestCredentialStore::roundTripAgainstSecretService()
{
    QString bus;
    REQUIRE_SERVICE_ENV("DBUS_SESSION_BUS_ADDRESS", bus);
    if (!writesAllowed())
        QSKIP("writes only into the private test keyring started by ./scripts/test");

    QTemporaryDir dir;
    const QString settingsPath = dir.filePath(QStringLiteral("settings.ini"));
    QSettings settings(settingsPath, QSettings::IniFormat);
    CredentialStore store(nullptr, &settings);
    QSignalSpy changed(&store, &CredentialStore::keysChanged);
    const QString ws = QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    const auto token = key(ws, QStringLiteral("production"), QStringLiteral("hcloud"));
    const QByteArray value = "demo-token-value-" + QUuid::createUuid().toByteArray(QUuid::Id128);

    auto stored = runUntil<Errors>([&](auto cb) { store.store(token, SecureBytes(value), cb); });
    QVERIFY(stored);
    QVERIFY2(!hasErrors(*stored), qPrintable(stored->value(0).toString()));
    QVERIFY(store.isAvailable());
    QCOMPARE(store.keys(ws).size(), 1);
    QCOMPARE(store.keys(ws).first().toString(), token.toString());
    QCOMPARE(changed.count(), 1);
    // Really in the Secret Service, under service "infradeck" and the scoped key.
    const QString listed = secretToolSearch(token.toString());
    QVERIFY2(listed.contains(token.toString()), qPrintable(listed));
    // Settings keep the name, never the value.
    settings.sync();
    QFile settingsFile(settingsPath);
    QVERIFY(settingsFile.open(QIODevice::ReadOnly));
    const QByteArray settingsText = settingsFile.readAll();
    QVERIFY(settingsText.contains("hcloud"));
    QVERIFY(!settingsText.contains(value));

    auto read = runUntil<Result<SecureBytes>>([&](auto cb) { store.read(token, cb); });
    QVERIFY(read && read->ok());
    QCOMPARE(read->value().toByteArrayUnsafe(), value);

    const auto renamed = key(ws, QStringLiteral("*"), QStringLiteral("hcloud-all"));
    auto ren = runUntil<Errors>([&](auto cb) { store.rename(token, renamed, cb); });
    QVERIFY(ren);
    QVERIFY2(!hasErrors(*ren), qPrintable(ren->value(0).toString()));
    QCOMPARE(store.keys(ws).size(), 1);
    QCOMPARE(store.keys(ws).first().toString(), renamed.toString());
    QVERIFY(!secretToolSearch(token.toString()).contains(token.toString()));
    auto readRenamed = runUntil<Result<SecureBytes>>([&](auto cb) { store.read(renamed, cb); });
    QVERIFY(readRenamed && readRenamed->ok());
    QCOMPARE(readRenamed->value().toByteArrayUnsafe(), value);

    // The old name is gone from the keychain: a clear "no such item".
    auto old = runUntil<Result<SecureBytes>>([&](auto cb) { store.read(token, cb); });
    QVERIFY(old && !old->ok());
    QVERIFY2(old->error().message.contains(QLatin1String("no such item")), qPrintable(old->error().toString()));

    auto del = runUntil<Errors>([&](auto cb) { store.remove(renamed, cb); });
    QVERIFY(del && !hasErrors(*del));
    QVERIFY(store.keys(ws).isEmpty());
    QVERIFY(!secretToolSearch(renamed.toString()).contains(renamed.toString()));
}

void TestCredentialStore::identitiesAgainstSecretService()
{
    QString bus;
    REQUIRE_SERVICE_ENV("DBUS_SESSION_BUS_ADDRESS", bus);
    if (!writesAllowed())
        QSKIP("writes only into the private test keyring started by ./scripts/test");

    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    CredentialStore store(nullptr, &settings);
    const QString ws = QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::Id128).left(12);

    // Import a copy of the demo key file, then delete the file: the keychain alone must be enough.
    const QString copy = dir.filePath(QStringLiteral("key.txt"));
    QVERIFY(QFile::copy(TestSupport::resourcesDir() + QStringLiteral("/demo/keys/demo-age-key.txt"), copy));
    const auto demo = key(ws, QStringLiteral("*"), QStringLiteral("demo-age"));
    auto imported = runUntil<Result<AgeRecipient>>([&](auto cb) { store.importIdentityFile(demo, copy, cb); });
    QVERIFY(imported);
    QVERIFY2(imported->ok(), qPrintable(imported->error().toString()));
    QCOMPARE(imported->value().toString(), DemoRecipient);
    QVERIFY(QFile::remove(copy));
    auto ids = runUntil<Result<QList<AgeIdentity>>>([&](auto cb) { store.readIdentities(demo, cb); });
    QVERIFY(ids && ids->ok());
    QCOMPARE(ids->value().size(), 1);
    QCOMPARE(ids->value().first().recipient().toString(), DemoRecipient);

    // Generate: the recipient returned matches the identity read back.
    const auto fresh = key(ws, QStringLiteral("staging"), QStringLiteral("age"));
    auto generated = runUntil<Result<AgeRecipient>>([&](auto cb) { store.generateIdentity(fresh, cb); });
    QVERIFY(generated && generated->ok());
    QVERIFY(generated->value().toString().startsWith(QLatin1String("age1")));
    QVERIFY(generated->value().toString() != DemoRecipient);
    auto freshIds = runUntil<Result<QList<AgeIdentity>>>([&](auto cb) { store.readIdentities(fresh, cb); });
    QVERIFY(freshIds && freshIds->ok());
    QCOMPARE(freshIds->value().first().recipient(), generated->value());
    QCOMPARE(store.keys(ws).size(), 2);

    // A token is not an identity: clear error that does not echo the value.
    const auto token = key(ws, QStringLiteral("*"), QStringLiteral("vercel"));
    auto stored = runUntil<Errors>([&](auto cb) { store.store(token, SecureBytes("demo-not-a-key", 14), cb); });
    QVERIFY(stored && !hasErrors(*stored));
    auto notKey = runUntil<Result<QList<AgeIdentity>>>([&](auto cb) { store.readIdentities(token, cb); });
    QVERIFY(notKey && !notKey->ok());
    QVERIFY(!notKey->error().toString().contains(QLatin1String("demo-not-a-key")));

    for (const auto &k : store.keys(ws)) {
        auto del = runUntil<Errors>([&](auto cb) { store.remove(k, cb); });
        QVERIFY(del && !hasErrors(*del));
    }
    QVERIFY(store.keys(ws).isEmpty());
    QVERIFY(!secretToolSearch(demo.toString()).contains(ws));
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "TestCredentialStore.moc"
