// AwsSigV4 against the worked examples of the Amazon S3 API reference ("Signature Calculations for the
// Authorization Header: Transferring Payload in a Single Chunk"): GET Object with Range, PUT Object, GET Bucket
// Lifecycle and GET Bucket (List Objects), plus the canonicalisation rules and the keychain credential format.
#include "terraform/AwsSigV4.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace Infradeck;

namespace {

AwsSigV4::Credentials exampleCredentials()
{
    AwsSigV4::Credentials c;
    c.accessKeyId = QStringLiteral("AKIAIOSFODNN7EXAMPLE");
    c.secretAccessKey = SecureBytes(QByteArrayView("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"));
    return c;
}

QDateTime exampleTime()
{
    return QDateTime(QDate(2013, 5, 24), QTime(0, 0), QTimeZone::utc());
}

} // namespace

class TestAwsSigV4 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void awsExamples_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<QList<AwsSigV4::Header>>("headers");
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QByteArray>("signedHeaders");
        QTest::addColumn<QByteArray>("signature");

        QTest::newRow("GET Object") << QByteArray("GET") << QByteArray("/test.txt") << QByteArray()
                                    << QList<AwsSigV4::Header>{{"Range", "bytes=0-9"}} << QByteArray()
                                    << QByteArray("host;range;x-amz-content-sha256;x-amz-date")
                                    << QByteArray("f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41");
        QTest::newRow("PUT Object") << QByteArray("PUT") << QByteArray("/test$file.text") << QByteArray()
                                    << QList<AwsSigV4::Header>{{"Date", "Fri, 24 May 2013 00:00:00 GMT"},
                                                               {"x-amz-storage-class", "REDUCED_REDUNDANCY"}}
                                    << QByteArray("Welcome to Amazon S3.")
                                    << QByteArray("date;host;x-amz-content-sha256;x-amz-date;x-amz-storage-class")
                                    << QByteArray("98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd");
        QTest::newRow("GET Bucket Lifecycle") << QByteArray("GET") << QByteArray("/") << QByteArray("lifecycle")
                                              << QList<AwsSigV4::Header>{} << QByteArray()
                                              << QByteArray("host;x-amz-content-sha256;x-amz-date")
                                              << QByteArray("fea454ca298b7da1c68078a5d1bdbfbbe0d65c699e0f91ac7a200a0136783543");
        // The query is sent unsorted: signing sorts it.
        QTest::newRow("GET Bucket (List Objects)") << QByteArray("GET") << QByteArray("/") << QByteArray("prefix=J&max-keys=2")
                                                   << QList<AwsSigV4::Header>{} << QByteArray()
                                                   << QByteArray("host;x-amz-content-sha256;x-amz-date")
                                                   << QByteArray("34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7");
    }

    void awsExamples()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, query);
        QFETCH(QList<AwsSigV4::Header>, headers);
        QFETCH(QByteArray, payload);
        QFETCH(QByteArray, signedHeaders);
        QFETCH(QByteArray, signature);

        AwsSigV4::Request r;
        r.method = method;
        r.host = "examplebucket.s3.amazonaws.com";
        r.path = path;
        r.query = query;
        r.headers = headers;
        r.payloadHash = AwsSigV4::sha256Hex(payload);
        const AwsSigV4::Signed s = AwsSigV4::sign(r, exampleCredentials(), QStringLiteral("us-east-1"), exampleTime());
        QCOMPARE(s.signedHeaders, signedHeaders);
        QCOMPARE(s.scope, QByteArray("20130524/us-east-1/s3/aws4_request"));
        QCOMPARE(s.signature, signature);
        QCOMPARE(s.authorization, QByteArray("AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,SignedHeaders=" +
                                                 signedHeaders + ",Signature=" + signature));
        // The headers to set: the date and payload hash that were signed, then Authorization.
        QCOMPARE(s.headers.size(), 3);
        QCOMPARE(s.headers.at(0), (AwsSigV4::Header{"x-amz-content-sha256", r.payloadHash}));
        QCOMPARE(s.headers.at(1), (AwsSigV4::Header{"x-amz-date", "20130524T000000Z"}));
        QCOMPARE(s.headers.at(2).first, QByteArray("Authorization"));
    }

    // The intermediate values the guide prints for the GET Object example.
    void getObjectSteps()
    {
        AwsSigV4::Request r;
        r.host = "examplebucket.s3.amazonaws.com";
        r.path = "/test.txt";
        r.headers = {{"Range", "bytes=0-9"}};
        const AwsSigV4::Signed s = AwsSigV4::sign(r, exampleCredentials(), QStringLiteral("us-east-1"), exampleTime());
        QCOMPARE(s.canonicalRequest, QByteArray("GET\n/test.txt\n\nhost:examplebucket.s3.amazonaws.com\nrange:bytes=0-9\n"
                                                "x-amz-content-sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n"
                                                "x-amz-date:20130524T000000Z\n\nhost;range;x-amz-content-sha256;x-amz-date\n"
                                                "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QCOMPARE(s.stringToSign, QByteArray("AWS4-HMAC-SHA256\n20130524T000000Z\n20130524/us-east-1/s3/aws4_request\n"
                                            "7344ae5b7ee6c3e7e6b0fe0640412a37625d1fbfff95c48bbb2dc43964946972"));
        QCOMPARE(AwsSigV4::emptyPayloadHash(), AwsSigV4::sha256Hex(""));
        // A wrong secret, region, date or header changes the signature.
        AwsSigV4::Credentials wrong = exampleCredentials();
        wrong.secretAccessKey = SecureBytes(QByteArrayView("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEz"));
        QVERIFY(AwsSigV4::sign(r, wrong, QStringLiteral("us-east-1"), exampleTime()).signature != s.signature);
        QVERIFY(AwsSigV4::sign(r, exampleCredentials(), QStringLiteral("eu-west-1"), exampleTime()).signature != s.signature);
        QVERIFY(AwsSigV4::sign(r, exampleCredentials(), QStringLiteral("us-east-1"), exampleTime().addSecs(1)).signature != s.signature);
        AwsSigV4::Request other = r;
        other.headers = {{"Range", "bytes=0-10"}};
        QVERIFY(AwsSigV4::sign(other, exampleCredentials(), QStringLiteral("us-east-1"), exampleTime()).signature != s.signature);
        // The date is taken in UTC whatever zone the caller's time is in.
        QCOMPARE(AwsSigV4::sign(r, exampleCredentials(), QStringLiteral("us-east-1"), exampleTime().toOffsetFromUtc(7200)).signature,
                 s.signature);
    }

    void sessionTokenIsSigned()
    {
        AwsSigV4::Credentials c = exampleCredentials();
        c.sessionToken = SecureBytes(QByteArrayView("FwoGZXIvYXdzEXAMPLE"));
        AwsSigV4::Request r;
        r.host = "examplebucket.s3.amazonaws.com";
        r.path = "/test.txt";
        const AwsSigV4::Signed s = AwsSigV4::sign(r, c, QStringLiteral("us-east-1"), exampleTime());
        QCOMPARE(s.signedHeaders, QByteArray("host;x-amz-content-sha256;x-amz-date;x-amz-security-token"));
        QCOMPARE(s.headers.at(2), (AwsSigV4::Header{"x-amz-security-token", "FwoGZXIvYXdzEXAMPLE"}));
    }

    void uriEncode_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("encodeSlash");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("unreserved") << QByteArray("a-b_c.d~e09AZ") << true << QByteArray("a-b_c.d~e09AZ");
        QTest::newRow("space is %20") << QByteArray("a b") << true << QByteArray("a%20b");
        QTest::newRow("slash in a value") << QByteArray("a/b") << true << QByteArray("a%2Fb");
        QTest::newRow("slash in a path") << QByteArray("a/b") << false << QByteArray("a/b");
        QTest::newRow("sub-delims") << QByteArray("!'()*+=:$&,;@") << true << QByteArray("%21%27%28%29%2A%2B%3D%3A%24%26%2C%3B%40");
        QTest::newRow("utf-8, upper-case hex") << QByteArray("é%") << true << QByteArray("%C3%A9%25");
        QTest::newRow("terraform workspace key") << QByteArray("/b/env:/prod/terraform.tfstate") << false
                                                 << QByteArray("/b/env%3A/prod/terraform.tfstate");
    }

    void uriEncode()
    {
        QFETCH(QByteArray, input);
        QFETCH(bool, encodeSlash);
        QFETCH(QByteArray, expected);
        QCOMPARE(AwsSigV4::uriEncode(input, encodeSlash), expected);
    }

    void canonicalQuery_data()
    {
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("empty") << QByteArray() << QByteArray();
        QTest::newRow("bare name") << QByteArray("lifecycle") << QByteArray("lifecycle=");
        QTest::newRow("sorted") << QByteArray("prefix=J&max-keys=2") << QByteArray("max-keys=2&prefix=J");
        QTest::newRow("same name sorted by value") << QByteArray("a=2&a=1") << QByteArray("a=1&a=2");
        QTest::newRow("decoded then encoded once") << QByteArray("prefix=%4A%2Fa%20b&x=a/b") << QByteArray("prefix=J%2Fa%20b&x=a%2Fb");
        QTest::newRow("plus is literal") << QByteArray("k=a+b") << QByteArray("k=a%2Bb");
    }

    void canonicalQuery()
    {
        QFETCH(QByteArray, query);
        QFETCH(QByteArray, expected);
        QCOMPARE(AwsSigV4::canonicalQuery(query), expected);
    }

    void canonicalHeaders()
    {
        QByteArray names;
        const QByteArray text = AwsSigV4::canonicalHeaders({{"X-Amz-Meta-B", "  two   words  "}, {"Host", "h"}, {"x-amz-meta-b", "again"}}, &names);
        QCOMPARE(text, QByteArray("host:h\nx-amz-meta-b:two words,again\n"));
        QCOMPARE(names, QByteArray("host;x-amz-meta-b"));
    }

    void credentials_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("error"); // empty: parses
        QTest::addColumn<QString>("id");
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<QByteArray>("token");
        QTest::newRow("id:secret") << QByteArray("AKIAIOSFODNN7EXAMPLE:wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY") << QString()
                                   << QStringLiteral("AKIAIOSFODNN7EXAMPLE") << QByteArray("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY") << QByteArray();
        QTest::newRow("trailing newline") << QByteArray("AKID:se+cret\n") << QString() << QStringLiteral("AKID") << QByteArray("se+cret")
                                          << QByteArray();
        QTest::newRow("with session token") << QByteArray("ASIA1:sec:tok/en==") << QString() << QStringLiteral("ASIA1") << QByteArray("sec")
                                            << QByteArray("tok/en==");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty") << QString() << QByteArray() << QByteArray();
        QTest::newRow("no colon") << QByteArray("AKIAIOSFODNN7EXAMPLE") << QStringLiteral("not in the form") << QString() << QByteArray()
                                  << QByteArray();
        QTest::newRow("no id") << QByteArray(":secret") << QStringLiteral("not in the form") << QString() << QByteArray() << QByteArray();
        QTest::newRow("no secret") << QByteArray("AKID:") << QStringLiteral("not in the form") << QString() << QByteArray() << QByteArray();
        QTest::newRow("bad id") << QByteArray("AK ID:secret") << QStringLiteral("access key id") << QString() << QByteArray() << QByteArray();
    }

    void credentials()
    {
        QFETCH(QByteArray, value);
        QFETCH(QString, error);
        QFETCH(QString, id);
        QFETCH(QByteArray, secret);
        QFETCH(QByteArray, token);
        const auto c = AwsSigV4::Credentials::parse(SecureBytes(QByteArrayView(value)), QStringLiteral("keychain:s3"));
        if (!error.isEmpty()) {
            QVERIFY(!c.ok());
            QVERIFY2(c.error().message.contains(error), qPrintable(c.error().toString()));
            QCOMPARE(c.error().source, QStringLiteral("keychain:s3"));
            QVERIFY(!value.isEmpty() ? !c.error().toString().contains(QString::fromLatin1(value)) : true); // never echoes the value
            return;
        }
        QVERIFY2(c.ok(), qPrintable(c.error().toString()));
        QCOMPARE(c->accessKeyId, id);
        QCOMPARE(c->secretAccessKey.view().toByteArray(), secret);
        QCOMPARE(c->sessionToken.view().toByteArray(), token);
    }
};

QTEST_GUILESS_MAIN(TestAwsSigV4)
#include "TestAwsSigV4.moc"
