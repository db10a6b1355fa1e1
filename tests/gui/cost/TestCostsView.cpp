#include "cost/CostEnvironmentModel.h"
#include "cost/CostHistory.h"
#include "cost/CostResourceModel.h"
#include "cost/CostSummary.h"
#include "cost/CostsView.h"

#include "cost/CostEstimator.h"
#include "cost/PriceCatalog.h"
#include "terraform/PlanReader.h"
#include "workspace/Workspace.h"

#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Infradeck;

// Estimation runs on the pool; the view clears isLoading() when the result arrived.
#define WAIT_FOR_ESTIMATE(view) QTRY_VERIFY_WITH_TIMEOUT(!(view).isLoading(), 60000)

class TestCostsView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void demoWorkspace();
    void previewCapExceeded();
    void brokenPlanIsReported();
    void historyFile();
    void planDeltaText();

private:
    struct Expected
    {
        QHash<QString, CostReport> reports;
        Money total;
        Money previewTotal;
        int pricedRows = 0;
    };
    static Expected estimateIndependently(const Workspace &workspace);
    static Workspace loadWorkspace(const QString &path);
    QString writeWorkspace(const QString &name, const QString &previewBudget, const QString &stagingPlan = {});

    QTemporaryDir m_dir;
    QString m_demo;
};

void TestCostsView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the history goes to ~/.qttest, never the user's cache
    QVERIFY(m_dir.isValid());
    m_demo = TestSupport::resourcesDir() + QStringLiteral("/demo/infradeck.yaml");
    QVERIFY2(QFileInfo::exists(m_demo), qPrintable(m_demo));
}

Workspace TestCostsView::loadWorkspace(const QString &path)
{
    Errors problems;
    Workspace ws = Workspace::load(path, problems);
    for (const Error &e : problems)
        qWarning("%s", qPrintable(e.toString()));
    return ws;
}

// The same figures computed here, without the view: catalog + estimator over each environment's plan.
TestCostsView::Expected TestCostsView::estimateIndependently(const Workspace &workspace)
{
    Expected expected;
    auto catalog = PriceCatalog::loadDefault();
    if (!catalog)
        qFatal("catalog: %s", qPrintable(catalog.error().toString()));
    const CostEstimator estimator(catalog.value());
    expected.total = Money(0, catalog->currency());
    expected.previewTotal = Money(0, catalog->currency());
    for (const Environment &env : workspace.environments()) {
        auto plan = PlanReader::readFile(env.planPath);
        if (!plan)
            continue;
        const CostReport report = estimator.estimate(plan.value());
        expected.reports.insert(env.name, report);
        expected.total += report.totalAfter;
        if (env.kind == QLatin1String("preview"))
            expected.previewTotal += report.totalAfter;
        expected.pricedRows += int(report.resources.size());
    }
    return expected;
}

