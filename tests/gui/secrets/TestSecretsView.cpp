#include "secrets/KeysDialog.h"
#include "secrets/SecretsModel.h"
#include "secrets/SecretsView.h"

#include "secrets/CredentialStore.h"
#include "secrets/age/AgeIdentity.h"
#include "secrets/sops/SopsFile.h"
#include "workspace/Workspace.h"

#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Infradeck;

namespace {

QString demo(const QString &relative)
{
    return TestSupport::resourcesDir() + QStringLiteral("/demo/") + relative;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// KEY -> ENC[...] line of a dotenv SOPS file.
QMap<QString, QByteArray> ciphertexts(const QString &path)
{
    QMap<QString, QByteArray> out;
    for (const QByteArray &line : readAll(path).split('\n')) {
        const int eq = line.indexOf('=');
        if (eq > 0 && !line.startsWith("sops_"))
            out.insert(QString::fromUtf8(line.left(eq)), line.mid(eq + 1));
    }
    return out;
}

// The plaintexts of a SOPS file, decrypted independently of the view.
QStringList plaintexts(const QString &path)
{
    QStringList out;
    auto file = SopsFile::load(path);
    auto ids = AgeIdentity::loadKeyFile(demo(QStringLiteral("keys/demo-age-key.txt")));
    if (!file || !ids || hasErrors(file->decrypt(ids.value())))
        return out;
    for (const SopsFile::Entry &e : file->entries())
        if (const SopsValue *v = file->value(e.path); v && !e.isComment)
            out << QString::fromUtf8(v->plain.data(), qsizetype(v->plain.size()));
    return out;
}

// Every string the view shows: labels, line edits, table cells, model roles.
QStringList displayedStrings(const SecretsView &view)
{
    QStringList out;
    for (const QLabel *l : view.findChildren<QLabel *>())
        out << l->text() << l->toolTip();
    for (const QLineEdit *e : view.findChildren<QLineEdit *>())
        out << e->text();
    for (const QTableWidget *t : view.findChildren<QTableWidget *>())
        for (int r = 0; r < t->rowCount(); ++r)
            for (int c = 0; c < t->columnCount(); ++c)
                if (const QTableWidgetItem *i = t->item(r, c))
                    out << i->text() << i->toolTip();
    const SecretsModel *m = view.model();
    for (int r = 0; r < m->rowCount(); ++r)
        for (int c = 0; c < m->columnCount(); ++c)
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::AccessibleTextRole), int(Qt::EditRole)})
                out << m->data(m->index(r, c), role).toString();
    return out;
}

// Files under dir written since `since` that contain any of the needles.
QStringList filesContaining(const QString &dir, const QStringList &needles, const QDateTime &since)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        if (info.lastModified() < since || info.size() > 20 * 1024 * 1024)
            continue;
        const QByteArray bytes = readAll(path);
        for (const QString &n : needles)
            if (bytes.contains(n.toUtf8()))
                hits << path;
    }
    return hits;
}

} // namespace

class TestSecretsView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void environmentFiles();
    void openEditSave();
    void typeIsKept();
    void changedOnDiskIsNotOverwritten();
    void unsavedChangesAsk();
    void wrongKeyAndBrokenFile();
    void macMismatchShown();
    void setFilesDropsRunningOpen();
    void keysDialogAgainstSecretService();
    void keysDialogClosedBeforeAnswer();

private:
    bool openWith(SecretsView &view, const QString &path, const QString &keyFile);
    QTemporaryDir m_dir;
    QSettings *m_settings = nullptr;
    QDateTime m_start;
};

void TestSecretsView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // never the developer's settings
    QVERIFY(m_dir.isValid());
    m_start = QDateTime::currentDateTime().addSecs(-1);
    m_settings = new QSettings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat, this);
}

bool TestSecretsView::openWith(SecretsView &view, const QString &path, const QString &keyFile)
{
    QSignalSpy opened(&view, &SecretsView::fileOpened);
    QSignalSpy failed(&view, &SecretsView::openFailed);
    view.setKeyFilePicker([keyFile] { return keyFile; });
    if (!view.openFileWithKeyFile(path))
        return false;
    QElapsedTimer t;
    t.start();
    while (opened.isEmpty() && failed.isEmpty() && t.elapsed() < 10000)
        QTest::qWait(10);
    return !opened.isEmpty();
}

