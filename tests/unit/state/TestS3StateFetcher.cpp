// S3StateFetcher against S3TestServer, which checks the Signature V4 of every request on its own: a signed GET
// of a real state (keys with ':' and spaces), 403 for a wrong secret / unknown key id / skewed clock, 404 for an
// unknown key or bucket, the wrong region, retries on 5xx, a hanging server, an unreachable one, a broken state,
// a too large one, 304 with If-None-Match, abort.
#include "terraform/S3StateFetcher.h"
#include "terraform/StateReader.h"

#include "TestSupport.h"
#include "unit/state/S3TestServer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Infradeck;

namespace {

const char *AccessKey = "AKIDTESTS3STATE";
const char *Secret = "s3cr3t/K7MDENG+bPxRfiCYTESTKEY";

QByteArray stateBytes()
{
    QFile f(TestSupport::testData(QStringLiteral("states/diff-a.tfstate")));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Resource instances counted straight from the JSON, not through StateReader.
int instanceCount(const QByteArray &state)
{
    int n = 0;
    for (const QJsonValue &r : QJsonDocument::fromJson(state).object().value(QLatin1String("resources")).toArray())
        n += int(r.toObject().value(QLatin1String("instances")).toArray().size());
    return n;
}

S3StateFetcher::Options options(const S3TestServer &server, const QString &key, const QByteArray &secret = Secret)
{
    S3StateFetcher::Options o;
    o.location.endpoint = server.endpoint();
    o.location.bucket = QStringLiteral("tf-state");
    o.location.key = key;
    o.credentials.accessKeyId = QString::fromLatin1(AccessKey);
    o.credentials.secretAccessKey = SecureBytes(QByteArrayView(secret));
    o.timeoutMs = 3000;
    o.backoffMs = 20;
    return o;
}

bool run(S3StateFetcher &job, int timeoutMs = 15000)
{
    QSignalSpy spy(&job, &S3StateFetcher::finished);
    job.start();
    return spy.wait(timeoutMs) && spy.count() == 1;
}

} // namespace

class TestS3StateFetcher : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<S3TestServer> m_server;
    QByteArray m_state;

private Q_SLOTS:
    void init()
    {
        m_state = stateBytes();
        QVERIFY(!m_state.isEmpty());
        m_server = std::make_unique<S3TestServer>();
        QVERIFY(m_server->isListening());
        m_server->secrets.insert(QString::fromLatin1(AccessKey), Secret);
        m_server->objects[QStringLiteral("tf-state")].insert(QStringLiteral("env:/prod/terraform.tfstate"), m_state);
        m_server->objects[QStringLiteral("tf-state")].insert(QStringLiteral("my states/prod (1)!.tfstate"), m_state);
        m_server->objects[QStringLiteral("tf-state")].insert(QStringLiteral("broken.tfstate"), m_state.left(m_state.size() / 2));
        m_server->objects[QStringLiteral("tf-state")].insert(QStringLiteral("plan.json"), "{\"format_version\":\"1.2\",\"planned_values\":{}}");
    }

