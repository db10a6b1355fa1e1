#include "cost/CostEnvironmentModel.h"
#include "cost/CostHistory.h"
#include "cost/CostResourceModel.h"
#include "cost/CostSummary.h"
#include "cost/CostsView.h"

#include "cost/CostEstimator.h"
#include "cost/PriceCatalog.h"
#include "terraform/PlanReader.h"
#include "workspace/Workspace.h"

#include "LocalHttpServer.h"
#include "TestSupport.h"
#include "unit/cost/HetznerApiBodies.h"

#include "secrets/CredentialStore.h"

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
#include <QSettings>
#include <QTimer>
#include <QUuid>
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
    void livePrices();
    void livePricesErrors_data();
    void livePricesErrors();
    void livePricesFromKeychain();
    void usageFileInWorkspace();

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
    // production (demo plan) with tokens: {hcloud: keychain:hcloud-token} unless `token` is false; `extra` goes on top.
    QString writeLiveWorkspace(const QString &name, bool token, const QString &extra = {});

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

QString TestCostsView::writeLiveWorkspace(const QString &name, bool token, const QString &extra)
{
    const QString demoDir = TestSupport::resourcesDir() + QStringLiteral("/demo/");
    QString yaml = QStringLiteral("name: %1\nversion: 1\n%2environments:\n  - name: production\n    kind: production\n    plan: %3\n")
                       .arg(name, extra, demoDir + QStringLiteral("plans/production.plan.json"));
    if (token)
        yaml += QStringLiteral("    tokens: {hcloud: keychain:hcloud-token}\n");
    const QString path = m_dir.filePath(name + QStringLiteral(".yaml"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(yaml.toUtf8());
    return path;
}

namespace {

// Hetzner API bodies with cpx31 at 14.00 instead of the catalog's 13.60, so the live prices show in the totals.
void serveHetzner(TestSupport::LocalHttpServer &server)
{
    server.responses[QStringLiteral("/v1/pricing")] = {{200, TestSupport::HetznerApi::pricingBody(), {}, false, false}};
    server.responses[QStringLiteral("/v1/server_types")] = {
        {200, TestSupport::HetznerApi::serverTypesBody().replace("13.6000000000", "14.0000000000"), {}, false, false}};
}

HetznerPricing::Options fastOptions(const QUrl &base)
{
    HetznerPricing::Options o;
    o.baseUrl = base;
    o.timeoutMs = 5000;
    o.maxRetries = 0;
    o.backoffMs = 50;
    return o;
}

QString sourceOf(QTableView *view, const QString &address)
{
    QAbstractItemModel *m = view->model();
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->index(r, CostResourceModel::AddressColumn).data().toString() == address)
            return m->index(r, CostResourceModel::SourceColumn).data().toString();
    return {};
}

} // namespace

void TestCostsView::livePrices()
{
    TestSupport::LocalHttpServer server;
    serveHetzner(server);
    const Workspace ws = loadWorkspace(writeLiveWorkspace(QStringLiteral("live"), true));
    QVERIFY(ws.isValid());

    CostsView view;
    view.setHistoryPath(m_dir.filePath(QStringLiteral("live-history.json")));
    QDir(view.livePricesDir()).removeRecursively();
    view.setPricingOptions(fastOptions(server.url()));
    QStringList asked;
    view.setTokenProvider([&asked](const Workspace &w, const Environment &env, std::function<void(Result<SecureBytes>)> done) {
        asked << w.name() + QLatin1Char('/') + env.name + QLatin1Char('/') + env.tokens.value(QStringLiteral("hcloud"));
        QTimer::singleShot(0, [done] { done(SecureBytes(QByteArray("gui-test-token"))); });
    });
    view.resize(1400, 900);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setEnvironment(ws, ws.environment(QStringLiteral("production")));
    WAIT_FOR_ESTIMATE(view);

    // Catalog prices: the catalog's date, stale once older than the catalog's stale_after_days.
    auto *pricesLabel = view.findChild<QLabel *>(QStringLiteral("pricesLabel"));
    auto *badge = view.findChild<QLabel *>(QStringLiteral("staleBadge"));
    auto *button = view.findChild<QPushButton *>(QStringLiteral("refreshPricesButton"));
    QVERIFY(pricesLabel && badge && button);
    QVERIFY(!button->accessibleName().isEmpty());
    QVERIFY2(pricesLabel->text().contains(QStringLiteral("catalog of 2025-08-19")), qPrintable(pricesLabel->text()));
    const bool catalogStale = QDate(2025, 8, 19).daysTo(QDate::currentDate()) > view.result().staleAfterDays;
    QCOMPARE(badge->isVisibleTo(&view), catalogStale);
    view.setStaleAfterDays(0);
    view.refresh();
    WAIT_FOR_ESTIMATE(view);
    QVERIFY(badge->isVisibleTo(&view));
    view.setStaleAfterDays(-1);
    const auto *production = &view.result().environments.first();
    QCOMPARE(production->report.totalAfter.toString(), QStringLiteral("14.98")); // cpx31 13.60 + IPv4 0.50 + 20 GB 0.88
    auto *resourceView = view.findChild<QTableView *>(QStringLiteral("resourceTableView"));
    QVERIFY(sourceOf(resourceView, QStringLiteral("hcloud_server.web")).contains(QStringLiteral("hetzner.com")));

    // Refresh prices: the token is read, the API asked, the estimate redone with the live prices; the UI stays live.
    QSignalSpy refreshed(&view, &CostsView::pricesRefreshed);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(view.isFetchingPrices());
    QVERIFY(!button->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, 15000);
    QCOMPARE(refreshed.first().first().toBool(), true);
    QCOMPARE(asked, QStringList{QStringLiteral("live/production/hcloud-token")});
    QCOMPARE(server.requestLines(), (QStringList{QStringLiteral("GET /v1/pricing"), QStringLiteral("GET /v1/server_types")}));
    QCOMPARE(server.received.first().header("Authorization"), QByteArray("Bearer gui-test-token"));
    WAIT_FOR_ESTIMATE(view);
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    QVERIFY2(pricesLabel->text().contains(QStringLiteral("Hetzner API, ") + today), qPrintable(pricesLabel->text()));
    QVERIFY(!badge->isVisibleTo(&view));
    QVERIFY(!view.isPricesStatusError());
    QVERIFY(button->isEnabled());
    production = &view.result().environments.first();
    QCOMPARE(production->report.totalAfter.toString(), QStringLiteral("15.38")); // live cpx31 14.00
    const QString serverSource = sourceOf(resourceView, QStringLiteral("hcloud_server.web"));
    QVERIFY2(serverSource.startsWith(QStringLiteral("Hetzner API, ") + today), qPrintable(serverSource));
    QVERIFY(sourceOf(resourceView, QStringLiteral("hcloud_volume.data")).startsWith(QStringLiteral("Hetzner API, ")));
    QVERIFY(QFileInfo::exists(QDir(view.livePricesDir()).filePath(HetznerPricing::cacheFileName())));

    // A new view over the same cache starts with the live prices, without asking the API again.
    CostsView again;
    again.setHistoryPath(m_dir.filePath(QStringLiteral("live-history.json")));
    again.setEnvironment(ws, ws.environment(QStringLiteral("production")));
    WAIT_FOR_ESTIMATE(again);
    QCOMPARE(again.result().environments.first().report.totalAfter.toString(), QStringLiteral("15.38"));
    QVERIFY(again.result().livePricesAt.isValid());
    QCOMPARE(server.received.size(), 2);
}

void TestCostsView::livePricesErrors_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("401 bad token") << "401" << "token was rejected (HTTP 401)";
    QTest::newRow("429 with retry time") << "429" << "try again after";
    QTest::newRow("unreachable") << "unreachable" << "cannot reach the Hetzner API";
    QTest::newRow("malformed body") << "malformed" << "not JSON";
    QTest::newRow("no token named") << "no-token" << "No environment names a Hetzner token";
    QTest::newRow("keychain error") << "keychain" << "Cannot read the Hetzner token";
}

