#include "workspace/Workspace.h"

#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Infradeck;

class TestWorkspace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void loadsDemo();
    void reportsEveryProblem();
    void singleFieldWrong_data();
    void singleFieldWrong();
    void unknownKeysAreWarnings();
    void missingArtifactsStillLoad();
    void unreadableInputs_data();
    void unreadableInputs();
    void hugeWorkspace();
    void stateBackend();

private:
    static bool hasProblem(const Errors &problems, int line, const QString &containing, bool warning = false);
};

bool TestWorkspace::hasProblem(const Errors &problems, int line, const QString &containing, bool warning)
{
    for (const Error &e : problems)
        if (e.line == line && e.message.contains(containing) && e.isWarning() == warning)
            return true;
    return false;
}

void TestWorkspace::loadsDemo()
{
    Errors problems;
    const QString path = TestSupport::resourcesDir() + QStringLiteral("/demo/infradeck.yaml");
    const Workspace ws = Workspace::load(path, problems);
    for (const Error &e : problems)
        qWarning("%s", qPrintable(e.toString()));
    QVERIFY(problems.isEmpty());
    QVERIFY(ws.isValid());
    QCOMPARE(ws.name(), QStringLiteral("Acme Shop"));
    QStringList names;
    for (const Environment &e : ws.environments())
        names << e.name;
    QCOMPARE(names, (QStringList{QStringLiteral("production"), QStringLiteral("staging"), QStringLiteral("pr-123"), QStringLiteral("pr-124")}));
    const Environment *prod = ws.environment(QStringLiteral("production"));
    QVERIFY(prod);
    QVERIFY(prod->isProtected);
    QCOMPARE(prod->budget.monthly, QStringLiteral("60.00"));
    QCOMPARE(prod->budget.currency, QStringLiteral("EUR"));
    QCOMPARE(prod->tokens.value(QStringLiteral("hcloud")), QStringLiteral("hcloud-production"));
    QCOMPARE(prod->hosts.size(), 1);
    QCOMPARE(prod->hosts.first().port, 22);
    QCOMPARE(prod->prometheus.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(QDir::isAbsolutePath(prod->planPath));
    QCOMPARE(prod->missingArtifactCount(), 0); // the demo ships every file it names
    QVERIFY(ws.environment(QStringLiteral("staging"))->isProtected == false);
    QVERIFY(!ws.requiredKeys().isEmpty());
    QVERIFY(ws.riskRulesPath().isEmpty());

    Errors more;
    const Workspace own = Workspace::loadFromData("name: W\nrisk_rules: rules/team.yaml\nenvironments: []\n",
                                                  QStringLiteral("/ws/infradeck.yaml"), more);
    QCOMPARE(own.riskRulesPath(), QStringLiteral("/ws/rules/team.yaml"));
}

void TestWorkspace::reportsEveryProblem()
{
    Errors problems;
    const Workspace ws = Workspace::load(TestSupport::testData(QStringLiteral("workspace/broken.yaml")), problems);
    for (const Error &e : problems)
        qDebug("%s", qPrintable(e.toString()));
    QVERIFY(ws.isValid()); // keeps going
    QVERIFY(hasProblem(problems, 4, QStringLiteral("unknown key \"colour\""), true));
    QVERIFY(hasProblem(problems, 7, QStringLiteral("true or false")));
    QVERIFY(hasProblem(problems, 11, QStringLiteral("needs an address")));
    QVERIFY(hasProblem(problems, 13, QStringLiteral("keychain reference")));
    QVERIFY(hasProblem(problems, 14, QStringLiteral("not a decimal")));
    QVERIFY(hasProblem(problems, 15, QStringLiteral("not a date")));
    QVERIFY(hasProblem(problems, 16, QStringLiteral("defined twice")));
    QVERIFY(hasProblem(problems, 17, QStringLiteral("needs a name")));
    QVERIFY(hasProblem(problems, 18, QStringLiteral("must be a map")));
    QVERIFY(hasProblem(problems, 21, QStringLiteral("not a valid Prometheus URL")));
    // Every problem carries file, line and column.
    for (const Error &e : problems) {
        QVERIFY(e.source.endsWith(QStringLiteral("broken.yaml")));
        QVERIFY2(e.line > 0 && e.column > 0, qPrintable(e.toString()));
    }
    // The good parts survive: prod (first) and ok load; the literal token was not kept.
    QCOMPARE(ws.environments().size(), 2);
    QVERIFY(ws.environment(QStringLiteral("prod"))->tokens.isEmpty());
    QCOMPARE(ws.environment(QStringLiteral("ok"))->prometheus, QUrl());
    // The secret-looking literal never appears in a message.
    for (const Error &e : problems)
        QVERIFY(!e.toString().contains(QStringLiteral("hc_live_token")));
}

void TestWorkspace::singleFieldWrong_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    QTest::newRow("name") << QStringLiteral("name: [a]") << QStringLiteral("text value");
    QTest::newRow("kind") << QStringLiteral("kind: prod") << QStringLiteral("unknown environment kind");
    QTest::newRow("protected") << QStringLiteral("protected: 3") << QStringLiteral("true or false");
    QTest::newRow("plan") << QStringLiteral("plan: {a: 1}") << QStringLiteral("text value");
    QTest::newRow("state") << QStringLiteral("state: [x]") << QStringLiteral("text value");
    QTest::newRow("sops") << QStringLiteral("sops: {a: b}") << QStringLiteral("must be a list");
    QTest::newRow("prometheus") << QStringLiteral("prometheus: ftp://x") << QStringLiteral("Prometheus URL");
    QTest::newRow("hosts") << QStringLiteral("hosts: web-1") << QStringLiteral("hosts must be a list");
    QTest::newRow("host port") << QStringLiteral("hosts: [{address: a, port: x}]") << QStringLiteral("whole number");
    QTest::newRow("tokens") << QStringLiteral("tokens: [a]") << QStringLiteral("keychain reference");
    QTest::newRow("budget") << QStringLiteral("budget: 60") << QStringLiteral("monthly amount");
    QTest::newRow("currency") << QStringLiteral("budget: {monthly: \"1\", currency: EURO}") << QStringLiteral("ISO 4217");
    QTest::newRow("created") << QStringLiteral("created: 2025-13-45") << QStringLiteral("not a date");
    QTest::newRow("state_backend scalar") << QStringLiteral("state_backend: s3") << QStringLiteral("state_backend must be a map");
    QTest::newRow("state_backend no credentials")
        << QStringLiteral("state_backend: {type: s3, endpoint: \"https://s3.example.com\", bucket: b1b, key: k}") << QStringLiteral("needs credentials");
    QTest::newRow("state_backend type") << QStringLiteral("state_backend: {type: gcs, endpoint: \"https://s3.example.com\", bucket: b1b, key: k, credentials: keychain:s3}")
                                        << QStringLiteral("unknown state backend type");
    QTest::newRow("state_backend endpoint")
        << QStringLiteral("state_backend: {type: s3, endpoint: \"ftp://x\", bucket: b1b, key: k, credentials: keychain:s3}")
        << QStringLiteral("not a valid S3 endpoint");
    QTest::newRow("state_backend literal keys")
        << QStringLiteral("BACKENDcredentials: \"AKIAIOSFODNN7EXAMPLE:wJalrXUtnFEMI\"}") << QStringLiteral("keychain reference");
    QTest::newRow("state_backend bucket") << QStringLiteral("state_backend: {type: s3, endpoint: \"https://s3.example.com\", bucket: Bad!, key: k, credentials: keychain:s3}")
                                          << QStringLiteral("not a valid bucket name");
    QTest::newRow("state_backend key") << QStringLiteral("state_backend: {type: s3, endpoint: \"https://s3.example.com\", bucket: b1b, key: /abs, credentials: keychain:s3}")
                                       << QStringLiteral("path inside the bucket");
    QTest::newRow("state_backend region") << QStringLiteral("BACKENDcredentials: keychain:s3, region: \"EU West\"}") << QStringLiteral("not a region name");
    QTest::newRow("state_backend bucket type") << QStringLiteral("state_backend: {type: s3, endpoint: \"https://s3.example.com\", bucket: [a], key: k, credentials: keychain:s3}")
                                               << QStringLiteral("text value");
}

