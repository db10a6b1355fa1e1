#include "secrets/age/Age.h"
#include "secrets/age/AgeHeader.h"

#include "TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Infradeck;

namespace {
QByteArray pattern(qsizetype size)
{
    QByteArray b(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        b[i] = char((i * 131 + i / 7) & 0xff);
    return b;
}
} // namespace

class TestAge : public QObject
{
    Q_OBJECT
private:
    QString m_age;
    QTemporaryDir m_dir;
    AgeIdentity m_identity;
    QString m_keyFile;

    bool requireAge()
    {
        if (!m_age.isEmpty())
            return true;
        if (TestSupport::servicesRequired())
            QTest::qFail("age binary not found although INFRADECK_TEST_SERVICES is set", __FILE__, __LINE__);
        else
            QTest::qSkip("age binary not installed", __FILE__, __LINE__);
        return false;
    }
    QByteArray runAge(const QStringList &args, const QByteArray &input, int *exitCode = nullptr)
    {
        QProcess p;
        p.start(m_age, args);
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(30000);
        if (exitCode)
            *exitCode = p.exitCode();
        return p.readAllStandardOutput();
    }

private Q_SLOTS:
    void overlappingArmorLines();
    void initTestCase()
    {
        m_age = QStandardPaths::findExecutable(QStringLiteral("age"));
        QVERIFY(m_dir.isValid());
        m_identity = AgeIdentity::generate();
        m_keyFile = m_dir.filePath(QStringLiteral("key.txt"));
        QFile f(m_keyFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(m_identity.keyFileContents().toByteArrayUnsafe()); // a throwaway test identity
    }

    void roundTrip_data()
    {
        QTest::addColumn<qsizetype>("size");
        QTest::addColumn<bool>("armored");
        for (bool armored : {false, true}) {
            const char *a = armored ? " armored" : " binary";
            QTest::addRow("empty%s", a) << qsizetype(0) << armored;
            QTest::addRow("1 byte%s", a) << qsizetype(1) << armored;
            QTest::addRow("64KiB-1%s", a) << qsizetype(Age::ChunkSize - 1) << armored;
            QTest::addRow("exactly 64KiB%s", a) << qsizetype(Age::ChunkSize) << armored;
            QTest::addRow("64KiB+1%s", a) << qsizetype(Age::ChunkSize + 1) << armored;
            QTest::addRow("exactly 128KiB%s", a) << qsizetype(2 * Age::ChunkSize) << armored;
            QTest::addRow("300000%s", a) << qsizetype(300000) << armored;
        }
    }
    void roundTrip()
    {
        QFETCH(qsizetype, size);
        QFETCH(bool, armored);
        const QByteArray plain = pattern(size);
        auto enc = Age::encrypt(plain, {m_identity.recipient()}, armored);
        QVERIFY(enc.ok());
        QCOMPARE(enc->startsWith("-----BEGIN AGE ENCRYPTED FILE-----\n"), armored);
        if (!armored) {
            const qsizetype chunks = std::max<qsizetype>(1, (size + Age::ChunkSize - 1) / Age::ChunkSize);
            auto header = AgeHeader::parse(enc.value());
            QVERIFY(header.ok());
            QCOMPARE(enc->size() - header->payloadOffset, 16 + size + 16 * chunks);
        }
        auto dec = Age::decrypt(enc.value(), {AgeIdentity::generate(), m_identity});
        QVERIFY2(dec.ok(), qPrintable(dec.error().toString()));
        QCOMPARE(dec->toByteArrayUnsafe(), plain);

        // Interop: the real age binary decrypts what we wrote, and we decrypt what it wrote.
        if (!requireAge())
            return;
        int rc = -1;
        const QByteArray theirs = runAge({QStringLiteral("-d"), QStringLiteral("-i"), m_keyFile}, enc.value(), &rc);
        QCOMPARE(rc, 0);
        QCOMPARE(theirs, plain);
        QStringList args{QStringLiteral("-r"), m_identity.recipient().toString()};
        if (armored)
            args << QStringLiteral("-a");
        const QByteArray fromAge = runAge(args, plain, &rc);
        QCOMPARE(rc, 0);
        QCOMPARE(fromAge.startsWith("-----BEGIN"), armored);
        auto ours = Age::decrypt(fromAge, {m_identity});
        QVERIFY2(ours.ok(), qPrintable(ours.error().toString()));
        QCOMPARE(ours->toByteArrayUnsafe(), plain);
    }

    void multipleRecipients()
    {
        const AgeIdentity other = AgeIdentity::generate();
        auto enc = Age::encrypt("hello", {other.recipient(), m_identity.recipient()}, false);
        QVERIFY(enc.ok());
        QCOMPARE(AgeHeader::parse(enc.value())->stanzas.size(), 2);
        QCOMPARE(Age::decrypt(enc.value(), {m_identity})->toByteArrayUnsafe(), QByteArray("hello"));
        QCOMPARE(Age::decrypt(enc.value(), {other})->toByteArrayUnsafe(), QByteArray("hello"));
    }

    void wrongKey()
    {
        auto enc = Age::encrypt("secret", {m_identity.recipient()}, true);
        auto dec = Age::decrypt(enc.value(), {AgeIdentity::generate()}, QStringLiteral("x.age"));
        QVERIFY(!dec.ok());
        QCOMPARE(dec.error().message, QStringLiteral("no identity matches any recipient stanza"));
        QCOMPARE(dec.error().source, QStringLiteral("x.age"));
        QVERIFY(!Age::decrypt(enc.value(), {}).ok());
    }

    void skipsOtherStanzaTypes()
    {
        auto enc = Age::encrypt("data", {m_identity.recipient()}, false);
        QByteArray file = enc.value();
        // Insert a foreign stanza; the MAC then no longer matches, which must be reported as such.
        file.insert(22, "-> ssh-ed25519 AAAA YWJj\nZGVm\n");
        auto dec = Age::decrypt(file, {m_identity});
        QVERIFY(!dec.ok());
        QVERIFY2(dec.error().message.contains(QLatin1String("MAC")), qPrintable(dec.error().message));
        auto header = AgeHeader::parse(file);
        QVERIFY(header.ok());
        QCOMPARE(header->stanzas.first().type, QByteArray("ssh-ed25519"));
    }

    void tampering_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("header MAC byte") << 0 << QStringLiteral("MAC");
        QTest::newRow("payload byte") << 1 << QStringLiteral("authentication");
        QTest::newRow("truncated mid chunk") << 2 << QStringLiteral("truncated");
        QTest::newRow("truncated at chunk boundary") << 3 << QStringLiteral("truncated");
        QTest::newRow("extra byte appended") << 4 << QStringLiteral("authentication");
        QTest::newRow("nonce only") << 5 << QStringLiteral("truncated");
        QTest::newRow("header only") << 6 << QStringLiteral("truncated");
        QTest::newRow("extra empty chunk") << 7 << QStringLiteral("authentication");
    }
    void tampering()
    {
        QFETCH(int, kind);
        QFETCH(QString, expected);
        const QByteArray plain = pattern(Age::ChunkSize * 2 + 100);
        QByteArray file = Age::encrypt(plain, {m_identity.recipient()}, false).value();
        const qsizetype payload = AgeHeader::parse(file)->payloadOffset;
        switch (kind) {
        case 0: { const qsizetype macPos = payload - 10; file[macPos] = file[macPos] == 'A' ? 'B' : 'A'; break; }
        case 1: file[payload + 16 + 5000] = char(file[payload + 16 + 5000] ^ 1); break;
        case 2: file.chop(50); break;
        case 3: file.truncate(payload + 16 + 2 * (Age::ChunkSize + 16)); break;
        case 4: file.append('x'); break;
        case 5: file.truncate(payload + 16); break;
        case 6: file.truncate(payload); break;
        case 7: file.append(QByteArray(16, '\0')); break;
        }
        auto dec = Age::decrypt(file, {m_identity});
        QVERIFY(!dec.ok());
        QVERIFY2(dec.error().message.contains(expected, Qt::CaseInsensitive), qPrintable(dec.error().message));
    }

