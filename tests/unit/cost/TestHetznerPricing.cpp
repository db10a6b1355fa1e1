// HetznerPricing against a local HTTP server (QTcpServer on 127.0.0.1) replaying responses written from the
// Hetzner Cloud API schema (../shared/fixtures/hcloud/hcloud-openapi): success, 401, 429 with RateLimit-Reset,
// 5xx, malformed bodies, a hanging server; the cache and its date.
#include "cost/CostEstimator.h"
#include "cost/HetznerPricing.h"

#include "LocalHttpServer.h"

#include "unit/cost/HetznerApiBodies.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Infradeck;

namespace {

using TestSupport::HetznerApi::pricingBody;
using TestSupport::HetznerApi::serverTypesBody;

using TestSupport::Canned;
using FakeHetzner = TestSupport::LocalHttpServer;

HetznerPricing::Options options(const FakeHetzner &server, const QString &cacheDir = {})
{
    HetznerPricing::Options o;
    o.baseUrl = server.url();
    o.token = QStringLiteral("test-token-123");
    o.timeoutMs = 2000;
    o.backoffMs = 50;
    o.maxBackoffMs = 3000;
    o.cacheDir = cacheDir;
    return o;
}

bool run(HetznerPricing &job, int timeoutMs = 15000)
{
    QSignalSpy spy(&job, &HetznerPricing::finished);
    job.start();
    return spy.wait(timeoutMs) && spy.count() == 1;
}

} // namespace

