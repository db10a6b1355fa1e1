// PrometheusClient's jobs against a local fake HTTP server (POST for long queries, auth headers, retries, a hanging
// server, abort) and against the REAL Prometheus + node exporter from tests/services/start.
#include "telemetry/PrometheusClient.h"

#include "TestSupport.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Infradeck;

namespace {

struct Canned
{
    int status = 200;
    QByteArray body;
    bool hang = false;
};

struct Seen
{
    QByteArray method;
    QByteArray target;
    QByteArray authorization;
    QByteArray body;
};

// A tiny HTTP/1.1 server: the next canned response for every request; records method, target, auth and body.
class FakePrometheus : public QTcpServer
{
public:
    QList<Canned> responses;
    QList<Seen> seen;

    FakePrometheus()
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                connect(s, &QTcpSocket::readyRead, this, [this, s, buffer] {
                    *buffer += s->readAll();
                    const int end = buffer->indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    const QByteArray head = buffer->left(end);
                    qsizetype length = 0;
                    for (const QByteArray &l : head.split('\n'))
                        if (l.toLower().startsWith("content-length:"))
                            length = l.mid(15).trimmed().toLongLong();
                    if (buffer->size() < end + 4 + length)
                        return;
                    Seen r;
                    const QList<QByteArray> first = head.split('\n').value(0).trimmed().split(' ');
                    r.method = first.value(0);
                    r.target = first.value(1);
                    for (const QByteArray &l : head.split('\n'))
                        if (l.toLower().startsWith("authorization:"))
                            r.authorization = l.mid(14).trimmed();
                    r.body = buffer->mid(end + 4, length);
                    buffer->remove(0, end + 4 + length);
                    seen << r;
                    const Canned c = responses.size() > 1 ? responses.takeFirst() : responses.value(0);
                    if (c.hang)
                        return;
                    s->write("HTTP/1.1 " + QByteArray::number(c.status) + " X\r\nContent-Type: application/json\r\nContent-Length: " +
                             QByteArray::number(c.body.size()) + "\r\n\r\n" + c.body);
                });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/prefix/").arg(serverPort())); }
};

const QByteArray VectorBody = R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{"instance":"a:9100"},"value":[1700000000,"0.5"]}]}})";

bool wait(PrometheusJob *job, int ms = 15000)
{
    if (!job->isRunning())
        return true;
    QSignalSpy spy(job, &PrometheusJob::finished);
    return spy.wait(ms);
}

PrometheusOptions fastOptions(const QUrl &url)
{
    PrometheusOptions o;
    o.baseUrl = url;
    o.timeoutMs = 2000;
    o.backoffMs = 20;
    return o;
}

// A port nothing listens on: bind, note the port, close.
quint16 unusedPort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    const quint16 port = s.serverPort();
    s.close();
    return port;
}

} // namespace

class TestPrometheusClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void getWithPrefixAndBearer()
    {
        FakePrometheus server;
        server.responses = {Canned{200, VectorBody, false}};
        QNetworkAccessManager nam;
        auto o = fastOptions(server.url());
        o.bearerToken = QStringLiteral("s3cret-token");
        PrometheusClient client(&nam, o);
        PrometheusJob *job = client.query(QStringLiteral("up{job=\"node\"} + 1"), QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC));
        QVERIFY(wait(job));
        QVERIFY2(job->ok(), qPrintable(job->error().toString()));
        QCOMPARE(server.seen.size(), 1);
        QCOMPARE(server.seen.first().method, QByteArray("GET"));
        QVERIFY2(server.seen.first().target.startsWith("/prefix/api/v1/query?query=up%7Bjob%3D%22node%22%7D%20%2B%201&time=1700000000.000"),
                 server.seen.first().target.constData());
        QCOMPARE(server.seen.first().authorization, QByteArray("Bearer s3cret-token"));
        QCOMPARE(job->response().series.size(), 1);
        QCOMPARE(job->response().series.first().values.first(), 0.5);
    }

    void longQueryIsPostedWithBasicAuth()
    {
        FakePrometheus server;
        server.responses = {Canned{200, VectorBody, false}};
        QNetworkAccessManager nam;
        auto o = fastOptions(server.url());
        o.basicUser = QStringLiteral("ops");
        o.basicPassword = QStringLiteral("pw");
        PrometheusClient client(&nam, o);
        QString promql = QStringLiteral("sum(rate(http_requests_total{path=~\"");
        for (int i = 0; i < 300; ++i)
            promql += QStringLiteral("/api/v%1|").arg(i);
        promql += QStringLiteral("x\"}[5m]))");
        const QDateTime end = QDateTime::currentDateTimeUtc();
        PrometheusJob *job = client.queryRange(promql, end.addSecs(-3600), end, 15);
        QVERIFY(wait(job));
        QVERIFY2(job->ok(), qPrintable(job->error().toString()));
        QVERIFY(job->usedPost());
        QCOMPARE(server.seen.first().method, QByteArray("POST"));
        QCOMPARE(server.seen.first().target, QByteArray("/prefix/api/v1/query_range"));
        QCOMPARE(server.seen.first().authorization, QByteArray("Basic ") + QByteArray("ops:pw").toBase64());
        QVERIFY(server.seen.first().body.contains("step=15"));
        QCOMPARE(QUrl::fromPercentEncoding(server.seen.first().body.split('&').first().mid(6)), promql);
    }

    void retriesGatewayErrorsNotQueryTimeouts()
    {
        FakePrometheus server;
        server.responses = {Canned{502, "<html>bad gateway</html>", false}, Canned{200, VectorBody, false}};
        QNetworkAccessManager nam;
        PrometheusClient client(&nam, fastOptions(server.url()));
        PrometheusJob *job = client.query(QStringLiteral("up"));
        QVERIFY(wait(job));
        QVERIFY(job->ok());
        QCOMPARE(job->attempts(), 2);

        FakePrometheus slow;
        slow.responses = {Canned{503, R"({"status":"error","errorType":"timeout","error":"query timed out in expression evaluation"})", false}};
        PrometheusClient slowClient(&nam, fastOptions(slow.url()));
        job = slowClient.query(QStringLiteral("up"));
        QVERIFY(wait(job));
        QVERIFY(!job->ok());
        QCOMPARE(job->attempts(), 1);
        QVERIFY2(job->error().message.contains(QStringLiteral("HTTP 503")), qPrintable(job->error().message));
        QVERIFY(job->error().message.contains(QStringLiteral("query timed out in expression evaluation")));
    }

    void largeBodyParsedOnPool()
    {
        QByteArray body = R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{"a":"b"},"values":[)";
        for (int i = 0; i < 10000; ++i)
            body += (i ? "," : "") + QByteArray("[") + QByteArray::number(1700000000 + i) + ",\"" + QByteArray::number(i) + "\"]";
        body += "]}]}}";
        FakePrometheus server;
        server.responses = {Canned{200, body, false}};
        QNetworkAccessManager nam;
        PrometheusClient client(&nam, fastOptions(server.url()));
        PrometheusJob *job = client.query(QStringLiteral("x"));
        QVERIFY(wait(job));
        QVERIFY2(job->ok(), qPrintable(job->error().toString()));
        QCOMPARE(job->response().sampleCount(), 10000);
    }

    void hangingServerTimesOutAndAbort()
    {
        FakePrometheus server;
        server.responses = {Canned{200, {}, true}};
        QNetworkAccessManager nam;
        auto o = fastOptions(server.url());
        o.timeoutMs = 400;
        PrometheusClient client(&nam, o);
        QElapsedTimer t;
        t.start();
        PrometheusJob *job = client.alerts();
        QVERIFY(wait(job, 5000));
        QVERIFY(!job->ok());
        QVERIFY2(job->error().message.contains(QStringLiteral("did not answer within")), qPrintable(job->error().message));
        QVERIFY(t.elapsed() >= 350 && t.elapsed() < 3000);

        o.timeoutMs = 10000;
        client.setOptions(o);
        job = client.targets();
        QSignalSpy spy(job, &PrometheusJob::finished);
        QTRY_COMPARE(server.seen.size(), 2);
        job->abort();
        QCOMPARE(spy.count(), 1);
        QVERIFY(job->error().message.contains(QStringLiteral("aborted")));
        QVERIFY(!job->isRunning());
    }

    void badUrl()
    {
        QNetworkAccessManager nam;
        PrometheusClient client(&nam, fastOptions(QUrl(QStringLiteral("not a url"))));
        PrometheusJob *job = client.labels();
        QVERIFY(job->isRunning()); // errors arrive asynchronously too
        QVERIFY(wait(job));
        QVERIFY(job->error().message.contains(QStringLiteral("not a Prometheus URL")));
    }

    // ----- the real Prometheus -----

    void realRangeQueryReturnsNodeCpu()
    {
        QString base, instance;
        REQUIRE_SERVICE_ENV("INFRADECK_TEST_PROMETHEUS_URL", base);
        REQUIRE_SERVICE_ENV("INFRADECK_TEST_NODE_EXPORTER", instance);
        QNetworkAccessManager nam;
        PrometheusClient client(&nam, fastOptions(QUrl(base)));
        QElapsedTimer timer;
        timer.start();
        QString last;
        while (timer.elapsed() < 30000) {
            const QDateTime end = QDateTime::currentDateTimeUtc();
            PrometheusJob *job = client.queryRange(QStringLiteral("rate(node_cpu_seconds_total{mode=\"idle\",instance=\"%1\"}[5s])").arg(instance),
                                                   end.addSecs(-300), end, 1);
            QVERIFY(wait(job));
            if (job->ok() && !job->response().series.isEmpty() && !job->response().series.first().times.isEmpty()) {
                const PromResponse &r = job->response();
                QCOMPARE(r.resultType, PromResponse::ResultType::Matrix);
                for (const PromSeries &s : r.series) {
                    QCOMPARE(s.labels.value(QStringLiteral("instance")), instance);
                    QCOMPARE(s.labels.value(QStringLiteral("mode")), QStringLiteral("idle"));
                    QVERIFY(s.labels.contains(QStringLiteral("cpu")));
                }
                const double v = r.series.first().values.last();
                QVERIFY2(v >= 0 && v <= 1.5, qPrintable(QString::number(v))); // idle CPU-seconds per second
                qInfo("node CPU series after %lld ms: %lld series", timer.elapsed(), qint64(r.series.size()));
                return;
            }
            last = job->ok() ? QStringLiteral("no samples yet") : job->error().message;
            delete job;
            QTest::qWait(500);
        }
        QFAIL(qPrintable(QStringLiteral("no node CPU series within 30 s: ") + last));
    }

    void realBadQueryReturnsServerError()
    {
        QString base;
        REQUIRE_SERVICE_ENV("INFRADECK_TEST_PROMETHEUS_URL", base);
        QNetworkAccessManager nam;
        PrometheusClient client(&nam, fastOptions(QUrl(base)));
        PrometheusJob *job = client.query(QStringLiteral("sum(rate(node_cpu_seconds_total[5m]) by"));
        QVERIFY(wait(job));
        QVERIFY(!job->ok());
        QVERIFY2(job->error().message.contains(QStringLiteral("HTTP 400")), qPrintable(job->error().message));
        QVERIFY2(job->error().message.contains(QStringLiteral("bad_data")), qPrintable(job->error().message));
        QVERIFY2(job->error().message.contains(QStringLiteral("parse error")), qPrintable(job->error().message));

        const QDateTime end = QDateTime::currentDateTimeUtc();
        job = client.queryRange(QStringLiteral("up"), end.addDays(-30), end, 1); // 2.6 M points: over the server's limit
        QVERIFY(wait(job));
        QVERIFY(!job->ok());
        QVERIFY2(job->error().message.contains(QStringLiteral("11,000")) || job->error().message.contains(QStringLiteral("11000")),
                 qPrintable(job->error().message));
    }

    void realAlertsAndTargets()
    {
        QString base, instance;
        REQUIRE_SERVICE_ENV("INFRADECK_TEST_PROMETHEUS_URL", base);
        REQUIRE_SERVICE_ENV("INFRADECK_TEST_NODE_EXPORTER", instance);
        QNetworkAccessManager nam;
        PrometheusClient client(&nam, fastOptions(QUrl(base)));
        PrometheusJob *alerts = client.alerts();
        PrometheusJob *targets = client.targets();
        QVERIFY(wait(alerts) && wait(targets));
        QVERIFY2(alerts->ok(), qPrintable(alerts->error().toString()));
        QVERIFY(alerts->response().alerts.isEmpty()); // no rules configured
        QVERIFY2(targets->ok(), qPrintable(targets->error().toString()));
        QCOMPARE(targets->response().targets.size(), 1);
        QCOMPARE(targets->response().targets.first().labels.value(QStringLiteral("instance")), instance);
        QCOMPARE(targets->response().targets.first().scrapePool, QStringLiteral("node"));
    }

    void unusedPortIsUnreachableWithinTimeout()
    {
        QNetworkAccessManager nam;
        auto o = fastOptions(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(unusedPort())));
        o.timeoutMs = 3000;
        PrometheusClient client(&nam, o);
        QElapsedTimer t;
        t.start();
        PrometheusJob *job = client.queryRange(QStringLiteral("up"), QDateTime::currentDateTimeUtc().addSecs(-60), QDateTime::currentDateTimeUtc(), 15);
        QVERIFY(wait(job, 10000));
        QVERIFY(!job->ok());
        QVERIFY2(job->error().message.contains(QStringLiteral("unreachable")), qPrintable(job->error().message));
        QVERIFY2(t.elapsed() <= o.timeoutMs + 500, qPrintable(QString::number(t.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestPrometheusClient)
#include "TestPrometheusClient.moc"
