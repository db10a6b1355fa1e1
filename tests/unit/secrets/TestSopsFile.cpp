#include "secrets/sops/SopsFile.h"
#include "secrets/sops/SopsCipher.h"
#include "secrets/age/Age.h"

#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Infradeck;

namespace {
QJsonValue toJson(const SopsNode &n)
{
    if (n.kind == SopsNode::Kind::Map) {
        QJsonObject o;
        for (const SopsNode &c : n.children)
            if (c.kind != SopsNode::Kind::Comment)
                o.insert(c.key, toJson(c));
        return o;
    }
    if (n.kind == SopsNode::Kind::List) {
        QJsonArray a;
        for (const SopsNode &c : n.children)
            if (c.kind != SopsNode::Kind::Comment)
                a.append(toJson(c));
        return a;
    }
    const QString text = QString::fromUtf8(n.value.plain.view());
    switch (n.value.type) {
    case SopsValue::Type::Float:
    case SopsValue::Type::Int: return text.toDouble();
    case SopsValue::Type::Bool: return text.toLower() == QLatin1String("true");
    case SopsValue::Type::Null: return QJsonValue::Null;
    default: return text;
    }
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QList<AgeIdentity> keys(const QString &fixture)
{
    auto ids = AgeIdentity::loadKeyFile(TestSupport::fixture(fixture));
    return ids ? ids.value() : QList<AgeIdentity>{};
}
const QString kSopsKeys = QStringLiteral("sops/getsops-sops/age/keys.txt");
const QString kHumphdKey = QStringLiteral("sops/humphd-sops-age/key.txt");

QList<AgeIdentity> dataKeys(const QString &name)
{
    auto ids = AgeIdentity::loadKeyFile(TestSupport::testData(QStringLiteral("secrets/") + name));
    return ids ? ids.value() : QList<AgeIdentity>{};
}

QList<QByteArray> ciphertexts(const QByteArray &file)
{
    QList<QByteArray> out;
    qsizetype pos = 0;
    while ((pos = file.indexOf("ENC[AES256_GCM,", pos)) >= 0) {
        const qsizetype end = file.indexOf(']', pos);
        out.append(file.mid(pos, end - pos + 1));
        pos = end;
    }
    return out;
}
} // namespace

class TestSopsFile : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void decryptsFixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("encryptedLeaves");
        QTest::newRow("pr1031 json") << QStringLiteral("sops/getsops-sops/pr1031-age/example.json") << kSopsKeys
                                     << QStringLiteral("sops/expected/getsops-pr1031_example.json.decrypted.json") << 11;
        QTest::newRow("pr1031 ini") << QStringLiteral("sops/getsops-sops/pr1031-age/example.ini") << kSopsKeys
                                    << QStringLiteral("sops/expected/getsops-pr1031_example.ini.decrypted.json") << 9;
        QTest::newRow("pr1031 binary") << QStringLiteral("sops/getsops-sops/pr1031-age/example.txt") << kSopsKeys
                                       << QStringLiteral("sops/expected/getsops-pr1031_example.txt.decrypted.json") << 1;
        QTest::newRow("humphd json") << QStringLiteral("sops/humphd-sops-age/tests/data/secret.enc.json") << kHumphdKey
                                     << QStringLiteral("sops/expected/humphd_secret.enc.json.decrypted.json") << 10;
        QTest::newRow("humphd env") << QStringLiteral("sops/humphd-sops-age/tests/data/secret.enc.env") << kHumphdKey
                                    << QStringLiteral("sops/expected/humphd_secret.enc.env.decrypted.json") << 2;
        QTest::newRow("humphd ini") << QStringLiteral("sops/humphd-sops-age/src/data/secret.enc.ini") << kHumphdKey
                                    << QStringLiteral("sops/expected/humphd_secret.enc.ini.decrypted.json") << 2;
    }
    void decryptsFixtures()
    {
        REQUIRE_FIXTURES();
        QFETCH(QString, file);
        QFETCH(QString, key);
        QFETCH(QString, expected);
        QFETCH(int, encryptedLeaves);
        auto sops = SopsFile::load(TestSupport::fixture(file));
        QVERIFY2(sops.ok(), qPrintable(sops.error().toString()));
        QVERIFY(!sops->metadata().age.isEmpty());
        int encrypted = 0;
        for (const SopsFile::Entry &e : sops->entries())
            encrypted += (e.isEncrypted && !e.isComment) ? 1 : 0;
        QCOMPARE(encrypted, encryptedLeaves);
        const Errors errors = sops->decrypt(keys(key));
        QVERIFY2(errors.isEmpty(), qPrintable(errors.isEmpty() ? QString() : errors.first().toString()));
        QVERIFY(sops->isDecrypted());
        const QJsonDocument want = QJsonDocument::fromJson(readAll(TestSupport::fixture(expected)));
        QVERIFY(want.isObject());
        QCOMPARE(toJson(sops->document().root).toObject(), want.object());
    }

    void yamlFixture()
    {
        REQUIRE_FIXTURES();
        auto sops = SopsFile::load(TestSupport::fixture(QStringLiteral("sops/getsops-sops/pr1031-age/example.yaml")));
        QVERIFY2(sops.ok(), qPrintable(sops.error().toString()));
        QCOMPARE(sops->metadata().lastModified, QStringLiteral("2022-03-15T22:11:15Z"));
        QCOMPARE(sops->metadata().version, QStringLiteral("3.7.1"));
        QCOMPARE(sops->metadata().age.size(), 2);
        // Either identity of the key file opens it.
        const QList<AgeIdentity> ids = keys(kSopsKeys);
        const Errors errors = sops->decrypt({ids.at(1)});
        QVERIFY2(errors.isEmpty(), qPrintable(errors.isEmpty() ? QString() : errors.first().toString()));
        int comments = 0, bools = 0;
        for (const SopsFile::Entry &e : sops->entries()) {
            comments += e.isComment;
            bools += e.type == SopsValue::Type::Bool;
            QVERIFY(e.hasPlaintext);
        }
        QCOMPARE(comments, 4);
        QCOMPARE(bools, 2);
        QCOMPARE(sops->value({QStringLiteral("somelist_unencrypted"), QStringLiteral("1")})->plain.toByteArrayUnsafe(),
                 QByteArray("remain in clear text"));
        QCOMPARE(sops->value({QStringLiteral("number")})->type, SopsValue::Type::Float);
        const QByteArray out = sops->emitDecrypted();
        QVERIFY(!out.contains("ENC["));
        QVERIFY(!out.contains("sops:"));
        QVERIFY(out.contains("nested_unencrypted:\n    this:\n        is:\n            all: going to remain in clear text\n"));
    }

    void pgpOnlyFixtures_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *f : {"comments.enc.yaml", "comments_unencrypted_comments.yaml", "format-2.enc.ini", "format.enc.env",
                              "format.enc.ini", "format.enc.json", "format.enc.yaml", "multiple_keys.yaml", "no_mac.yaml"})
            QTest::newRow(f) << QStringLiteral("sops/getsops-sops/functional-tests/res/") + QLatin1String(f);
    }
    void pgpOnlyFixtures()
    {
        REQUIRE_FIXTURES();
        QFETCH(QString, file);
        auto sops = SopsFile::load(TestSupport::fixture(file));
        QVERIFY2(sops.ok(), qPrintable(sops.error().toString()));
        QVERIFY(sops->metadata().hasPgp);
        QVERIFY(sops->metadata().age.isEmpty());
        const Errors errors = sops->decrypt(keys(kSopsKeys));
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().message.contains(QLatin1String("needs a PGP key, not supported")), qPrintable(errors.first().message));
    }

    void notSopsFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("plainfile") << QStringLiteral("sops/getsops-sops/functional-tests/res/plainfile.yaml");
        QTest::newRow("comments") << QStringLiteral("sops/getsops-sops/functional-tests/res/comments.yaml");
        QTest::newRow("secret.json") << QStringLiteral("sops/humphd-sops-age/tests/data/secret.json");
    }
    void notSopsFiles()
    {
        REQUIRE_FIXTURES();
        QFETCH(QString, file);
        auto sops = SopsFile::load(TestSupport::fixture(file));
        QVERIFY(!sops.ok());
        QVERIFY2(sops.error().message.contains(QLatin1String("no 'sops' metadata")), qPrintable(sops.error().message));
    }

    void saveRoundTrip_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QStringList>("path");
        QTest::newRow("yaml") << QStringLiteral("example.yaml") << QStringLiteral("sops-keys.txt") << QStringList{QStringLiteral("app2"), QStringLiteral("db"), QStringLiteral("user")};
        QTest::newRow("json") << QStringLiteral("example.json") << QStringLiteral("sops-keys.txt") << QStringList{QStringLiteral("address"), QStringLiteral("city")};
        QTest::newRow("ini") << QStringLiteral("example.ini") << QStringLiteral("sops-keys.txt") << QStringList{QStringLiteral("name"), QStringLiteral("lastName")};
        QTest::newRow("binary") << QStringLiteral("example.txt") << QStringLiteral("sops-keys.txt") << QStringList{QStringLiteral("data")};
        QTest::newRow("dotenv") << QStringLiteral("secret.enc.env") << QStringLiteral("humphd-key.txt") << QStringList{QStringLiteral("secret")};
        QTest::newRow("json numbers") << QStringLiteral("secret.enc.json") << QStringLiteral("humphd-key.txt") << QStringList{QStringLiteral("complex"), QStringLiteral("array"), QStringLiteral("1")};
    }
    void saveRoundTrip()
    {
        QFETCH(QString, file);
        QFETCH(QString, key);
        QFETCH(QStringList, path);
        const QString src = TestSupport::testData(QStringLiteral("secrets/") + file);
        const QByteArray original = readAll(src);
        auto sops = SopsFile::load(src);
        QVERIFY2(sops.ok(), qPrintable(sops.error().toString()));
        QVERIFY(sops->decrypt(dataKeys(key)).isEmpty());
        const QByteArray oldCipher = sops->value(path)->ciphertext;
        QVERIFY(!oldCipher.isEmpty());
        QVERIFY(sops->setValue(path, SopsValue::string("changed value ✓")).isEmpty());
        const QString target = m_dir.filePath(QStringLiteral("saved-") + file);
        const Errors saveErrors = sops->save(target);
        QVERIFY2(saveErrors.isEmpty(), qPrintable(saveErrors.isEmpty() ? QString() : saveErrors.first().toString()));
        const QByteArray saved = readAll(target);
        QVERIFY(!saved.contains("changed value"));
        // Every unchanged value keeps its exact ciphertext; the edited one and the MAC change.
        const QList<QByteArray> before = ciphertexts(original), after = ciphertexts(saved);
        QCOMPARE(after.size(), before.size());
        int same = 0;
        for (const QByteArray &c : before)
            same += after.contains(c) ? 1 : 0;
        QCOMPARE(same, before.size() - 2);
        QVERIFY(!after.contains(oldCipher));

        auto again = SopsFile::load(target);
        QVERIFY2(again.ok(), qPrintable(again.error().toString()));
        QVERIFY(again->metadata().lastModified != QStringLiteral("2022-03-15T22:11:15Z"));
        const Errors errors = again->decrypt(dataKeys(key));
        QVERIFY2(errors.isEmpty(), qPrintable(errors.isEmpty() ? QString() : errors.first().toString()));
        QCOMPARE(QString::fromUtf8(again->value(path)->plain.view()), QStringLiteral("changed value ✓"));
        QCOMPARE(again->entries().size(), sops->entries().size());
    }

    void tampering_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("expected");
        QTest::newRow("value ciphertext") << QByteArray("data:BI/mJA==") << QByteArray("data:BI/nJA==") << QStringLiteral("authentication");
        QTest::newRow("value moved to another key") << QByteArray("\"lastName\"") << QByteArray("\"lastname\"") << QStringLiteral("authentication");
        QTest::newRow("mac") << QByteArray("data:LDAtlW") << QByteArray("data:LDAtlX") << QStringLiteral("MAC");
        QTest::newRow("lastmodified") << QByteArray("2022-03-15T22:12:12Z") << QByteArray("2022-03-15T22:12:13Z") << QStringLiteral("MAC");
        QTest::newRow("cleartext value removed") << QByteArray("\"anEmptyValue\": \"\",") << QByteArray() << QStringLiteral("");
    }
    void tampering()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, expected);
        QByteArray bytes = readAll(TestSupport::testData(QStringLiteral("secrets/example.json")));
        QVERIFY2(bytes.contains(from), from.constData());
        bytes.replace(from, to);
        auto sops = SopsFile::fromBytes(bytes, SopsFile::Format::Json, QStringLiteral("example.json"));
        QVERIFY2(sops.ok(), qPrintable(sops.error().toString()));
        const Errors errors = sops->decrypt(dataKeys(QStringLiteral("sops-keys.txt")));
        if (expected.isEmpty()) {
            QVERIFY(errors.isEmpty()); // an empty string contributes no bytes to the MAC: sops cannot detect this either
            return;
        }
        QVERIFY(!errors.isEmpty());
        QVERIFY2(errors.first().message.contains(expected), qPrintable(errors.first().message));
        QCOMPARE(errors.first().source, QStringLiteral("example.json"));
        QVERIFY(!sops->isDecrypted());
    }

    void macCoversOrderAndCleartext()
    {
        QByteArray bytes = readAll(TestSupport::testData(QStringLiteral("secrets/example.yaml")));
        bytes.replace("remain in clear text", "remain in clear TEXT");
        auto sops = SopsFile::fromBytes(bytes, SopsFile::Format::Yaml);
        QVERIFY(sops.ok());
        const Errors errors = sops->decrypt(dataKeys(QStringLiteral("sops-keys.txt")));
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().message.contains(QLatin1String("MAC mismatch")));
    }

    void wrongKey()
    {
        auto sops = SopsFile::load(TestSupport::testData(QStringLiteral("secrets/secret.enc.json")));
        QVERIFY(sops.ok());
        const Errors errors = sops->decrypt(dataKeys(QStringLiteral("sops-keys.txt")));
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().message.startsWith(QLatin1String("no identity matches any recipient stanza")), qPrintable(errors.first().message));
        QVERIFY(errors.first().message.contains(QLatin1String("age1je6kjhzuhdjy3fqptpttxjh5k8q46vygzlgtpuq3030c947pc5tqz9dqvr")));
        QVERIFY(!sops->setValue({QStringLiteral("x")}, SopsValue::string("y")).isEmpty()); // not decrypted: no editing
    }

    void pgpOnlyAlwaysAvailable()
    {
        auto sops = SopsFile::load(TestSupport::testData(QStringLiteral("secrets/pgp-only.enc.yaml")));
        QVERIFY(sops.ok());
        const Errors errors = sops->decrypt(dataKeys(QStringLiteral("sops-keys.txt")));
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().message.contains(QLatin1String("needs a PGP key, not supported")));
    }

    void shamirUnsupported()
    {
        QByteArray bytes = readAll(TestSupport::testData(QStringLiteral("secrets/example.yaml")));
        bytes.replace("    pgp: []\n", "    key_groups:\n        - age: []\n        - age: []\n    shamir_threshold: 2\n");
        auto sops = SopsFile::fromBytes(bytes, SopsFile::Format::Yaml);
        QVERIFY2(sops.ok(), qPrintable(sops.error().toString()));
        const Errors errors = sops->decrypt(dataKeys(QStringLiteral("sops-keys.txt")));
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().message.contains(QLatin1String("Shamir")), qPrintable(errors.first().message));
    }

    void brokenFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("cut");      // truncate to this many bytes (-1: keep)
        QTest::addColumn<QByteArray>("replacement");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QStringLiteral("example.yaml") << int(SopsFile::Format::Yaml) << 0 << QByteArray() << QStringLiteral("empty file");
        QTest::newRow("yaml truncated") << QStringLiteral("example.yaml") << int(SopsFile::Format::Yaml) << 2000 << QByteArray() << QStringLiteral("no 'sops' metadata");
        QTest::newRow("json truncated") << QStringLiteral("example.json") << int(SopsFile::Format::Json) << 1500 << QByteArray() << QStringLiteral("unterminated");
        QTest::newRow("json garbage") << QStringLiteral("example.json") << int(SopsFile::Format::Json) << -1 << QByteArray("\x01\xff{{{") << QStringLiteral("invalid JSON value");
        QTest::newRow("json array") << QStringLiteral("example.json") << int(SopsFile::Format::Json) << -1 << QByteArray("[1,2]") << QStringLiteral("not a JSON object");
        QTest::newRow("yaml flow") << QStringLiteral("example.yaml") << int(SopsFile::Format::Yaml) << -1 << QByteArray("a: {b: 1}\n") << QStringLiteral("flow collections");
        QTest::newRow("yaml bad indent") << QStringLiteral("example.yaml") << int(SopsFile::Format::Yaml) << -1 << QByteArray("a: 1\n   b: 2\nc: 3\n") << QStringLiteral("indentation");
        QTest::newRow("sops is a string") << QStringLiteral("example.yaml") << int(SopsFile::Format::Yaml) << -1 << QByteArray("a: 1\nsops: nope\n") << QStringLiteral("not a map");
        QTest::newRow("dotenv garbage") << QStringLiteral("secret.enc.env") << int(SopsFile::Format::Dotenv) << -1 << QByteArray("hello world\n") << QStringLiteral("invalid dotenv line");
        QTest::newRow("ini truncated header") << QStringLiteral("example.ini") << int(SopsFile::Format::Ini) << -1 << QByteArray("[name\n") << QStringLiteral("section header");
        QTest::newRow("two rules") << QStringLiteral("example.yaml") << int(SopsFile::Format::Yaml) << -1
                                   << QByteArray("a: 1\nsops:\n    lastmodified: \"x\"\n    unencrypted_suffix: _u\n    encrypted_regex: ^a$\n") << QStringLiteral("more than one");
    }
    void brokenFiles()
    {
        QFETCH(QString, file);
        QFETCH(int, format);
        QFETCH(int, cut);
        QFETCH(QByteArray, replacement);
        QFETCH(QString, expected);
        QByteArray bytes = readAll(TestSupport::testData(QStringLiteral("secrets/") + file));
        if (cut >= 0)
            bytes.truncate(cut);
        if (!replacement.isEmpty())
            bytes = replacement;
        auto sops = SopsFile::fromBytes(bytes, SopsFile::Format(format), file);
        QVERIFY(!sops.ok());
        QVERIFY2(sops.error().message.contains(expected), qPrintable(sops.error().toString()));
        QCOMPARE(sops.error().source, file);
    }

    void encryptNewAllFormats_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("yaml") << int(SopsFile::Format::Yaml);
        QTest::newRow("json") << int(SopsFile::Format::Json);
        QTest::newRow("dotenv") << int(SopsFile::Format::Dotenv);
        QTest::newRow("ini") << int(SopsFile::Format::Ini);
    }
    void encryptNewAllFormats()
    {
        QFETCH(int, format);
        const auto fmt = SopsFile::Format(format);
        const bool flat = fmt == SopsFile::Format::Dotenv;
        SopsNode tree = SopsNode::map();
        SopsNode section = SopsNode::map();
        section.key = QStringLiteral("section");
        auto add = [](SopsNode &m, const char *k, SopsValue v) {
            SopsNode n = SopsNode::leaf(std::move(v));
            n.key = QString::fromLatin1(k);
            m.children.append(std::move(n));
        };
        SopsNode &target = flat ? tree : section;
        target.children.append(SopsNode::comment(" a comment"));
        add(target, "password", SopsValue::string("hunter2: with # chars"));
        add(target, "multi", SopsValue::string("line one\nline two\n"));
        add(target, "note_unencrypted", SopsValue::string("visible"));
        add(target, "empty", SopsValue::string(""));
        if (!flat)
            tree.children.append(section);
        const AgeIdentity id = AgeIdentity::generate();
        auto sops = SopsFile::encryptNew(tree, {id.recipient()}, fmt);
        QVERIFY(sops.ok());
        auto bytes = sops->serialize();
        QVERIFY(bytes.ok());
        QVERIFY(!bytes->contains("hunter2"));
        QVERIFY(!bytes->contains("line one"));
        QVERIFY(bytes->contains("visible"));
        auto back = SopsFile::fromBytes(bytes.value(), fmt, QStringLiteral("new"));
        QVERIFY2(back.ok(), qPrintable(back.error().toString() + QLatin1Char('\n') + QString::fromUtf8(bytes.value())));
        const Errors errors = back->decrypt({id});
        QVERIFY2(errors.isEmpty(), qPrintable(errors.isEmpty() ? QString() : errors.first().toString() + QString::fromUtf8(bytes.value())));
        const QStringList base = flat ? QStringList{} : QStringList{QStringLiteral("section")};
        QCOMPARE(back->value(base + QStringList{QStringLiteral("password")})->plain.toByteArrayUnsafe(), QByteArray("hunter2: with # chars"));
        QCOMPARE(back->value(base + QStringList{QStringLiteral("multi")})->plain.toByteArrayUnsafe(), QByteArray("line one\nline two\n"));
        QVERIFY(!back->value(base + QStringList{QStringLiteral("note_unencrypted")})->isEncrypted());
        QVERIFY(!back->value(base + QStringList{QStringLiteral("empty")})->isEncrypted());
        int comments = 0;
        for (const auto &e : back->entries())
            comments += e.isComment && e.isEncrypted;
        QCOMPARE(comments, fmt == SopsFile::Format::Json ? 0 : 1); // JSON has no comments
    }

    void recipientsAndRotation()
    {
        auto sops = SopsFile::load(TestSupport::testData(QStringLiteral("secrets/example.yaml")));
        QVERIFY(sops.ok());
        QVERIFY(sops->decrypt(dataKeys(QStringLiteral("sops-keys.txt"))).isEmpty());
        const AgeIdentity added = AgeIdentity::generate();
        QVERIFY(sops->addRecipient(added.recipient()).isEmpty());
        QCOMPARE(sops->metadata().age.size(), 3);
        QVERIFY(sops->removeRecipient(QStringLiteral("age1yt3tfqlfrwdwx0z0ynwplcr6qxcxfaqycuprpmy89nr83ltx74tqdpszlw")).isEmpty());
        QVERIFY(!sops->removeRecipient(QStringLiteral("age1nothere")).isEmpty());
        QCOMPARE(sops->metadata().age.size(), 2);
        auto bytes = sops->serialize();
        QVERIFY(bytes.ok());
        {
            auto reread = SopsFile::fromBytes(bytes.value(), SopsFile::Format::Yaml);
            QVERIFY(reread.ok());
            QVERIFY(reread->decrypt({added}).isEmpty());
            QVERIFY(!reread->decrypt({dataKeys(QStringLiteral("sops-keys.txt")).at(0)}).isEmpty()); // removed
            QVERIFY(reread->decrypt({dataKeys(QStringLiteral("sops-keys.txt")).at(1)}).isEmpty());
        }
        const QList<QByteArray> before = ciphertexts(bytes.value());
        QVERIFY(sops->rotateDataKey().isEmpty());
        auto rotated = sops->serialize();
        QVERIFY(rotated.ok());
        for (const QByteArray &c : ciphertexts(rotated.value()))
            QVERIFY(!before.contains(c));
        auto reread = SopsFile::fromBytes(rotated.value(), SopsFile::Format::Yaml);
        QVERIFY(reread.ok());
        QVERIFY(reread->decrypt({added}).isEmpty());
        QVERIFY(reread->remove({QStringLiteral("an_array"), QStringLiteral("0")}).isEmpty());
        QVERIFY(reread->remove({QStringLiteral("myapp1")}).isEmpty());
        auto smaller = reread->serialize();
        auto third = SopsFile::fromBytes(smaller.value(), SopsFile::Format::Yaml);
        QVERIFY(third->decrypt({added}).isEmpty());
        QVERIFY(!third->value({QStringLiteral("myapp1")}));
        QCOMPARE(third->value({QStringLiteral("an_array"), QStringLiteral("0")})->plain.toByteArrayUnsafe(), QByteArray("secretuser2"));
    }

    void savedDataKeyOpensWithAgeBinary()
    {
        const QString age = QStandardPaths::findExecutable(QStringLiteral("age"));
        if (age.isEmpty()) {
            if (TestSupport::servicesRequired())
                QFAIL("age not found although INFRADECK_TEST_SERVICES is set");
            QSKIP("age not installed");
        }
        const AgeIdentity id = AgeIdentity::generate();
        const QString keyFile = m_dir.filePath(QStringLiteral("id.txt"));
        {
            QFile f(keyFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(id.keyFileContents().toByteArrayUnsafe());
        }
        SopsNode tree = SopsNode::map();
        SopsNode n = SopsNode::leaf(SopsValue::string("s3cret"));
        n.key = QStringLiteral("token");
        tree.children.append(n);
        auto sops = SopsFile::encryptNew(tree, {id.recipient()}, SopsFile::Format::Yaml);
        QVERIFY(sops.ok());
        const QString path = m_dir.filePath(QStringLiteral("new.enc.yaml"));
        QVERIFY(sops->save(path).isEmpty());
        auto loaded = SopsFile::load(path);
        QVERIFY(loaded.ok());
        QProcess p;
        p.start(age, {QStringLiteral("-d"), QStringLiteral("-i"), keyFile});
        p.write(loaded->metadata().age.first().enc);
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
        QByteArray key = p.readAllStandardOutput();
        QCOMPARE(key.size(), 32);
        // That key decrypts the stored value.
        const SopsValue *v = loaded->value({QStringLiteral("token")});
        auto plain = SopsCipher::decrypt(v->ciphertext, SecureBytes(key), "token:");
        SecureBytes::wipe(key);
        QVERIFY(plain.ok());
        QCOMPARE(plain->plain.toByteArrayUnsafe(), QByteArray("s3cret"));
    }
};

QTEST_GUILESS_MAIN(TestSopsFile)
#include "TestSopsFile.moc"
