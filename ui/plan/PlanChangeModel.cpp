#include "PlanChangeModel.h"

#include "cost/CostSummary.h"
#include "main/Theme.h"
#include "terraform/Address.h"

#include <QColor>
#include <QFont>
#include <QMap>

namespace Infradeck {

namespace {
// Group rows have internalId 0; change rows carry their group + 1.
constexpr quintptr GroupId = 0;
} // namespace

PlanChangeModel::PlanChangeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

QColor PlanChangeModel::actionColor(ResourceChange::Action action)
{
    // One place for the colours of the light and dark themes, readable on the current view background.
    return Theme::actionColor(action);
}

QString PlanChangeModel::actionSymbol(ResourceChange::Action action)
{
    switch (action) {
    case ResourceChange::Action::Create: return QStringLiteral("+");
    case ResourceChange::Action::Update: return QStringLiteral("~");
    case ResourceChange::Action::Delete: return QStringLiteral("−");
    case ResourceChange::Action::Replace: return QStringLiteral("±");
    case ResourceChange::Action::Read: return QStringLiteral("<=");
    case ResourceChange::Action::NoOp: break;
    }
    return QStringLiteral("·");
}

void PlanChangeModel::setPlan(std::shared_ptr<const Plan> plan, QList<Finding> findings, QSet<QString> reviewed,
                              std::shared_ptr<const CostReport> cost)
{
    beginResetModel();
    m_plan = std::move(plan);
    m_groups.clear();
    m_findings.clear();
    m_reviewed = std::move(reviewed);
    m_costDelta.clear();
    if (cost) {
        for (const ResourceCost &r : cost->resources)
            if (!r.delta(cost->currency).isZero())
                m_costDelta.insert(r.address, CostSummary::resourceDeltaText(*cost, r.address));
        for (const ResourceCost &r : cost->unpriced)
            m_costDelta.insert(r.address, CostSummary::resourceDeltaText(*cost, r.address));
    }
    for (const Finding &f : findings)
        m_findings[f.address].append(f);
    if (m_plan) {
        QMap<QString, Group> byModule; // sorted, root ("") first
        for (int i = 0; i < m_plan->changes.size(); ++i) {
            const QString module = m_plan->changes.at(i).moduleAddress;
            Group &g = byModule[module];
            g.title = module.isEmpty() ? tr("Root module") : module;
            g.rows.append(i);
        }
        for (auto it = byModule.cbegin(); it != byModule.cend(); ++it)
            m_groups.append(it.value());
        if (!m_plan->drift.isEmpty()) {
            Group drift{tr("Drift (changed outside Terraform)"), true, {}};
            for (int i = 0; i < m_plan->drift.size(); ++i)
                drift.rows.append(i);
            m_groups.append(drift);
        }
    }
    endResetModel();
}

const ResourceChange &PlanChangeModel::change(const Group &group, int row) const
{
    const int i = group.rows.at(row);
    return group.drift ? m_plan->drift.at(i) : m_plan->changes.at(i);
}

bool PlanChangeModel::isReviewable(const Group &group, const ResourceChange &c) const
{
    return !group.drift && c.action != ResourceChange::Action::NoOp;
}

const ResourceChange *PlanChangeModel::changeAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == GroupId)
        return nullptr;
    const Group &g = m_groups.at(int(index.internalId() - 1));
    return &change(g, index.row());
}

QModelIndex PlanChangeModel::indexOfAddress(const QString &address) const
{
    for (int gi = 0; gi < m_groups.size(); ++gi) {
        const Group &g = m_groups.at(gi);
        if (g.drift)
            continue;
        for (int r = 0; r < g.rows.size(); ++r)
            if (change(g, r).address == address)
                return createIndex(r, 0, quintptr(gi + 1));
    }
    return {};
}

QList<Finding> PlanChangeModel::findingsFor(const QString &address) const
{
    return m_findings.value(address);
}

int PlanChangeModel::reviewableCount() const
{
    int n = 0;
    for (const Group &g : m_groups)
        for (int r = 0; r < g.rows.size(); ++r)
            n += isReviewable(g, change(g, r)) ? 1 : 0;
    return n;
}

int PlanChangeModel::reviewedCount() const
{
    int n = 0;
    for (const Group &g : m_groups)
        for (int r = 0; r < g.rows.size(); ++r)
            n += isReviewable(g, change(g, r)) && m_reviewed.contains(change(g, r).address) ? 1 : 0;
    return n;
}

void PlanChangeModel::setReviewed(const QString &address, bool reviewed)
{
    const QModelIndex idx = indexOfAddress(address);
    if (idx.isValid())
        setData(idx.siblingAtColumn(ReviewedColumn), reviewed ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
}

void PlanChangeModel::setAllReviewed(bool reviewed)
{
    for (const Group &g : std::as_const(m_groups))
        for (int r = 0; r < g.rows.size(); ++r) {
            const ResourceChange &c = change(g, r);
            if (!isReviewable(g, c))
                continue;
            if (reviewed)
                m_reviewed.insert(c.address);
            else
                m_reviewed.remove(c.address);
        }
    for (int gi = 0; gi < m_groups.size(); ++gi) {
        const QModelIndex parent = index(gi, 0);
        if (rowCount(parent) > 0)
            Q_EMIT dataChanged(index(0, ReviewedColumn, parent), index(rowCount(parent) - 1, ReviewedColumn, parent));
    }
    Q_EMIT reviewChanged();
}

QModelIndex PlanChangeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, GroupId) : QModelIndex();
    if (parent.internalId() != GroupId || parent.row() >= m_groups.size())
        return {};
    return row < m_groups.at(parent.row()).rows.size() ? createIndex(row, column, quintptr(parent.row() + 1)) : QModelIndex();
}

