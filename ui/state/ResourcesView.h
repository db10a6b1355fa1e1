// The Resources view: one environment's state inventory — grouped tree, filter by text and type, header with
// Terraform version, serial and lineage, detail pane with redacted attributes and outputs. Read on the pool; an
// environment with a state_backend is fetched from S3 (credentials read from the keychain) and kept in memory only.
#pragma once

#include "main/FeatureView.h"

#include "common/Error.h"
#include "terraform/AwsSigV4.h"
#include "terraform/Inventory.h"

#include <QFuture>
#include <QHash>
#include <QPointer>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;
class QTreeView;

namespace Infradeck {

class CredentialStore;
class InventoryModel;
class S3StateFetcher;
class StateValueModel;
struct StateBackend;

class ResourcesView : public FeatureView
{
    Q_OBJECT
public:
    explicit ResourcesView(QWidget *parent = nullptr);
    ~ResourcesView() override;

    QString title() const override;
    void setEnvironment(const Workspace &workspace, const Environment *env) override;

    // Reads a state file directly (also used by tests).
    void openState(const QString &path);
    // Fetches a remote state with the given credentials (setEnvironment reads them from the keychain; tests pass
    // them directly). The last copy of each remote state stays in memory and is revalidated with its ETag.
    void openRemoteState(const StateBackend &backend, const AwsSigV4::Credentials &credentials);
    // Where remote-state credentials are read from; default: a store of its own. Not owned.
    void setCredentialStore(CredentialStore *store);
    bool isLoading() const { return m_loading; }
    std::shared_ptr<const Inventory> inventory() const { return m_inventory; }
    QString errorText() const;
    QString selectedAddress() const;
    void selectAddress(const QString &address);

Q_SIGNALS:
    void showInDiagram(const QString &address);
    void stateLoaded(const QString &path);

private:
    void showInventory();
    void showSelection();
    void applyFilter();
    void updateRevealButton();
    void toggleReveal();
    void stopRemote();
    void showLoadFailure(const QString &path, const Error &error);

    struct RemoteCopy
    {
        std::shared_ptr<const Inventory> inventory;
        QByteArray etag;
    };

    QString m_path;
    bool m_loading = false;
    std::shared_ptr<const Inventory> m_inventory;
    Error m_error;
    bool m_hasError = false;
    QFuture<void> m_task;
    CredentialStore *m_store = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    QPointer<S3StateFetcher> m_fetcher;
    QHash<QString, RemoteCopy> m_remoteCopies; // by endpoint + s3:// URL; read-only, never written to disk

    QLabel *m_headerLabel;
    QLabel *m_messageLabel;
    QProgressBar *m_progress;
    QComboBox *m_groupingCombo;
    QComboBox *m_typeFilter;
    QLineEdit *m_searchEdit;
    QTreeView *m_resourceView;
    InventoryModel *m_model;
    QLabel *m_detailTitle;
    QLabel *m_detailInfo;
    QPushButton *m_diagramButton;
    QPushButton *m_revealButton;
    QTabWidget *m_detailTabs;
    QTableView *m_attributeView;
    StateValueModel *m_attributeModel;
    QTableView *m_outputView;
    StateValueModel *m_outputModel;
};

} // namespace Infradeck
