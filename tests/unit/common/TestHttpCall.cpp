// HttpCall against a local HTTP server: success, retry of 429/503 with RateLimit-Reset and Retry-After, retries
// running out, a custom retry rule, timeout, unreachable, size limit, POST bodies, abort, re-preparing each attempt.
#include "common/HttpCall.h"

#include "LocalHttpServer.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Infradeck;
using TestSupport::Canned;
using TestSupport::LocalHttpServer;

namespace {

HttpPolicy fastPolicy()
{
    HttpPolicy p;
    p.timeoutMs = 1500;
    p.maxRetries = 2;
    p.backoffMs = 20;
    p.maxBackoffMs = 2000;
    return p;
}

HttpResult run(HttpCall &call, const QNetworkRequest &request, const QByteArray &verb = "GET", const QByteArray &body = {},
               HttpCall::Prepare prepare = {})
{
    QSignalSpy spy(&call, &HttpCall::finished);
    call.send(request, verb, body, std::move(prepare));
    if (!spy.wait(10000))
        return {};
    return call.result();
}

QUrl at(const LocalHttpServer &server, const QString &path)
{
    QUrl u = server.url();
    u.setPath(path);
    return u;
}

} // namespace


class TestHttpCall : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void success()
    {
        LocalHttpServer server;
        server.responses[QStringLiteral("/ok")] = {Canned{200, "{\"a\":1}", {{"X-Thing", "yes"}}}};
        QNetworkAccessManager nam;
        HttpCall call(&nam, fastPolicy());
        const HttpResult r = run(call, QNetworkRequest(at(server, QStringLiteral("/ok"))));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("{\"a\":1}"));
        QCOMPARE(r.header("x-thing"), QByteArray("yes"));
        QCOMPARE(r.attempts, 1);
        QVERIFY(!r.timedOut);
        QVERIFY(!call.isRunning());
        QCOMPARE(server.requestLines(), QStringList{QStringLiteral("GET /ok")});
    }

    void retriesTransientAnswers()
    {
        LocalHttpServer server;
        server.responses[QStringLiteral("/r")] = {Canned{503, "busy"}, Canned{429, "slow down", {{"Retry-After", "0"}}}, Canned{200, "done"}};
        QNetworkAccessManager nam;
        HttpCall call(&nam, fastPolicy());
        QSignalSpy retrying(&call, &HttpCall::retrying);
        const HttpResult r = run(call, QNetworkRequest(at(server, QStringLiteral("/r"))));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("done"));
        QCOMPARE(r.attempts, 3);
        QCOMPARE(retrying.size(), 2);
        QCOMPARE(retrying.at(0).at(0).toInt(), 503);
        QCOMPARE(retrying.at(1).at(0).toInt(), 429);
        QCOMPARE(retrying.at(1).at(1).toInt(), 0); // Retry-After: 0
    }

    void retriesRunOut()
    {
        LocalHttpServer server;
        server.responses[QStringLiteral("/down")] = {Canned{502, "bad gateway"}};
        QNetworkAccessManager nam;
        HttpCall call(&nam, fastPolicy());
        const HttpResult r = run(call, QNetworkRequest(at(server, QStringLiteral("/down"))));
        QCOMPARE(r.status, 502);
        QCOMPARE(r.body, QByteArray("bad gateway"));
        QCOMPARE(r.attempts, 3); // first + maxRetries
    }

    void notRetriedByDefault_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("400") << 400;
        QTest::newRow("401") << 401;
        QTest::newRow("404") << 404;
        QTest::newRow("500") << 500;
    }
    void notRetriedByDefault()
    {
        QFETCH(int, status);
        LocalHttpServer server;
        server.responses[QStringLiteral("/x")] = {Canned{status, "no"}};
        QNetworkAccessManager nam;
        HttpCall call(&nam, fastPolicy());
        const HttpResult r = run(call, QNetworkRequest(at(server, QStringLiteral("/x"))));
        QCOMPARE(r.status, status);
        QCOMPARE(r.attempts, 1);
    }

    void customRetryRule()
    {
        LocalHttpServer server;
        server.responses[QStringLiteral("/q")] = {Canned{503, "{\"errorType\":\"timeout\"}"}, Canned{200, "never"}};
        QNetworkAccessManager nam;
        HttpPolicy policy = fastPolicy();
        policy.retryable = [](int status, const QByteArray &body) { return status == 503 && !body.contains("errorType"); };
        HttpCall call(&nam, policy);
        const HttpResult r = run(call, QNetworkRequest(at(server, QStringLiteral("/q"))));
        QCOMPARE(r.status, 503);
        QCOMPARE(r.attempts, 1);
    }

    void retryDelay()
    {
        HttpPolicy policy;
        policy.backoffMs = 100;
        policy.maxBackoffMs = 5000;
        HttpResult r;
        QCOMPARE(HttpCall::retryDelayMs(r, policy, 0), 100);
        QCOMPARE(HttpCall::retryDelayMs(r, policy, 3), 800);
        QCOMPARE(HttpCall::retryDelayMs(r, policy, 40), 5000); // capped, no overflow
        r.headers = {{"Retry-After", "2"}};
        QCOMPARE(HttpCall::retryDelayMs(r, policy, 0), 2000);
        r.headers = {{"RateLimit-Reset", QByteArray::number(QDateTime::currentSecsSinceEpoch() + 3)}};
        const int d = HttpCall::retryDelayMs(r, policy, 0);
        QVERIFY2(d >= 2000 && d <= 3000, qPrintable(QString::number(d)));
        r.headers = {{"ratelimit-reset", "1"}};
        QCOMPARE(HttpCall::retryDelayMs(r, policy, 0), 1000);
        r.headers = {{"RateLimit-Reset", "999999"}}; // far away: capped
        QCOMPARE(HttpCall::retryDelayMs(r, policy, 0), 5000);
        r.headers = {{"Retry-After", "soon"}}; // not a number: the backoff
        QCOMPARE(HttpCall::retryDelayMs(r, policy, 1), 200);
    }

    void timeout()
    {
        LocalHttpServer server;
        server.responses[QStringLiteral("/hang")] = {Canned{200, {}, {}, true}};
        QNetworkAccessManager nam;
        HttpPolicy policy = fastPolicy();
        policy.timeoutMs = 300;
        HttpCall call(&nam, policy);
        QElapsedTimer t;
        t.start();
        const HttpResult r = run(call, QNetworkRequest(at(server, QStringLiteral("/hang"))));
        QVERIFY(r.timedOut);
        QCOMPARE(r.status, 0);
        QVERIFY(t.elapsed() < 3000);
    }

    void unreachable()
    {
        quint16 port;
        {
            LocalHttpServer closed;
            port = closed.serverPort();
        }
        QNetworkAccessManager nam;
        HttpCall call(&nam, fastPolicy());
        const HttpResult r = run(call, QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/x").arg(port))));
        QCOMPARE(r.status, 0);
        QVERIFY(!r.timedOut);
        QVERIFY(!r.networkError.isEmpty());
        QCOMPARE(r.attempts, 1); // no answer is not retried: the caller says "unreachable"
    }

    void sizeLimit()
    {
        LocalHttpServer server;
        server.responses[QStringLiteral("/big")] = {Canned{200, QByteArray(200000, 'x')}};
        QNetworkAccessManager nam;
        HttpPolicy policy = fastPolicy();
        policy.maxBytes = 1000;
        HttpCall call(&nam, policy);
        const HttpResult r = run(call, QNetworkRequest(at(server, QStringLiteral("/big"))));
        QVERIFY(r.tooLarge);
        QCOMPARE(r.status, 0);
        QVERIFY(r.body.isEmpty());
    }

    void postBodyAndPrepareEachAttempt()
    {
        LocalHttpServer server;
        server.responses[QStringLiteral("/p")] = {Canned{503, "again"}, Canned{200, "ok"}};
        QNetworkAccessManager nam;
        HttpCall call(&nam, fastPolicy());
        QNetworkRequest req(at(server, QStringLiteral("/p")));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        int prepared = 0;
        const HttpResult r = run(call, req, "POST", "query=up&time=1", [&prepared](QNetworkRequest &q) {
            ++prepared;
            q.setRawHeader("X-Attempt", QByteArray::number(prepared));
        });
        QCOMPARE(r.status, 200);
        QCOMPARE(prepared, 2);
        QCOMPARE(server.received.size(), 2);
        QCOMPARE(server.received.at(0).method, QByteArray("POST"));
        QCOMPARE(server.received.at(1).body, QByteArray("query=up&time=1"));
        QCOMPARE(server.received.at(0).header("X-Attempt"), QByteArray("1"));
        QCOMPARE(server.received.at(1).header("X-Attempt"), QByteArray("2"));
    }

    void abortIsSilent()
    {
        LocalHttpServer server;
        server.responses[QStringLiteral("/hang")] = {Canned{200, {}, {}, true}};
        QNetworkAccessManager nam;
        HttpCall call(&nam, fastPolicy());
        QSignalSpy spy(&call, &HttpCall::finished);
        call.send(QNetworkRequest(at(server, QStringLiteral("/hang"))));
        QTRY_COMPARE(server.received.size(), 1);
        call.abort();
        QVERIFY(!call.isRunning());
        QTest::qWait(200);
        QCOMPARE(spy.size(), 0);
    }

    void sendAgainDropsTheRunningCall()
    {
        LocalHttpServer server;
        server.responses[QStringLiteral("/hang")] = {Canned{200, {}, {}, true}};
        server.responses[QStringLiteral("/ok")] = {Canned{200, "second"}};
        QNetworkAccessManager nam;
        HttpCall call(&nam, fastPolicy());
        QSignalSpy spy(&call, &HttpCall::finished);
        call.send(QNetworkRequest(at(server, QStringLiteral("/hang"))));
        call.send(QNetworkRequest(at(server, QStringLiteral("/ok"))));
        QVERIFY(spy.wait(5000));
        QTest::qWait(100);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(call.result().body, QByteArray("second"));
        QCOMPARE(call.takeBody(), QByteArray("second"));
        QVERIFY(call.result().body.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHttpCall)
#include "TestHttpCall.moc"
