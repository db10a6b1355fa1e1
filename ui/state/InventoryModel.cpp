#include "InventoryModel.h"

#include <QFont>
#include <QMap>

namespace Infradeck {

namespace {
// Group rows have internalId 0; resource rows carry their group + 1.
constexpr quintptr GroupId = 0;
} // namespace

InventoryModel::InventoryModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

QString InventoryModel::shortProvider(const QString &provider)
{
    static const QString registry = QStringLiteral("registry.terraform.io/");
    static const QString opentofu = QStringLiteral("registry.opentofu.org/");
    if (provider.startsWith(registry))
        return provider.mid(registry.size());
    if (provider.startsWith(opentofu))
        return provider.mid(opentofu.size());
    return provider;
}

void InventoryModel::setInventory(std::shared_ptr<const Inventory> inventory)
{
    beginResetModel();
    m_inventory = std::move(inventory);
    rebuild();
    endResetModel();
}

void InventoryModel::setGrouping(Grouping grouping)
{
    if (grouping == m_grouping)
        return;
    beginResetModel();
    m_grouping = grouping;
    rebuild();
    endResetModel();
}

void InventoryModel::setFilter(const QString &text, const QString &type)
{
    if (text == m_filterText && type == m_filterType)
        return;
    beginResetModel();
    m_filterText = text;
    m_filterType = type;
    rebuild();
    endResetModel();
}

bool InventoryModel::matches(const InventoryResource &r) const
{
    if (!m_filterType.isEmpty() && r.type() != m_filterType)
        return false;
    if (m_filterText.isEmpty())
        return true;
    return r.addressText.contains(m_filterText, Qt::CaseInsensitive)
           || r.provider.contains(m_filterText, Qt::CaseInsensitive)
           || r.displayText(QStringLiteral("id")).contains(m_filterText, Qt::CaseInsensitive);
}

void InventoryModel::rebuild()
{
    m_groups.clear();
    if (!m_inventory)
        return;
    QMap<QString, Group> byKey; // sorted: root module ("") first
    const QList<InventoryResource> &resources = m_inventory->resources;
    for (int i = 0; i < resources.size(); ++i) {
        const InventoryResource &r = resources.at(i);
        if (!matches(r))
            continue;
        QString key;
        QString title;
        switch (m_grouping) {
        case Grouping::Module:
            key = r.address.moduleGroupKey();
            title = key.isEmpty() ? tr("Root module") : key;
            break;
        case Grouping::Type:
            key = title = r.type();
            break;
        case Grouping::Provider:
            key = r.provider;
            title = key.isEmpty() ? tr("(no provider)") : shortProvider(key);
            break;
        }
        Group &g = byKey[key];
        g.title = title;
        g.rows.append(i);
    }
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it)
        m_groups.append(it.value());
}

int InventoryModel::visibleResourceCount() const
{
    int n = 0;
    for (const Group &g : m_groups)
        n += int(g.rows.size());
    return n;
}

const InventoryResource *InventoryModel::resourceAt(const QModelIndex &index) const
{
    if (!m_inventory || !index.isValid() || index.internalId() == GroupId)
        return nullptr;
    const Group &g = m_groups.at(int(index.internalId() - 1));
    return &m_inventory->resources.at(g.rows.at(index.row()));
}

QModelIndex InventoryModel::indexOfAddress(const QString &address) const
{
    if (!m_inventory)
        return {};
    const int target = m_inventory->indexOf(address);
    if (target < 0)
        return {};
    for (int gi = 0; gi < m_groups.size(); ++gi) {
        const int row = int(m_groups.at(gi).rows.indexOf(target));
        if (row >= 0)
            return createIndex(row, 0, quintptr(gi + 1));
    }
    return {};
}

QModelIndex InventoryModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, GroupId) : QModelIndex();
    if (parent.internalId() != GroupId || parent.column() != 0 || parent.row() >= m_groups.size())
        return {};
    if (row >= m_groups.at(parent.row()).rows.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex InventoryModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == GroupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, GroupId);
}

int InventoryModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() == GroupId && parent.column() == 0)
        return int(m_groups.at(parent.row()).rows.size());
    return 0;
}

int InventoryModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant InventoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == GroupId) {
        const Group &g = m_groups.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == AddressColumn)
                return tr("%1 (%n)", nullptr, int(g.rows.size())).arg(g.title);
            return {};
        case Qt::FontRole: {
            QFont f;
            f.setBold(true);
            return f;
        }
        case IsGroupRole: return true;
        case ResourceIndexRole: return -1;
        default: return {};
        }
    }
    const Group &g = m_groups.at(int(index.internalId() - 1));
    const int ri = g.rows.at(index.row());
    const InventoryResource &r = m_inventory->resources.at(ri);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case AddressColumn:
            if (!r.deposed.isEmpty())
                return tr("%1 (deposed %2)").arg(r.addressText, r.deposed);
            if (r.tainted)
                return tr("%1 (tainted)").arg(r.addressText);
            return r.addressText;
        case TypeColumn: return r.type();
        case ProviderColumn: return shortProvider(r.provider);
        case IdColumn: return r.displayText(QStringLiteral("id"));
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == ProviderColumn)
            return r.providerConfig;
        return {};
    case AddressRole: return r.addressText;
    case IsGroupRole: return false;
    case ResourceIndexRole: return ri;
    default: return {};
    }
}

QVariant InventoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AddressColumn: return tr("Address");
    case TypeColumn: return tr("Type");
    case ProviderColumn: return tr("Provider");
    case IdColumn: return tr("ID");
    default: return {};
    }
}

} // namespace Infradeck
