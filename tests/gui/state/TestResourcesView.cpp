#include "state/InventoryModel.h"
#include "state/ResourcesView.h"
#include "state/StateValueModel.h"

#include "StateGuiHelpers.h"
#include "TestSupport.h"
#include "unit/state/S3TestServer.h"

#include "secrets/CredentialStore.h"

#include "workspace/Workspace.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSet>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Infradeck;

namespace {
const QString Secret = QStringLiteral("demo-sensitive-DO-NOT-SHOW");

// Counted straight from the file, without the reader: instances of every resource, and by type.
struct RawCounts
{
    int instances = 0;
    QHash<QString, int> byType;
    QSet<QString> modules;
    QString lineage;
    QString terraformVersion;
    qint64 serial = -1;
};

RawCounts rawCounts(const QString &path)
{
    RawCounts counts;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return counts;
    const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    counts.lineage = root.value(QStringLiteral("lineage")).toString();
    counts.terraformVersion = root.value(QStringLiteral("terraform_version")).toString();
    counts.serial = root.value(QStringLiteral("serial")).toInteger(-1);
    for (const QJsonValue &r : root.value(QStringLiteral("resources")).toArray()) {
        const QJsonObject o = r.toObject();
        const int n = int(o.value(QStringLiteral("instances")).toArray().size());
        counts.instances += n;
        counts.byType[o.value(QStringLiteral("type")).toString()] += n;
        counts.modules.insert(o.value(QStringLiteral("module")).toString());
    }
    return counts;
}

int leafCount(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    int n = 0;
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex idx = model->index(r, 0, parent);
        n += model->hasChildren(idx) ? leafCount(model, idx) : (parent.isValid() ? 1 : 0);
    }
    return n;
}

QModelIndex findAddress(const QAbstractItemModel *model, const QString &address, const QModelIndex &parent = {})
{
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex idx = model->index(r, 0, parent);
        if (idx.data(InventoryModel::AddressRole).toString() == address)
            return idx;
        const QModelIndex child = findAddress(model, address, idx);
        if (child.isValid())
            return child;
    }
    return {};
}

int rowNamed(const QAbstractItemModel *model, const QString &name)
{
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, StateValueModel::NameColumn).data().toString() == name)
            return r;
    return -1;
}
} // namespace

class TestResourcesView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void loadsProduction();
    void groupsAndFilters();
    void detailPaneShowsServer();
    void revealOnlyHeuristicValues();
    void neverShowsSensitiveValues_data();
    void neverShowsSensitiveValues();
    void emptyAndMissingStates();
    void brokenStatesShowError_data();
    void brokenStatesShowError();
    void largeStateStaysResponsive();
    void remoteState();

private:
    void loadEnvironment(ResourcesView &view, const QString &name);
    Workspace m_workspace;
    QTemporaryDir m_dir;
};

void TestResourcesView::initTestCase()
{
    Errors problems;
    m_workspace = Workspace::load(TestSupport::resourcesDir() + QStringLiteral("/demo/infradeck.yaml"), problems);
    QVERIFY2(m_workspace.isValid(), qPrintable(problems.isEmpty() ? QString() : problems.first().toString()));
    QVERIFY(m_workspace.environment(QStringLiteral("production")));
    QVERIFY(m_dir.isValid());
}

void TestResourcesView::loadEnvironment(ResourcesView &view, const QString &name)
{
    const Environment *env = m_workspace.environment(name);
    QVERIFY(env);
    QSignalSpy loaded(&view, &ResourcesView::stateLoaded);
    view.setEnvironment(m_workspace, env);
    QVERIFY(view.isLoading());
    QTRY_VERIFY_WITH_TIMEOUT(!view.isLoading(), 10000);
    QCOMPARE(loaded.count(), 1);
}