void TestWorkspace::singleFieldWrong()
{
    QFETCH(QString, field);
    QFETCH(QString, message);
    field.replace(QLatin1String("BACKEND"), QLatin1String("state_backend: {type: s3, endpoint: \"https://s3.gra.io.cloud.ovh.net\", bucket: tf-state, key: prod/terraform.tfstate, "));
    QString yaml = QStringLiteral("name: W\nenvironments:\n  - name: e\n    %1\n").arg(field);
    if (field.startsWith(QLatin1String("name:")))
        yaml = QStringLiteral("name: W\nenvironments:\n  - %1\n").arg(field);
    Errors problems;
    Workspace::loadFromData(yaml.toUtf8(), QStringLiteral("mem.yaml"), problems);
    QVERIFY2(hasErrors(problems), qPrintable(yaml));
    bool found = false;
    for (const Error &e : problems) {
        found = found || (e.message.contains(message) && e.line == (field.startsWith(QLatin1String("name:")) ? 3 : 4));
    }
    QVERIFY2(found, qPrintable(problems.isEmpty() ? QString() : problems.first().toString()));
}

void TestWorkspace::unknownKeysAreWarnings()
{
    Errors problems;
    const Workspace ws = Workspace::loadFromData("name: W\nflavour: x\nenvironments:\n  - name: e\n    colour: red\n",
                                                 QStringLiteral("mem.yaml"), problems);
    QCOMPARE(problems.size(), 2);
    QVERIFY(!hasErrors(problems));
    QCOMPARE(problems.at(1).line, 5);
    QCOMPARE(problems.at(1).path, QStringLiteral("environments[0].colour"));
    QCOMPARE(ws.environments().size(), 1);
}

