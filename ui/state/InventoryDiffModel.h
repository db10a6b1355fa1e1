// One or more InventoryDiffs as a tree: module · type groups, then differing resources (only in A, only in B,
// changed), then their differing attributes; outputs in a group of their own. Texts are already redacted by
// InventoryDiff; the model adds none of its own values.
#pragma once

#include "terraform/InventoryDiff.h"

#include <QAbstractItemModel>

namespace Infradeck {

class InventoryDiffModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { ItemColumn, ChangeColumn, AColumn, BColumn, ColumnCount };
    enum Role {
        AddressRole = Qt::UserRole + 1, // resource address on resource and attribute rows
        PathRole,                       // attribute path on attribute rows
        NodeKindRole                    // "section", "group", "resource", "attribute", "output"
    };
    struct Section
    {
        QString title; // empty: the diff's rows sit at the top level
        InventoryDiff diff;
    };

    explicit InventoryDiffModel(QObject *parent = nullptr);

    // One section: groups at the top level. Several: one top-level row per section.
    void setSections(const QList<Section> &sections);
    void clear();
    // The attribute row address/path, or the resource row when path is empty.
    QModelIndex find(const QString &address, const QString &path = {}) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString kindText(InventoryDiff::Kind kind);

private:
    enum class NodeKind { Root, Section, Group, Resource, Attribute, Output };
    struct Node
    {
        NodeKind kind = NodeKind::Root;
        int parent = -1;
        int row = 0;
        QList<int> children;
        QString text[ColumnCount];
        QString address;
        QString path;
        InventoryDiff::Kind diffKind = InventoryDiff::Kind::Changed;
        bool sensitive = false;
    };
    int addNode(int parent, Node node);
    void addDiff(int parent, const InventoryDiff &diff);
    int nodeOf(const QModelIndex &index) const { return index.isValid() ? int(index.internalId()) : 0; }

    QList<Node> m_nodes; // m_nodes[0] is the invisible root
    QString m_labelA;
    QString m_labelB;
};

} // namespace Infradeck
