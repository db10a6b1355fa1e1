#include "PlanFilterModel.h"

#include "PlanChangeModel.h"

namespace Infradeck {

PlanFilterModel::PlanFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true); // a module group shows when one of its changes matches
}

void PlanFilterModel::setActions(const QSet<ResourceChange::Action> &actions)
{
    m_actions = actions;
    invalidateFilter();
}

void PlanFilterModel::setType(const QString &type)
{
    m_type = type;
    invalidateFilter();
}

void PlanFilterModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void PlanFilterModel::setHideNoOp(bool hide)
{
    m_hideNoOp = hide;
    invalidateFilter();
}

void PlanFilterModel::setFilter(const QSet<ResourceChange::Action> &actions, const QString &type, const QString &text,
                                bool hideNoOp)
{
    const QString trimmed = text.trimmed();
    if (actions == m_actions && type == m_type && trimmed == m_text && hideNoOp == m_hideNoOp)
        return;
    m_actions = actions;
    m_type = type;
    m_text = trimmed;
    m_hideNoOp = hideNoOp;
    invalidateFilter();
}

bool PlanFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    if (idx.data(PlanChangeModel::IsGroupRole).toBool())
        return false; // shown through recursive filtering when a child matches
    const auto action = ResourceChange::Action(idx.data(PlanChangeModel::ActionRole).toInt());
    if (m_hideNoOp && action == ResourceChange::Action::NoOp)
        return false;
    if (!m_actions.isEmpty() && !m_actions.contains(action))
        return false;
    if (!m_type.isEmpty() && idx.data(PlanChangeModel::TypeRole).toString() != m_type)
        return false;
    if (!m_text.isEmpty() && !idx.data(PlanChangeModel::AddressRole).toString().contains(m_text, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace Infradeck