void TestSecretsView::environmentFiles()
{
    Errors problems;
    const Workspace ws = Workspace::load(demo(QStringLiteral("infradeck.yaml")), problems);
    QVERIFY(ws.isValid());
    CredentialStore store(nullptr, m_settings);
    SecretsView view(nullptr, &store);
    QCOMPARE(view.title(), QStringLiteral("Secrets"));
    view.setEnvironment(ws, ws.environment(QStringLiteral("production")));
    auto *table = view.findChild<QTableWidget *>(QStringLiteral("fileTableWidget"));
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("common.enc.env"));
    QCOMPARE(table->item(2, 0)->text(), QStringLiteral("production.enc.yaml"));
    QCOMPARE(table->item(1, 2)->text(), QStringLiteral("2026-11-20T16:41:37Z"));
    for (int r = 0; r < 3; ++r) {
        QCOMPARE(table->item(r, 3)->text(), QStringLiteral("demo key"));
        QCOMPARE(table->item(r, 4)->text(), QStringLiteral("not checked"));
        QVERIFY(table->item(r, 1)->toolTip().contains(QLatin1String("age175g028uefgmn8p3ym2rhkqs7seyazqrt3x85uvqyafgnurxe8e5q2jtklj")));
    }
    // The demo key is found without asking: open the YAML file directly.
    QSignalSpy opened(&view, &SecretsView::fileOpened);
    QVERIFY(view.openFile(ws.environment(QStringLiteral("production"))->sopsPaths.at(2)));
    QTRY_COMPARE(opened.count(), 1);
    QCOMPARE(table->item(2, 4)->text(), QStringLiteral("MAC ok"));
    QCOMPARE(view.model()->rowCount(), 10);
    view.setEnvironment(ws, nullptr);
    QCOMPARE(table->rowCount(), 0);
    QVERIFY(view.model()->file() == nullptr);
}

