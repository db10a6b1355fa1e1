#include "common/Redaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using Infradeck::Redaction;

class TestRedaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void looksSecret_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("secret");
        QTest::newRow("password") << "password" << "hunter2" << true;
        QTest::newRow("DB_PASSWORD") << "DB_PASSWORD" << "x" << true;
        QTest::newRow("client_secret") << "client_secret" << "abc" << true;
        QTest::newRow("api token") << "HCLOUD_TOKEN" << "whatever" << true;
        QTest::newRow("private_key") << "private_key" << "-----BEGIN OPENSSH PRIVATE KEY-----\nb3Bl\n-----END OPENSSH PRIVATE KEY-----" << true;
        QTest::newRow("api_key") << "api_key" << "k" << true;
        QTest::newRow("apikey") << "ApiKey" << "k" << true;
        QTest::newRow("pem in any name") << "user_data" << "-----BEGIN RSA PRIVATE KEY-----\nMIIE" << true;
        QTest::newRow("age key") << "notes" << "AGE-SECRET-KEY-1QQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQ" << true;
        QTest::newRow("aws key id") << "x" << "AKIAIOSFODNN7EXAMPLE" << true;
        QTest::newRow("github token") << "x" << "ghp_ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef0123" << true;
        QTest::newRow("high entropy") << "value" << "q8Zr4T1vXk0pLm2N9sWb7YcH3jFd6GaE" << true;
        QTest::newRow("base64 secret") << "data" << "dGhpcyBpcyBhIHNlY3JldCB2YWx1ZSAxMjM0NTY3ODkw" << true;
        QTest::newRow("empty password") << "password" << "" << false;
        QTest::newRow("password flag") << "password_enabled" << "true" << false;
        QTest::newRow("password length") << "password_length" << "16" << false;
        QTest::newRow("secret arn") << "secret_arn" << "arn:aws:secretsmanager:eu-west-1:123456789012:secret:x" << false;
        QTest::newRow("token ttl") << "token_ttl" << "3600" << false;
        QTest::newRow("secret id") << "secret_id" << "projects/p/secrets/s" << false;
        QTest::newRow("plain name") << "name" << "web-server-production-01" << false;
        QTest::newRow("ami") << "ami" << "ami-0c55b159cbfafe1f0" << false;
        QTest::newRow("uuid") << "id" << "3f1c2a6e-8b9d-4e2f-a1b3-5c7d9e0f2a4b" << false;
        QTest::newRow("arn") << "arn" << "arn:aws:lambda:us-east-1:aws:resource-id" << false;
        QTest::newRow("url") << "endpoint" << "https://example.com/api/v1/things" << false;
        QTest::newRow("sentence") << "description" << "This is a perfectly normal description text" << false;
        QTest::newRow("ssh public key") << "public_key" << "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGx user@host" << false;
        QTest::newRow("dns name") << "fqdn" << "db-primary.eu-central.internal.example.com" << false;
        QTest::newRow("short") << "value" << "Ab3$" << false;
    }

    void looksSecret()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(bool, secret);
        QCOMPARE(Redaction::looksSecret(name, value), secret);
    }

    void entropy()
    {
        QCOMPARE(Redaction::shannonEntropy(QStringLiteral("aaaa")), 0.0);
        QCOMPARE(Redaction::shannonEntropy(QStringLiteral("abab")), 1.0);
        QCOMPARE(Redaction::shannonEntropy(QString()), 0.0);
    }

    void redactMask()
    {
        const QJsonValue value = QJsonDocument::fromJson(
                                     R"({"a":"visible","s":"schema-secret","o":{"x":"nested-secret","y":"ok"},"l":["l0","list-secret"],"w":{"deep":{"er":"whole"}},"token":"heuristic-secret-value"})")
                                     .object();
        const QJsonValue mask = QJsonDocument::fromJson(R"({"s":true,"o":{"x":true},"l":[false,true],"w":true})").object();
        const QString text = Redaction::maskedText(value, mask);
        for (const char *secret : {"schema-secret", "nested-secret", "list-secret", "whole", "heuristic-secret-value"})
            QVERIFY2(!text.contains(QLatin1String(secret)), qPrintable(text));
        for (const char *shown : {"visible", "\"ok\"", "\"l0\""})
            QVERIFY2(text.contains(QLatin1String(shown)), qPrintable(text));
        QCOMPARE(text.count(Redaction::mask()), 5);
        // Heuristics off: only the schema mask applies.
        QVERIFY(Redaction::maskedText(value, mask, false).contains(QStringLiteral("heuristic-secret-value")));
        QCOMPARE(Redaction::maskedText(QJsonValue(QStringLiteral("x")), QJsonValue(true)), Redaction::mask());
        QCOMPARE(Redaction::maskedText(QJsonValue(42), QJsonValue()), QStringLiteral("42"));
    }
};

QTEST_GUILESS_MAIN(TestRedaction)
#include "TestRedaction.moc"
