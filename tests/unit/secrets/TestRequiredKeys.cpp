#include "secrets/RequiredKeys.h"

#include "secrets/age/AgeIdentity.h"
#include "secrets/sops/SopsFile.h"
#include "workspace/Workspace.h"

#include "TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Infradeck;
using Kind = RequiredKeys::Problem::Kind;

class TestRequiredKeys : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void nearMiss_data();
    void nearMiss();
    void demoWorkspace();
    void laterFilesOverride_data();
    void laterFilesOverride();
    void nearMissIsReported();
    void brokenFiles_data();
    void brokenFiles();
    void manyKeys();

private:
    QString writeDotenv(const QString &name, const QList<QPair<QByteArray, QByteArray>> &values);
    QTemporaryDir m_dir;
    AgeIdentity m_id;
};

void TestRequiredKeys::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_id = AgeIdentity::generate();
}

QString TestRequiredKeys::writeDotenv(const QString &name, const QList<QPair<QByteArray, QByteArray>> &values)
{
    SopsNode tree = SopsNode::map();
    for (const auto &[k, v] : values) {
        SopsNode leaf = SopsNode::leaf(SopsValue::string(v));
        leaf.key = QString::fromUtf8(k);
        tree.children.append(leaf);
    }
    auto sops = SopsFile::encryptNew(tree, {m_id.recipient()}, SopsFile::Format::Dotenv);
    if (!sops)
        return {};
    const QString path = m_dir.filePath(name);
    if (!sops->save(path).isEmpty())
        return {};
    return path;
}

void TestRequiredKeys::nearMiss_data()
{
    QTest::addColumn<QString>("required");
    QTest::addColumn<QString>("present");
    QTest::addColumn<bool>("near");
    QTest::newRow("prefix missing") << "BETTER_AUTH_SECRET" << "AUTH_SECRET" << true;
    QTest::newRow("prefix extra") << "REDIS_URL" << "KV_REDIS_URL" << true;
    QTest::newRow("prefix other way") << "KV_REDIS_URL" << "REDIS_URL" << true;
    QTest::newRow("suffix") << "APP_NAME" << "APP_NAME_unencrypted" << true;
    QTest::newRow("typo") << "DATABASE_URL" << "DATABSE_URL" << true;
    QTest::newRow("two typos long") << "SMTP_PASSWORD" << "SMTP_PASSWROD" << true;
    QTest::newRow("case") << "APP_ENV" << "app_env" << true;
    QTest::newRow("same") << "APP_ENV" << "APP_ENV" << false;
    QTest::newRow("unrelated") << "KV_REDIS_PASSWORD" << "SMTP_PASSWORD" << false;
    QTest::newRow("different short") << "APP_ENV" << "APP_KEY" << false;
    QTest::newRow("substring not at boundary") << "URL" << "CURL" << true; // one edit: still worth a hint
    QTest::newRow("token vs user") << "SMTP_PASSWORD" << "SMTP_USER" << false;
    QTest::newRow("empty") << "" << "X" << false;
}

void TestRequiredKeys::nearMiss()
{
    QFETCH(QString, required);
    QFETCH(QString, present);
    QFETCH(bool, near);
    QCOMPARE(RequiredKeys::isNearMiss(required, present), near);
}

void TestRequiredKeys::demoWorkspace()
{
    Errors problems;
    const Workspace ws = Workspace::load(TestSupport::resourcesDir() + QStringLiteral("/demo/infradeck.yaml"), problems);
    QVERIFY(ws.isValid());
    QCOMPARE(ws.requiredKeys().size(), 8);
    const QList<RequiredKeys::Report> reports = RequiredKeys::check(ws);
    QCOMPARE(reports.size(), 4);

    const RequiredKeys::Report &prod = reports.at(0);
    QCOMPARE(prod.environment, QStringLiteral("production"));
    QVERIFY(prod.errors.isEmpty());
    QCOMPARE(prod.presentKeys.size(), 12);
    QCOMPARE(prod.problems.size(), 1);
    QCOMPARE(prod.problems.first().kind, Kind::Missing);
    QCOMPARE(prod.problems.first().key, QStringLiteral("KV_REDIS_PASSWORD"));
    QCOMPARE(prod.problems.first().message(), QStringLiteral("KV_REDIS_PASSWORD is missing"));

    const RequiredKeys::Report &staging = reports.at(1);
    QCOMPARE(staging.environment, QStringLiteral("staging"));
    QCOMPARE(staging.presentKeys.size(), 10);
    QCOMPARE(staging.problems.size(), 1);
    QCOMPARE(staging.problems.first().kind, Kind::Empty);
    QCOMPARE(staging.problems.first().key, QStringLiteral("KV_REDIS_PASSWORD"));
    QVERIFY(staging.problems.first().file.endsWith(QLatin1String("staging.enc.env")));
    QCOMPARE(staging.problems.first().message(), QStringLiteral("KV_REDIS_PASSWORD is empty in staging.enc.env"));

    QVERIFY2(reports.at(2).isClean(), qPrintable(reports.at(2).environment));
    QVERIFY2(reports.at(3).isClean(), qPrintable(reports.at(3).environment));
}