void TestCostsView::livePricesErrors()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    TestSupport::LocalHttpServer server;
    QUrl base = server.url();
    if (kind == QLatin1String("401")) {
        server.responses[QStringLiteral("/v1/pricing")] = {
            {401, "{\"error\":{\"code\":\"unauthorized\",\"message\":\"unable to authenticate\"}}", {}, false, false}};
    } else if (kind == QLatin1String("429")) {
        server.responses[QStringLiteral("/v1/pricing")] = {
            {429, "{\"error\":{\"code\":\"rate_limit_exceeded\",\"message\":\"limit\"}}",
             {{"RateLimit-Reset", QByteArray::number(QDateTime::currentSecsSinceEpoch() + 90)}}, false, false}};
    } else if (kind == QLatin1String("unreachable")) {
        server.close(); // connection refused on that port
    } else if (kind == QLatin1String("malformed")) {
        server.responses[QStringLiteral("/v1/pricing")] = {{200, "<html>maintenance</html>", {}, false, false}};
        server.responses[QStringLiteral("/v1/server_types")] = {{200, TestSupport::HetznerApi::serverTypesBody(), {}, false, false}};
    }
    const Workspace ws = loadWorkspace(writeLiveWorkspace(QStringLiteral("errors-") + kind, kind != QLatin1String("no-token")));
    QVERIFY(ws.isValid());
    CostsView view;
    view.setHistoryPath(m_dir.filePath(QStringLiteral("errors-%1-history.json").arg(kind)));
    view.setPricingOptions(fastOptions(base));
    view.setTokenProvider([kind](const Workspace &, const Environment &, std::function<void(Result<SecureBytes>)> done) {
        QTimer::singleShot(0, [done, kind] {
            if (kind == QLatin1String("keychain"))
                done(Result<SecureBytes>(Error(QStringLiteral("no such entry"), QStringLiteral("keychain:hcloud-token"))));
            else
                done(SecureBytes(QByteArray("bad-token")));
        });
    });
    view.setEnvironment(ws, ws.environment(QStringLiteral("production")));
    WAIT_FOR_ESTIMATE(view);
    const Money before = view.result().environments.first().report.totalAfter;

    view.refreshPrices();
    QTRY_VERIFY_WITH_TIMEOUT(!view.isFetchingPrices(), 15000);
    QVERIFY(view.isPricesStatusError());
    QVERIFY2(view.pricesStatusText().contains(expected), qPrintable(view.pricesStatusText()));
    QVERIFY(!view.pricesStatusText().contains(QStringLiteral("bad-token")));
    auto *status = view.findChild<QLabel *>(QStringLiteral("pricesStatusLabel"));
    QVERIFY(status && status->isVisibleTo(&view) && status->text() == view.pricesStatusText());
    // The estimate keeps the catalog's prices; nothing was cached; the button works again.
    QVERIFY(!view.isLoading());
    QCOMPARE(view.result().environments.first().report.totalAfter, before);
    QVERIFY(!view.result().livePricesAt.isValid());
    QVERIFY(!QFileInfo::exists(QDir(view.livePricesDir()).filePath(HetznerPricing::cacheFileName())));
    QVERIFY(view.findChild<QPushButton *>(QStringLiteral("refreshPricesButton"))->isEnabled());
    if (kind == QLatin1String("429"))
        QCOMPARE(server.received.size(), 1); // retries off here; the time to try again is in the message
}

