#include "secrets/age/AgeIdentity.h"

#include "TestSupport.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Infradeck;

class TestAgeIdentity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fixtureKeyFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("recipients");
        QTest::newRow("sops keys.txt (2 identities, comments)")
            << QStringLiteral("sops/getsops-sops/age/keys.txt")
            << QStringList{QStringLiteral("age1yt3tfqlfrwdwx0z0ynwplcr6qxcxfaqycuprpmy89nr83ltx74tqdpszlw"),
                           QStringLiteral("age1tmaae3ld5vpevmsh5yacsauzx8jetg300mpvc4ugp5zr5l6ssq9sla97ep")};
        QTest::newRow("humphd key.txt") << QStringLiteral("sops/humphd-sops-age/key.txt")
                                        << QStringList{QStringLiteral("age1je6kjhzuhdjy3fqptpttxjh5k8q46vygzlgtpuq3030c947pc5tqz9dqvr")};
    }
    void fixtureKeyFiles()
    {
        REQUIRE_FIXTURES();
        QFETCH(QString, file);
        QFETCH(QStringList, recipients);
        auto ids = AgeIdentity::loadKeyFile(TestSupport::fixture(file));
        QVERIFY2(ids.ok(), qPrintable(ids.error().toString()));
        QCOMPARE(ids->size(), recipients.size());
        for (int i = 0; i < recipients.size(); ++i)
            QCOMPARE(ids->at(i).recipient().toString(), recipients[i]);
    }
    void secretStringRoundTrip()
    {
        const AgeIdentity id = AgeIdentity::generate();
        const SecureBytes s = id.toSecretString();
        QVERIFY(s.view().startsWith("AGE-SECRET-KEY-1"));
        QCOMPARE(s.size(), std::size_t(74));
        auto back = AgeIdentity::parse(s.view());
        QVERIFY(back.ok());
        QCOMPARE(back->recipient(), id.recipient());
        QVERIFY(id.recipient().toString().startsWith(QLatin1String("age1")));
        auto r = AgeRecipient::parse(id.recipient().toString());
        QVERIFY(r.ok());
        QCOMPARE(r.value(), id.recipient());
    }
    void brokenKeyFiles_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<int>("line");
        QTest::newRow("empty") << QByteArray() << -1;
        QTest::newRow("only comments") << QByteArray("# created: x\n# public key: age1\n") << -1;
        QTest::newRow("truncated key") << QByteArray("# c\nAGE-SECRET-KEY-1NJT5YCS2LWU4V4QAJQ6R4JNU7LXPDX602DZ9NUFANVU5GDTGUW\n") << 2;
        QTest::newRow("typo") << QByteArray("AGE-SECRET-KEY-1NJT5YCS2LWU4V4QAJQ6R4JNU7LXPDX602DZ9NUFANVU5GDTGUWCQ5T59M7\n") << 1;
        QTest::newRow("recipient instead of key") << QByteArray("age1yt3tfqlfrwdwx0z0ynwplcr6qxcxfaqycuprpmy89nr83ltx74tqdpszlw\n") << 1;
        QTest::newRow("garbage second line") << QByteArray("AGE-SECRET-KEY-1NJT5YCS2LWU4V4QAJQ6R4JNU7LXPDX602DZ9NUFANVU5GDTGUWCQ5T59M6\nhello\n") << 2;
    }
    void brokenKeyFiles()
    {
        QFETCH(QByteArray, contents);
        QFETCH(int, line);
        auto ids = AgeIdentity::parseKeyFile(contents, QStringLiteral("keys.txt"));
        QVERIFY(!ids.ok());
        QCOMPARE(ids.error().line, line);
        QCOMPARE(ids.error().source, QStringLiteral("keys.txt"));
        QVERIFY(!ids.error().message.contains(QLatin1String("NJT5YCS2")));
    }
    void crlfAndWhitespace()
    {
        auto ids = AgeIdentity::parseKeyFile(
            "# c\r\n\r\n  AGE-SECRET-KEY-1NJT5YCS2LWU4V4QAJQ6R4JNU7LXPDX602DZ9NUFANVU5GDTGUWCQ5T59M6  \r\n");
        QVERIFY(ids.ok());
        QCOMPARE(ids->first().recipient().toString(),
                 QStringLiteral("age1yt3tfqlfrwdwx0z0ynwplcr6qxcxfaqycuprpmy89nr83ltx74tqdpszlw"));
    }
    void matchesAgeKeygen()
    {
        const QString keygen = QStandardPaths::findExecutable(QStringLiteral("age-keygen"));
        if (keygen.isEmpty()) {
            if (TestSupport::servicesRequired())
                QFAIL("age-keygen not found although INFRADECK_TEST_SERVICES is set");
            QSKIP("age-keygen not installed");
        }
        QProcess p;
        p.start(keygen, {});
        QVERIFY(p.waitForFinished(10000));
        const QByteArray out = p.readAllStandardOutput();
        auto ids = AgeIdentity::parseKeyFile(out);
        QVERIFY(ids.ok());
        const QByteArray pub = out.mid(out.indexOf("# public key: ") + 14, 62);
        QCOMPARE(ids->first().recipient().toString(), QString::fromLatin1(pub));
        // our generated key file is accepted by age-keygen -y
        const AgeIdentity mine = AgeIdentity::generate();
        QProcess y;
        y.start(keygen, {QStringLiteral("-y")});
        y.write(mine.keyFileContents().toByteArrayUnsafe());
        y.closeWriteChannel();
        QVERIFY(y.waitForFinished(10000));
        QCOMPARE(QString::fromLatin1(y.readAllStandardOutput().trimmed()), mine.recipient().toString());
    }
};

QTEST_GUILESS_MAIN(TestAgeIdentity)
#include "TestAgeIdentity.moc"