void TestRequiredKeys::laterFilesOverride_data()
{
    QTest::addColumn<QByteArray>("first");
    QTest::addColumn<QByteArray>("second");
    QTest::addColumn<bool>("empty");
    QTest::newRow("set then empty") << QByteArray("x1") << QByteArray() << true;
    QTest::newRow("empty then set") << QByteArray() << QByteArray("x2") << false;
    QTest::newRow("set twice") << QByteArray("a") << QByteArray("b") << false;
}

void TestRequiredKeys::laterFilesOverride()
{
    QFETCH(QByteArray, first);
    QFETCH(QByteArray, second);
    QFETCH(bool, empty);
    const QString a = writeDotenv(QStringLiteral("a.enc.env"), {{"TOKEN", first}, {"OTHER", "o"}});
    const QString b = writeDotenv(QStringLiteral("b.enc.env"), {{"TOKEN", second}});
    QVERIFY(!a.isEmpty() && !b.isEmpty());
    const auto report = RequiredKeys::check({QStringLiteral("TOKEN"), QStringLiteral("OTHER")}, QStringLiteral("env"), {a, b});
    QVERIFY(report.errors.isEmpty());
    QCOMPARE(report.presentKeys, (QStringList{QStringLiteral("TOKEN"), QStringLiteral("OTHER")}));
    QCOMPARE(report.problems.size(), empty ? 1 : 0);
    if (empty) {
        QCOMPARE(report.problems.first().kind, Kind::Empty);
        QCOMPARE(report.problems.first().file, b);
    }
}

void TestRequiredKeys::nearMissIsReported()
{
    const QString f = writeDotenv(QStringLiteral("near.enc.env"),
                                  {{"AUTH_SECRET", "s"}, {"REDIS_URL", "r"}, {"DATABASE_URL", "d"}});
    QVERIFY(!f.isEmpty());
    const QStringList required{QStringLiteral("BETTER_AUTH_SECRET"), QStringLiteral("KV_REDIS_URL"),
                               QStringLiteral("DATABASE_URL"), QStringLiteral("HCLOUD_TOKEN")};
    const auto report = RequiredKeys::check(required, QStringLiteral("env"), {f});
    QCOMPARE(report.problems.size(), 3);
    QCOMPARE(report.problems.at(0).kind, Kind::NearMiss);
    QCOMPARE(report.problems.at(0).candidate, QStringLiteral("AUTH_SECRET"));
    QCOMPARE(report.problems.at(0).message(),
             QStringLiteral("BETTER_AUTH_SECRET is missing; AUTH_SECRET in near.enc.env looks like it (misspelt or wrong prefix?)"));
    QCOMPARE(report.problems.at(1).kind, Kind::NearMiss);
    QCOMPARE(report.problems.at(1).candidate, QStringLiteral("REDIS_URL"));
    QCOMPARE(report.problems.at(2).kind, Kind::Missing);
    QCOMPARE(report.problems.at(2).key, QStringLiteral("HCLOUD_TOKEN"));
}

void TestRequiredKeys::brokenFiles_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("plain dotenv, no sops metadata") << QByteArray("A=1\nB=2\n");
    QTest::newRow("binary junk") << QByteArray("\x00\x01\xff\xfe garbage", 12);
    QTest::newRow("truncated") << QByteArray("TOKEN=ENC[AES256_GCM,data:abc");
}

void TestRequiredKeys::brokenFiles()
{
    QFETCH(QByteArray, contents);
    const QString good = writeDotenv(QStringLiteral("good.enc.env"), {{"TOKEN", "t"}});
    const QString bad = m_dir.filePath(QStringLiteral("bad.enc.env"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(contents);
    f.close();
    const QString missing = m_dir.filePath(QStringLiteral("missing.enc.env"));
    const auto report = RequiredKeys::check({QStringLiteral("TOKEN")}, QStringLiteral("env"), {good, bad, missing});
    QCOMPARE(report.errors.size(), 2); // the broken one and the missing one; the good one still counts
    QVERIFY2(report.errors.at(0).toString().contains(QLatin1String("bad.enc.env")), qPrintable(report.errors.at(0).toString()));
    QVERIFY2(report.errors.at(1).toString().contains(QLatin1String("missing.enc.env")), qPrintable(report.errors.at(1).toString()));
    QVERIFY(report.problems.isEmpty());
    QVERIFY(!report.isClean());
}

void TestRequiredKeys::manyKeys()
{
    QList<QPair<QByteArray, QByteArray>> values;
    QStringList required;
    for (int i = 0; i < 2000; ++i) {
        values.append({"KEY_" + QByteArray::number(i), i % 500 == 0 ? QByteArray() : "v"});
        required.append(QStringLiteral("KEY_%1").arg(i));
    }
    required.append(QStringLiteral("NOT_THERE_AT_ALL"));
    const QString f = writeDotenv(QStringLiteral("many.enc.env"), values);
    QVERIFY(!f.isEmpty());
    const auto report = RequiredKeys::check(required, QStringLiteral("env"), {f});
    QCOMPARE(report.presentKeys.size(), 2000);
    QCOMPARE(report.problems.size(), 5); // 4 empty + 1 missing
    QCOMPARE(report.problems.last().kind, Kind::Missing);
}

QTEST_GUILESS_MAIN(TestRequiredKeys)
#include "TestRequiredKeys.moc"
