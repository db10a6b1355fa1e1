// The Telemetry page: an environment's Prometheus charts (the built-in host dashboard and the workspace's own
// dashboards), a time-range picker, auto-refresh, firing alerts and the targets' health.
#pragma once

#include "main/FeatureView.h"
#include "telemetry/Dashboard.h"
#include "telemetry/PrometheusOptions.h"

#include <QDateTime>
#include <QList>
#include <QPointer>

class QComboBox;
class QDateTimeEdit;
class QGridLayout;
class QLabel;
class QNetworkAccessManager;
class QPushButton;
class QTimer;
class QTreeView;

namespace Infradeck {

class AlertsModel;
class CredentialStore;
class TargetsModel;
class PrometheusClient;
class PrometheusJob;
class TelemetryPanel;

class TelemetryView : public FeatureView
{
    Q_OBJECT
public:
    explicit TelemetryView(QWidget *parent = nullptr);
    ~TelemetryView() override;

    QString title() const override;
    void setEnvironment(const Workspace &workspace, const Environment *env) override;

    // For tests and the main window.
    void setRangeSeconds(qint64 seconds);                  // picks the matching preset
    void setCustomRange(const QDateTime &from, const QDateTime &to);
    void setAutoRefreshSeconds(int seconds);                // 0: off
    void selectDashboard(int index);
    void refresh();
    QList<TelemetryPanel *> panels() const { return m_panels; }
    QTreeView *alertsTree() const { return m_alerts; } // over a QSortFilterProxyModel of alertsModel()
    QTreeView *targetsTree() const { return m_targets; }
    AlertsModel *alertsModel() const { return m_alertsModel; }
    TargetsModel *targetsModel() const { return m_targetsModel; }
    QString alertsStatusText() const;  // "No alerts firing.", "2 firing, 1 pending.", "Cannot load the alerts: …"
    QString targetsStatusText() const; // "All 3 targets are up.", "Cannot load the targets: …"
    QString statusText() const;
    // Where the environment's `tokens: {prometheus: keychain:NAME}` entry is read from (default: a store of the
    // application's settings). Not owned.
    void setCredentialStore(CredentialStore *store);
    void setRequestTimeoutMs(int ms); // for the next setEnvironment(); default 10 s
    bool hasClient() const;           // false while the credentials are being read or without a Prometheus URL
    QStringList dashboardNames() const;
    qint64 scrapeIntervalSeconds() const { return m_scrapeInterval; }

Q_SIGNALS:
    void refreshed(); // every panel, the alerts and the targets have answered

private:
    void buildPanels();
    void startClient(const PrometheusOptions &options, const QString &problem);
    void onRangeChanged();
    void checkFinished();
    void showAlerts(PrometheusJob *job);
    void showTargets(PrometheusJob *job);
    void cancelSideJobs(); // the alerts and targets requests of the last refresh
    std::pair<QDateTime, QDateTime> currentRange() const;

    QNetworkAccessManager *m_network;
    PrometheusClient *m_client = nullptr;
    QList<Dashboard> m_dashboards;
    QMap<QString, QString> m_variables;
    QString m_environmentName;
    QComboBox *m_dashboardCombo;
    QComboBox *m_rangeCombo;
    QDateTimeEdit *m_fromEdit;
    QDateTimeEdit *m_toEdit;
    QComboBox *m_refreshCombo;
    QPushButton *m_refreshButton;
    QLabel *m_status;
    QWidget *m_grid;
    QGridLayout *m_gridLayout;
    AlertsModel *m_alertsModel;
    TargetsModel *m_targetsModel;
    QTreeView *m_alerts;
    QTreeView *m_targets;
    QLabel *m_alertsStatus;
    QLabel *m_targetsStatus;
    QTimer *m_autoRefresh;
    QList<TelemetryPanel *> m_panels;
    QPointer<PrometheusJob> m_alertsJob;
    QPointer<PrometheusJob> m_targetsJob;
    int m_pendingPanels = 0;
    static constexpr qint64 kDefaultScrapeInterval = 15; // until the targets tell the real one
    qint64 m_scrapeInterval = kDefaultScrapeInterval;
    CredentialStore *m_store = nullptr;
    quint64 m_environmentGeneration = 0;
    int m_timeoutMs = 10000;
};

} // namespace Infradeck
