#include "StateValueModel.h"

#include "common/Redaction.h"

#include <QColor>
#include <QJsonArray>
#include <QJsonObject>

namespace Infradeck {

namespace {
// True when any part of the mask marks something sensitive.
bool maskHasSensitive(const QJsonValue &mask)
{
    if (Redaction::isMasked(mask))
        return true;
    if (mask.isObject()) {
        const QJsonObject o = mask.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            if (maskHasSensitive(it.value()))
                return true;
    } else if (mask.isArray()) {
        for (const QJsonValue &v : mask.toArray())
            if (maskHasSensitive(v))
                return true;
    }
    return false;
}
} // namespace

StateValueModel::StateValueModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

StateValueModel::Row StateValueModel::makeRow(const QString &name, const QJsonValue &value, const QJsonValue &mask)
{
    Row row;
    row.name = name;
    row.value = value;
    row.mask = mask;
    row.masked = Redaction::maskedText(value, mask, true, name);
    row.revealed = Redaction::maskedText(value, mask, false, name);
    row.schemaSensitive = maskHasSensitive(mask);
    return row;
}

void StateValueModel::setResource(const InventoryResource *resource)
{
    beginResetModel();
    m_rows.clear();
    if (resource) {
        const QJsonObject &attributes = resource->attributes;
        for (auto it = attributes.begin(); it != attributes.end(); ++it)
            m_rows.append(makeRow(it.key(), it.value(), resource->attributeMask(it.key())));
    }
    endResetModel();
}

void StateValueModel::setOutputs(const QList<InventoryOutput> &outputs)
{
    beginResetModel();
    m_rows.clear();
    for (const InventoryOutput &o : outputs)
        m_rows.append(makeRow(o.name, o.value, QJsonValue(o.sensitive)));
    endResetModel();
}

void StateValueModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

bool StateValueModel::isRevealable(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return false;
    const Row &r = m_rows.at(row);
    return r.masked != r.revealed;
}

bool StateValueModel::isRevealed(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).showRevealed;
}

void StateValueModel::setRevealed(int row, bool revealed)
{
    if (!isRevealable(row) || m_rows.at(row).showRevealed == revealed)
        return;
    m_rows[row].showRevealed = revealed;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int StateValueModel::rowOf(const QString &name) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).name == name)
            return i;
    return -1;
}

int StateValueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StateValueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StateValueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    const bool revealable = r.masked != r.revealed;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return r.name;
        case ValueColumn: return r.showRevealed ? r.revealed : r.masked;
        case NoteColumn:
            if (r.showRevealed)
                return tr("revealed");
            if (revealable)
                return Redaction::possiblySensitiveNote();
            if (r.schemaSensitive)
                return tr("sensitive");
            return {};
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == ValueColumn && !r.showRevealed && revealable)
            return tr("Masked because the name or value looks secret; use Reveal to show it.");
        if (index.column() == ValueColumn && r.schemaSensitive)
            return tr("Marked sensitive by the provider schema or configuration; never shown.");
        return {};
    case Qt::ForegroundRole:
        if (index.column() == NoteColumn && (revealable || r.schemaSensitive))
            return QColor(0xb0, 0x6a, 0x00);
        return {};
    case RevealableRole: return revealable;
    case SchemaSensitiveRole: return r.schemaSensitive;
    default: return {};
    }
}

QVariant StateValueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case ValueColumn: return tr("Value");
    case NoteColumn: return tr("Note");
    default: return {};
    }
}

} // namespace Infradeck
