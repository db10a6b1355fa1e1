// Smoke test: a Prometheus instant query over QtNetwork returns data for the node exporter.
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

class TestPrometheusService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void queryReturnsData();
};

void TestPrometheusService::queryReturnsData()
{
    QString base;
    REQUIRE_SERVICE_ENV("INFRADECK_TEST_PROMETHEUS_URL", base);
    const QString target = qEnvironmentVariable("INFRADECK_TEST_NODE_EXPORTER");
    QNetworkAccessManager nam;
    QElapsedTimer timer;
    timer.start();
    QJsonArray result;
    QString lastError;
    // The first scrape lands ~1-5 s after start: poll, with a 30 s limit.
    while (timer.elapsed() < 30000) {
        QUrl url(base + QStringLiteral("/api/v1/query"));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("query"), QStringLiteral("node_cpu_seconds_total{mode=\"idle\"}"));
        url.setQuery(q);
        QNetworkRequest request(url);
        request.setTransferTimeout(5000);
        QNetworkReply *reply = nam.get(request);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QByteArray body = reply->readAll();
        lastError = reply->errorString();
        const bool ok = reply->error() == QNetworkReply::NoError;
        reply->deleteLater();
        if (ok) {
            const QJsonObject doc = QJsonDocument::fromJson(body).object();
            QCOMPARE(doc.value(QStringLiteral("status")).toString(), QStringLiteral("success"));
            QCOMPARE(doc.value(QStringLiteral("data")).toObject().value(QStringLiteral("resultType")).toString(), QStringLiteral("vector"));
            result = doc.value(QStringLiteral("data")).toObject().value(QStringLiteral("result")).toArray();
            if (!result.isEmpty())
                break;
        }
        QTest::qWait(250);
    }
    QVERIFY2(!result.isEmpty(), qPrintable(QStringLiteral("no data within 30 s: ") + lastError));
    const QJsonObject first = result.first().toObject();
    QCOMPARE(first.value(QStringLiteral("metric")).toObject().value(QStringLiteral("instance")).toString(), target);
    QCOMPARE(first.value(QStringLiteral("metric")).toObject().value(QStringLiteral("host")).toString(), QStringLiteral("web-1"));
    bool isNumber = false;
    first.value(QStringLiteral("value")).toArray().at(1).toString().toDouble(&isNumber);
    QVERIFY(isNumber);
    qInfo("first data after %lld ms", timer.elapsed());
}

QTEST_GUILESS_MAIN(TestPrometheusService)
#include "TestPrometheusService.moc"