    void badHeaders_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not an age file");
        QTest::newRow("other format") << QByteArray("PK\x03\x04") << QStringLiteral("not an age file");
        QTest::newRow("version 2") << QByteArray("age-encryption.org/v2\n") << QStringLiteral("unsupported");
        QTest::newRow("no MAC line") << QByteArray("age-encryption.org/v1\n-> X25519 abc\n") << QStringLiteral("bad age header");
        QTest::newRow("garbage line") << QByteArray("age-encryption.org/v1\nhello\n--- x\n") << QStringLiteral("unexpected line");
        QTest::newRow("padded base64 body") << QByteArray("age-encryption.org/v1\n-> X25519 abc\nYWJj==\n--- AAAA\n") << QStringLiteral("stanza body");
        QTest::newRow("short MAC") << QByteArray("age-encryption.org/v1\n-> X25519 abc\nYWJj\n--- AAAA\n") << QStringLiteral("MAC");
        QTest::newRow("empty arg") << QByteArray("age-encryption.org/v1\n-> X25519  abc\nYWJj\n--- AAAA\n") << QStringLiteral("argument");
        QTest::newRow("armor no end") << QByteArray("-----BEGIN AGE ENCRYPTED FILE-----\nYWdl\n") << QStringLiteral("END");
        QTest::newRow("armor bad base64") << QByteArray("-----BEGIN AGE ENCRYPTED FILE-----\nYW*l\n-----END AGE ENCRYPTED FILE-----\n") << QStringLiteral("base64");
    }
    void badHeaders()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, expected);
        auto dec = Age::decrypt(file, {m_identity});
        QVERIFY(!dec.ok());
        QVERIFY2(dec.error().message.contains(expected, Qt::CaseInsensitive), qPrintable(dec.error().message));
    }

    void invalidX25519Stanza()
    {
        QByteArray file = Age::encrypt("x", {m_identity.recipient()}, false).value();
        file.replace("-> X25519 ", "-> X25519 AAAA ");
        auto dec = Age::decrypt(file, {m_identity});
        QVERIFY(!dec.ok());
        QVERIFY2(dec.error().message.contains(QLatin1String("X25519 stanza")), qPrintable(dec.error().message));
    }

    void sopsFixtureDataKey()
    {
        REQUIRE_FIXTURES();
        // The armored `enc` of example.yaml's first age recipient wraps the 32-byte SOPS data key.
        const QByteArray enc = "-----BEGIN AGE ENCRYPTED FILE-----\n"
                               "YWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSBnYU4zaDZ3dFNXTGRLN2Qr\n"
                               "ZFdhNGFGUHN2WGxYb1FSNFN6Tk02cHZIMkRnCkVCWXh2NVlTUkRQME9TeGZaaElq\n"
                               "eTRieEI1WGdTK1pwL1c1eGtKTDFBUW8KLS0tIFNQeFZSbnJ4QWx3K0wwOFJZODUy\n"
                               "SDQ0NDhjcVpYMjYxcm1ZdXFYaWtkakUKWgQTWzf+7rgMjC9rPLSy6jTGbI71hMnC\n"
                               "MuRgd5LreYBQo/hRZUYuQ4jmGgOnn3GaUZE1HpSqjjaX8jYn4lNqJA==\n"
                               "-----END AGE ENCRYPTED FILE-----\n";
        auto ids = AgeIdentity::loadKeyFile(TestSupport::fixture(QStringLiteral("sops/getsops-sops/age/keys.txt")));
        QVERIFY(ids.ok());
        auto key = Age::decrypt(enc, ids.value());
        QVERIFY2(key.ok(), qPrintable(key.error().toString()));
        QCOMPARE(key->size(), std::size_t(32));
        QVERIFY(!Age::decrypt(enc, {ids->at(1)}).ok()); // wrapped to the first identity only
        if (!requireAge())
            return;
        QByteArray theirs = runAge({QStringLiteral("-d"), QStringLiteral("-i"),
                                    TestSupport::fixture(QStringLiteral("sops/getsops-sops/age/keys.txt"))}, enc);
        QCOMPARE(theirs, key->toByteArrayUnsafe());
        SecureBytes::wipe(theirs);
    }
};

void TestAge::overlappingArmorLines()
{
    // Found by FuzzAgeHeader: BEGIN and END sharing their dashes made the body length negative.
    const QByteArray input("-----BEGIN AGE ENCRYPTED FILE-----END AGE ENCRYPTED FILE-----\n");
    auto dec = Age::decrypt(input, {AgeIdentity::generate()}, QStringLiteral("x.age"));
    QVERIFY(!dec.ok());
    QVERIFY2(dec.error().message.contains(QStringLiteral("END line")), qPrintable(dec.error().toString()));
}

QTEST_GUILESS_MAIN(TestAge)
#include "TestAge.moc"
