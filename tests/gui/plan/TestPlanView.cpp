#include "plan/AttributeDiffModel.h"
#include "plan/PlanChangeModel.h"
#include "plan/PlanView.h"
#include "topology/DiagramView.h"

#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Infradeck;

class TestPlanView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void reviewReplacedServer();
    void neverShowsSensitiveValues();
    void brokenPlanShowsError();
    void diagramSelectsChange();

private:
    static QModelIndex findRow(QAbstractItemModel *model, const QString &address, const QModelIndex &parent = {});
    static QStringList displayedStrings(QWidget *root);
    QTemporaryDir m_dir;
    QString m_plan;
};

void TestPlanView::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_plan = m_dir.filePath(QStringLiteral("production.plan.json"));
    QVERIFY(QFile::copy(TestSupport::resourcesDir() + QStringLiteral("/demo/plans/production.plan.json"), m_plan));
    QFile::setPermissions(m_plan, QFile::ReadOwner | QFile::WriteOwner);
}

QModelIndex TestPlanView::findRow(QAbstractItemModel *model, const QString &address, const QModelIndex &parent)
{
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex idx = model->index(r, 0, parent);
        if (idx.data(PlanChangeModel::AddressRole).toString() == address)
            return idx;
        const QModelIndex child = findRow(model, address, idx);
        if (child.isValid())
            return child;
    }
    return {};
}

QStringList TestPlanView::displayedStrings(QWidget *root)
{
    QStringList out;
    for (QLabel *l : root->findChildren<QLabel *>())
        out << l->text() << l->toolTip();
    for (QListWidget *l : root->findChildren<QListWidget *>())
        for (int i = 0; i < l->count(); ++i)
            out << l->item(i)->text();
    for (QAbstractItemView *v : root->findChildren<QAbstractItemView *>()) {
        QAbstractItemModel *m = v->model();
        std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
            for (int r = 0; r < m->rowCount(parent); ++r)
                for (int c = 0; c < m->columnCount(parent); ++c) {
                    const QModelIndex idx = m->index(r, c, parent);
                    out << idx.data(Qt::DisplayRole).toString() << idx.data(Qt::ToolTipRole).toString();
                    if (c == 0)
                        walk(idx);
                }
        };
        walk({});
    }
    return out;
}

