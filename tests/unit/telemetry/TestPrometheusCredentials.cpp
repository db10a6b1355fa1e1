// PrometheusCredentials: keychain values ("Bearer T", bare token, "basic U:P") applied to the options, refused
// values never echoed, the environment's key chosen like the other views do; the Authorization header every job
// sends checked by a local server; and a round trip through the REAL Secret Service of tests/services/start.
#include "telemetry/PrometheusClient.h"
#include "telemetry/PrometheusCredentials.h"
#include "workspace/Workspace.h"

#include "TestSupport.h"
#include "unit/telemetry/FakePrometheus.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Infradeck;
using TestSupport::FakePrometheus;
using TestSupport::PromAnswer;
using TestSupport::PromRequest;

namespace {

const QByteArray VectorBody = R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{"instance":"a"},"value":[1700000000,"1"]}]}})";

// Answers 401 unless the request carries exactly `expected`.
void requireAuthorization(FakePrometheus &server, const QByteArray &expected)
{
    server.handler = [expected](const PromRequest &r) {
        if (r.authorization != expected)
            return PromAnswer{401, FakePrometheus::error("unauthorized", "missing or wrong credentials"), false};
        if (r.path == QLatin1String("/api/v1/alerts"))
            return PromAnswer{200, R"({"status":"success","data":{"alerts":[]}})", false};
        return PromAnswer{200, VectorBody, false};
    };
}

bool wait(PrometheusJob *job)
{
    if (!job->isRunning())
        return true;
    QSignalSpy spy(job, &PrometheusJob::finished);
    return spy.wait(10000);
}

using TestSupport::runUntil;

} // namespace

