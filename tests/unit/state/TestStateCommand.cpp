// `infradeck-cli state ...` run as a process: the list JSON contract, exit codes, errors on stderr, and no
// sensitive value in any output. Skips when the executable is not built next to the tests (or $INFRADECK_CLI).
#include "TestSupport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

namespace {

QString cliPath()
{
    const QString fromEnv = qEnvironmentVariable("INFRADECK_CLI");
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QString dir = QCoreApplication::applicationDirPath();
    const QStringList candidates{dir + QStringLiteral("/../app/infradeck-cli"), dir + QStringLiteral("/../../app/infradeck-cli"),
                                 dir + QStringLiteral("/infradeck-cli")};
    for (const QString &c : candidates)
        if (QFileInfo(c).isExecutable())
            return c;
    return {};
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QStringList &args)
{
    QProcess p;
    p.start(cliPath(), args);
    p.waitForFinished(60000);
    return Run{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestStateCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listJsonContract();
    void listText();
    void show();
    void diff();
    void drift();
    void errors_data();
    void errors();
    void noSecretsAnywhere();
};

void TestStateCommand::initTestCase()
{
    if (cliPath().isEmpty())
        QSKIP("infradeck-cli not found: set INFRADECK_CLI");
    const Run probe = run({QStringLiteral("state"), QStringLiteral("--help")});
    if (probe.err.contains(QStringLiteral("unknown command")))
        QSKIP("this infradeck-cli has no state verb yet");
}

void TestStateCommand::listJsonContract()
{
    const QString path = TestSupport::testData(QStringLiteral("states/tf-show-json-modules.json"));
    const Run r = run({QStringLiteral("state"), QStringLiteral("list"), path, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    for (const char *key : {"version", "terraform_version", "serial", "lineage", "resources", "outputs"})
        QVERIFY2(o.contains(QLatin1String(key)), key);
    const QJsonArray resources = o.value(QStringLiteral("resources")).toArray();
    QCOMPARE(resources.size(), 2);
    for (const QJsonValue &v : resources)
        QCOMPARE(v.toObject().keys(), (QStringList{QStringLiteral("address"), QStringLiteral("mode"), QStringLiteral("module"),
                                                   QStringLiteral("provider"), QStringLiteral("type")}));
    QCOMPARE(o.value(QStringLiteral("outputs")).toArray().first().toObject().keys(),
             (QStringList{QStringLiteral("name"), QStringLiteral("sensitive")}));
}

void TestStateCommand::listText()
{
    const Run r = run({QStringLiteral("state"), QStringLiteral("list"), TestSupport::testData(QStringLiteral("states/diff-b.tfstate"))});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("module.dns.vercel_dns_record.rec[\"api\"]")));
    QVERIFY(r.out.contains(QStringLiteral("7 resource instance(s), 2 output(s)")));
    QVERIFY(r.out.contains(QStringLiteral("output token = (sensitive)")));
}

void TestStateCommand::show()
{
    const Run r = run({QStringLiteral("state"), QStringLiteral("show"), TestSupport::testData(QStringLiteral("states/diff-a.tfstate")),
                       QStringLiteral("hcloud_server.web")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("server_type")));
    QVERIFY(r.out.contains(QStringLiteral("\"cx22\"")));
    QVERIFY(r.out.contains(QStringLiteral("user_data")));
    const Run missing = run({QStringLiteral("state"), QStringLiteral("show"),
                             TestSupport::testData(QStringLiteral("states/diff-a.tfstate")), QStringLiteral("hcloud_server.nope")});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains(QStringLiteral("no resource instance \"hcloud_server.nope\"")));
}

void TestStateCommand::diff()
{
    const QStringList files{TestSupport::testData(QStringLiteral("states/diff-a.tfstate")),
                            TestSupport::testData(QStringLiteral("states/diff-b.tfstate"))};
    const Run r = run(QStringList{QStringLiteral("state"), QStringLiteral("diff")} + files
                      + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject summary = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("summary")).toObject();
    QCOMPARE(summary.value(QStringLiteral("only_in_a")).toInt(), 2);
    QCOMPARE(summary.value(QStringLiteral("only_in_b")).toInt(), 3);
    QCOMPARE(summary.value(QStringLiteral("changed")).toInt(), 1);
    const Run fail = run(QStringList{QStringLiteral("state"), QStringLiteral("diff")} + files + QStringList{QStringLiteral("--fail-on-diff")});
    QCOMPARE(fail.exitCode, 1);
    const Run same = run({QStringLiteral("state"), QStringLiteral("diff"), files.first(), files.first(), QStringLiteral("--fail-on-diff")});
    QCOMPARE(same.exitCode, 0);
}

void TestStateCommand::drift()
{
    const Run r = run({QStringLiteral("state"), QStringLiteral("drift"),
                       TestSupport::resourcesDir() + QStringLiteral("/demo/plans/production.plan.json")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("hcloud_server.web")));
    QVERIFY(r.out.contains(QStringLiteral("backups: false -> true")));
}

void TestStateCommand::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no verb") << QStringList{QStringLiteral("state")} << QStringLiteral("usage");
    QTest::newRow("bad verb") << QStringList{QStringLiteral("state"), QStringLiteral("lst")} << QStringLiteral("unknown state command");
    QTest::newRow("bad format") << QStringList{QStringLiteral("state"), QStringLiteral("list"), QStringLiteral("x"), QStringLiteral("--format"), QStringLiteral("yaml")}
                                << QStringLiteral("--format needs text or json");
    QTest::newRow("missing file") << QStringList{QStringLiteral("state"), QStringLiteral("list"), QStringLiteral("/nonexistent.tfstate")}
                                  << QStringLiteral("cannot open the state");
    QTest::newRow("version 2") << QStringList{QStringLiteral("state"), QStringLiteral("list"), TestSupport::testData(QStringLiteral("states/inframap-version-2.json"))}
                               << QStringLiteral("unsupported state version 2");
    QTest::newRow("diff one file") << QStringList{QStringLiteral("state"), QStringLiteral("diff"), QStringLiteral("a")}
                                   << QStringLiteral("needs two files");
}