    void fetchesSignedState_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("terraform workspace key") << QStringLiteral("env:/prod/terraform.tfstate");
        QTest::newRow("spaces and sub-delims") << QStringLiteral("my states/prod (1)!.tfstate");
    }

    void fetchesSignedState()
    {
        QFETCH(QString, key);
        QNetworkAccessManager nam;
        S3StateFetcher job(&nam, options(*m_server, key));
        QSignalSpy progress(&job, &S3StateFetcher::progress);
        QVERIFY(run(job));
        QVERIFY2(job.ok(), qPrintable(job.error().toString()));
        QCOMPARE(m_server->received.size(), 1);
        const S3TestServer::Received &r = m_server->received.first();
        QVERIFY(r.signatureOk);
        QCOMPARE(r.method, QByteArray("GET"));
        QVERIFY(r.signedHeaders.startsWith("host;"));
        QVERIFY(!r.headers.value("authorization").contains(Secret));
        QCOMPARE(job.attempts(), 1);
        QCOMPARE(job.etag(), S3TestServer::etagOf(m_state));
        QVERIFY(!progress.isEmpty());

        const auto inventory = job.inventory();
        QVERIFY(inventory);
        QCOMPARE(inventory->source, QString(QStringLiteral("s3://tf-state/") + key));
        QCOMPARE(int(inventory->resources.size()), instanceCount(m_state));
        QCOMPARE(inventory->serial, 3);
        QCOMPARE(inventory->lineage, QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001"));
        // Same inventory as reading the bytes locally; sensitive outputs stay masked.
        const auto local = StateReader::readBytes(m_state, inventory->source);
        QVERIFY(local.ok());
        QCOMPARE(inventory->listJson(), local->listJson());
        for (const InventoryOutput &o : inventory->outputs)
            QVERIFY(!o.displayText().contains(QStringLiteral("diff-secret-A-out-31")));
    }

    void wrongSecretIsAccessDenied()
    {
        QNetworkAccessManager nam;
        S3StateFetcher job(&nam, options(*m_server, QStringLiteral("env:/prod/terraform.tfstate"), "not-the-secret"));
        QVERIFY(run(job));
        QVERIFY(!job.ok());
        QVERIFY(!m_server->received.first().signatureOk);
        QVERIFY2(job.error().message.startsWith(QStringLiteral("access denied: check the credentials")), qPrintable(job.error().toString()));
        QVERIFY(job.error().message.contains(QStringLiteral("secret access key")));
        QCOMPARE(job.error().source, QStringLiteral("s3://tf-state/env:/prod/terraform.tfstate"));
        QCOMPARE(job.attempts(), 1); // 403 is not retried
        QVERIFY(!job.inventory());
    }

    void unknownAccessKeyIsAccessDenied()
    {
        QNetworkAccessManager nam;
        S3StateFetcher::Options o = options(*m_server, QStringLiteral("env:/prod/terraform.tfstate"));
        o.credentials.accessKeyId = QStringLiteral("AKIDUNKNOWN");
        S3StateFetcher job(&nam, o);
        QVERIFY(run(job));
        QVERIFY(!job.ok());
        QVERIFY(job.error().message.startsWith(QStringLiteral("access denied: check the credentials")));
        QVERIFY2(job.error().message.contains(QStringLiteral("access key id")), qPrintable(job.error().toString()));
    }

    void skewedClock()
    {
        QNetworkAccessManager nam;
        S3StateFetcher::Options o = options(*m_server, QStringLiteral("env:/prod/terraform.tfstate"));
        o.clock = [] { return QDateTime::currentDateTimeUtc().addSecs(-3600); };
        S3StateFetcher job(&nam, o);
        QVERIFY(run(job));
        QVERIFY(!job.ok());
        QVERIFY2(job.error().message.contains(QStringLiteral("clock")), qPrintable(job.error().toString()));
    }

    void notFound_data()
    {
        QTest::addColumn<QString>("bucket");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown key") << QStringLiteral("tf-state") << QStringLiteral("staging/terraform.tfstate")
                                     << QStringLiteral("no state at s3://tf-state/staging/terraform.tfstate");
        QTest::newRow("unknown bucket") << QStringLiteral("other") << QStringLiteral("terraform.tfstate")
                                        << QStringLiteral("no state at s3://other/terraform.tfstate: the bucket \"other\" does not exist");
    }

    void notFound()
    {
        QFETCH(QString, bucket);
        QFETCH(QString, key);
        QFETCH(QString, message);
        QNetworkAccessManager nam;
        S3StateFetcher::Options o = options(*m_server, key);
        o.location.bucket = bucket;
        S3StateFetcher job(&nam, o);
        QVERIFY(run(job));
        QVERIFY(!job.ok());
        QVERIFY(m_server->received.first().signatureOk); // refused for the right reason
        QVERIFY2(job.error().message.startsWith(message), qPrintable(job.error().toString()));
        QCOMPARE(job.attempts(), 1);
    }

    void wrongRegion()
    {
        m_server->region = QStringLiteral("eu-west-3");
        QNetworkAccessManager nam;
        S3StateFetcher job(&nam, options(*m_server, QStringLiteral("env:/prod/terraform.tfstate")));
        QVERIFY(run(job));
        QVERIFY(!job.ok());
        QVERIFY2(job.error().message.contains(QStringLiteral("region eu-west-3, not us-east-1")), qPrintable(job.error().toString()));
    }

    void retriesServerErrors()
    {
        m_server->failures = {{503, "SlowDown", false}, {500, "InternalError", false}};
        QNetworkAccessManager nam;
        S3StateFetcher job(&nam, options(*m_server, QStringLiteral("env:/prod/terraform.tfstate")));
        QVERIFY(run(job));
        QVERIFY2(job.ok(), qPrintable(job.error().toString()));
        QCOMPARE(job.attempts(), 3);
        QCOMPARE(m_server->received.size(), 3);
        // Every attempt is signed afresh and checks out.
        for (const S3TestServer::Received &r : std::as_const(m_server->received))
            QVERIFY(r.signatureOk);
        QVERIFY(job.inventory());
    }

    void retriesRunOut()
    {
        m_server->failures = {{503, "SlowDown", false}, {503, "SlowDown", false}, {503, "SlowDown", false}, {503, "SlowDown", false}};
        QNetworkAccessManager nam;
        S3StateFetcher job(&nam, options(*m_server, QStringLiteral("env:/prod/terraform.tfstate")));
        QVERIFY(run(job));
        QVERIFY(!job.ok());
        QCOMPARE(job.attempts(), 4); // one + maxRetries
        QVERIFY2(job.error().message.contains(QStringLiteral("HTTP 503")) && job.error().message.contains(QStringLiteral("SlowDown")),
                 qPrintable(job.error().toString()));
    }

    void hangingServerTimesOut()
    {
        m_server->failures = {{0, {}, true}};
        QNetworkAccessManager nam;
        S3StateFetcher::Options o = options(*m_server, QStringLiteral("env:/prod/terraform.tfstate"));
        o.timeoutMs = 300;
        S3StateFetcher job(&nam, o);
        QElapsedTimer t;
        t.start();
        QVERIFY(run(job));
        QVERIFY(!job.ok());
        QVERIFY2(job.error().message.contains(QStringLiteral("did not answer within 0.3 s")), qPrintable(job.error().toString()));
        QVERIFY(t.elapsed() < 3000);
    }

    void unreachable()
    {
        QNetworkAccessManager nam;
        S3StateFetcher::Options o = options(*m_server, QStringLiteral("env:/prod/terraform.tfstate"));
        const QUrl endpoint = m_server->endpoint();
        m_server->close();
        o.location.endpoint = endpoint;
        S3StateFetcher job(&nam, o);
        QVERIFY(run(job));
        QVERIFY(!job.ok());
        QVERIFY2(job.error().message.startsWith(QStringLiteral("cannot reach the S3 server at http://127.0.0.1")), qPrintable(job.error().toString()));
    }

    void brokenStates_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("message");
        QTest::newRow("truncated") << QStringLiteral("broken.tfstate") << QString();
        QTest::newRow("a plan, not a state") << QStringLiteral("plan.json") << QStringLiteral("plan");
    }

    void brokenStates()
    {
        QFETCH(QString, key);
        QFETCH(QString, message);
        QNetworkAccessManager nam;
        S3StateFetcher job(&nam, options(*m_server, key));
        QVERIFY(run(job));
        QVERIFY(!job.ok());
        QCOMPARE(job.error().source, QString(QStringLiteral("s3://tf-state/") + key));
        // The reader's own error for the same bytes, with the s3:// source.
        const auto local = StateReader::readBytes(m_server->objects.value(QStringLiteral("tf-state")).value(key), job.error().source);
        QVERIFY(!local.ok());
        QCOMPARE(job.error().toString(), local.error().toString());
        QVERIFY2(job.error().message.contains(message), qPrintable(job.error().toString()));
    }

    void tooLarge()
    {
        QNetworkAccessManager nam;
        S3StateFetcher::Options o = options(*m_server, QStringLiteral("env:/prod/terraform.tfstate"));
        o.maxBytes = 100;
        S3StateFetcher job(&nam, o);
        QVERIFY(run(job));
        QVERIFY(!job.ok());
        QVERIFY2(job.error().message.contains(QStringLiteral("larger than")), qPrintable(job.error().toString()));
    }

    void notModified()
    {
        QNetworkAccessManager nam;
        S3StateFetcher::Options o = options(*m_server, QStringLiteral("env:/prod/terraform.tfstate"));
        o.ifNoneMatch = S3TestServer::etagOf(m_state);
        S3StateFetcher job(&nam, o);
        QVERIFY(run(job));
        QVERIFY2(job.ok(), qPrintable(job.error().toString()));
        QVERIFY(job.notModified());
        QVERIFY(!job.inventory());
        QVERIFY(m_server->received.first().signatureOk);
        QVERIFY(m_server->received.first().signedHeaders.contains("if-none-match"));

        // A stale ETag gets the body.
        o.ifNoneMatch = "\"0123\"";
        S3StateFetcher again(&nam, o);
        QVERIFY(run(again));
        QVERIFY(again.ok());
        QVERIFY(!again.notModified());
        QVERIFY(again.inventory());
    }

    void abortAndBadOptions()
    {
        m_server->failures = {{0, {}, true}};
        QNetworkAccessManager nam;
        S3StateFetcher job(&nam, options(*m_server, QStringLiteral("env:/prod/terraform.tfstate")));
        QSignalSpy spy(&job, &S3StateFetcher::finished);
        job.start();
        QTRY_COMPARE(m_server->received.size(), 1);
        job.abort();
        QCOMPARE(spy.count(), 1);
        QVERIFY(!job.ok());
        QVERIFY(job.error().message.contains(QStringLiteral("aborted")));

        S3StateFetcher::Options o = options(*m_server, QStringLiteral("k"));
        o.credentials = {};
        S3StateFetcher noCredentials(&nam, o);
        QVERIFY(run(noCredentials));
        QVERIFY(noCredentials.error().message.contains(QStringLiteral("no S3 credentials")));

        o = options(*m_server, QStringLiteral("k"));
        o.location.endpoint = QUrl(QStringLiteral("ftp://example.com"));
        S3StateFetcher badEndpoint(&nam, o);
        QVERIFY(run(badEndpoint));
        QVERIFY(badEndpoint.error().message.contains(QStringLiteral("not an http:// or https:// URL")));
    }

    void locations()
    {
        S3StateFetcher::Location l;
        l.endpoint = QUrl(QStringLiteral("https://s3.gra.io.cloud.ovh.net/"));
        l.bucket = QStringLiteral("tf-state");
        l.key = QStringLiteral("env:/prod/a b.tfstate");
        QCOMPARE(l.objectUrl().toString(QUrl::FullyEncoded),
                 QStringLiteral("https://s3.gra.io.cloud.ovh.net/tf-state/env%3A/prod/a%20b.tfstate"));
        l.endpoint = QUrl(QStringLiteral("http://127.0.0.1:9000/storage"));
        QCOMPARE(l.objectUrl().path(QUrl::FullyEncoded), QStringLiteral("/storage/tf-state/env%3A/prod/a%20b.tfstate"));
        QCOMPARE(l.displayUrl(), QStringLiteral("s3://tf-state/env:/prod/a b.tfstate"));

        const auto parsed = S3StateFetcher::Location::fromS3Url(QStringLiteral("s3://bucket/dir/terraform.tfstate"), l.endpoint);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->bucket, QStringLiteral("bucket"));
        QCOMPARE(parsed->key, QStringLiteral("dir/terraform.tfstate"));
        QCOMPARE(parsed->region, QStringLiteral("us-east-1"));
        QVERIFY(!S3StateFetcher::Location::fromS3Url(QStringLiteral("s3://bucket"), l.endpoint).ok());
        QVERIFY(!S3StateFetcher::Location::fromS3Url(QStringLiteral("s3://bucket/"), l.endpoint).ok());
        QVERIFY(!S3StateFetcher::Location::fromS3Url(QStringLiteral("https://bucket/key"), l.endpoint).ok());
    }
};

QTEST_GUILESS_MAIN(TestS3StateFetcher)
#include "TestS3StateFetcher.moc"