// The real keychain of the test services (private Secret Service on a private D-Bus), when it is running.
void TestCostsView::livePricesFromKeychain()
{
    QString bus;
    REQUIRE_SERVICE_ENV("DBUS_SESSION_BUS_ADDRESS", bus);
    if (!TestSupport::servicesRequired())
        QSKIP("writes only into the private test keyring started by ./scripts/test");
    TestSupport::LocalHttpServer server;
    serveHetzner(server);
    const QString wsName = QStringLiteral("keychain-live-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    const Workspace ws = loadWorkspace(writeLiveWorkspace(wsName, true));
    QVERIFY(ws.isValid());
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    CredentialStore store(nullptr, &settings);
    CredentialStore::Key key;
    key.workspace = CredentialStore::workspaceId(wsName);
    key.name = QStringLiteral("hcloud-token"); // workspace-wide entry: the view falls back to it
    std::optional<Errors> stored;
    store.store(key, SecureBytes(QByteArray("keychain-token-42")), [&stored](Errors e) { stored = std::move(e); });
    QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), 15000);
    QVERIFY2(stored->isEmpty(), qPrintable(stored->isEmpty() ? QString() : stored->first().toString()));

    CostsView view;
    view.setHistoryPath(dir.filePath(QStringLiteral("history.json")));
    view.setPricingOptions(fastOptions(server.url()));
    view.setCredentialStore(&store);
    view.setEnvironment(ws, ws.environment(QStringLiteral("production")));
    WAIT_FOR_ESTIMATE(view);
    QSignalSpy refreshed(&view, &CostsView::pricesRefreshed);
    view.refreshPrices();
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, 20000);
    QVERIFY2(refreshed.first().first().toBool(), qPrintable(view.pricesStatusText()));
    QCOMPARE(server.received.first().header("Authorization"), QByteArray("Bearer keychain-token-42"));
    WAIT_FOR_ESTIMATE(view);
    QCOMPARE(view.result().environments.first().report.totalAfter.toString(), QStringLiteral("15.38"));

    std::optional<Errors> removed;
    store.remove(key, [&removed](Errors e) { removed = std::move(e); });
    QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 15000);
}

