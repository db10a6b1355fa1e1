#include "InventoryDiffModel.h"

#include "common/Redaction.h"

#include <QColor>
#include <QFileInfo>
#include <QFont>

namespace Infradeck {

InventoryDiffModel::InventoryDiffModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    m_nodes.append(Node{});
}

QString InventoryDiffModel::kindText(InventoryDiff::Kind kind)
{
    switch (kind) {
    case InventoryDiff::Kind::OnlyInA: return tr("only in A");
    case InventoryDiff::Kind::OnlyInB: return tr("only in B");
    case InventoryDiff::Kind::Changed: break;
    }
    return tr("differs");
}

void InventoryDiffModel::clear()
{
    setSections({});
}

int InventoryDiffModel::addNode(int parent, Node node)
{
    node.parent = parent;
    node.row = int(m_nodes[parent].children.size());
    const int id = int(m_nodes.size());
    m_nodes.append(std::move(node));
    m_nodes[parent].children.append(id);
    return id;
}

void InventoryDiffModel::addDiff(int parent, const InventoryDiff &diff)
{
    for (const InventoryDiff::Group &group : diff.groups()) {
        Node g;
        g.kind = NodeKind::Group;
        const QString module = group.module.isEmpty() ? tr("Root module") : group.module;
        g.text[ItemColumn] = tr("%1 · %2 (%n)", nullptr, int(group.entries.size())).arg(module, group.type);
        const int gi = addNode(parent, g);
        for (int ei : group.entries) {
            const InventoryDiff::Entry &e = diff.entries.at(ei);
            Node r;
            r.kind = NodeKind::Resource;
            r.address = e.address;
            r.diffKind = e.kind;
            r.text[ItemColumn] = e.address;
            r.text[ChangeColumn] = e.kind == InventoryDiff::Kind::Changed
                                       ? tr("%n attribute(s) differ", nullptr, int(e.changes.size()))
                                       : kindText(e.kind);
            if (e.kind == InventoryDiff::Kind::OnlyInA)
                r.text[AColumn] = tr("present");
            if (e.kind == InventoryDiff::Kind::OnlyInB)
                r.text[BColumn] = tr("present");
            const int ri = addNode(gi, r);
            for (const AttributeDiff::Entry &c : e.changes) {
                Node a;
                a.kind = NodeKind::Attribute;
                a.address = e.address;
                a.path = c.path;
                a.sensitive = c.sensitive || c.possiblySensitive;
                a.text[ItemColumn] = c.path;
                a.text[ChangeColumn] = AttributeDiff::kindName(c.kind);
                a.text[AColumn] = c.before;
                a.text[BColumn] = c.after;
                addNode(ri, a);
            }
        }
    }
    if (!diff.outputs.isEmpty()) {
        Node g;
        g.kind = NodeKind::Group;
        g.text[ItemColumn] = tr("Outputs (%n)", nullptr, int(diff.outputs.size()));
        const int gi = addNode(parent, g);
        for (const InventoryDiff::OutputEntry &o : diff.outputs) {
            Node n;
            n.kind = NodeKind::Output;
            n.diffKind = o.kind;
            n.sensitive = o.sensitive;
            n.text[ItemColumn] = o.name;
            n.text[ChangeColumn] = kindText(o.kind);
            // InventoryDiff masks sensitive outputs; mask again here so a change there cannot leak through.
            n.text[AColumn] = o.sensitive && !o.a.isEmpty() ? Redaction::mask() : o.a;
            n.text[BColumn] = o.sensitive && !o.b.isEmpty() ? Redaction::mask() : o.b;
            addNode(gi, n);
        }
    }
}

void InventoryDiffModel::setSections(const QList<Section> &sections)
{
    beginResetModel();
    m_nodes.clear();
    m_nodes.append(Node{});
    m_labelA.clear();
    m_labelB.clear();
    if (sections.size() == 1) {
        addDiff(0, sections.first().diff);
        m_labelA = sections.first().diff.labelA;
        m_labelB = sections.first().diff.labelB;
    } else {
        for (const Section &s : sections) {
            Node n;
            n.kind = NodeKind::Section;
            n.text[ItemColumn] = s.title;
            n.text[AColumn] = s.diff.labelA;
            n.text[BColumn] = s.diff.labelB;
            addDiff(addNode(0, n), s.diff);
        }
    }
    endResetModel();
}

QModelIndex InventoryDiffModel::find(const QString &address, const QString &path) const
{
    for (int i = 1; i < m_nodes.size(); ++i) {
        const Node &n = m_nodes.at(i);
        if (n.address != address)
            continue;
        if ((path.isEmpty() && n.kind == NodeKind::Resource) || (!path.isEmpty() && n.path == path))
            return createIndex(n.row, 0, quintptr(i));
    }
    return {};
}

QModelIndex InventoryDiffModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const int p = nodeOf(parent);
    if (p < 0 || p >= m_nodes.size() || row >= m_nodes.at(p).children.size())
        return {};
    return createIndex(row, column, quintptr(m_nodes.at(p).children.at(row)));
}

QModelIndex InventoryDiffModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int p = m_nodes.at(nodeOf(child)).parent;
    if (p <= 0)
        return {};
    return createIndex(m_nodes.at(p).row, 0, quintptr(p));
}

int InventoryDiffModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(m_nodes.at(nodeOf(parent)).children.size());
}

int InventoryDiffModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant InventoryDiffModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node &n = m_nodes.at(nodeOf(index));
    switch (role) {
    case Qt::DisplayRole: return n.text[index.column()];
    case Qt::ToolTipRole:
        if (n.sensitive && (index.column() == AColumn || index.column() == BColumn))
            return tr("Sensitive: the value is never shown.");
        return {};
    case Qt::FontRole:
        if (n.kind == NodeKind::Section || n.kind == NodeKind::Group) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == ChangeColumn && (n.kind == NodeKind::Resource || n.kind == NodeKind::Output)) {
            switch (n.diffKind) {
            case InventoryDiff::Kind::OnlyInA: return QColor(0xd0, 0x3b, 0x3b);
            case InventoryDiff::Kind::OnlyInB: return QColor(0x2e, 0x9d, 0x4a);
            case InventoryDiff::Kind::Changed: return QColor(0xc7, 0x8a, 0x10);
            }
        }
        return {};
    case AddressRole: return n.address;
    case PathRole: return n.path;
    case NodeKindRole:
        switch (n.kind) {
        case NodeKind::Root: return QString();
        case NodeKind::Section: return QStringLiteral("section");
        case NodeKind::Group: return QStringLiteral("group");
        case NodeKind::Resource: return QStringLiteral("resource");
        case NodeKind::Attribute: return QStringLiteral("attribute");
        case NodeKind::Output: return QStringLiteral("output");
        }
        return {};
    default: return {};
    }
}

QVariant InventoryDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    auto label = [role](const QString &letter, const QString &full) -> QVariant {
        if (role == Qt::ToolTipRole)
            return full;
        return full.isEmpty() ? letter : tr("%1: %2").arg(letter, QFileInfo(full).fileName());
    };
    switch (section) {
    case ItemColumn: return role == Qt::DisplayRole ? QVariant(tr("Resource / attribute")) : QVariant();
    case ChangeColumn: return role == Qt::DisplayRole ? QVariant(tr("Difference")) : QVariant();
    case AColumn: return label(QStringLiteral("A"), m_labelA);
    case BColumn: return label(QStringLiteral("B"), m_labelB);
    default: return {};
    }
}

} // namespace Infradeck