void TestSecretsView::openEditSave()
{
    const QString copy = m_dir.filePath(QStringLiteral("production.enc.env"));
    QVERIFY(QFile::copy(demo(QStringLiteral("credentials/production.enc.env")), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    const QStringList secrets = plaintexts(copy).filter(QStringLiteral("demo"));
    QCOMPARE(secrets.size(), 3); // DATABASE_URL, BETTER_AUTH_SECRET, HCLOUD_TOKEN
    const QMap<QString, QByteArray> before = ciphertexts(copy);

    CredentialStore store(nullptr, m_settings);
    SecretsView view(nullptr, &store);
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.resize(1000, 640);
    view.setFiles({copy});
    view.setRevealTimeout(300);
    view.setClipboardTimeout(300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY2(openWith(view, copy, demo(QStringLiteral("keys/demo-age-key.txt"))), qPrintable(view.message()));
    QCOMPARE(view.currentPath(), copy);
    QCOMPARE(view.model()->rowCount(), 5);

    // Masked in every displayed string.
    for (const QString &shown : displayedStrings(view))
        for (const QString &secret : secrets)
            QVERIFY2(!shown.contains(secret), qPrintable(QStringLiteral("shown: ") + shown.left(30)));
    const QStringList fileRow{view.findChild<QTableWidget *>(QStringLiteral("fileTableWidget"))->item(0, 4)->text()};
    QCOMPARE(fileRow.first(), QStringLiteral("MAC ok"));

    // Reveal one: only that one, and only for the timeout.
    const int authRow = view.model()->rowOf({QStringLiteral("BETTER_AUTH_SECRET")});
    const int tokenRow = view.model()->rowOf({QStringLiteral("HCLOUD_TOKEN")});
    QVERIFY(authRow >= 0 && tokenRow >= 0);
    view.revealRow(authRow);
    QCOMPARE(view.model()->data(view.model()->index(authRow, SecretsModel::ValueColumn)).toString(),
             QStringLiteral("demo-better-auth-secret-prod-V8f3kLw9QzR2mT6x"));
    QCOMPARE(view.model()->data(view.model()->index(tokenRow, SecretsModel::ValueColumn)).toString(), SecretsModel::mask());
    view.revealRow(tokenRow);
    QCOMPARE(view.model()->data(view.model()->index(authRow, SecretsModel::ValueColumn)).toString(), SecretsModel::mask());
    QTRY_COMPARE_WITH_TIMEOUT(view.model()->revealedRow(), -1, 3000);

    // Copy: with the password-manager hint, cleared after the timeout.
    view.copyRow(authRow);
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    QVERIFY(mime);
    if (mime->text().isEmpty())
        qWarning("this platform has no clipboard; clipboard checks skipped");
    else {
        QCOMPARE(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
        QTRY_VERIFY_WITH_TIMEOUT(!QApplication::clipboard()->text().contains(QLatin1String("demo-better")), 3000);
    }

    // Edit one value; the diff names the key and masks the values.
    const QString newValue = QStringLiteral("demoHcloudTokenEditedInTest-4Rt7");
    QVERIFY(view.editRow(tokenRow, newValue).isEmpty());
    QVERIFY(view.isModified());
    QStringList seenDiff;
    view.setSaveConfirmer([&seenDiff](const QStringList &changes) {
        seenDiff = changes;
        return SecretsView::Choice::Save;
    });
    for (const QString &shown : displayedStrings(view))
        QVERIFY(!shown.contains(newValue));

    QDir(QStringLiteral(INFRADECK_BINARY_DIR)).mkpath(QStringLiteral("screenshots"));
    view.revealRow(-1);
    QVERIFY(view.grab().save(QDir(QStringLiteral(INFRADECK_BINARY_DIR)).filePath(QStringLiteral("screenshots/secrets-view.png"))));

    QVERIFY2(view.save(), qPrintable(view.message()));
    QCOMPARE(seenDiff.size(), 1);
    QVERIFY2(seenDiff.first().startsWith(QLatin1String("changed HCLOUD_TOKEN")), qPrintable(seenDiff.first()));
    QVERIFY(!seenDiff.first().contains(newValue));
    QVERIFY(!seenDiff.first().contains(QLatin1String("demoHcloud")));
    QVERIFY(!view.isModified());

    // Unchanged values keep their ciphertext; the changed one got a new one; no plaintext in the file.
    const QMap<QString, QByteArray> after = ciphertexts(copy);
    QCOMPARE(after.keys(), before.keys());
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (it.key() == QLatin1String("HCLOUD_TOKEN"))
            QVERIFY(after.value(it.key()) != it.value());
        else
            QCOMPARE(after.value(it.key()), it.value());
    }
    QVERIFY(!readAll(copy).contains(newValue.toUtf8()));

    // Re-open in a fresh view: the new value is there and the MAC checks.
    SecretsView again(nullptr, &store);
    again.setFiles({copy});
    QVERIFY2(openWith(again, copy, demo(QStringLiteral("keys/demo-age-key.txt"))), qPrintable(again.message()));
    const int row = again.model()->rowOf({QStringLiteral("HCLOUD_TOKEN")});
    again.revealRow(row);
    QCOMPARE(again.model()->data(again.model()->index(row, SecretsModel::ValueColumn)).toString(), newValue);

    // No plaintext of the demo values anywhere in our temp dir or the system temp dir.
    QStringList needles = secrets;
    needles << newValue;
    QVERIFY2(filesContaining(m_dir.path(), needles, m_start).isEmpty(), "plaintext in the test's temp dir");
    const QStringList tmpHits = filesContaining(QDir::tempPath(), needles, m_start);
    QVERIFY2(tmpHits.isEmpty(), qPrintable(tmpHits.join(QLatin1Char(' '))));
}

void TestSecretsView::typeIsKept()
{
    const QString copy = m_dir.filePath(QStringLiteral("production.enc.yaml"));
    QVERIFY(QFile::copy(demo(QStringLiteral("credentials/production.enc.yaml")), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    CredentialStore store(nullptr, m_settings);
    SecretsView view(nullptr, &store);
    view.setFiles({copy});
    QVERIFY2(openWith(view, copy, demo(QStringLiteral("keys/demo-age-key.txt"))), qPrintable(view.message()));
    const int port = view.model()->rowOf({QStringLiteral("postgres"), QStringLiteral("primary"), QStringLiteral("port")});
    const int live = view.model()->rowOf({QStringLiteral("stripe"), QStringLiteral("live_mode")});
    QVERIFY(port >= 0 && live >= 0);
    QCOMPARE(view.model()->data(view.model()->index(port, SecretsModel::TypeColumn)).toString(), QStringLiteral("int"));
    QCOMPARE(view.model()->data(view.model()->index(live, SecretsModel::TypeColumn)).toString(), QStringLiteral("bool"));
    QVERIFY(!view.editRow(port, QStringLiteral("not-a-port")).isEmpty());
    QVERIFY(view.message().contains(QLatin1String("integer")));
    QVERIFY(!view.editRow(live, QStringLiteral("maybe")).isEmpty());
    QVERIFY(view.editRow(port, QStringLiteral("6543")).isEmpty());
    QVERIFY(view.editRow(live, QStringLiteral("true")).isEmpty());
    QVERIFY(view.addKey(QStringLiteral("NEW_KEY"), QStringLiteral("demo-added-value-11")).isEmpty());
    QVERIFY(!view.addKey(QStringLiteral("NEW_KEY"), QStringLiteral("x")).isEmpty()); // exists
    const int replica = view.model()->rowOf({QStringLiteral("postgres"), QStringLiteral("replica_password")});
    QVERIFY(view.deleteRow(replica).isEmpty());
    const QStringList diff = view.changes();
    QCOMPARE(diff.size(), 4);
    QVERIFY(diff.join(QLatin1Char('\n')).contains(QLatin1String("added NEW_KEY")));
    QVERIFY(diff.join(QLatin1Char('\n')).contains(QLatin1String("removed postgres.replica_password")));
    QVERIFY(!diff.join(QLatin1Char('\n')).contains(QLatin1String("demo-added")));
    view.setSaveConfirmer([](const QStringList &) { return SecretsView::Choice::Save; });
    QVERIFY2(view.save(), qPrintable(view.message()));
    const QByteArray saved = readAll(copy);
    QVERIFY(saved.contains("type:int]"));
    QVERIFY(saved.contains("type:bool]"));
    QVERIFY(!saved.contains("replica_password"));
    QVERIFY(!saved.contains("demo-added-value-11"));
    auto file = SopsFile::load(copy);
    auto ids = AgeIdentity::loadKeyFile(demo(QStringLiteral("keys/demo-age-key.txt")));
    QVERIFY(file && ids);
    QVERIFY(file->decrypt(ids.value()).isEmpty());
    QCOMPARE(file->value({QStringLiteral("postgres"), QStringLiteral("primary"), QStringLiteral("port")})->type, SopsValue::Type::Int);
    QCOMPARE(file->value({QStringLiteral("stripe"), QStringLiteral("live_mode")})->plain.toByteArrayUnsafe(), QByteArray("True"));
}

void TestSecretsView::changedOnDiskIsNotOverwritten()
{
    const QString copy = m_dir.filePath(QStringLiteral("staging.enc.env"));
    QVERIFY(QFile::copy(demo(QStringLiteral("credentials/staging.enc.env")), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    CredentialStore store(nullptr, m_settings);
    SecretsView view(nullptr, &store);
    view.setFiles({copy});
    QVERIFY(openWith(view, copy, demo(QStringLiteral("keys/demo-age-key.txt"))));
    // Someone else rewrites the file meanwhile (here: the pr-123 file, a valid SOPS file too).
    const QByteArray theirs = readAll(demo(QStringLiteral("credentials/pr-123.enc.env")));
    {
        QFile f(copy);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(theirs);
    }
    QVERIFY(view.editRow(view.model()->rowOf({QStringLiteral("APP_ENV")}), QStringLiteral("staging-2")).isEmpty());
    view.setSaveConfirmer([](const QStringList &) { return SecretsView::Choice::Save; });
    QVERIFY(!view.save());
    QVERIFY2(view.message().contains(QLatin1String("changed on disk")), qPrintable(view.message()));
    QCOMPARE(readAll(copy), theirs);
    QVERIFY(view.isModified()); // the edit is still there to copy
}

void TestSecretsView::unsavedChangesAsk()
{
    const QString a = m_dir.filePath(QStringLiteral("pr-123.enc.env"));
    const QString b = m_dir.filePath(QStringLiteral("pr-124.enc.env"));
    QVERIFY(QFile::copy(demo(QStringLiteral("credentials/pr-123.enc.env")), a));
    QVERIFY(QFile::copy(demo(QStringLiteral("credentials/pr-124.enc.env")), b));
    CredentialStore store(nullptr, m_settings);
    SecretsView view(nullptr, &store);
    view.setFiles({a, b});
    QVERIFY(openWith(view, a, demo(QStringLiteral("keys/demo-age-key.txt"))));
    QVERIFY(view.editRow(0, QStringLiteral("changed")).isEmpty());
    int asked = 0;
    view.setUnsavedQuestion([&asked](const QString &) {
        ++asked;
        return SecretsView::Choice::Cancel;
    });
    QVERIFY(!view.openFile(b));
    QCOMPARE(asked, 1);
    QCOMPARE(view.currentPath(), a);
    QVERIFY(view.isModified());
    const QByteArray original = readAll(a);
    view.setUnsavedQuestion([&asked](const QString &) {
        ++asked;
        return SecretsView::Choice::Discard;
    });
    QSignalSpy opened(&view, &SecretsView::fileOpened);
    QVERIFY(view.openFile(b));
    QTRY_COMPARE(opened.count(), 1);
    QCOMPARE(asked, 2);
    QCOMPARE(view.currentPath(), b);
    QCOMPARE(readAll(a), original); // discarded, not written
    QVERIFY(view.maybeLeave());     // nothing changed: no question
    QCOMPARE(asked, 2);
}

void TestSecretsView::wrongKeyAndBrokenFile()
{
    CredentialStore store(nullptr, m_settings);
    SecretsView view(nullptr, &store);
    const QString other = m_dir.filePath(QStringLiteral("other-key.txt"));
    {
        QFile f(other);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(AgeIdentity::generate().keyFileContents().toByteArrayUnsafe());
    }
    const QString copy = m_dir.filePath(QStringLiteral("common.enc.env"));
    QVERIFY(QFile::copy(demo(QStringLiteral("credentials/common.enc.env")), copy));
    view.setFiles({copy});
    QVERIFY(!openWith(view, copy, other));
    QVERIFY2(view.message().contains(QLatin1String("no identity matches")), qPrintable(view.message()));
    QVERIFY(view.model()->file() == nullptr);

    const QString broken = m_dir.filePath(QStringLiteral("broken.enc.env"));
    {
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(readAll(copy).left(200));
    }
    view.setFiles({broken});
    QVERIFY(!openWith(view, broken, demo(QStringLiteral("keys/demo-age-key.txt"))));
    QVERIFY(view.message().contains(QLatin1String("broken.enc.env")));
    auto *table = view.findChild<QTableWidget *>(QStringLiteral("fileTableWidget"));
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("unreadable"));
}

void TestSecretsView::macMismatchShown()
{
    CredentialStore store(nullptr, m_settings);
    SecretsView view(nullptr, &store);
    // Two values swapped: each still decrypts, the MAC over them does not match.
    QList<QByteArray> lines = readAll(demo(QStringLiteral("credentials/common.enc.env"))).split('\n');
    QVERIFY(lines.size() > 2);
    lines.swapItemsAt(0, 1);
    const QString tampered = m_dir.filePath(QStringLiteral("tampered.enc.env"));
    {
        QFile f(tampered);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(lines.join('\n'));
    }
    view.setFiles({tampered});
    QVERIFY(!openWith(view, tampered, demo(QStringLiteral("keys/demo-age-key.txt"))));
    auto *table = view.findChild<QTableWidget *>(QStringLiteral("fileTableWidget"));
    QCOMPARE(table->item(0, 4)->text(), QStringLiteral("MAC mismatch"));
}

void TestSecretsView::setFilesDropsRunningOpen()
{
    CredentialStore store(nullptr, m_settings);
    SecretsView view(nullptr, &store);
    const QString copy = m_dir.filePath(QStringLiteral("switched.enc.env"));
    QVERIFY(QFile::copy(demo(QStringLiteral("credentials/common.enc.env")), copy));
    view.setFiles({copy});
    QSignalSpy opened(&view, &SecretsView::fileOpened);
    QSignalSpy failed(&view, &SecretsView::openFailed);
    view.setKeyFilePicker([] { return demo(QStringLiteral("keys/demo-age-key.txt")); });
    QVERIFY(view.openFileWithKeyFile(copy));
    QVERIFY(view.isLoading());
    view.setFiles({}); // another environment while the file is still opening
    QVERIFY(!view.isLoading());
    QTest::qWait(500);
    QVERIFY(opened.isEmpty());
    QVERIFY(failed.isEmpty());
    QVERIFY(view.model()->file() == nullptr);
    QVERIFY(view.currentPath().isEmpty());
}

void TestSecretsView::keysDialogAgainstSecretService()
{
    QString bus;
    REQUIRE_SERVICE_ENV("DBUS_SESSION_BUS_ADDRESS", bus);
    if (!TestSupport::servicesRequired())
        QSKIP("writes only into the private test keyring started by ./scripts/test");
    CredentialStore store(nullptr, m_settings);
    const QString ws = QStringLiteral("gui-test-") + QString::number(QDateTime::currentMSecsSinceEpoch());
    KeysDialog dialog(&store, ws);
    QSignalSpy done(&dialog, &KeysDialog::finishedJob);
    dialog.generateIdentity();
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 10000);
    QVERIFY2(dialog.recipientShown().startsWith(QLatin1String("age1")), qPrintable(dialog.message()));
    dialog.setKeyFilePicker([] { return demo(QStringLiteral("keys/demo-age-key.txt")); });
    dialog.importKeyFile();
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 2, 10000);
    QCOMPARE(dialog.recipientShown(), QStringLiteral("age175g028uefgmn8p3ym2rhkqs7seyazqrt3x85uvqyafgnurxe8e5q2jtklj"));
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("keyListWidget"));
    QCOMPARE(list->count(), 2);

    while (list->count() > 0) {
        list->setCurrentRow(0);
        const int before = int(done.count());
        dialog.deleteSelected();
        QTRY_COMPARE_WITH_TIMEOUT(int(done.count()), before + 1, 10000);
    }
    QVERIFY(store.keys(ws).isEmpty());
}

void TestSecretsView::keysDialogClosedBeforeAnswer()
{
    QString bus;
    REQUIRE_SERVICE_ENV("DBUS_SESSION_BUS_ADDRESS", bus);
    if (!TestSupport::servicesRequired())
        QSKIP("writes only into the private test keyring started by ./scripts/test");
    CredentialStore store(nullptr, m_settings);
    const QString ws = QStringLiteral("gui-closed-") + QString::number(QDateTime::currentMSecsSinceEpoch());
    auto *dialog = new KeysDialog(&store, ws);
    dialog->generateIdentity();
    delete dialog; // closed before the keychain answers: the answer must not touch it
    QTRY_COMPARE_WITH_TIMEOUT(int(store.keys(ws).size()), 1, 10000); // the key is listed just before the answer
    const CredentialStore::Key key = store.keys(ws).first();
    bool removed = false;
    store.remove(key, [&removed](Errors) { removed = true; });
    QTRY_VERIFY_WITH_TIMEOUT(removed, 10000);
    QVERIFY(store.keys(ws).isEmpty());
}

QTEST_MAIN(TestSecretsView)
#include "TestSecretsView.moc"