QModelIndex PlanChangeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == GroupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, GroupId);
}

int PlanChangeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() == GroupId && parent.column() == 0)
        return int(m_groups.at(parent.row()).rows.size());
    return 0;
}

int PlanChangeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant PlanChangeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == GroupId) {
        const Group &g = m_groups.at(index.row());
        if (role == IsGroupRole)
            return true;
        if (role == IsDriftRole)
            return g.drift;
        if (index.column() != AddressColumn)
            return {};
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return tr("%1 (%n change(s))", nullptr, int(g.rows.size())).arg(g.title);
        if (role == Qt::FontRole) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    }
    const Group &g = m_groups.at(int(index.internalId() - 1));
    const ResourceChange &c = change(g, index.row());
    switch (role) {
    case AddressRole: return c.address;
    case ActionRole: return int(c.action);
    case TypeRole: return c.type;
    case IsDriftRole: return g.drift;
    case IsGroupRole: return false;
    case ChangeIndexRole: return g.rows.at(index.row());
    default: break;
    }
    const QList<Finding> findings = m_findings.value(c.address);
    switch (index.column()) {
    case AddressColumn:
        if (role == Qt::DisplayRole)
            return c.previousAddress.isEmpty() ? c.address : tr("%1 (moved from %2)").arg(c.address, c.previousAddress);
        if (role == Qt::ToolTipRole)
            return c.address;
        break;
    case ActionColumn:
        if (role == Qt::DisplayRole) {
            QString text = actionSymbol(c.action) + QLatin1Char(' ') + ResourceChange::actionName(c.action);
            if (c.replaceOrder == ResourceChange::ReplaceOrder::CreateBeforeDestroy)
                text += tr(" (create first)");
            else if (c.replaceOrder == ResourceChange::ReplaceOrder::DestroyBeforeCreate)
                text += tr(" (destroy first)");
            if (c.importing)
                text += tr(", import");
            return text;
        }
        if (role == Qt::ForegroundRole)
            return actionColor(c.action);
        break;
    case ReasonColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return ResourceChange::actionReasonText(c.actionReason);
        break;
    case RiskColumn:
        if (findings.isEmpty())
            break;
        if (role == Qt::DisplayRole) {
            Finding::Severity worst = Finding::Severity::Low;
            for (const Finding &f : findings)
                worst = std::max(worst, f.severity);
            return tr("%1 (%2)").arg(Finding::severityName(worst)).arg(findings.size());
        }
        if (role == Qt::ToolTipRole) {
            QStringList reasons;
            for (const Finding &f : findings)
                reasons << f.reason;
            return reasons.join(QLatin1Char('\n'));
        }
        if (role == Qt::ForegroundRole) {
            Finding::Severity worst = Finding::Severity::Low;
            for (const Finding &f : findings)
                worst = std::max(worst, f.severity);
            return worst == Finding::Severity::High ? QColor(0xd0, 0x3b, 0x3b) : QColor(0xc7, 0x8a, 0x10);
        }
        break;
    case CostColumn:
        if (role == Qt::DisplayRole && !g.drift)
            return m_costDelta.value(c.address);
        break;
    case ReviewedColumn:
        if (role == Qt::CheckStateRole && isReviewable(g, c))
            return m_reviewed.contains(c.address) ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::AccessibleTextRole && isReviewable(g, c))
            return m_reviewed.contains(c.address) ? tr("reviewed") : tr("not reviewed");
        break;
    default:
        break;
    }
    return {};
}

bool PlanChangeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const ResourceChange *c = changeAt(index);
    if (!c || index.column() != ReviewedColumn || role != Qt::CheckStateRole)
        return false;
    const Group &g = m_groups.at(int(index.internalId() - 1));
    if (!isReviewable(g, *c))
        return false;
    if (value.toInt() == Qt::Checked)
        m_reviewed.insert(c->address);
    else
        m_reviewed.remove(c->address);
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT reviewChanged();
    return true;
}

Qt::ItemFlags PlanChangeModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractItemModel::flags(index);
    const ResourceChange *c = changeAt(index);
    if (c && index.column() == ReviewedColumn && isReviewable(m_groups.at(int(index.internalId() - 1)), *c))
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant PlanChangeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AddressColumn: return tr("Resource");
    case ActionColumn: return tr("Action");
    case ReasonColumn: return tr("Reason");
    case RiskColumn: return tr("Risk");
    case CostColumn: return tr("Cost/month");
    case ReviewedColumn: return tr("Reviewed");
    default: return {};
    }
}

} // namespace Infradeck