void TestPlanView::reviewReplacedServer()
{
    PlanView view;
    view.resize(1200, 700);
    view.show();
    view.openPlan(m_plan, true);
    QTRY_VERIFY_WITH_TIMEOUT(!view.isLoading(), 10000);
    QVERIFY(view.plan());

    auto *tree = view.findChild<QTreeView *>(QStringLiteral("changeTreeView"));
    QAbstractItemModelTester tester(tree->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *counts = view.findChild<QLabel *>(QStringLiteral("countsLabel"));
    QVERIFY2(counts->text().contains(QStringLiteral("1</b> replace")), qPrintable(counts->text()));
    QVERIFY(counts->text().contains(QStringLiteral("drifted")));

    // Filter to replacements by action, then by text.
    auto *action = view.findChild<QComboBox *>(QStringLiteral("actionFilterComboBox"));
    action->setCurrentIndex(action->findData(int(ResourceChange::Action::Replace)));
    QString replaced;
    for (const ResourceChange &c : view.plan()->changes)
        if (c.action == ResourceChange::Action::Replace)
            replaced = c.address;
    QVERIFY(!replaced.isEmpty());
    QModelIndex row = findRow(tree->model(), replaced);
    QVERIFY(row.isValid());
    QVERIFY(!findRow(tree->model(), QStringLiteral("hcloud_firewall.web")).isValid()); // an update: filtered out
    QTest::keyClicks(view.findChild<QLineEdit *>(QStringLiteral("searchLineEdit")), QStringLiteral("no-such-resource"));
    QVERIFY(!findRow(tree->model(), replaced).isValid());
    view.findChild<QLineEdit *>(QStringLiteral("searchLineEdit"))->clear();
    QTest::keyClicks(view.findChild<QLineEdit *>(QStringLiteral("searchLineEdit")), QStringLiteral("SERVER"));
    row = findRow(tree->model(), replaced);
    QVERIFY(row.isValid());

    // Select it with the mouse: the diff pane says what forces the replacement.
    QSignalSpy selected(&view, &PlanView::changeSelected);
    tree->scrollTo(row);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(row).center());
    QCOMPARE(view.selectedAddress(), replaced);
    QCOMPARE(selected.count(), 1);
    auto *diff = view.findChild<QTableView *>(QStringLiteral("diffTableView"));
    bool forces = false;
    for (int r = 0; r < diff->model()->rowCount(); ++r)
        forces = forces || diff->model()->index(r, AttributeDiffModel::NoteColumn).data().toString().contains(QStringLiteral("forces replacement"));
    QVERIFY(forces);
    QVERIFY(view.findChild<QLabel *>(QStringLiteral("detailReasonLabel"))->text().contains(QStringLiteral("destroy")));

    // Review everything and approve.
    auto *reviewLabel = view.findChild<QLabel *>(QStringLiteral("reviewLabel"));
    QVERIFY(reviewLabel->text().startsWith(QStringLiteral("0 of ")));
    auto *approve = view.findChild<QPushButton *>(QStringLiteral("approveButton"));
    QVERIFY(!approve->isEnabled());
    QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("reviewAllButton")), Qt::LeftButton);
    const QStringList parts = reviewLabel->text().split(QLatin1Char(' '));
    QCOMPARE(parts.at(0), parts.at(2)); // "N of N reviewed"
    QVERIFY(approve->isEnabled());
    QTest::mouseClick(approve, Qt::LeftButton);
    QVERIFY(QFile::exists(m_plan + QStringLiteral(".review.json")));
    auto *approval = view.findChild<QLabel *>(QStringLiteral("approvalLabel"));
    QVERIFY(approval->text().contains(QStringLiteral("Approved by")));

    // Reopen in a new view: the approval is there.
    {
        PlanView again;
        again.show();
        again.openPlan(m_plan, true);
        QTRY_VERIFY_WITH_TIMEOUT(!again.isLoading(), 10000);
        QVERIFY(again.findChild<QLabel *>(QStringLiteral("approvalLabel"))->text().contains(QStringLiteral("Approved by")));
        QVERIFY(again.findChild<QLabel *>(QStringLiteral("reviewLabel"))->text().split(QLatin1Char(' ')).at(0) == parts.at(0));
    }
    // Change the plan file: the approval no longer matches and the view says so.
    {
        QFile f(m_plan);
        QVERIFY(f.open(QIODevice::Append));
        f.write("\n");
    }
    PlanView changed;
    changed.show();
    changed.openPlan(m_plan, true);
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isLoading(), 10000);
    const QString warning = changed.findChild<QLabel *>(QStringLiteral("approvalLabel"))->text();
    QVERIFY2(warning.contains(QStringLiteral("changed since")), qPrintable(warning));

    const QString png = QDir(QStringLiteral(INFRADECK_BINARY_DIR)).filePath(QStringLiteral("screenshots/plan-view-production.png"));
    QDir().mkpath(QFileInfo(png).absolutePath());
    QVERIFY(view.grab().save(png));
}

void TestPlanView::neverShowsSensitiveValues()
{
    PlanView view;
    view.resize(1200, 700);
    view.show();
    view.openPlan(TestSupport::resourcesDir() + QStringLiteral("/demo/plans/production.plan.json"), true);
    QTRY_VERIFY_WITH_TIMEOUT(!view.isLoading(), 10000);
    view.findChild<QComboBox *>(QStringLiteral("actionFilterComboBox"))->setCurrentIndex(0);
    auto *tree = view.findChild<QTreeView *>(QStringLiteral("changeTreeView"));
    view.findChild<QCheckBox *>(QStringLiteral("showUnchangedCheckBox"))->setChecked(true);
    int visited = 0;
    std::function<void(const QModelIndex &)> visit = [&](const QModelIndex &parent) {
        for (int r = 0; r < tree->model()->rowCount(parent); ++r) {
            const QModelIndex idx = tree->model()->index(r, 0, parent);
            tree->setCurrentIndex(idx);
            ++visited;
            for (const QString &s : displayedStrings(&view))
                QVERIFY2(!s.contains(QStringLiteral("demo-sensitive-DO-NOT-SHOW")), qPrintable(s));
            visit(idx);
        }
    };
    visit({});
    QVERIFY(visited > 5);
}

