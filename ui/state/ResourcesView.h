// The Resources view: one environment's state inventory — grouped tree, filter by text and type, header with
// Terraform version, serial and lineage, detail pane with redacted attributes and outputs. Read on the pool.
#pragma once

#include "main/FeatureView.h"

#include "common/Error.h"
#include "terraform/Inventory.h"

#include <QFuture>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;
class QTreeView;

namespace Infradeck {

class InventoryModel;
class StateValueModel;

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

    QString m_path;
    bool m_loading = false;
    std::shared_ptr<const Inventory> m_inventory;
    Error m_error;
    bool m_hasError = false;
    QFuture<void> m_task;

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
