#include "secrets/sops/SopsCipher.h"
#include "secrets/Crypto.h"

#include <QTest>

using namespace Infradeck;

class TestSopsCipher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void canonicalBytes_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QByteArray>("plain");
        QTest::addColumn<QByteArray>("expected");
        const int F = int(SopsValue::Type::Float), I = int(SopsValue::Type::Int), B = int(SopsValue::Type::Bool);
        QTest::newRow("7.0") << F << QByteArray("7.0") << QByteArray("7");
        QTest::newRow("7") << F << QByteArray("7") << QByteArray("7");
        QTest::newRow("1234.5678") << F << QByteArray("1234.5678") << QByteArray("1234.5678");
        QTest::newRow("25.4") << F << QByteArray("25.4") << QByteArray("25.4");
        QTest::newRow("3.14") << F << QByteArray("3.14") << QByteArray("3.14");
        QTest::newRow("exponent large") << F << QByteArray("1.234568e+09") << QByteArray("1234568000");
        QTest::newRow("exponent small") << F << QByteArray("1e-7") << QByteArray("0.0000001");
        QTest::newRow("1e21") << F << QByteArray("1e21") << QByteArray("1000000000000000000000");
        QTest::newRow("negative") << F << QByteArray("-0.5") << QByteArray("-0.5");
        QTest::newRow("0.1") << F << QByteArray("0.1") << QByteArray("0.1");
        QTest::newRow("int leading zero") << I << QByteArray("007") << QByteArray("7");
        QTest::newRow("int negative") << I << QByteArray("-42") << QByteArray("-42");
        QTest::newRow("bool true") << B << QByteArray("true") << QByteArray("True");
        QTest::newRow("bool False") << B << QByteArray("False") << QByteArray("False");
        QTest::newRow("str") << int(SopsValue::Type::Str) << QByteArray("7.0") << QByteArray("7.0");
    }
    void canonicalBytes()
    {
        QFETCH(int, type);
        QFETCH(QByteArray, plain);
        QFETCH(QByteArray, expected);
        QCOMPARE(SopsCipher::canonicalBytes(SopsValue(SopsValue::Type(type), SecureBytes(plain))).toByteArrayUnsafe(), expected);
    }
    void encryptDecrypt()
    {
        const SecureBytes key = Crypto::randomBytes(32);
        const QByteArray enc = SopsCipher::encrypt(SopsValue(SopsValue::Type::Bool, SecureBytes(QByteArrayView("true"))), key, "a:b:");
        QVERIFY(enc.startsWith("ENC[AES256_GCM,data:"));
        QVERIFY(enc.endsWith(",type:bool]"));
        auto parts = SopsCipher::parse(enc);
        QVERIFY(parts.ok());
        QCOMPARE(parts->iv.size(), 32);
        auto dec = SopsCipher::decrypt(enc, key, "a:b:");
        QVERIFY(dec.ok());
        QCOMPARE(dec->plain.toByteArrayUnsafe(), QByteArray("True"));
        QCOMPARE(dec->type, SopsValue::Type::Bool);
        QVERIFY(!SopsCipher::decrypt(enc, key, "a:c:").ok()); // the key path is authenticated
        QVERIFY(!SopsCipher::decrypt(enc, Crypto::randomBytes(32), "a:b:").ok());
    }
    void malformed_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("plain") << QByteArray("hello");
        QTest::newRow("no type") << QByteArray("ENC[AES256_GCM,data:AA==,iv:AAAA,tag:AAAAAAAAAAAAAAAAAAAAAA==]");
        QTest::newRow("bad type") << QByteArray("ENC[AES256_GCM,data:AA==,iv:AAAA,tag:AAAAAAAAAAAAAAAAAAAAAA==,type:blob]");
        QTest::newRow("short tag") << QByteArray("ENC[AES256_GCM,data:AA==,iv:AAAA,tag:AAAA,type:str]");
        QTest::newRow("bad base64") << QByteArray("ENC[AES256_GCM,data:*,iv:AAAA,tag:AAAAAAAAAAAAAAAAAAAAAA==,type:str]");
        QTest::newRow("field without colon") << QByteArray("ENC[AES256_GCM,data,iv:AAAA,tag:AAAAAAAAAAAAAAAAAAAAAA==,type:str]");
        QTest::newRow("truncated") << QByteArray("ENC[AES256_GCM,data:AA==,iv:AAAA,tag:AAAAAAAAAAAAAAAAAAAAAA==,type:st");
    }
    void malformed()
    {
        QFETCH(QByteArray, text);
        auto parts = SopsCipher::parse(text);
        QVERIFY(!parts.ok());
        QVERIFY(!parts.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSopsCipher)
#include "TestSopsCipher.moc"
