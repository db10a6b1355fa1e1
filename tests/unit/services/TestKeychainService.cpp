// Smoke test: a qtkeychain write/read/delete round trip against the real Secret Service (gnome-keyring).
#include "TestSupport.h"

#include <QEventLoop>
#include <QProcess>
#include <QTest>
#include <QUuid>

#include <qt6keychain/keychain.h>

class TestKeychainService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip();

private:
    static QString secretToolSearch(const QString &key);
    template<typename Job>
    static void runJob(Job &job)
    {
        QEventLoop loop;
        QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
        job.start();
        loop.exec();
    }
};

QString TestKeychainService::secretToolSearch(const QString &key)
{
    QProcess p;
    p.start(QStringLiteral("secret-tool"), {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"),
                                            QStringLiteral("infradeck-test"), QStringLiteral("user"), key});
    if (!p.waitForFinished(10000))
        return QStringLiteral("<secret-tool timed out>");
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
}

void TestKeychainService::roundTrip()
{
    QString bus;
    REQUIRE_SERVICE_ENV("DBUS_SESSION_BUS_ADDRESS", bus);
    if (!TestSupport::servicesRequired())
        QSKIP("only against the private test keyring started by ./scripts/test");

    const QString key = QStringLiteral("smoke/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString secret = QStringLiteral("AGE-SECRET-KEY-1SMOKETESTVALUE");

    QKeychain::WritePasswordJob write(QStringLiteral("infradeck-test"));
    write.setAutoDelete(false);
    write.setInsecureFallback(false);
    write.setKey(key);
    write.setTextData(secret);
    runJob(write);
    QVERIFY2(write.error() == QKeychain::NoError, qPrintable(write.errorString()));

    // The item is really in the Secret Service, under our service and key.
    const QString listed = secretToolSearch(key);
    QVERIFY2(listed.contains(key), qPrintable(listed));

    QKeychain::ReadPasswordJob read(QStringLiteral("infradeck-test"));
    read.setAutoDelete(false);
    read.setKey(key);
    runJob(read);
    QVERIFY2(read.error() == QKeychain::NoError, qPrintable(read.errorString()));
    QCOMPARE(read.textData(), secret);

    QKeychain::DeletePasswordJob del(QStringLiteral("infradeck-test"));
    del.setAutoDelete(false);
    del.setKey(key);
    runJob(del);
    QVERIFY2(del.error() == QKeychain::NoError, qPrintable(del.errorString()));
    QVERIFY(!secretToolSearch(key).contains(key));

    QKeychain::ReadPasswordJob gone(QStringLiteral("infradeck-test"));
    gone.setAutoDelete(false);
    gone.setKey(key);
    runJob(gone);
    QCOMPARE(gone.error(), QKeychain::EntryNotFound);
}

QTEST_GUILESS_MAIN(TestKeychainService)
#include "TestKeychainService.moc"
