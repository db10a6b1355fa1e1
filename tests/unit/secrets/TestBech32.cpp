#include "secrets/age/Bech32.h"

#include <QTest>

using namespace Infradeck;

class TestBech32 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("hrp");
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("empty") << QByteArray("a") << QByteArray();
        QTest::newRow("one byte") << QByteArray("age") << QByteArray("\x01", 1);
        QTest::newRow("32 zero") << QByteArray("age") << QByteArray(32, '\0');
        QTest::newRow("32 ff") << QByteArray("age-secret-key-") << QByteArray(32, '\xff');
    }
    void roundTrip()
    {
        QFETCH(QByteArray, hrp);
        QFETCH(QByteArray, data);
        const SecureBytes enc = Bech32::encode(hrp, data);
        auto dec = Bech32::decode(enc.view());
        QVERIFY2(dec.ok(), qPrintable(dec.error().message));
        QCOMPARE(dec->hrp, hrp);
        QCOMPARE(dec->data.toByteArrayUnsafe(), data);
        // upper case decodes too
        auto upper = Bech32::decode(enc.toByteArrayUnsafe().toUpper());
        QVERIFY(upper.ok());
        QCOMPARE(upper->data.toByteArrayUnsafe(), data);
    }
    void bip173Vectors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("A12UEL5L") << QByteArray("A12UEL5L") << true;
        QTest::newRow("abcdef") << QByteArray("abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw") << true;
        QTest::newRow("split") << QByteArray("split1checkupstagehandshakeupstreamerranterredcaperred2y9e3w") << true;
        QTest::newRow("mixed case") << QByteArray("A12uEL5L") << false;
        QTest::newRow("bad checksum") << QByteArray("split1checkupstagehandshakeupstreamerranterredcaperred2y9e2w") << false;
        QTest::newRow("no separator") << QByteArray("pzry9x0s0muk") << false;
        QTest::newRow("empty hrp") << QByteArray("1pzry9x0s0muk") << false;
        QTest::newRow("bad char") << QByteArray("x1b4n0q5v") << false;
        QTest::newRow("too short checksum") << QByteArray("li1dgmt3") << false;
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("space") << QByteArray(" 1nwldj5") << false;
    }
    void bip173Vectors()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, valid);
        auto dec = Bech32::decode(text);
        QCOMPARE(dec.ok(), valid);
        if (!valid)
            QVERIFY(!dec.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBech32)
#include "TestBech32.moc"