void TestResourcesView::loadsProduction()
{
    ResourcesView view;
    QCOMPARE(view.title(), QStringLiteral("Resources"));
    auto *tree = view.findChild<QTreeView *>(QStringLiteral("resourceTreeView"));
    QVERIFY(tree);
    QAbstractItemModelTester tester(tree->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.resize(1300, 760);
    view.show();
    loadEnvironment(view, QStringLiteral("production"));
    QVERIFY2(view.errorText().isEmpty(), qPrintable(view.errorText()));

    const RawCounts raw = rawCounts(m_workspace.environment(QStringLiteral("production"))->statePath);
    QVERIFY(raw.instances > 0);
    QCOMPARE(leafCount(tree->model()), raw.instances);
    // Grouped by module: one group per module path (root included).
    QCOMPARE(tree->model()->rowCount(), int(raw.modules.size()));

    const QString header = view.findChild<QLabel *>(QStringLiteral("headerLabel"))->text();
    QVERIFY2(header.contains(raw.lineage), qPrintable(header));
    QVERIFY2(header.contains(QStringLiteral("serial %1").arg(raw.serial)), qPrintable(header));
    QVERIFY2(header.contains(raw.terraformVersion), qPrintable(header));

    // Outputs tab: every root output listed, sensitive ones masked.
    auto *outputs = view.findChild<QTableView *>(QStringLiteral("outputTableView"));
    QAbstractItemModelTester outputTester(outputs->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(outputs->model()->rowCount(), 3);
    const int db = rowNamed(outputs->model(), QStringLiteral("database_url"));
    QVERIFY(db >= 0);
    QCOMPARE(outputs->model()->index(db, StateValueModel::ValueColumn).data().toString(), QStringLiteral("(sensitive)"));

    const QString png = QDir(QStringLiteral(INFRADECK_BINARY_DIR)).filePath(QStringLiteral("screenshots/resources-view.png"));
    QDir().mkpath(QFileInfo(png).absolutePath());
    tree->setCurrentIndex(findAddress(tree->model(), QStringLiteral("hcloud_server.web")));
    QTest::qWait(100); // let the layout settle after the selection before grabbing
    QVERIFY(view.grab().save(png));
}

void TestResourcesView::groupsAndFilters()
{
    ResourcesView view;
    auto *tree = view.findChild<QTreeView *>(QStringLiteral("resourceTreeView"));
    QAbstractItemModelTester tester(tree->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.show();
    loadEnvironment(view, QStringLiteral("production"));
    const RawCounts raw = rawCounts(m_workspace.environment(QStringLiteral("production"))->statePath);

    auto *grouping = view.findChild<QComboBox *>(QStringLiteral("groupingComboBox"));
    grouping->setCurrentIndex(grouping->findData(int(InventoryModel::Grouping::Type)));
    QCOMPARE(tree->model()->rowCount(), int(raw.byType.size()));
    QCOMPARE(leafCount(tree->model()), raw.instances);
    grouping->setCurrentIndex(grouping->findData(int(InventoryModel::Grouping::Provider)));
    QCOMPARE(tree->model()->rowCount(), 2); // hcloud and vercel
    QCOMPARE(leafCount(tree->model()), raw.instances);
    grouping->setCurrentIndex(grouping->findData(int(InventoryModel::Grouping::Module)));

    auto *search = view.findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
    QTest::keyClicks(search, QStringLiteral("hcloud_server"));
    QCOMPARE(leafCount(tree->model()), raw.byType.value(QStringLiteral("hcloud_server")));
    search->clear();
    QTest::keyClicks(search, QStringLiteral("MODULE.DNS")); // case-insensitive
    QCOMPARE(leafCount(tree->model()), 3);
    search->clear();
    QTest::keyClicks(search, QStringLiteral("no-such-resource"));
    QCOMPARE(leafCount(tree->model()), 0);
    QCOMPARE(tree->model()->rowCount(), 0);
    search->clear();
    QCOMPARE(leafCount(tree->model()), raw.instances);

    auto *type = view.findChild<QComboBox *>(QStringLiteral("typeFilterComboBox"));
    QCOMPARE(type->count(), int(raw.byType.size()) + 1);
    type->setCurrentIndex(type->findData(QStringLiteral("vercel_dns_record")));
    QCOMPARE(leafCount(tree->model()), raw.byType.value(QStringLiteral("vercel_dns_record")));
    QTest::keyClicks(search, QStringLiteral("www"));
    QCOMPARE(leafCount(tree->model()), 1);
}

void TestResourcesView::detailPaneShowsServer()
{
    ResourcesView view;
    view.show();
    loadEnvironment(view, QStringLiteral("production"));
    auto *tree = view.findChild<QTreeView *>(QStringLiteral("resourceTreeView"));
    const QModelIndex server = findAddress(tree->model(), QStringLiteral("hcloud_server.web"));
    QVERIFY(server.isValid());
    tree->setCurrentIndex(server);
    QCOMPARE(view.selectedAddress(), QStringLiteral("hcloud_server.web"));
    QCOMPARE(view.findChild<QLabel *>(QStringLiteral("detailTitleLabel"))->text(), QStringLiteral("hcloud_server.web"));
    const QString info = view.findChild<QLabel *>(QStringLiteral("detailInfoLabel"))->text();
    QVERIFY2(info.contains(QStringLiteral("hetznercloud/hcloud")), qPrintable(info));
    QVERIFY2(info.contains(QStringLiteral("hcloud_firewall.web")), qPrintable(info)); // dependencies

    auto *attributes = view.findChild<QTableView *>(QStringLiteral("attributeTableView"));
    QAbstractItemModelTester tester(attributes->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int type = rowNamed(attributes->model(), QStringLiteral("server_type"));
    QVERIFY(type >= 0);
    QCOMPARE(attributes->model()->index(type, StateValueModel::ValueColumn).data().toString(), QStringLiteral("\"cpx31\""));
    const int userData = rowNamed(attributes->model(), QStringLiteral("user_data"));
    QVERIFY(userData >= 0);
    QCOMPARE(attributes->model()->index(userData, StateValueModel::ValueColumn).data().toString(),
             QStringLiteral("(sensitive)"));

    // Schema-sensitive: selecting it never enables Reveal.
    auto *reveal = view.findChild<QPushButton *>(QStringLiteral("revealButton"));
    attributes->setCurrentIndex(attributes->model()->index(userData, 0));
    QVERIFY(!reveal->isEnabled());
    attributes->setCurrentIndex(attributes->model()->index(type, 0));
    QVERIFY(!reveal->isEnabled());

    QSignalSpy diagram(&view, &ResourcesView::showInDiagram);
    QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("showInDiagramButton")), Qt::LeftButton);
    QCOMPARE(diagram.count(), 1);
    QCOMPARE(diagram.first().first().toString(), QStringLiteral("hcloud_server.web"));
    QVERIFY(StateGuiHelpers::leaks(&view, Secret).isEmpty());
}

void TestResourcesView::revealOnlyHeuristicValues()
{
    // A state with a heuristically secret attribute (a token-looking string under an innocent-looking name is
    // not enough: the name says "password") and a schema-sensitive one.
    const QString path = m_dir.filePath(QStringLiteral("reveal.tfstate"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"version": 4, "terraform_version": "1.9.8", "serial": 3, "lineage": "l-1", "outputs": {},
      "resources": [{"mode": "managed", "type": "random_thing", "name": "x",
        "provider": "provider[\"registry.terraform.io/hashicorp/random\"]",
        "instances": [{"schema_version": 0, "attributes": {"id": "x1", "admin_password": "hunter2-heuristic",
          "api_secret": "schema-secret-value", "plain": "visible"},
          "sensitive_attributes": [[{"type": "get_attr", "value": "api_secret"}]]}]}]})");
    f.close();

    ResourcesView view;
    view.show();
    QSignalSpy loaded(&view, &ResourcesView::stateLoaded);
    view.openState(path);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);
    QVERIFY2(view.errorText().isEmpty(), qPrintable(view.errorText()));
    view.selectAddress(QStringLiteral("random_thing.x"));
    auto *attributes = view.findChild<QTableView *>(QStringLiteral("attributeTableView"));
    auto *model = attributes->model();
    auto *reveal = view.findChild<QPushButton *>(QStringLiteral("revealButton"));
    const int heuristic = rowNamed(model, QStringLiteral("admin_password"));
    const int schema = rowNamed(model, QStringLiteral("api_secret"));
    const int plain = rowNamed(model, QStringLiteral("plain"));
    QVERIFY(heuristic >= 0 && schema >= 0 && plain >= 0);
    QCOMPARE(model->index(heuristic, StateValueModel::ValueColumn).data().toString(), QStringLiteral("(sensitive)"));
    QCOMPARE(model->index(schema, StateValueModel::ValueColumn).data().toString(), QStringLiteral("(sensitive)"));
    QCOMPARE(model->index(plain, StateValueModel::ValueColumn).data().toString(), QStringLiteral("\"visible\""));
    QVERIFY(StateGuiHelpers::leaks(&view, QStringLiteral("hunter2")).isEmpty());

    attributes->setCurrentIndex(model->index(schema, 0));
    QVERIFY(!reveal->isEnabled());
    QTest::mouseClick(reveal, Qt::LeftButton);
    QVERIFY(StateGuiHelpers::leaks(&view, QStringLiteral("schema-secret-value")).isEmpty());

    attributes->setCurrentIndex(model->index(heuristic, 0));
    QVERIFY(reveal->isEnabled());
    QTest::mouseClick(reveal, Qt::LeftButton);
    QCOMPARE(model->index(heuristic, StateValueModel::ValueColumn).data().toString(),
             QStringLiteral("\"hunter2-heuristic\""));
    QCOMPARE(reveal->text(), QStringLiteral("Hide"));
    // The walker does see table cells: the revealed value is found, the schema-sensitive one still is not.
    QVERIFY(!StateGuiHelpers::leaks(&view, QStringLiteral("hunter2-heuristic")).isEmpty());
    QVERIFY(StateGuiHelpers::leaks(&view, QStringLiteral("schema-secret-value")).isEmpty());
    QTest::mouseClick(reveal, Qt::LeftButton);
    QCOMPARE(model->index(heuristic, StateValueModel::ValueColumn).data().toString(), QStringLiteral("(sensitive)"));
}

void TestResourcesView::neverShowsSensitiveValues_data()
{
    QTest::addColumn<QString>("environment");
    for (const Environment &env : m_workspace.environments())
        QTest::newRow(qPrintable(env.name)) << env.name;
}

void TestResourcesView::neverShowsSensitiveValues()
{
    QFETCH(QString, environment);
    ResourcesView view;
    view.show();
    loadEnvironment(view, environment);
    auto *tree = view.findChild<QTreeView *>(QStringLiteral("resourceTreeView"));
    auto *tabs = view.findChild<QTabWidget *>(QStringLiteral("detailTabWidget"));
    QVERIFY(StateGuiHelpers::leaks(&view, Secret).isEmpty());
    // Every resource's detail pane, on both tabs, with every grouping.
    auto *grouping = view.findChild<QComboBox *>(QStringLiteral("groupingComboBox"));
    for (int g = 0; g < grouping->count(); ++g) {
        grouping->setCurrentIndex(g);
        for (int gr = 0; gr < tree->model()->rowCount(); ++gr) {
            const QModelIndex group = tree->model()->index(gr, 0);
            for (int r = 0; r < tree->model()->rowCount(group); ++r) {
                tree->setCurrentIndex(tree->model()->index(r, 0, group));
                for (int t = 0; t < tabs->count(); ++t) {
                    tabs->setCurrentIndex(t);
                    const QStringList found = StateGuiHelpers::leaks(&view, Secret);
                    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
                }
            }
        }
    }
}

void TestResourcesView::emptyAndMissingStates()
{
    // pr-123's state holds no resources yet.
    ResourcesView view;
    view.show();
    loadEnvironment(view, QStringLiteral("pr-123"));
    auto *tree = view.findChild<QTreeView *>(QStringLiteral("resourceTreeView"));
    QVERIFY2(view.errorText().isEmpty(), qPrintable(view.errorText()));
    QCOMPARE(tree->model()->rowCount(), 0);
    QVERIFY(view.findChild<QLabel *>(QStringLiteral("headerLabel"))->text().contains(QStringLiteral("0 resource")));

    // No environment: cleared, no crash.
    view.setEnvironment(m_workspace, nullptr);
    QCOMPARE(tree->model()->rowCount(), 0);
    QVERIFY(!view.isLoading());
}

void TestResourcesView::brokenStatesShowError_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected"); // part of the message besides the file name
    QTest::newRow("empty file") << QByteArray() << QString();
    QTest::newRow("truncated") << QByteArray(R"({"version": 4, "resources": [{"mode": )") << QString();
    QTest::newRow("wrong version") << QByteArray(R"({"version": 99, "resources": []})") << QStringLiteral("99");
    QTest::newRow("wrong type") << QByteArray(R"({"version": 4, "resources": "oops"})") << QString();
    QTest::newRow("not json") << QByteArray("hello") << QString();
}