void TestStateCommand::errors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestStateCommand::noSecretsAnywhere()
{
    const QString demo = TestSupport::resourcesDir() + QStringLiteral("/demo/");
    const QString production = demo + QStringLiteral("states/production.tfstate");
    const QString staging = demo + QStringLiteral("states/staging.tfstate");
    QList<QStringList> invocations{
        {QStringLiteral("list"), production}, {QStringLiteral("list"), production, QStringLiteral("--format"), QStringLiteral("json")},
        {QStringLiteral("show"), production, QStringLiteral("hcloud_server.web")},
        {QStringLiteral("show"), production, QStringLiteral("vercel_project_environment_variable.database_url"), QStringLiteral("--format"), QStringLiteral("json")},
        {QStringLiteral("diff"), staging, production}, {QStringLiteral("diff"), staging, production, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--no-ignore")},
        {QStringLiteral("diff"), production, demo + QStringLiteral("plans/production.plan.json")},
        {QStringLiteral("drift"), demo + QStringLiteral("plans/production.plan.json"), QStringLiteral("--format"), QStringLiteral("json")},
        {QStringLiteral("show"), TestSupport::testData(QStringLiteral("states/sensitive-paths.tfstate")), QStringLiteral("test_thing.paths[\"full\"]")},
        {QStringLiteral("diff"), TestSupport::testData(QStringLiteral("states/diff-a.tfstate")), TestSupport::testData(QStringLiteral("states/diff-b.tfstate"))},
    };
    for (const QStringList &args : invocations) {
        const Run r = run(QStringList{QStringLiteral("state")} + args);
        QCOMPARE(r.exitCode, 0);
        const QString all = r.out + r.err;
        for (const char *secret : {"demo-sensitive-DO-NOT-SHOW", "sp-secret-", "diff-secret-"})
            QVERIFY2(!all.contains(QLatin1String(secret)), qPrintable(args.join(QLatin1Char(' '))));
    }
}

QTEST_GUILESS_MAIN(TestStateCommand)
#include "TestStateCommand.moc"
