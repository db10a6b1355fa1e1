#include "state/EnvironmentSummaryModel.h"
#include "state/EnvironmentsOverview.h"

#include "StateGuiHelpers.h"
#include "TestSupport.h"

#include "workspace/Workspace.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Infradeck;

namespace {
int rawInstances(const QString &path, qint64 *serial)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    *serial = root.value(QStringLiteral("serial")).toInteger(-1);
    int n = 0;
    for (const QJsonValue &r : root.value(QStringLiteral("resources")).toArray())
        n += int(r.toObject().value(QStringLiteral("instances")).toArray().size());
    return n;
}
} // namespace

class TestEnvironmentsOverview : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void oneRowPerEnvironment();
    void previewsGroupedAndAged();
    void brokenStateShownAsError();
    void reloadReadsChangedStates();

private:
    Workspace m_workspace;
};

void TestEnvironmentsOverview::initTestCase()
{
    Errors problems;
    m_workspace = Workspace::load(TestSupport::resourcesDir() + QStringLiteral("/demo/infradeck.yaml"), problems);
    QVERIFY(m_workspace.isValid());
}

void TestEnvironmentsOverview::oneRowPerEnvironment()
{
    EnvironmentsOverview view;
    QCOMPARE(view.title(), QStringLiteral("Environments"));
    auto *tree = view.findChild<QTreeView *>(QStringLiteral("environmentTreeView"));
    QAbstractItemModelTester tester(tree->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *model = static_cast<EnvironmentSummaryModel *>(tree->model());
    view.resize(1200, 400);
    view.show();
    QSignalSpy loaded(&view, &EnvironmentsOverview::summariesLoaded);
    view.setEnvironment(m_workspace, m_workspace.environment(QStringLiteral("production")));
    QVERIFY(view.isLoading());
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);

    int rows = 0;
    for (int g = 0; g < model->rowCount(); ++g)
        rows += model->rowCount(model->index(g, 0));
    QCOMPARE(rows, m_workspace.environments().size());
    for (const Environment &env : m_workspace.environments()) {
        const QModelIndex idx = model->indexOfName(env.name);
        QVERIFY2(idx.isValid(), qPrintable(env.name));
        qint64 serial = -1;
        const int count = rawInstances(env.statePath, &serial);
        QCOMPARE(idx.siblingAtColumn(EnvironmentSummaryModel::ResourcesColumn).data().toInt(), count);
        QCOMPARE(idx.siblingAtColumn(EnvironmentSummaryModel::SerialColumn).data().toLongLong(), serial);
        QCOMPARE(!idx.siblingAtColumn(EnvironmentSummaryModel::ProtectedColumn).data().toString().isEmpty(),
                 env.isProtected);
        QVERIFY(!idx.siblingAtColumn(EnvironmentSummaryModel::ModifiedColumn).data().toString().isEmpty());
    }
    const QString providers = model->indexOfName(QStringLiteral("production"))
                                  .siblingAtColumn(EnvironmentSummaryModel::ProvidersColumn).data().toString();
    QCOMPARE(providers, QStringLiteral("hetznercloud/hcloud, vercel/vercel"));
    // Monthly cost of the current state, priced with the bundled catalog (cpx31 13.60 + IPv4 0.50).
    QCOMPARE(model->indexOfName(QStringLiteral("production")).siblingAtColumn(EnvironmentSummaryModel::MonthlyCostColumn).data().toString(),
             QStringLiteral("14.10 EUR/month"));
    QCOMPARE(model->indexOfName(QStringLiteral("pr-123")).siblingAtColumn(EnvironmentSummaryModel::MonthlyCostColumn).data().toString(),
             QStringLiteral("0.00 EUR/month")); // an empty state: nothing created yet
    QCOMPARE(tree->currentIndex().data(EnvironmentSummaryModel::NameRole).toString(), QStringLiteral("production"));
    QVERIFY(StateGuiHelpers::leaks(&view, QStringLiteral("demo-sensitive-DO-NOT-SHOW")).isEmpty());

    const QString png = QDir(QStringLiteral(INFRADECK_BINARY_DIR)).filePath(QStringLiteral("screenshots/environments-overview.png"));
    QDir().mkpath(QFileInfo(png).absolutePath());
    QVERIFY(view.grab().save(png));
}

