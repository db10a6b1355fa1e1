// A state inventory as a two-level tree: groups (module, type or provider), then resource instances. Rows are
// virtual: the model keeps indexes into the shared inventory, never a copy per row.
#pragma once

#include "terraform/Inventory.h"

#include <QAbstractItemModel>

#include <memory>

namespace Infradeck {

class InventoryModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { AddressColumn, TypeColumn, ProviderColumn, IdColumn, ColumnCount };
    enum class Grouping { Module, Type, Provider };
    enum Role {
        AddressRole = Qt::UserRole + 1,
        IsGroupRole,
        ResourceIndexRole // index in inventory->resources; -1 for groups
    };

    explicit InventoryModel(QObject *parent = nullptr);

    void setInventory(std::shared_ptr<const Inventory> inventory);
    std::shared_ptr<const Inventory> inventory() const { return m_inventory; }
    void setGrouping(Grouping grouping);
    Grouping grouping() const { return m_grouping; }
    // Case-insensitive substring of address, type, provider or (redacted) id; empty type = all types.
    void setFilter(const QString &text, const QString &type);

    int visibleResourceCount() const;
    const InventoryResource *resourceAt(const QModelIndex &index) const;
    QModelIndex indexOfAddress(const QString &address) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "registry.terraform.io/hetznercloud/hcloud" -> "hetznercloud/hcloud" (the registry host is noise).
    static QString shortProvider(const QString &provider);

private:
    struct Group
    {
        QString title;
        QList<int> rows; // indexes into inventory->resources
    };
    void rebuild();
    bool matches(const InventoryResource &r) const;

    std::shared_ptr<const Inventory> m_inventory;
    Grouping m_grouping = Grouping::Module;
    QString m_filterText;
    QString m_filterType;
    QList<Group> m_groups;
};

} // namespace Infradeck
