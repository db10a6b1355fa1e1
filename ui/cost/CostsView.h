// The Costs view: the whole workspace's monthly cost with the selected environment highlighted — total, stacked
// bars per environment by provider, a pie by resource type, per-environment plan delta and budget check, the PR
// environments against their cap, a filterable resource table (exported to CSV), unpriced resources and the
// history of monthly totals. "Refresh prices" fetches live Hetzner prices (token from the keychain, named by an
// environment's `tokens: {hcloud: keychain:NAME}`) without blocking; they are cached and override the catalog's
// Hetzner entries. The prices' date is shown, with a "stale" badge when older than the catalog's stale_after_days.
#pragma once

#include "main/FeatureView.h"

#include "EnvironmentCost.h"
#include "WorkspaceCosts.h"

#include "cost/HetznerPricing.h"
#include "workspace/Workspace.h"

#include "common/SecureBytes.h"

#include <QFuture>
#include <QPointer>

#include <functional>

class QLabel;
class QNetworkAccessManager;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTabWidget;

namespace Infradeck {

class CostEnvironmentModel;
class CredentialStore;
class CostResourceModel;
class LineChart;
class PieChart;
class StackedBarChart;

class CostsView : public FeatureView
{
    Q_OBJECT
public:
    // Asks where to save the CSV export; empty = canceled. Tests inject a path instead of a modal dialog.
    using SaveFileNameProvider = std::function<QString(QWidget *parent, const QString &suggested)>;
    // Reads the Hetzner token of an environment and calls `done` later (never inside the call). The default reads
    // the keychain entry named by the environment's tokens.hcloud (scoped to the environment, else the workspace).
    using TokenProvider = std::function<void(const Workspace &workspace, const Environment &env,
                                             std::function<void(Result<SecureBytes>)> done)>;

    struct PrCap
    {
        Money total;      // sum of the preview environments' monthly totals
        Money cap;        // sum of their budgets
        int environments = 0;
        int withoutBudget = 0;
        bool hasCap() const { return !cap.isZero(); }
        bool isOver() const { return hasCap() && total > cap; }
    };

    explicit CostsView(QWidget *parent = nullptr);
    ~CostsView() override;

    QString title() const override;
    void setEnvironment(const Workspace &workspace, const Environment *env) override;

    // Estimates the workspace again (also the Refresh button).
    void refresh();
    bool isLoading() const { return m_loading; }
    const WorkspaceCosts::Result &result() const { return m_result; }
    Money workspaceTotal() const;
    PrCap prCap() const;
    QString historyPath() const;

    void setSaveFileNameProvider(SaveFileNameProvider provider) { m_saveFileName = std::move(provider); }
    void setHistoryPath(const QString &path) { m_historyPathOverride = path; } // tests; empty = the cache dir
    // Writes the resource table as shown (filtered, sorted) to `path`; false with errorString() on failure.
    bool exportCsv(const QString &path);
    QString errorString() const { return m_errorString; }

    // Live prices. refreshPrices() is the "Refresh prices" button.
    void refreshPrices();
    bool isFetchingPrices() const { return !m_pricing.isNull() || m_readingToken; }
    QString pricesText() const;       // "Prices: Hetzner API, DATE …" / "Prices: catalog of DATE"
    QString pricesStatusText() const; // the last refresh's outcome (errors included); empty before any
    bool isPricesStatusError() const { return m_pricesError; }
    bool arePricesStale() const;
    QString livePricesDir() const;    // the cache of live prices, next to the history
    // Base URL, timeouts and retries of the live fetch (the token is always read when refreshing). Tests.
    void setPricingOptions(const HetznerPricing::Options &options) { m_pricingOptions = options; }
    void setCredentialStore(CredentialStore *store) { m_store = store; } // not owned; default: one of our own
    void setTokenProvider(TokenProvider provider) { m_tokenProvider = std::move(provider); }
    void setStaleAfterDays(int days) { m_staleAfterDays = days; } // -1: the catalog's stale_after_days

Q_SIGNALS:
    void estimated();
    void pricesRefreshed(bool ok);

private:
    void startEstimate();
    void showResult();
    void showHighlight();
    void updateHistory();
    void showHistory();
    void exportClicked();
    void readToken(const Environment &env, std::function<void(Result<SecureBytes>)> done);
    void startPricing(const QString &token);
    void pricingFinished();
    void showPricesStatus(const QString &text, bool error);
    void showPrices();

    Workspace m_workspace; // our copy
    QString m_selected;
    QString m_historyPathOverride;
    bool m_loading = false;
    quint64 m_generation = 0;
    QFuture<void> m_task;
    WorkspaceCosts::Result m_result;
    SaveFileNameProvider m_saveFileName;
    QString m_errorString;
    QNetworkAccessManager *m_network = nullptr;
    QPointer<HetznerPricing> m_pricing;
    HetznerPricing::Options m_pricingOptions;
    CredentialStore *m_store = nullptr;
    TokenProvider m_tokenProvider;
    bool m_readingToken = false;
    quint64 m_pricesGeneration = 0;
    int m_staleAfterDays = -1;
    QString m_pricesStatus;
    bool m_pricesError = false;

    QLabel *m_totalLabel;
    QLabel *m_selectedLabel;
    QLabel *m_prCapLabel;
    QLabel *m_messageLabel;
    QProgressBar *m_progress;
    QPushButton *m_refreshButton;
    QPushButton *m_pricesButton;
    QLabel *m_pricesLabel;
    QLabel *m_staleBadge;
    QLabel *m_pricesStatusLabel;
    StackedBarChart *m_barChart;
    PieChart *m_pieChart;
    LineChart *m_historyChart;
    QTabWidget *m_tabs;
    QTableView *m_environmentView;
    CostEnvironmentModel *m_environmentModel;
    QLineEdit *m_filterEdit;
    QPushButton *m_exportButton;
    QTableView *m_resourceView;
    CostResourceModel *m_resourceModel;
    QSortFilterProxyModel *m_resourceProxy;
    QListWidget *m_unpricedList;
};

} // namespace Infradeck