void TestEnvironmentsOverview::previewsGroupedAndAged()
{
    EnvironmentsOverview view;
    auto *tree = view.findChild<QTreeView *>(QStringLiteral("environmentTreeView"));
    auto *model = static_cast<EnvironmentSummaryModel *>(tree->model());
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&view, &EnvironmentsOverview::summariesLoaded);
    view.setReferenceDate(QDate(2026, 11, 25));
    view.setEnvironment(m_workspace, nullptr);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);

    QCOMPARE(model->rowCount(), 2);
    const QModelIndex previews = model->index(1, 0);
    QVERIFY(previews.data().toString().startsWith(QStringLiteral("Preview environments")));
    QCOMPARE(model->rowCount(previews), 2);
    // Oldest first: pr-124 (2026-11-20, 5 days) before pr-123 (2026-11-21, 4 days).
    QCOMPARE(model->index(0, 0, previews).data(EnvironmentSummaryModel::NameRole).toString(), QStringLiteral("pr-124"));
    QCOMPARE(model->index(0, 0, previews).data(EnvironmentSummaryModel::AgeDaysRole).toInt(), 5);
    QCOMPARE(model->index(1, 0, previews).data(EnvironmentSummaryModel::AgeDaysRole).toInt(), 4);
    QVERIFY(!model->index(0, 0, previews).data(EnvironmentSummaryModel::IsOldRole).toBool());
    QVERIFY(!model->index(0, 0, previews).data(Qt::BackgroundRole).isValid());

    // Three weeks later both are old: highlighted, marked, counted in the summary. Production is never "old".
    view.setReferenceDate(QDate(2026, 12, 12));
    QVERIFY(model->index(0, 0, previews).data(EnvironmentSummaryModel::IsOldRole).toBool());
    QVERIFY(model->index(1, 0, previews).data(EnvironmentSummaryModel::IsOldRole).toBool());
    QVERIFY(model->index(0, 0, previews).data(Qt::BackgroundRole).isValid());
    QVERIFY(model->index(0, EnvironmentSummaryModel::AgeColumn, previews).data().toString().contains(QStringLiteral("old")));
    QVERIFY(!model->indexOfName(QStringLiteral("production")).data(EnvironmentSummaryModel::IsOldRole).toBool());
    // Exactly 14 days is not old yet; 15 is.
    view.setReferenceDate(QDate(2026, 12, 5)); // pr-123: 14 days, pr-124: 15 days
    QVERIFY(!model->indexOfName(QStringLiteral("pr-123")).data(EnvironmentSummaryModel::IsOldRole).toBool());
    QVERIFY(model->indexOfName(QStringLiteral("pr-124")).data(EnvironmentSummaryModel::IsOldRole).toBool());
}

void TestEnvironmentsOverview::brokenStateShownAsError()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile broken(dir.filePath(QStringLiteral("broken.tfstate")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{\"version\": 4, \"resources\": [");
    broken.close();
    const QByteArray yaml = "name: t\nversion: 1\nenvironments:\n"
                            "  - name: pr-7\n    state: broken.tfstate\n"
                            "  - name: nostate\n";
    Errors problems;
    const Workspace ws = Workspace::loadFromData(yaml, dir.filePath(QStringLiteral("infradeck.yaml")), problems);
    QVERIFY(ws.isValid());
    EnvironmentsOverview view;
    auto *tree = view.findChild<QTreeView *>(QStringLiteral("environmentTreeView"));
    auto *model = static_cast<EnvironmentSummaryModel *>(tree->model());
    QSignalSpy loaded(&view, &EnvironmentsOverview::summariesLoaded);
    view.setEnvironment(ws, nullptr);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);
    const QModelIndex pr = model->indexOfName(QStringLiteral("pr-7"));
    QVERIFY(pr.isValid());
    QVERIFY(pr.parent().data().toString().startsWith(QStringLiteral("Preview"))); // grouped by its name
    QCOMPARE(pr.siblingAtColumn(EnvironmentSummaryModel::ResourcesColumn).data().toString(), QStringLiteral("error"));
    QVERIFY2(pr.data(Qt::ToolTipRole).toString().contains(QStringLiteral("broken.tfstate")),
             qPrintable(pr.data(Qt::ToolTipRole).toString()));
    const QModelIndex none = model->indexOfName(QStringLiteral("nostate"));
    QVERIFY(none.data(Qt::ToolTipRole).toString().contains(QStringLiteral("No state")));
    QVERIFY(view.findChild<QLabel *>(QStringLiteral("summaryLabel"))->text().contains(QStringLiteral("2 without")));
}

void TestEnvironmentsOverview::reloadReadsChangedStates()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString statePath = dir.filePath(QStringLiteral("pr.tfstate"));
    QFile state(statePath);
    QVERIFY(state.open(QIODevice::WriteOnly));
    state.write("{\"version\": 4, \"resources\": [");
    state.close();
    const QByteArray yaml = "name: t\nversion: 1\nenvironments:\n  - name: pr-7\n    state: pr.tfstate\n  - name: pr-8\n";
    Errors problems;
    const Workspace ws = Workspace::loadFromData(yaml, dir.filePath(QStringLiteral("infradeck.yaml")), problems);
    QVERIFY(ws.isValid());
    EnvironmentsOverview view;
    auto *model = static_cast<EnvironmentSummaryModel *>(view.findChild<QTreeView *>(QStringLiteral("environmentTreeView"))->model());
    QSignalSpy loaded(&view, &EnvironmentsOverview::summariesLoaded);
    view.setEnvironment(ws, ws.environment(QStringLiteral("pr-7")));
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);
    const auto resources = [&] {
        return model->indexOfName(QStringLiteral("pr-7")).siblingAtColumn(EnvironmentSummaryModel::ResourcesColumn).data().toString();
    };
    QCOMPARE(resources(), QStringLiteral("error"));

    // Another environment of the same, unchanged workspace: nothing is read again.
    view.setEnvironment(ws, ws.environment(QStringLiteral("pr-8")));
    QVERIFY(!view.isLoading());
    QCOMPARE(loaded.count(), 1);

    // The state is repaired on disk, then the workspace reloaded: it is read again.
    QVERIFY(state.open(QIODevice::WriteOnly | QIODevice::Truncate));
    state.write("{\"version\": 4, \"serial\": 2, \"lineage\": \"x\", \"resources\": []}");
    QVERIFY(state.setFileTime(QDateTime::currentDateTime().addSecs(5), QFileDevice::FileModificationTime));
    state.close();
    view.setEnvironment(ws, ws.environment(QStringLiteral("pr-8")));
    QVERIFY(view.isLoading());
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, 10000);
    QCOMPARE(resources(), QStringLiteral("0"));
}

QTEST_MAIN(TestEnvironmentsOverview)
#include "TestEnvironmentsOverview.moc"
