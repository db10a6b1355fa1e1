#include "state/CompareView.h"
#include "state/InventoryDiffModel.h"

#include "StateGuiHelpers.h"
#include "TestSupport.h"

#include "workspace/Workspace.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace Infradeck;

namespace {
const QString Secret = QStringLiteral("demo-sensitive-DO-NOT-SHOW");

// Addresses of a raw state, computed without the reader (all demo instances are unkeyed).
QSet<QString> rawAddresses(const QString &path)
{
    QSet<QString> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    for (const QJsonValue &r : root.value(QStringLiteral("resources")).toArray()) {
        const QJsonObject o = r.toObject();
        const QString module = o.value(QStringLiteral("module")).toString();
        const QString mode = o.value(QStringLiteral("mode")).toString() == QStringLiteral("data") ? QStringLiteral("data.") : QString();
        out.insert((module.isEmpty() ? QString() : module + QLatin1Char('.')) + mode
                   + o.value(QStringLiteral("type")).toString() + QLatin1Char('.') + o.value(QStringLiteral("name")).toString());
    }
    return out;
}

// Resource rows by their "difference" text.
void collect(const QAbstractItemModel *model, const QModelIndex &parent, QHash<QString, QString> &resources)
{
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex idx = model->index(r, 0, parent);
        if (idx.data(InventoryDiffModel::NodeKindRole).toString() == QStringLiteral("resource"))
            resources.insert(idx.data(InventoryDiffModel::AddressRole).toString(),
                             idx.siblingAtColumn(InventoryDiffModel::ChangeColumn).data().toString());
        collect(model, idx, resources);
    }
}
} // namespace

class TestCompareView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void stagingVersusProduction();
    void pickingWithCombos();
    void driftMode();
    void neverShowsSensitiveValues();
    void missingStateIsReported();

private:
    Workspace m_workspace;
};

void TestCompareView::initTestCase()
{
    Errors problems;
    m_workspace = Workspace::load(TestSupport::resourcesDir() + QStringLiteral("/demo/infradeck.yaml"), problems);
    QVERIFY(m_workspace.isValid());
}