void TestWorkspace::missingArtifactsStillLoad()
{
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("infradeck.yaml")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("name: T\nenvironments:\n  - name: e\n    plan: p.json\n    state: s.tfstate\n    sops: [a.enc.env]\n");
    f.close();
    QFile p(dir.filePath(QStringLiteral("p.json")));
    QVERIFY(p.open(QIODevice::WriteOnly));
    p.close();
    Errors problems;
    const Workspace ws = Workspace::load(f.fileName(), problems);
    QVERIFY(problems.isEmpty());
    const Environment &env = ws.environments().first();
    QCOMPARE(env.planPath, dir.filePath(QStringLiteral("p.json")));
    const QList<Artifact> artifacts = env.artifacts();
    QCOMPARE(artifacts.size(), 3);
    QVERIFY(artifacts.at(0).exists);
    QVERIFY(!artifacts.at(1).exists);
    QVERIFY(!artifacts.at(2).exists);
    QCOMPARE(env.missingArtifactCount(), 2);
}

void TestWorkspace::unreadableInputs_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("line");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty") << -1;
    QTest::newRow("scalar") << QByteArray("hello") << QStringLiteral("must be a map") << 1;
    QTest::newRow("truncated") << QByteArray("name: W\nenvironments:\n  - {name: e, plan: \"x") << QStringLiteral("not valid YAML") << 3;
    QTest::newRow("bad indent") << QByteArray("name: W\n environments:\n- a: [\n") << QStringLiteral("not valid YAML") << 2;
    QTest::newRow("version") << QByteArray("name: W\nversion: 2\nenvironments: []\n") << QStringLiteral("version 2") << 2;
    QTest::newRow("no environments") << QByteArray("name: W\n") << QStringLiteral("no environments") << 1;
}

