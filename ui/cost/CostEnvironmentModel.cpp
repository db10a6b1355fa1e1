#include "CostEnvironmentModel.h"

#include "CostSummary.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace Infradeck {

void CostEnvironmentModel::setEnvironments(const QList<EnvironmentCost> &environments)
{
    beginResetModel();
    m_environments = environments;
    endResetModel();
}

void CostEnvironmentModel::setHighlighted(const QString &name)
{
    if (name == m_highlighted)
        return;
    m_highlighted = name;
    if (!m_environments.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::FontRole, Qt::BackgroundRole});
}

int CostEnvironmentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_environments.size());
}

int CostEnvironmentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CostEnvironmentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EnvironmentCost &e = m_environments.at(index.row());
    const QString currency = e.report.currency;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case EnvironmentColumn: return e.name;
        case KindColumn: return e.kind;
        case BeforeColumn: return e.isPlan() ? e.report.totalBefore.toDisplayString() : QString();
        case AfterColumn: return e.hasReport ? e.report.totalAfter.toDisplayString() : tr("—");
        case DeltaColumn: return e.isPlan() ? CostSummary::deltaText(e.report.delta()) : QString();
        case BudgetColumn: return e.budget ? e.budget->amount().toDisplayString() : QString();
        case StatusColumn:
            if (!e.problems.isEmpty())
                return tr("Problem: %1").arg(e.problems.first());
            if (e.budgetFinding)
                return e.budgetFinding->reason;
            if (e.budget && e.hasReport)
                return tr("Within budget (%1 left)").arg((e.budget->amount() - e.report.totalAfter).toDisplayString());
            return e.hasReport ? tr("No budget") : QString();
        case UnpricedColumn: return e.hasReport ? QString::number(e.report.unpriced.size()) : QString();
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && !e.problems.isEmpty())
            return e.problems.join(QLatin1Char('\n'));
        if (index.column() == EnvironmentColumn && e.hasReport)
            return e.isPlan() ? tr("Plan: %1").arg(CostSummary::planDeltaText(e.report))
                              : tr("State: %1").arg(CostSummary::planDeltaText(e.report));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() >= BeforeColumn && index.column() <= BudgetColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (index.column() == UnpricedColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn && (e.budgetFinding || !e.problems.isEmpty()))
            return QBrush(QColor(0xd0, 0x3b, 0x3b));
        if (index.column() == StatusColumn && e.budget && e.hasReport)
            return QBrush(QColor(0x2e, 0x8b, 0x57));
        if (index.column() == DeltaColumn && e.isPlan() && !e.report.delta().rounded().isZero())
            return QBrush(e.report.delta().isNegative() ? QColor(0x2e, 0x8b, 0x57) : QColor(0xc0, 0x6a, 0x00));
        break;
    case Qt::FontRole:
        if (e.name == m_highlighted) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case Qt::BackgroundRole:
        if (e.name == m_highlighted)
            return QBrush(QColor(0x3d, 0x7e, 0xdb, 40));
        break;
    case SortRole:
        switch (index.column()) {
        case BeforeColumn: return e.report.totalBefore.micros();
        case AfterColumn: return e.monthly().micros();
        case DeltaColumn: return e.isPlan() ? e.report.delta().micros() : 0;
        case BudgetColumn: return e.budget ? e.budget->amount().micros() : -1;
        case UnpricedColumn: return int(e.report.unpriced.size());
        default: return data(index, Qt::DisplayRole);
        }
    case OverBudgetRole:
        return e.budgetFinding.has_value();
    case NameRole:
        return e.name;
    }
    return {};
}

QVariant CostEnvironmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case EnvironmentColumn: return tr("Environment");
    case KindColumn: return tr("Kind");
    case BeforeColumn: return tr("Before");
    case AfterColumn: return tr("Monthly");
    case DeltaColumn: return tr("Plan delta");
    case BudgetColumn: return tr("Budget");
    case StatusColumn: return tr("Budget check");
    case UnpricedColumn: return tr("Unpriced");
    }
    return {};
}

} // namespace Infradeck