void TestPlanView::brokenPlanShowsError()
{
    const QString broken = m_dir.filePath(QStringLiteral("broken.plan.json"));
    QFile f(broken);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"format_version\":\"1.2\",\"resource_changes\":[{\"address\":");
    f.close();
    PlanView view;
    view.show();
    view.openPlan(broken, false);
    QTRY_VERIFY_WITH_TIMEOUT(!view.isLoading(), 10000);
    QVERIFY(!view.plan());
    const QString message = view.findChild<QLabel *>(QStringLiteral("messageLabel"))->text();
    QVERIFY2(message.contains(QStringLiteral("broken.plan.json")), qPrintable(message));
}

void TestPlanView::diagramSelectsChange()
{
    PlanView view;
    view.resize(1400, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.openPlan(TestSupport::resourcesDir() + QStringLiteral("/demo/plans/production.plan.json"), true);
    QTRY_VERIFY_WITH_TIMEOUT(!view.isLoading(), 10000);
    // The cost delta in the header and per changed resource (figures hand-computed from the bundled catalog:
    // cpx31 13.60 + backups 20 % (drifted on) + IPv4 0.50 before; without backups + 20 GB volume 0.88 after).
    const QString cost = view.findChild<QLabel *>(QStringLiteral("costLabel"))->text();
    QVERIFY2(cost.contains(QStringLiteral("1.84 EUR/month (16.82 → 14.98 EUR)")), qPrintable(cost));
    auto *tree = view.findChild<QTreeView *>(QStringLiteral("changeTreeView"));
    const QModelIndex volume = findRow(tree->model(), QStringLiteral("hcloud_volume.data"));
    QCOMPARE(volume.siblingAtColumn(PlanChangeModel::CostColumn).data().toString(), QStringLiteral("+0.88 EUR"));

    view.showDiagram();
    DiagramView *diagram = view.diagram();
    QTRY_VERIFY_WITH_TIMEOUT(!diagram->isLayingOut() && diagram->shownGraph().nodeCount() == 10, 10000);
    QTRY_VERIFY(!diagram->currentLayout().nodes.empty());
    diagram->fitToView();

    // Click the volume's box in the diagram: the change list selects it.
    const Graph &g = diagram->shownGraph();
    const int idx = g.indexOf(QStringLiteral("hcloud_volume.data"));
    QVERIFY(idx >= 0);
    const QPointF centre = diagram->mapFromScene(diagram->currentLayout().nodes[size_t(idx)].center());
    QCOMPARE(diagram->nodeAt(centre), QStringLiteral("hcloud_volume.data"));
    QTest::mouseClick(diagram, Qt::LeftButton, {}, centre.toPoint());
    QTRY_COMPARE(view.selectedAddress(), QStringLiteral("hcloud_volume.data"));

    // And the other way: selecting in the list selects in the diagram.
    view.selectAddress(QStringLiteral("hcloud_server.web"));
    QCOMPARE(diagram->selectedNode(), QStringLiteral("hcloud_server.web"));

    const QString png = QDir(QStringLiteral(INFRADECK_BINARY_DIR)).filePath(QStringLiteral("screenshots/plan-diagram-production.png"));
    QDir().mkpath(QFileInfo(png).absolutePath());
    QVERIFY(view.grab().save(png));
}

QTEST_MAIN(TestPlanView)
#include "TestPlanView.moc"