void TestWorkspace::unreadableInputs()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, message);
    QFETCH(int, line);
    Errors problems;
    Workspace::loadFromData(yaml, QStringLiteral("mem.yaml"), problems);
    QVERIFY(hasErrors(problems));
    QVERIFY2(problems.first().message.contains(message), qPrintable(problems.first().toString()));
    QCOMPARE(problems.first().line, line);

    Errors missing;
    QVERIFY(!Workspace::load(QStringLiteral("/nonexistent/infradeck.yaml"), missing).isValid());
    QVERIFY(missing.first().message.contains(QStringLiteral("cannot open")));
}

void TestWorkspace::hugeWorkspace()
{
    QByteArray yaml("name: Big\nenvironments:\n");
    for (int i = 0; i < 5000; ++i)
        yaml += "  - name: pr-" + QByteArray::number(i) + "\n    kind: preview\n    plan: plans/pr-" + QByteArray::number(i) + ".json\n";
    Errors problems;
    const Workspace ws = Workspace::loadFromData(yaml, QStringLiteral("big.yaml"), problems);
    QVERIFY(problems.isEmpty());
    QCOMPARE(ws.environments().size(), 5000);
}

void TestWorkspace::stateBackend()
{
    Errors problems;
    const Workspace ws = Workspace::loadFromData("name: W\nenvironments:\n"
                                                 "  - name: prod\n"
                                                 "    state_backend:\n"
                                                 "      type: s3\n"
                                                 "      endpoint: https://s3.gra.io.cloud.ovh.net\n"
                                                 "      bucket: tf-state\n"
                                                 "      key: env:/prod/terraform.tfstate\n"
                                                 "      credentials: keychain:ovh-s3\n"
                                                 "  - name: staging\n"
                                                 "    state: staging.tfstate\n"
                                                 "    state_backend: {type: s3, endpoint: \"http://127.0.0.1:9000/\", bucket: b.1, key: s, region: eu-west-3,"
                                                 " credentials: \"keychain:minio\"}\n"
                                                 "  - name: local\n"
                                                 "    state: local.tfstate\n",
                                                 QStringLiteral("mem.yaml"), problems);
    QVERIFY(!hasErrors(problems));
    QCOMPARE(ws.environments().size(), 3);
    const StateBackend &prod = ws.environments().at(0).stateBackend;
    QVERIFY(prod.isSet());
    QCOMPARE(prod.type, QStringLiteral("s3"));
    QCOMPARE(prod.endpoint, QUrl(QStringLiteral("https://s3.gra.io.cloud.ovh.net")));
    QCOMPARE(prod.bucket, QStringLiteral("tf-state"));
    QCOMPARE(prod.key, QStringLiteral("env:/prod/terraform.tfstate"));
    QCOMPARE(prod.region, QStringLiteral("us-east-1")); // the default
    QCOMPARE(prod.credentials, QStringLiteral("ovh-s3"));
    QCOMPARE(prod.displayUrl(), QStringLiteral("s3://tf-state/env:/prod/terraform.tfstate"));
    QCOMPARE(prod.line, 5);
    const StateBackend &staging = ws.environments().at(1).stateBackend;
    QCOMPARE(staging.region, QStringLiteral("eu-west-3"));
    QCOMPARE(staging.credentials, QStringLiteral("minio"));
    // Both named: a warning on the state line says which one is read.
    QCOMPARE(problems.size(), 1);
    QVERIFY2(hasProblem(problems, 11, QStringLiteral("s3://b.1/s"), true), qPrintable(problems.first().toString()));
    QVERIFY(!ws.environments().at(2).stateBackend.isSet());
}

QTEST_GUILESS_MAIN(TestWorkspace)
#include "TestWorkspace.moc"