class TestPrometheusCredentials : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void apply_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("bearer");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("message"); // part of the error message

        QTest::newRow("bearer") << QByteArray("Bearer abc.def-123") << true << "abc.def-123" << "" << "" << "";
        QTest::newRow("bearer lower case, newline") << QByteArray("bearer  tok\n") << true << "tok" << "" << "" << "";
        QTest::newRow("bare token") << QByteArray("glc_eyJvIjoiMTIzIn0=") << true << "glc_eyJvIjoiMTIzIn0=" << "" << "" << "";
        QTest::newRow("bare token trailing newline") << QByteArray("  t0ken\r\n") << true << "t0ken" << "" << "" << "";
        QTest::newRow("Bearer alone") << QByteArray("Bearer") << false << "" << "" << "" << "no token";
        QTest::newRow("basic alone") << QByteArray("basic ") << false << "" << "" << "" << "colon";
        QTest::newRow("bearer-like token") << QByteArray("Bearerish") << true << "Bearerish" << "" << "" << "";
        QTest::newRow("basic") << QByteArray("basic admin:s3cr:et") << true << "" << "admin" << "s3cr:et" << "";
        QTest::newRow("Basic empty password") << QByteArray("Basic reader:") << true << "" << "reader" << "" << "";
        QTest::newRow("basic utf-8") << QByteArray("basic jürgen:pässword") << true << "" << QString::fromUtf8("jürgen") << QString::fromUtf8("pässword") << "";
        QTest::newRow("empty") << QByteArray("") << false << "" << "" << "" << "empty";
        QTest::newRow("blank") << QByteArray(" \n\t") << false << "" << "" << "" << "empty";
        QTest::newRow("bearer without token") << QByteArray("Bearer   ") << false << "" << "" << "" << "no token";
        QTest::newRow("basic without colon") << QByteArray("basic adminpassword") << false << "" << "" << "" << "colon";
        QTest::newRow("basic without user") << QByteArray("basic :password") << false << "" << "" << "" << "colon";
        QTest::newRow("two lines") << QByteArray("Bearer tok\nX-Injected: 1") << false << "" << "" << "" << "line break";
        QTest::newRow("token with space") << QByteArray("two words") << false << "" << "" << "" << "space";
        QTest::newRow("NUL") << QByteArray("tok\0en", 6) << false << "" << "" << "" << "control";
    }

    void apply()
    {
        QFETCH(QByteArray, value);
        QFETCH(bool, ok);
        QFETCH(QString, bearer);
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(QString, message);
        PrometheusOptions options;
        options.bearerToken = QStringLiteral("old");
        options.basicUser = QStringLiteral("olduser");
        const auto error = PrometheusCredentials::apply(value, QStringLiteral("keychain:ws/*/prom"), options);
        QCOMPARE(!error.has_value(), ok);
        if (ok) {
            QCOMPARE(options.bearerToken, bearer);
            QCOMPARE(options.basicUser, user);
            QCOMPARE(options.basicPassword, password);
            return;
        }
        QVERIFY2(error->message.contains(message), qPrintable(error->toString()));
        QCOMPARE(error->source, QStringLiteral("keychain:ws/*/prom"));
        QVERIFY(!error->expected.isEmpty());
        // Never echo the value (or any part of it longer than a keyword) in the error.
        const QString text = error->toString();
        for (const QByteArray &part : value.split(' '))
            if (part.trimmed().size() > 5 && part.trimmed().toLower() != "bearer")
                QVERIFY2(!text.contains(QString::fromUtf8(part.trimmed())), qPrintable(text));
    }

    void keychainKeyPrefersEnvironmentEntry()
    {
        QTemporaryDir dir;
        Errors problems;
        const Workspace ws = Workspace::loadFromData("name: My Shop\nversion: 1\nenvironments:\n"
                                                     "  - name: production\n    prometheus: http://127.0.0.1:9090\n    tokens: { prometheus: keychain:prom-read }\n"
                                                     "  - name: staging\n    prometheus: http://127.0.0.1:9090\n",
                                                     dir.filePath(QStringLiteral("infradeck.yaml")), problems);
        QVERIFY2(ws.isValid() && !hasErrors(problems), qPrintable(problems.value(0).toString()));
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        CredentialStore store(nullptr, &settings);
        const auto key = PrometheusCredentials::keychainKey(ws, *ws.environment(QStringLiteral("production")), store);
        QVERIFY(key);
        QCOMPARE(key->toString(), QStringLiteral("my-shop/*/prom-read"));
        settings.setValue(QStringLiteral("credentials/keys"), QStringList{QStringLiteral("my-shop/production/prom-read")});
        QCOMPARE(PrometheusCredentials::keychainKey(ws, *ws.environment(QStringLiteral("production")), store)->toString(),
                 QStringLiteral("my-shop/production/prom-read"));
        QVERIFY(!PrometheusCredentials::keychainKey(ws, *ws.environment(QStringLiteral("staging")), store));
    }

    void everyRequestCarriesTheCredential_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("bearer") << QByteArray("Bearer tok-123") << QByteArray("Bearer tok-123");
        QTest::newRow("bare") << QByteArray("tok-456\n") << QByteArray("Bearer tok-456");
        QTest::newRow("basic") << QByteArray("basic reader:pa:ss") << QByteArray(QByteArray("Basic ") + QByteArray("reader:pa:ss").toBase64());
    }

    void everyRequestCarriesTheCredential()
    {
        QFETCH(QByteArray, value);
        QFETCH(QByteArray, header);
        FakePrometheus server;
        requireAuthorization(server, header);
        PrometheusOptions options;
        options.baseUrl = server.url();
        options.timeoutMs = 5000;
        options.postThreshold = 100;
        QVERIFY(!PrometheusCredentials::apply(value, QStringLiteral("test"), options));
        QNetworkAccessManager network;
        PrometheusClient client(&network, options);
        QList<PrometheusJob *> jobs{client.query(QStringLiteral("up")), client.alerts(),
                                    client.queryRange(QStringLiteral("sum(rate(x[5m])) + ") + QString(200, QLatin1Char('1')),
                                                      QDateTime::currentDateTimeUtc().addSecs(-600), QDateTime::currentDateTimeUtc(), 15)};
        for (PrometheusJob *job : jobs) {
            QVERIFY(wait(job));
            QVERIFY2(job->ok(), qPrintable(job->error().toString()));
        }
        QCOMPARE(server.seen.size(), 3);
        QVERIFY(jobs.last()->usedPost());
        for (const PromRequest &r : server.seen)
            QCOMPARE(r.authorization, header);

        // Without it the server refuses, and the error says so without any credential in it.
        PrometheusOptions none = options;
        none.bearerToken.clear();
        none.basicUser.clear();
        none.basicPassword.clear();
        PrometheusClient anonymous(&network, none);
        PrometheusJob *job = anonymous.query(QStringLiteral("up"));
        QVERIFY(wait(job));
        QVERIFY(!job->ok());
        QVERIFY2(job->error().message.contains(QStringLiteral("401")) || job->error().message.contains(QStringLiteral("unauthorized")),
                 qPrintable(job->error().toString()));
    }

    void keychainRoundTripAgainstSecretService()
    {
        QString bus;
        REQUIRE_SERVICE_ENV("DBUS_SESSION_BUS_ADDRESS", bus);
        if (!TestSupport::servicesRequired())
            QSKIP("writes only into the private test keyring started by ./scripts/test");
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        CredentialStore store(nullptr, &settings);
        CredentialStore::Key key;
        key.workspace = QStringLiteral("telemetry-") + QUuid::createUuid().toString(QUuid::Id128).left(10);
        key.name = QStringLiteral("prom");
        const QByteArray token = "tok-" + QUuid::createUuid().toByteArray(QUuid::Id128);
        auto stored = runUntil<Errors>([&](auto cb) { store.store(key, SecureBytes(QByteArray(QByteArray("Bearer ") + token)), cb); });
        QVERIFY(stored && !hasErrors(*stored));

        FakePrometheus server;
        requireAuthorization(server, QByteArray("Bearer " + token));
        PrometheusOptions options;
        options.baseUrl = server.url();
        options.timeoutMs = 5000;
        auto loaded = runUntil<Result<PrometheusOptions>>([&](auto cb) { PrometheusCredentials::load(&store, key, options, cb); });
        QVERIFY(loaded);
        QVERIFY2(loaded->ok(), qPrintable(loaded->error().toString()));
        QNetworkAccessManager network;
        PrometheusClient client(&network, loaded->value());
        PrometheusJob *job = client.query(QStringLiteral("up"));
        QVERIFY(wait(job));
        QVERIFY2(job->ok(), qPrintable(job->error().toString()));
        QCOMPARE(server.seen.value(0).authorization, QByteArray("Bearer " + token));

        // A name the keychain does not hold: a clear error naming the entry.
        CredentialStore::Key missing = key;
        missing.name = QStringLiteral("nope");
        auto failed = runUntil<Result<PrometheusOptions>>([&](auto cb) { PrometheusCredentials::load(&store, missing, options, cb); });
        QVERIFY(failed && !failed->ok());
        QVERIFY2(failed->error().toString().contains(QStringLiteral("nope")), qPrintable(failed->error().toString()));

        auto removed = runUntil<Errors>([&](auto cb) { store.remove(key, cb); });
        QVERIFY(removed && !hasErrors(*removed));
    }
};

QTEST_GUILESS_MAIN(TestPrometheusCredentials)
#include "TestPrometheusCredentials.moc"