// Workspace `usage:` file: read by the estimate; usage-based prices name it, the others their default assumption.
void TestCostsView::usageFileInWorkspace()
{
    const QString usage = TestSupport::testData(QStringLiteral("cost/usage.yaml"));
    QVERIFY(QFileInfo::exists(usage));
    const QString demoDir = TestSupport::resourcesDir() + QStringLiteral("/demo/");
    const QString allTypes = TestSupport::testData(QStringLiteral("cost/all-types.tfstate"));
    auto write = [&](const QString &name, const QString &usageLine) {
        const QString path = m_dir.filePath(name + QStringLiteral(".yaml"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return QString();
        f.write(QStringLiteral("name: %1\n%2environments:\n  - name: all\n    state: %3\n").arg(name, usageLine, allTypes).toUtf8());
        return path;
    };
    Errors problems;
    const Workspace with = Workspace::load(write(QStringLiteral("usage-on"), QStringLiteral("usage: %1\n").arg(usage)), problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.isEmpty() ? QString() : problems.first().toString()));
    QCOMPARE(with.usagePath(), usage);
    const Workspace without = Workspace::load(write(QStringLiteral("usage-off"), QString()), problems);
    QVERIFY(without.usagePath().isEmpty());

    CostsView view;
    view.setHistoryPath(m_dir.filePath(QStringLiteral("usage-history.json")));
    view.setEnvironment(with, with.environment(QStringLiteral("all")));
    WAIT_FOR_ESTIMATE(view);
    QCOMPARE(view.result().usageFile, usage);
    auto *resourceView = view.findChild<QTableView *>(QStringLiteral("resourceTableView"));
    QVERIFY2(sourceOf(resourceView, QStringLiteral("google_cloud_run_v2_service.api")).contains(QStringLiteral("usage from usage.yaml")),
             qPrintable(sourceOf(resourceView, QStringLiteral("google_cloud_run_v2_service.api"))));
    QVERIFY(sourceOf(resourceView, QStringLiteral("hcloud_snapshot.s")).contains(QStringLiteral("default assumption: size_gb = 20")));
    QVERIFY(sourceOf(resourceView, QStringLiteral("openstack_compute_instance_v2.b38")).startsWith(QStringLiteral("unverified: ")));
    const Money withUsage = view.result().environments.first().report.totalAfter;

    view.setEnvironment(without, without.environment(QStringLiteral("all")));
    WAIT_FOR_ESTIMATE(view);
    QVERIFY(view.result().usageFile.isEmpty());
    QVERIFY(sourceOf(resourceView, QStringLiteral("google_cloud_run_v2_service.api")).contains(QStringLiteral("default assumption: active_hours_per_month = 73")));
    QVERIFY(view.result().environments.first().report.totalAfter != withUsage);

    // A usage file that cannot be read is reported, and the defaults apply.
    const Workspace broken = Workspace::load(write(QStringLiteral("usage-broken"), QStringLiteral("usage: /nonexistent/usage.yaml\n")), problems);
    view.setEnvironment(broken, broken.environment(QStringLiteral("all")));
    WAIT_FOR_ESTIMATE(view);
    QVERIFY(std::any_of(view.result().problems.cbegin(), view.result().problems.cend(),
                        [](const Error &e) { return e.source.contains(QStringLiteral("/nonexistent/usage.yaml")); }));
    auto *messages = view.findChild<QLabel *>(QStringLiteral("messageLabel"));
    QVERIFY(messages->text().contains(QStringLiteral("/nonexistent/usage.yaml")));
}

QTEST_MAIN(TestCostsView)
#include "TestCostsView.moc"