void TestCompareView::stagingVersusProduction()
{
    CompareView view;
    QCOMPARE(view.title(), QStringLiteral("Compare"));
    auto *tree = view.findChild<QTreeView *>(QStringLiteral("diffTreeView"));
    QAbstractItemModelTester tester(tree->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.resize(1300, 760);
    view.show();
    view.setEnvironment(m_workspace, m_workspace.environment(QStringLiteral("staging")));
    QSignalSpy done(&view, &CompareView::comparisonFinished);
    view.compareEnvironments(QStringLiteral("staging"), QStringLiteral("production"));
    QVERIFY(view.isLoading());
    QTRY_VERIFY_WITH_TIMEOUT(!view.isLoading(), 10000);
    QVERIFY2(view.errorText().isEmpty(), qPrintable(view.errorText()));

    auto *model = static_cast<InventoryDiffModel *>(tree->model());
    const QModelIndex serverType = model->find(QStringLiteral("hcloud_server.web"), QStringLiteral("server_type"));
    QVERIFY(serverType.isValid());
    QCOMPARE(serverType.siblingAtColumn(InventoryDiffModel::AColumn).data().toString(), QStringLiteral("\"cx22\""));
    QCOMPARE(serverType.siblingAtColumn(InventoryDiffModel::BColumn).data().toString(), QStringLiteral("\"cpx31\""));

    // Only-in sets match the raw files.
    const QSet<QString> staging = rawAddresses(m_workspace.environment(QStringLiteral("staging"))->statePath);
    const QSet<QString> production = rawAddresses(m_workspace.environment(QStringLiteral("production"))->statePath);
    QHash<QString, QString> rows;
    collect(model, {}, rows);
    const QSet<QString> onlyA = staging - production;
    const QSet<QString> onlyB = production - staging;
    QVERIFY(!onlyB.isEmpty());
    for (const QString &address : onlyA)
        QCOMPARE(rows.value(address), QStringLiteral("only in A"));
    for (const QString &address : onlyB)
        QCOMPARE(rows.value(address), QStringLiteral("only in B"));
    int onlyRows = 0;
    for (auto it = rows.cbegin(); it != rows.cend(); ++it)
        onlyRows += it.value().startsWith(QStringLiteral("only in")) ? 1 : 0;
    QCOMPARE(onlyRows, int(onlyA.size() + onlyB.size()));

    const QString summary = view.findChild<QLabel *>(QStringLiteral("summaryLabel"))->text();
    QVERIFY2(summary.contains(QStringLiteral("%1 only in production").arg(onlyB.size())), qPrintable(summary));
    QCOMPARE(model->headerData(InventoryDiffModel::AColumn, Qt::Horizontal).toString(), QStringLiteral("A: staging"));

    const QString png = QDir(QStringLiteral(INFRADECK_BINARY_DIR)).filePath(QStringLiteral("screenshots/compare-view.png"));
    QDir().mkpath(QFileInfo(png).absolutePath());
    tree->setCurrentIndex(serverType);
    QTest::qWait(100); // let the layout settle after the selection before grabbing
    QVERIFY(view.grab().save(png));
}

void TestCompareView::pickingWithCombos()
{
    CompareView view;
    view.show();
    view.setEnvironment(m_workspace, m_workspace.environment(QStringLiteral("production")));
    QTRY_VERIFY_WITH_TIMEOUT(!view.isLoading(), 10000);
    auto *a = view.findChild<QComboBox *>(QStringLiteral("environmentAComboBox"));
    auto *b = view.findChild<QComboBox *>(QStringLiteral("environmentBComboBox"));
    QCOMPARE(a->count(), m_workspace.environments().size());
    QCOMPARE(a->currentData().toString(), QStringLiteral("production"));
    QVERIFY(b->currentData().toString() != QStringLiteral("production"));

    // Same environment on both sides: nothing differs.
    b->setCurrentIndex(b->findData(QStringLiteral("production")));
    QTRY_VERIFY_WITH_TIMEOUT(!view.isLoading(), 10000);
    auto *tree = view.findChild<QTreeView *>(QStringLiteral("diffTreeView"));
    QCOMPARE(tree->model()->rowCount(), 0);
    QVERIFY(view.findChild<QLabel *>(QStringLiteral("summaryLabel"))->text().contains(QStringLiteral("0 differ")));

    // production vs the empty pr-123: everything only in A.
    b->setCurrentIndex(b->findData(QStringLiteral("pr-123")));
    QTRY_VERIFY_WITH_TIMEOUT(!view.isLoading(), 10000);
    QHash<QString, QString> rows;
    collect(tree->model(), {}, rows);
    QCOMPARE(rows.size(), rawAddresses(m_workspace.environment(QStringLiteral("production"))->statePath).size());
    for (const QString &kind : std::as_const(rows))
        QCOMPARE(kind, QStringLiteral("only in A"));
}

void TestCompareView::driftMode()
{
    CompareView view;
    auto *tree = view.findChild<QTreeView *>(QStringLiteral("diffTreeView"));
    QAbstractItemModelTester tester(tree->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.show();
    view.setEnvironment(m_workspace, m_workspace.environment(QStringLiteral("production")));
    QTRY_VERIFY_WITH_TIMEOUT(!view.isLoading(), 10000);
    view.showDrift(QStringLiteral("production"));
    QCOMPARE(view.mode(), CompareView::Mode::Drift);
    QVERIFY(!view.findChild<QComboBox *>(QStringLiteral("environmentBComboBox"))->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!view.isLoading(), 10000);
    QCOMPARE(tree->model()->rowCount(), 2); // state vs prior_state, and resource_drift

    // The demo plan's resource_drift names the production server (counted from the file).
    QFile f(m_workspace.environment(QStringLiteral("production"))->planPath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonArray drift = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("resource_drift")).toArray();
    QVERIFY(!drift.isEmpty());
    QHash<QString, QString> driftRows;
    collect(tree->model(), tree->model()->index(1, 0), driftRows);
    QCOMPARE(driftRows.size(), drift.size());
    for (const QJsonValue &d : drift)
        QVERIFY(driftRows.contains(d.toObject().value(QStringLiteral("address")).toString()));
    QVERIFY(view.findChild<QLabel *>(QStringLiteral("summaryLabel"))->text().contains(
        QStringLiteral("%1 resource").arg(drift.size())));
    QVERIFY(StateGuiHelpers::leaks(&view, Secret).isEmpty());
}

void TestCompareView::neverShowsSensitiveValues()
{
    CompareView view;
    view.show();
    view.setEnvironment(m_workspace, m_workspace.environment(QStringLiteral("production")));
    auto *tree = view.findChild<QTreeView *>(QStringLiteral("diffTreeView"));
    for (const Environment &a : m_workspace.environments()) {
        for (const Environment &b : m_workspace.environments()) {
            view.compareEnvironments(a.name, b.name);
            QTRY_VERIFY_WITH_TIMEOUT(!view.isLoading(), 10000);
            tree->expandAll();
            const QStringList found = StateGuiHelpers::leaks(&view, Secret);
            QVERIFY2(found.isEmpty(), qPrintable(a.name + QStringLiteral(" vs ") + b.name + QLatin1Char('\n') + found.join(QLatin1Char('\n'))));
        }
        view.showDrift(a.name);
        QTRY_VERIFY_WITH_TIMEOUT(!view.isLoading(), 10000);
        const QStringList found = StateGuiHelpers::leaks(&view, Secret);
        QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("drift ") + a.name + QLatin1Char('\n') + found.join(QLatin1Char('\n'))));
    }
}

void TestCompareView::missingStateIsReported()
{
    Errors problems;
    const Workspace ws = Workspace::loadFromData(
        "name: t\nversion: 1\nenvironments:\n  - name: a\n    state: missing-a.tfstate\n  - name: b\n    state: "
        + TestSupport::resourcesDir().toUtf8() + "/demo/states/staging.tfstate\n",
        QDir::temp().filePath(QStringLiteral("h8-compare.yaml")), problems);
    QVERIFY(ws.isValid());
    CompareView view;
    view.show();
    view.setEnvironment(ws, ws.environment(QStringLiteral("a")));
    QTRY_VERIFY_WITH_TIMEOUT(!view.isLoading(), 10000);
    QVERIFY2(view.errorText().contains(QStringLiteral("missing-a.tfstate")), qPrintable(view.errorText()));
    QCOMPARE(view.findChild<QTreeView *>(QStringLiteral("diffTreeView"))->model()->rowCount(), 0);
    view.showDrift(QStringLiteral("b"));
    QTRY_VERIFY_WITH_TIMEOUT(!view.isLoading(), 10000);
    QVERIFY2(view.errorText().contains(QStringLiteral("no plan")), qPrintable(view.errorText()));
}

QTEST_MAIN(TestCompareView)
#include "TestCompareView.moc"