void TestResourcesView::brokenStatesShowError()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    const QString path = m_dir.filePath(QStringLiteral("broken-%1.tfstate").arg(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();

    ResourcesView view;
    view.show();
    QSignalSpy loaded(&view, &ResourcesView::stateLoaded);
    view.openState(path);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);
    QVERIFY(!view.errorText().isEmpty());
    const QString message = view.findChild<QLabel *>(QStringLiteral("messageLabel"))->text();
    QVERIFY2(message.contains(QFileInfo(path).fileName()), qPrintable(message));
    if (!expected.isEmpty())
        QVERIFY2(message.contains(expected), qPrintable(message));
    QCOMPARE(view.findChild<QTreeView *>(QStringLiteral("resourceTreeView"))->model()->rowCount(), 0);

    // A good state afterwards replaces the error.
    loadEnvironment(view, QStringLiteral("staging"));
    QVERIFY(view.errorText().isEmpty());
    QVERIFY(view.findChild<QLabel *>(QStringLiteral("messageLabel"))->text().isEmpty());
}

void TestResourcesView::largeStateStaysResponsive()
{
    // 10,000 instances (100 resources x count 100) in 10 modules; the UI-thread parts (model rebuild on filter
    // and regrouping) must stay well under a frame budget per keystroke-sized step. Figures are printed.
    constexpr int Resources = 100;
    constexpr int Count = 100;
    QJsonArray resources;
    for (int r = 0; r < Resources; ++r) {
        QJsonArray instances;
        for (int i = 0; i < Count; ++i)
            instances.append(QJsonObject{{QStringLiteral("index_key"), i},
                                         {QStringLiteral("schema_version"), 0},
                                         {QStringLiteral("attributes"),
                                          QJsonObject{{QStringLiteral("id"), QString::number(r * Count + i)},
                                                      {QStringLiteral("name"), QStringLiteral("n%1").arg(i)}}}});
        resources.append(QJsonObject{{QStringLiteral("mode"), QStringLiteral("managed")},
                                     {QStringLiteral("module"), QStringLiteral("module.m%1").arg(r % 10)},
                                     {QStringLiteral("type"), QStringLiteral("null_resource_%1").arg(r % 7)},
                                     {QStringLiteral("name"), QStringLiteral("r%1").arg(r)},
                                     {QStringLiteral("provider"),
                                      QStringLiteral("provider[\"registry.terraform.io/hashicorp/null\"]")},
                                     {QStringLiteral("instances"), instances}});
    }
    const QJsonObject root{{QStringLiteral("version"), 4}, {QStringLiteral("terraform_version"), QStringLiteral("1.9.8")},
                           {QStringLiteral("serial"), 1}, {QStringLiteral("lineage"), QStringLiteral("big")},
                           {QStringLiteral("outputs"), QJsonObject{}}, {QStringLiteral("resources"), resources}};
    const QString path = m_dir.filePath(QStringLiteral("large.tfstate"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(root).toJson(QJsonDocument::Compact));
    f.close();

    ResourcesView view;
    view.resize(1200, 700);
    view.show();
    QSignalSpy loaded(&view, &ResourcesView::stateLoaded);
    QElapsedTimer timer;
    timer.start();
    view.openState(path);
    const qint64 openCall = timer.elapsed(); // UI thread blocked only for this
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
    const qint64 loadedAfter = timer.elapsed();
    auto *tree = view.findChild<QTreeView *>(QStringLiteral("resourceTreeView"));
    QCOMPARE(leafCount(tree->model()), Resources * Count);

    auto *search = view.findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
    timer.restart();
    search->setText(QStringLiteral("r42["));
    const qint64 filterMs = timer.elapsed();
    QCOMPARE(leafCount(tree->model()), Count);
    search->clear();
    auto *grouping = view.findChild<QComboBox *>(QStringLiteral("groupingComboBox"));
    timer.restart();
    grouping->setCurrentIndex(grouping->findData(int(InventoryModel::Grouping::Type)));
    const qint64 regroupMs = timer.elapsed();
    QCOMPARE(tree->model()->rowCount(), 7);
    qInfo("10,000 instances: openState call %lld ms (UI thread), loaded after %lld ms, filter %lld ms, "
          "regroup+expand %lld ms", openCall, loadedAfter, filterMs, regroupMs);
    QVERIFY2(openCall < 50, "reading must happen on the pool");
    QVERIFY(filterMs < 2000);
    QVERIFY(regroupMs < 2000);
}

// An environment with a state_backend: fetched from an S3-compatible server that checks the signature, shown
// like a local state, revalidated with its ETag, with clear errors for bad credentials and a missing keychain entry.
void TestResourcesView::remoteState()
{
    const Environment *production = m_workspace.environment(QStringLiteral("production"));
    QVERIFY(production);
    QFile f(production->statePath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray state = f.readAll();
    const RawCounts counts = rawCounts(production->statePath);

    S3TestServer server;
    server.secrets.insert(QStringLiteral("AKIDVIEW"), "view-secret");
    server.objects[QStringLiteral("tf-state")].insert(QStringLiteral("env:/production/terraform.tfstate"), state);
    StateBackend backend;
    backend.type = QStringLiteral("s3");
    backend.endpoint = server.endpoint();
    backend.bucket = QStringLiteral("tf-state");
    backend.key = QStringLiteral("env:/production/terraform.tfstate");
    backend.credentials = QStringLiteral("s3");
    AwsSigV4::Credentials credentials;
    credentials.accessKeyId = QStringLiteral("AKIDVIEW");
    credentials.secretAccessKey = SecureBytes(QByteArrayView("view-secret"));

    ResourcesView view;
    view.show();
    QSignalSpy loaded(&view, &ResourcesView::stateLoaded);
    view.openRemoteState(backend, credentials);
    QVERIFY(view.isLoading());
    QVERIFY(view.findChild<QLabel *>(QStringLiteral("headerLabel"))->text().contains(QStringLiteral("s3://tf-state/env:/production/terraform.tfstate")));
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);
    QVERIFY2(view.errorText().isEmpty(), qPrintable(view.errorText()));
    QVERIFY(server.received.last().signatureOk);
    QCOMPARE(int(view.inventory()->resources.size()), counts.instances);
    QCOMPARE(view.inventory()->source, QStringLiteral("s3://tf-state/env:/production/terraform.tfstate"));
    auto *tree = view.findChild<QTreeView *>(QStringLiteral("resourceTreeView"));
    QCOMPARE(leafCount(tree->model()), counts.instances);
    for (const QString &name : {QStringLiteral("headerLabel"), QStringLiteral("messageLabel")})
        QVERIFY(!view.findChild<QLabel *>(name)->text().contains(Secret));

    // Again: the copy in memory is revalidated (If-None-Match → 304) and stays.
    view.openRemoteState(backend, credentials);
    QVERIFY(view.inventory()); // shown while revalidating
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, 10000);
    QCOMPARE(server.received.size(), 2);
    QCOMPARE(server.received.last().headers.value("if-none-match"), S3TestServer::etagOf(state));
    QCOMPARE(int(view.inventory()->resources.size()), counts.instances);

    // A wrong secret: the access-denied message, no inventory.
    credentials.secretAccessKey = SecureBytes(QByteArrayView("wrong"));
    backend.key = QStringLiteral("other.tfstate");
    view.openRemoteState(backend, credentials);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 3, 10000);
    QVERIFY(!view.inventory());
    const QString message = view.findChild<QLabel *>(QStringLiteral("messageLabel"))->text();
    QVERIFY2(message.contains(QStringLiteral("access denied: check the credentials")), qPrintable(message));
    QVERIFY(!message.contains(QStringLiteral("wrong")));

    // Through the workspace: the credentials come from the keychain; with no entry (or no keychain) the view
    // says so instead of fetching.
    Errors problems;
    const Workspace ws = Workspace::loadFromData(QStringLiteral("name: Remote\nenvironments:\n  - name: prod\n    state_backend: {type: s3, "
                                                                "endpoint: \"%1\", bucket: tf-state, key: k, credentials: keychain:absent-%2}\n")
                                                     .arg(server.endpoint().toString())
                                                     .arg(QCoreApplication::applicationPid())
                                                     .toUtf8(),
                                                 m_dir.filePath(QStringLiteral("remote.yaml")), problems);
    QVERIFY(!hasErrors(problems));
    QSettings settings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    CredentialStore store(nullptr, &settings);
    view.setCredentialStore(&store);
    const int requests = int(server.received.size());
    view.setEnvironment(ws, &ws.environments().first());
    QVERIFY(view.isLoading());
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 4, 20000);
    QVERIFY(!view.errorText().isEmpty());
    QCOMPARE(int(server.received.size()), requests);
}

QTEST_MAIN(TestResourcesView)
#include "TestResourcesView.moc"
