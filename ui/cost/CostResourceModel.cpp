#include "CostResourceModel.h"

#include "CostSummary.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace Infradeck {

void CostResourceModel::setEnvironments(const QList<EnvironmentCost> &environments)
{
    beginResetModel();
    m_rows.clear();
    for (const EnvironmentCost &e : environments) {
        if (!e.hasReport)
            continue;
        for (const ResourceCost &r : e.report.resources)
            m_rows.append(Row{e.name, e.report.currency, r});
    }
    endResetModel();
}

void CostResourceModel::setHighlighted(const QString &environment)
{
    if (environment == m_highlighted)
        return;
    m_highlighted = environment;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::FontRole, Qt::BackgroundRole});
}

int CostResourceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CostResourceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CostResourceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const ResourceCost &r = row.cost;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case EnvironmentColumn: return row.environment;
        case AddressColumn: return r.address;
        case TypeColumn: return r.type;
        case ProviderColumn: return r.provider;
        case MonthlyColumn: return r.free ? tr("free") : r.monthlyAfter(row.currency).toDisplayString();
        case DeltaColumn:
            return r.action == ResourceChange::Action::NoOp ? QString() : CostSummary::deltaText(r.delta(row.currency));
        case SourceColumn: return r.priceSource;
        }
        break;
    case ExactValueRole: // for exports: plain decimals, no currency suffix
        switch (index.column()) {
        case MonthlyColumn: return r.monthlyAfter(row.currency).toDisplayString(2, false);
        case DeltaColumn: return r.delta(row.currency).toDisplayString(2, false);
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole: {
        QStringList lines;
        if (!r.detail.isEmpty())
            lines << r.detail;
        lines << r.assumptions;
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    case Qt::TextAlignmentRole:
        if (index.column() == MonthlyColumn || index.column() == DeltaColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::FontRole:
        if (row.environment == m_highlighted) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case Qt::BackgroundRole:
        if (row.environment == m_highlighted)
            return QBrush(QColor(0x3d, 0x7e, 0xdb, 40));
        break;
    case SortRole:
        switch (index.column()) {
        case MonthlyColumn: return r.monthlyAfter(row.currency).micros();
        case DeltaColumn: return r.delta(row.currency).micros();
        default: return data(index, Qt::DisplayRole);
        }
    case EnvironmentRole:
        return row.environment;
    }
    return {};
}

QVariant CostResourceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case EnvironmentColumn: return tr("Environment");
    case AddressColumn: return tr("Address");
    case TypeColumn: return tr("Type");
    case ProviderColumn: return tr("Provider");
    case MonthlyColumn: return tr("Monthly");
    case DeltaColumn: return tr("Plan delta");
    case SourceColumn: return tr("Price source");
    }
    return {};
}

} // namespace Infradeck