class TestHetznerPricing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void success()
    {
        FakeHetzner server;
        server.responses[QStringLiteral("/v1/pricing")] = {Canned{200, pricingBody(), {}, false}};
        server.responses[QStringLiteral("/v1/server_types")] = {Canned{200, serverTypesBody(), {}, false}};
        QTemporaryDir cache;
        QNetworkAccessManager nam;
        HetznerPricing job(&nam, options(server, cache.path()));
        QVERIFY(run(job));
        QVERIFY2(job.ok(), qPrintable(job.error().toString()));
        QCOMPARE(server.requestLines(), (QStringList{QStringLiteral("GET /v1/pricing"), QStringLiteral("GET /v1/server_types")}));
        QCOMPARE(server.received.value(0).header("Authorization"), QByteArray("Bearer test-token-123"));
        QCOMPARE(job.snapshot().currency, QStringLiteral("EUR"));
        QCOMPARE(job.snapshot().vatRate, QStringLiteral("19.00"));
        QCOMPARE(job.snapshot().fetchedAt.date(), QDateTime::currentDateTimeUtc().date());

        // The live overlay prices what the catalog prices, net, per location.
        auto base = PriceCatalog::loadString("currency: EUR\ntypes: {}\n");
        QVERIFY(base.ok());
        QVERIFY(base->merge(job.snapshot().catalog).isEmpty());
        const CostEstimator estimator(base.value());
        auto monthly = [&](const QString &type, const QJsonObject &attrs) {
            const auto p = estimator.price(CostResource{type + QStringLiteral(".x"), type, {}, {}, attrs});
            return p.priced ? p.monthly.toString() : QStringLiteral("unpriced: ") + p.reason;
        };
        QCOMPARE(monthly(QStringLiteral("hcloud_server"), {{QStringLiteral("server_type"), QStringLiteral("cx22")}, {QStringLiteral("location"), QStringLiteral("fsn1")}}),
                 QStringLiteral("3.79"));
        QCOMPARE(monthly(QStringLiteral("hcloud_server"), {{QStringLiteral("server_type"), QStringLiteral("cx22")}, {QStringLiteral("location"), QStringLiteral("ash")}}),
                 QStringLiteral("4.99"));
        QCOMPARE(monthly(QStringLiteral("hcloud_server"), {{QStringLiteral("server_type"), QStringLiteral("cpx31")}, {QStringLiteral("datacenter"), QStringLiteral("fsn1-dc14")},
                                                            {QStringLiteral("backups"), true}}),
                 QStringLiteral("16.32"));
        QVERIFY(monthly(QStringLiteral("hcloud_server"), {{QStringLiteral("server_type"), QStringLiteral("cx22")}, {QStringLiteral("location"), QStringLiteral("sin")}})
                    .startsWith(QStringLiteral("unpriced")));
        QCOMPARE(monthly(QStringLiteral("hcloud_volume"), {{QStringLiteral("size"), 20}}), QStringLiteral("0.88"));
        QCOMPARE(monthly(QStringLiteral("hcloud_load_balancer"), {{QStringLiteral("load_balancer_type"), QStringLiteral("lb11")}, {QStringLiteral("location"), QStringLiteral("fsn1")}}),
                 QStringLiteral("5.39"));
        QCOMPARE(monthly(QStringLiteral("hcloud_primary_ip"), {{QStringLiteral("type"), QStringLiteral("ipv4")}, {QStringLiteral("datacenter"), QStringLiteral("fsn1-dc14")}}),
                 QStringLiteral("0.50"));
        QCOMPARE(monthly(QStringLiteral("hcloud_floating_ip"), {{QStringLiteral("type"), QStringLiteral("ipv4")}, {QStringLiteral("home_location"), QStringLiteral("fsn1")}}),
                 QStringLiteral("3.00"));
        QVERIFY(estimator.price(CostResource{QStringLiteral("hcloud_volume.x"), QStringLiteral("hcloud_volume"), {}, {}, {{QStringLiteral("size"), 1}}})
                    .source.startsWith(QStringLiteral("Hetzner API, ") + job.snapshot().fetchedAt.date().toString(Qt::ISODate)));

        // Cached with its date; reloading gives the same prices; it goes stale.
        const auto cached = HetznerPricing::loadCache(cache.path());
        QVERIFY2(cached.ok(), qPrintable(cached.error().toString()));
        QCOMPARE(cached->fetchedAt.date(), job.snapshot().fetchedAt.date());
        QCOMPARE(cached->catalog.typeNames(), job.snapshot().catalog.typeNames());
        const QDate fetched = cached->fetchedAt.date();
        QVERIFY(!cached->catalog.isStale(fetched.addDays(1), 7));
        QVERIFY(cached->catalog.isStale(fetched.addDays(8), 7));
        QVERIFY(!QFile::exists(cache.filePath(HetznerPricing::cacheFileName()) + QStringLiteral(".tmp")));
        QVERIFY(!QFile(cache.filePath(HetznerPricing::cacheFileName())).readAll().contains("test-token"));
    }

    void unauthorized()
    {
        FakeHetzner server;
        server.responses[QStringLiteral("/v1/pricing")] = {
            Canned{401, "{\"error\":{\"code\":\"unauthorized\",\"message\":\"unable to authenticate\"}}", {}, false}};
        QNetworkAccessManager nam;
        HetznerPricing job(&nam, options(server));
        QVERIFY(run(job));
        QVERIFY(!job.ok());
        QVERIFY2(job.error().message.contains(QStringLiteral("token was rejected")), qPrintable(job.error().message));
        QVERIFY(job.error().message.contains(QStringLiteral("unable to authenticate")));
        QVERIFY(!job.error().message.contains(QStringLiteral("test-token")));
        QCOMPARE(job.attempts(), 1); // 401 is not retried
    }

    void rateLimitedThenSuccess()
    {
        FakeHetzner server;
        const QByteArray reset = QByteArray::number(QDateTime::currentSecsSinceEpoch() + 1);
        server.responses[QStringLiteral("/v1/pricing")] = {
            Canned{429, "{\"error\":{\"code\":\"rate_limit_exceeded\",\"message\":\"limit\"}}",
                   {{"RateLimit-Limit", "3600"}, {"RateLimit-Remaining", "0"}, {"RateLimit-Reset", reset}}, false},
            Canned{200, pricingBody(), {}, false}};
        server.responses[QStringLiteral("/v1/server_types")] = {Canned{200, serverTypesBody(), {}, false}};
        QNetworkAccessManager nam;
        HetznerPricing job(&nam, options(server));
        QVERIFY(run(job));
        QVERIFY2(job.ok(), qPrintable(job.error().toString()));
        QCOMPARE(job.attempts(), 3);
        QCOMPARE(server.requestLines().count(QStringLiteral("GET /v1/pricing")), 2);
        // The retry waited for RateLimit-Reset (a UNIX time ~1 s ahead), not the 50 ms backoff.
        const qint64 waited = server.received.at(0).time.msecsTo(server.received.at(1).time);
        QVERIFY2(waited >= 300, qPrintable(QString::number(waited)));
    }

    void rateLimitedRetriesRunOut()
    {
        FakeHetzner server;
        const QByteArray reset = QByteArray::number(QDateTime::currentSecsSinceEpoch() + 120);
        server.responses[QStringLiteral("/v1/pricing")] = {
            Canned{429, "{\"error\":{\"code\":\"rate_limit_exceeded\",\"message\":\"limit\"}}",
                   {{"RateLimit-Limit", "3600"}, {"RateLimit-Remaining", "0"}, {"RateLimit-Reset", reset}}, false}};
        QNetworkAccessManager nam;
        auto o = options(server);
        o.maxRetries = 0;
        HetznerPricing job(&nam, o);
        QVERIFY(run(job));
        QVERIFY(!job.ok());
        QCOMPARE(job.attempts(), 1);
        // The error says when to try again: the RateLimit-Reset time, about two minutes ahead.
        QVERIFY2(job.error().message.contains(QStringLiteral("HTTP 429")) && job.error().message.contains(QStringLiteral("try again after")),
                 qPrintable(job.error().message));
        const qint64 ahead = QDateTime::currentDateTimeUtc().secsTo(job.retryAt());
        QVERIFY2(ahead > 100 && ahead <= 121, qPrintable(QString::number(ahead)));
    }

    void serverErrorThenSuccess()
    {
        FakeHetzner server;
        server.responses[QStringLiteral("/v1/pricing")] = {Canned{503, "oops", {}, false}, Canned{500, "oops", {}, false},
                                                           Canned{200, pricingBody(), {}, false}};
        server.responses[QStringLiteral("/v1/server_types")] = {Canned{502, "", {}, false}, Canned{200, serverTypesBody(), {}, false}};
        QNetworkAccessManager nam;
        HetznerPricing job(&nam, options(server));
        QVERIFY(run(job));
        QVERIFY2(job.ok(), qPrintable(job.error().toString()));
        QCOMPARE(job.attempts(), 5);
        // backoff doubles: 50 ms then 100 ms
        QVERIFY(server.received.at(0).time.msecsTo(server.received.at(1).time) >= 40);
        QVERIFY(server.received.at(1).time.msecsTo(server.received.at(2).time) >= 90);
    }

    void serverErrorRetriesRunOut()
    {
        FakeHetzner server;
        server.responses[QStringLiteral("/v1/pricing")] = {Canned{500, "{\"error\":{\"code\":\"server_error\",\"message\":\"boom\"}}", {}, false}};
        QNetworkAccessManager nam;
        auto o = options(server);
        o.maxRetries = 2;
        HetznerPricing job(&nam, o);
        QVERIFY(run(job));
        QVERIFY(!job.ok());
        QCOMPARE(job.attempts(), 3);
        QVERIFY2(job.error().message.contains(QStringLiteral("HTTP 500")), qPrintable(job.error().message));
        QVERIFY(job.error().message.contains(QStringLiteral("boom")));
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("where");
        QTest::newRow("not json") << QByteArray("<html>maintenance</html>") << QString();
        QTest::newRow("truncated") << pricingBody().left(200) << QString();
        QTest::newRow("no pricing") << QByteArray("{\"prices\":{}}") << QStringLiteral("$.pricing");
        QTest::newRow("float money") << QByteArray(pricingBody()).replace("\"net\":\"0.0440000000\"", "\"net\":0.044")
                                     << QStringLiteral("$.pricing.volume.price_per_gb_month.net");
        QTest::newRow("garbage money") << QByteArray(pricingBody()).replace("\"net\":\"3.7900000000\"", "\"net\":\"3,79\"")
                                       << QStringLiteral("$.pricing.server_types[0].prices[0].price_monthly.net");
        QTest::newRow("server_types object") << QByteArray(pricingBody()).replace("\"server_types\":[", "\"server_types\":{\"x\":[")
                                             << QString();
    }
    void malformed()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, where);
        FakeHetzner server;
        server.responses[QStringLiteral("/v1/pricing")] = {Canned{200, body, {}, false}};
        server.responses[QStringLiteral("/v1/server_types")] = {Canned{200, serverTypesBody(), {}, false}};
        QNetworkAccessManager nam;
        HetznerPricing job(&nam, options(server));
        QVERIFY(run(job));
        QVERIFY(!job.ok());
        QVERIFY2(job.error().source.contains(QStringLiteral("/v1/pricing")), qPrintable(job.error().toString()));
        if (!where.isEmpty())
            QCOMPARE(job.error().path, where);
        else
            QVERIFY(!job.error().toString().isEmpty());
    }

    void hangingServerTimesOut()
    {
        FakeHetzner server;
        server.responses[QStringLiteral("/v1/pricing")] = {Canned{200, {}, {}, true}};
        QNetworkAccessManager nam;
        auto o = options(server);
        o.timeoutMs = 500;
        HetznerPricing job(&nam, o);
        QElapsedTimer t;
        t.start();
        QVERIFY(run(job, 5000));
        QVERIFY(!job.ok());
        QVERIFY2(job.error().message.contains(QStringLiteral("did not answer")), qPrintable(job.error().message));
        QVERIFY(t.elapsed() >= 450 && t.elapsed() < 3000);
    }

    void abortAndNoToken()
    {
        FakeHetzner server;
        server.responses[QStringLiteral("/v1/pricing")] = {Canned{200, {}, {}, true}};
        QNetworkAccessManager nam;
        HetznerPricing job(&nam, options(server));
        QSignalSpy spy(&job, &HetznerPricing::finished);
        job.start();
        QTRY_COMPARE(server.requestLines().size(), 1);
        job.abort();
        QCOMPARE(spy.count(), 1);
        QVERIFY(!job.ok());
        QVERIFY(job.error().message.contains(QStringLiteral("aborted")));
        QVERIFY(!job.isRunning());

        auto o = options(server);
        o.token.clear();
        HetznerPricing noToken(&nam, o);
        QVERIFY(run(noToken));
        QVERIFY(noToken.error().message.contains(QStringLiteral("no Hetzner API token")));
    }

    void cacheErrors()
    {
        QTemporaryDir dir;
        QVERIFY(!HetznerPricing::loadCache(dir.path()).ok());
        QFile f(dir.filePath(HetznerPricing::cacheFileName()));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"pricing\":{}}");
        f.close();
        const auto r = HetznerPricing::loadCache(dir.path());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().path, QStringLiteral("$.fetched_at"));
    }
};

QTEST_GUILESS_MAIN(TestHetznerPricing)
#include "TestHetznerPricing.moc"