// A copy of the demo workspace with other preview budgets (paths made absolute so it can live elsewhere).
QString TestCostsView::writeWorkspace(const QString &name, const QString &previewBudget, const QString &stagingPlan)
{
    const QString demoDir = TestSupport::resourcesDir() + QStringLiteral("/demo/");
    QString yaml = QStringLiteral("name: %1\nversion: 1\nenvironments:\n").arg(name);
    auto env = [&](const QString &envName, const QString &kind, const QString &plan, const QString &budget) {
        yaml += QStringLiteral("  - name: %1\n    kind: %2\n    plan: %3\n    budget: { monthly: \"%4\", currency: EUR }\n")
                    .arg(envName, kind, plan, budget);
    };
    env(QStringLiteral("production"), QStringLiteral("production"), demoDir + QStringLiteral("plans/production.plan.json"),
        QStringLiteral("60.00"));
    env(QStringLiteral("staging"), QStringLiteral("staging"),
        stagingPlan.isEmpty() ? demoDir + QStringLiteral("plans/staging.plan.json") : stagingPlan, QStringLiteral("15.00"));
    env(QStringLiteral("pr-123"), QStringLiteral("preview"), demoDir + QStringLiteral("plans/pr-123.plan.json"), previewBudget);
    env(QStringLiteral("pr-124"), QStringLiteral("preview"), demoDir + QStringLiteral("plans/pr-124.plan.json"), previewBudget);
    const QString path = m_dir.filePath(name + QStringLiteral(".yaml"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(yaml.toUtf8());
    return path;
}

void TestCostsView::demoWorkspace()
{
    const Workspace ws = loadWorkspace(m_demo);
    QVERIFY(ws.isValid());
    QCOMPARE(ws.environments().size(), 4);
    const Expected expected = estimateIndependently(ws);
    QCOMPARE(expected.reports.size(), 4);
    QVERIFY(expected.total.micros() > 0);

    CostsView view;
    view.setHistoryPath(m_dir.filePath(QStringLiteral("demo-history.json")));
    QCOMPARE(view.title(), QStringLiteral("Costs"));
    view.resize(1500, 950);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy estimated(&view, &CostsView::estimated);
    view.setEnvironment(ws, ws.environment(QStringLiteral("production")));
    QVERIFY(view.isLoading());
    WAIT_FOR_ESTIMATE(view);
    QCOMPARE(estimated.count(), 1);

    // Workspace total = sum of the per-environment totals computed independently.
    QCOMPARE(view.workspaceTotal(), expected.total);
    QCOMPARE(view.result().environments.size(), 4);
    for (const EnvironmentCost &e : view.result().environments) {
        QVERIFY2(e.problems.isEmpty(), qPrintable(e.problems.join(QLatin1Char('\n'))));
        QCOMPARE(e.report.totalAfter, expected.reports.value(e.name).totalAfter);
        QCOMPARE(e.report.totalBefore, expected.reports.value(e.name).totalBefore);
    }
    auto *total = view.findChild<QLabel *>(QStringLiteral("totalLabel"));
    QVERIFY(total);
    QVERIFY2(total->text().contains(expected.total.toDisplayString()), qPrintable(total->text()));
    auto *selected = view.findChild<QLabel *>(QStringLiteral("selectedLabel"));
    QVERIFY(selected->text().startsWith(QStringLiteral("production")));
    QVERIFY2(selected->text().contains(expected.reports.value(QStringLiteral("production")).totalAfter.toDisplayString()),
             qPrintable(selected->text()));

    // Environment table: one row per environment, checked by the model tester; the selection is highlighted.
    auto *envView = view.findChild<QTableView *>(QStringLiteral("environmentTableView"));
    QVERIFY(envView);
    QAbstractItemModelTester envTester(envView->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(envView->model()->rowCount(), 4);
    auto rowOf = [&](const QString &name) {
        for (int r = 0; r < envView->model()->rowCount(); ++r)
            if (envView->model()->index(r, 0).data().toString() == name)
                return r;
        return -1;
    };
    QVERIFY(envView->model()->index(rowOf(QStringLiteral("production")), 0).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!envView->model()->index(rowOf(QStringLiteral("staging")), 0).data(Qt::FontRole).value<QFont>().bold());
    // Plan delta before → after per environment.
    const CostReport &pr124 = expected.reports.value(QStringLiteral("pr-124"));
    const int pr124Row = rowOf(QStringLiteral("pr-124"));
    QCOMPARE(envView->model()->index(pr124Row, CostEnvironmentModel::BeforeColumn).data().toString(),
             pr124.totalBefore.toDisplayString());
    QCOMPARE(envView->model()->index(pr124Row, CostEnvironmentModel::AfterColumn).data().toString(),
             pr124.totalAfter.toDisplayString());
    QCOMPARE(envView->model()->index(pr124Row, CostEnvironmentModel::DeltaColumn).data().toString(),
             CostSummary::deltaText(pr124.delta()));

    // Resource table: a row per priced resource of every environment, behind a sort/filter proxy.
    auto *resourceView = view.findChild<QTableView *>(QStringLiteral("resourceTableView"));
    QVERIFY(resourceView);
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(resourceView->model());
    QVERIFY(proxy);
    QAbstractItemModelTester proxyTester(proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester sourceTester(proxy->sourceModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(expected.pricedRows > 0);
    QCOMPARE(proxy->rowCount(), expected.pricedRows);
    QSet<QString> expectedKeys;
    for (auto it = expected.reports.begin(); it != expected.reports.end(); ++it)
        for (const ResourceCost &r : it.value().resources)
            expectedKeys.insert(it.key() + QLatin1Char(' ') + r.address);
    QSet<QString> shownKeys;
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int r = 0; r < proxy->rowCount(); ++r) {
        shownKeys.insert(proxy->index(r, CostResourceModel::EnvironmentColumn).data().toString() + QLatin1Char(' ')
                         + proxy->index(r, CostResourceModel::AddressColumn).data().toString());
        const qint64 micros = proxy->index(r, CostResourceModel::MonthlyColumn).data(CostResourceModel::SortRole).toLongLong();
        QVERIFY(micros <= previous); // sorted by monthly, most expensive first
        previous = micros;
        QVERIFY(!proxy->index(r, CostResourceModel::SourceColumn).data().toString().isEmpty());
    }
    QCOMPARE(shownKeys, expectedKeys);

    // Filter.
    auto *filter = view.findChild<QLineEdit *>(QStringLiteral("filterLineEdit"));
    QTest::keyClicks(filter, QStringLiteral("hcloud_server"));
    QVERIFY(proxy->rowCount() > 0);
    QVERIFY(proxy->rowCount() < expected.pricedRows);
    for (int r = 0; r < proxy->rowCount(); ++r)
        QVERIFY(proxy->index(r, CostResourceModel::TypeColumn).data().toString().contains(QStringLiteral("hcloud_server"))
                || proxy->index(r, CostResourceModel::AddressColumn).data().toString().contains(QStringLiteral("hcloud_server")));
    filter->clear();
    QCOMPARE(proxy->rowCount(), expected.pricedRows);

    // PR environments against their cap (the sum of their budgets: 2 × 10.00 EUR).
    const CostsView::PrCap cap = view.prCap();
    QCOMPARE(cap.environments, 2);
    QCOMPARE(cap.total, expected.previewTotal);
    QCOMPARE(cap.cap, Money::fromUnits(20, QStringLiteral("EUR")));
    auto *capLabel = view.findChild<QLabel *>(QStringLiteral("prCapLabel"));
    QVERIFY(capLabel);
    const bool over = expected.previewTotal > Money::fromUnits(20, QStringLiteral("EUR"));
    QCOMPARE(capLabel->property("overCap").toBool(), over);
    QVERIFY2(capLabel->text().contains(over ? QStringLiteral("OVER") : QStringLiteral("under")), qPrintable(capLabel->text()));
    QVERIFY(capLabel->text().contains(expected.previewTotal.toDisplayString()));

    // Unpriced resources are listed per environment, never counted.
    auto *unpriced = view.findChild<QListWidget *>(QStringLiteral("unpricedListWidget"));
    int expectedUnpriced = 0;
    for (const CostReport &r : expected.reports)
        expectedUnpriced += int(r.unpriced.size());
    QCOMPARE(unpriced->count(), expectedUnpriced);

    // CSV export through the file-name seam.
    const QString csvPath = m_dir.filePath(QStringLiteral("costs.csv"));
    QString suggestedSeen;
    view.setSaveFileNameProvider([&](QWidget *, const QString &suggested) {
        suggestedSeen = suggested;
        return csvPath;
    });
    QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("exportButton")), Qt::LeftButton);
    QVERIFY(suggestedSeen.endsWith(QStringLiteral(".csv")));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray content = csv.readAll();
    QVERIFY(!content.contains("demo-sensitive-DO-NOT-SHOW"));
    const QList<QByteArray> lines = content.trimmed().split('\n');
    QCOMPARE(lines.size(), expected.pricedRows + 1);
    QCOMPARE(lines.first().trimmed(), QByteArray("Environment,Address,Type,Provider,Monthly,Plan delta,Price source,Currency"));
    Money csvSum(0, QStringLiteral("EUR"));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> fields = lines.at(i).trimmed().split(',');
        QVERIFY2(fields.size() >= 8, lines.at(i).constData());
        QVERIFY(expectedKeys.contains(QString::fromUtf8(fields.at(0) + ' ' + fields.at(1))));
        auto monthly = Money::parse(QString::fromUtf8(fields.at(4)), QStringLiteral("EUR"));
        QVERIFY2(monthly, fields.at(4).constData());
        csvSum += *monthly;
        QCOMPARE(fields.last(), QByteArray("EUR"));
    }
    // Rounded per row to cents, so within half a cent per row of the exact total.
    QVERIFY(qAbs((csvSum - expected.total).micros()) <= 5000 * expected.pricedRows);
    // A filtered export holds only the rows shown.
    QTest::keyClicks(filter, QStringLiteral("pr-123"));
    QVERIFY(view.exportCsv(csvPath));
    csv.close();
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(csv.readAll().trimmed().split('\n').size(), proxy->rowCount() + 1);
    csv.close();
    filter->clear();
    QVERIFY(!view.exportCsv(m_dir.filePath(QStringLiteral("no/such/dir/costs.csv"))));
    QVERIFY(!view.errorString().isEmpty());

    // Selecting another environment only moves the highlight: no new estimate.
    view.setEnvironment(ws, ws.environment(QStringLiteral("staging")));
    QVERIFY(!view.isLoading());
    QVERIFY(envView->model()->index(rowOf(QStringLiteral("staging")), 0).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!envView->model()->index(rowOf(QStringLiteral("production")), 0).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(selected->text().startsWith(QStringLiteral("staging")));

    view.setEnvironment(ws, ws.environment(QStringLiteral("production")));
    QTest::qWait(300); // let the charts lay out their axes before the grab
    QDir().mkpath(QStringLiteral(INFRADECK_BINARY_DIR) + QStringLiteral("/screenshots"));
    QVERIFY(view.grab().save(QStringLiteral(INFRADECK_BINARY_DIR) + QStringLiteral("/screenshots/costs-view.png")));
}

void TestCostsView::previewCapExceeded()
{
    const QString path = writeWorkspace(QStringLiteral("tight"), QStringLiteral("0.50"));
    const Workspace ws = loadWorkspace(path);
    QVERIFY(ws.isValid());
    const Expected expected = estimateIndependently(ws);
    CostsView view;
    view.setHistoryPath(m_dir.filePath(QStringLiteral("tight-history.json")));
    view.setEnvironment(ws, ws.environment(QStringLiteral("pr-123")));
    WAIT_FOR_ESTIMATE(view);
    QCOMPARE(view.prCap().cap, Money::fromUnits(1, QStringLiteral("EUR")));
    QCOMPARE(view.prCap().total, expected.previewTotal);
    QVERIFY2(expected.previewTotal > Money::fromUnits(1, QStringLiteral("EUR")), "the demo previews should cost more than 1 EUR");
    auto *capLabel = view.findChild<QLabel *>(QStringLiteral("prCapLabel"));
    QVERIFY(capLabel->property("overCap").toBool());
    QVERIFY2(capLabel->text().contains(QStringLiteral("OVER")), qPrintable(capLabel->text()));
    QVERIFY(capLabel->text().contains((expected.previewTotal - Money::fromUnits(1, QStringLiteral("EUR"))).toDisplayString()));

    // The preview that exceeds its own budget carries the budget finding.
    auto *envView = view.findChild<QTableView *>(QStringLiteral("environmentTableView"));
    int overBudget = 0;
    for (int r = 0; r < envView->model()->rowCount(); ++r)
        overBudget += envView->model()->index(r, 0).data(CostEnvironmentModel::OverBudgetRole).toBool() ? 1 : 0;
    int expectedOver = 0;
    for (const EnvironmentCost &e : view.result().environments) {
        const Money budget = e.isPreview() ? Money::parse(u"0.50", QStringLiteral("EUR")).value()
                                           : (e.name == QLatin1String("production") ? Money::fromUnits(60, QStringLiteral("EUR"))
                                                                                    : Money::fromUnits(15, QStringLiteral("EUR")));
        expectedOver += e.report.totalAfter > budget ? 1 : 0;
        QCOMPARE(e.budgetFinding.has_value(), e.report.totalAfter > budget);
    }
    QVERIFY(expectedOver >= 1);
    QCOMPARE(overBudget, expectedOver);
}

void TestCostsView::brokenPlanIsReported()
{
    // A truncated staging plan: staging reports the problem, the other environments are still estimated.
    QFile source(TestSupport::resourcesDir() + QStringLiteral("/demo/plans/staging.plan.json"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QByteArray bytes = source.readAll();
    const QString broken = m_dir.filePath(QStringLiteral("truncated.plan.json"));
    QFile out(broken);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(bytes.left(bytes.size() / 2));
    out.close();
    const Workspace ws = loadWorkspace(writeWorkspace(QStringLiteral("broken"), QStringLiteral("10.00"), broken));
    QVERIFY(ws.isValid());
    CostsView view;
    view.setHistoryPath(m_dir.filePath(QStringLiteral("broken-history.json")));
    view.setEnvironment(ws, nullptr);
    WAIT_FOR_ESTIMATE(view);
    QCOMPARE(view.result().environments.size(), 4);
    int withReport = 0;
    for (const EnvironmentCost &e : view.result().environments) {
        if (e.name == QLatin1String("staging")) {
            QVERIFY(!e.hasReport);
            QCOMPARE(e.problems.size(), 1);
            QVERIFY2(e.problems.first().contains(QStringLiteral("truncated.plan.json")), qPrintable(e.problems.first()));
        } else {
            withReport += e.hasReport ? 1 : 0;
        }
    }
    QCOMPARE(withReport, 3);
    auto *envView = view.findChild<QTableView *>(QStringLiteral("environmentTableView"));
    bool shown = false;
    for (int r = 0; r < envView->model()->rowCount(); ++r)
        if (envView->model()->index(r, 0).data().toString() == QLatin1String("staging"))
            shown = envView->model()->index(r, CostEnvironmentModel::StatusColumn).data().toString().startsWith(QStringLiteral("Problem"));
    QVERIFY(shown);
}

void TestCostsView::historyFile()
{
    // Default location: the cache dir, one file per workspace path.
    const QString a = CostHistory::defaultPath(QStringLiteral("/a/infradeck.yaml"));
    QVERIFY(a.startsWith(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)));
    QVERIFY(a != CostHistory::defaultPath(QStringLiteral("/b/infradeck.yaml")));
    QCOMPARE(a, CostHistory::defaultPath(QStringLiteral("/a/infradeck.yaml")));

    // Appended only when a total changes; survives a reload; damaged files are refused with a location.
    const QString path = m_dir.filePath(QStringLiteral("unit-history/h.json"));
    CostHistory h(path, QStringLiteral("/a/infradeck.yaml"));
    const QDateTime t0 = QDateTime(QDate(2026, 1, 1), QTime(10, 0), Qt::UTC);
    QVERIFY(h.record(QStringLiteral("production"), Money::fromUnits(10, QStringLiteral("EUR")), t0));
    QVERIFY(!h.record(QStringLiteral("production"), Money::fromUnits(10, QStringLiteral("EUR")), t0.addDays(1)));
    QVERIFY(h.record(QStringLiteral("production"), *Money::parse(u"14.59", QStringLiteral("EUR")), t0.addDays(2)));
    QVERIFY(h.save());
    auto loaded = CostHistory::load(path);
    QVERIFY(loaded);
    QCOMPARE(loaded->entries(QStringLiteral("production")).size(), 2);
    QCOMPARE(loaded->entries(QStringLiteral("production")).last().monthly, *Money::parse(u"14.59", QStringLiteral("EUR")));
    QCOMPARE(loaded->entries(QStringLiteral("production")).last().time, t0.addDays(2));

    QFile broken(m_dir.filePath(QStringLiteral("broken-history.json.bad")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{\"version\": 1, \"environments\": {");
    broken.close();
    auto bad = CostHistory::load(broken.fileName());
    QVERIFY(!bad);
    QVERIFY(bad.error().offset >= 0);
    QFile future(m_dir.filePath(QStringLiteral("future-history.json")));
    QVERIFY(future.open(QIODevice::WriteOnly));
    future.write("{\"version\": 7, \"environments\": {}}");
    future.close();
    QVERIFY(!CostHistory::load(future.fileName()));
    QVERIFY(CostHistory::load(m_dir.filePath(QStringLiteral("missing.json")))); // missing = empty

    // The view writes one entry per environment, and none more when nothing changed.
    const Workspace ws = loadWorkspace(m_demo);
    const QString viewHistory = m_dir.filePath(QStringLiteral("view-history.json"));
    {
        CostsView view;
        view.setHistoryPath(viewHistory);
        view.setEnvironment(ws, nullptr);
        WAIT_FOR_ESTIMATE(view);
        view.refresh();
        WAIT_FOR_ESTIMATE(view);
    }
    QFile file(viewHistory);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(root.value(QStringLiteral("version")).toInt(), 1);
    const QJsonObject envs = root.value(QStringLiteral("environments")).toObject();
    QCOMPARE(envs.size(), 4);
    const Expected expected = estimateIndependently(ws);
    for (auto it = envs.begin(); it != envs.end(); ++it) {
        QCOMPARE(it.value().toArray().size(), 1);
        QCOMPARE(Money::parse(it.value().toArray().first().toObject().value(QStringLiteral("monthly")).toString(),
                              QStringLiteral("EUR"))
                     .value(),
                 expected.reports.value(it.key()).totalAfter);
    }
}

void TestCostsView::planDeltaText()
{
    CostReport report;
    report.kind = CostReport::Kind::Plan;
    report.currency = QStringLiteral("EUR");
    report.totalBefore = *Money::parse(u"10.00", QStringLiteral("EUR"));
    report.totalAfter = *Money::parse(u"14.59", QStringLiteral("EUR"));
    QCOMPARE(CostSummary::planDeltaText(report), QStringLiteral("+4.59 EUR/month (10.00 → 14.59 EUR)"));
    report.unpriced.append(ResourceCost{});
    QCOMPARE(CostSummary::planDeltaText(report), QStringLiteral("+4.59 EUR/month (10.00 → 14.59 EUR), 1 unpriced"));
    report.totalAfter = *Money::parse(u"5.41", QStringLiteral("EUR"));
    QVERIFY(CostSummary::planDeltaText(report).startsWith(QStringLiteral("−4.59 EUR/month")));
    QCOMPARE(CostSummary::deltaText(Money(0, QStringLiteral("EUR"))), QStringLiteral("±0.00 EUR"));
    report.kind = CostReport::Kind::State;
    report.unpriced.clear();
    QCOMPARE(CostSummary::planDeltaText(report), QStringLiteral("5.41 EUR/month"));
}

QTEST_MAIN(TestCostsView)
#include "TestCostsView.moc"
