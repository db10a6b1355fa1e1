#include "HostListModel.h"

#include "hosts/HostCheckRun.h"

#include <QBrush>
#include <QColor>

namespace Infradeck {

namespace {
QColor statusColor(CheckResult::Status s)
{
    switch (s) {
    case CheckResult::Status::Ok: return QColor(0x2e, 0x7d, 0x32);
    case CheckResult::Status::Warning: return QColor(0xb2, 0x6a, 0x00);
    case CheckResult::Status::Failed: return QColor(0xc6, 0x28, 0x28);
    case CheckResult::Status::Unavailable: break;
    }
    return QColor(0x75, 0x75, 0x75);
}
} // namespace

HostListModel::HostListModel(QObject *parent) : QAbstractTableModel(parent) {}

void HostListModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void HostListModel::appendRows(const QList<Row> &rows)
{
    if (rows.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
    m_rows << rows;
    endInsertRows();
}

void HostListModel::rowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void HostListModel::setReachability(int row, Reachability reachability, const QString &detail)
{
    if (row < 0 || row >= m_rows.size())
        return;
    m_rows[row].reachability = reachability;
    m_rows[row].reachabilityDetail = detail;
    rowChanged(row);
}

void HostListModel::setChecking(int row, bool checking)
{
    if (row < 0 || row >= m_rows.size())
        return;
    m_rows[row].checking = checking;
    rowChanged(row);
}

void HostListModel::setChecks(int row, const QList<CheckResult> &checks)
{
    if (row < 0 || row >= m_rows.size())
        return;
    m_rows[row].checks = checks;
    m_rows[row].checking = false;
    rowChanged(row);
}

QString HostListModel::badgeText(const QList<CheckResult> &checks)
{
    if (checks.isEmpty())
        return {};
    int counts[4] = {0, 0, 0, 0};
    for (const CheckResult &c : checks)
        ++counts[int(c.status)];
    QStringList parts;
    parts << QStringLiteral("✔ %1").arg(counts[int(CheckResult::Status::Ok)]);
    if (counts[int(CheckResult::Status::Warning)])
        parts << QStringLiteral("⚠ %1").arg(counts[int(CheckResult::Status::Warning)]);
    if (counts[int(CheckResult::Status::Failed)])
        parts << QStringLiteral("✖ %1").arg(counts[int(CheckResult::Status::Failed)]);
    if (counts[int(CheckResult::Status::Unavailable)])
        parts << QStringLiteral("– %1").arg(counts[int(CheckResult::Status::Unavailable)]);
    return parts.join(QStringLiteral("  "));
}

QString HostListModel::reachabilityName(Reachability r)
{
    switch (r) {
    case Reachability::Unknown: return tr("not checked");
    case Reachability::Connecting: return tr("connecting…");
    case Reachability::Reachable: return tr("reachable");
    case Reachability::Unreachable: break;
    }
    return tr("unreachable");
}

QString HostListModel::sourceText(HostEntry::Origin origin, const QString &detail)
{
    switch (origin) {
    case HostEntry::Origin::Workspace: return tr("workspace");
    case HostEntry::Origin::Ansible:
        return detail.isEmpty() ? tr("Ansible inventory") : tr("Ansible inventory (%1)").arg(detail);
    case HostEntry::Origin::State: break;
    }
    return detail.isEmpty() ? tr("state") : tr("state (%1)").arg(detail);
}

int HostListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HostListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HostListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case ReachabilityRole: return int(r.reachability);
    case WorstStatusRole: return r.checks.isEmpty() ? QVariant() : QVariant(int(HostCheckRun::worst(r.checks)));
    case CheckCountRole: return int(r.checks.size());
    default: break;
    }
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole)
            return r.target.displayName();
        if (role == Qt::ToolTipRole)
            return sourceText(r.origin, r.detail);
        break;
    case SourceColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return sourceText(r.origin, r.detail);
        break;
    case AddressColumn:
        if (role == Qt::DisplayRole)
            return QStringLiteral("%1@%2:%3").arg(r.target.effectiveUser(), r.target.host).arg(r.target.port);
        break;
    case ReachabilityColumn:
        if (role == Qt::DisplayRole)
            return reachabilityName(r.reachability);
        if (role == Qt::ToolTipRole)
            return r.reachabilityDetail;
        if (role == Qt::ForegroundRole) {
            if (r.reachability == Reachability::Reachable)
                return QBrush(statusColor(CheckResult::Status::Ok));
            if (r.reachability == Reachability::Unreachable)
                return QBrush(statusColor(CheckResult::Status::Failed));
        }
        break;
    case ChecksColumn:
        if (role == Qt::DisplayRole)
            return r.checking ? tr("checking…") : badgeText(r.checks);
        if (role == Qt::ForegroundRole && !r.checks.isEmpty() && !r.checking)
            return QBrush(statusColor(HostCheckRun::worst(r.checks)));
        if (role == Qt::ToolTipRole && !r.checks.isEmpty()) {
            QStringList lines;
            for (const CheckResult &c : r.checks)
                lines << QStringLiteral("%1: %2 — %3").arg(c.title, CheckResult::statusName(c.status), c.summary);
            return lines.join(QLatin1Char('\n'));
        }
        break;
    default: break;
    }
    return {};
}

QVariant HostListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Host");
    case AddressColumn: return tr("Address");
    case ReachabilityColumn: return tr("Reachability");
    case ChecksColumn: return tr("Checks");
    case SourceColumn: return tr("Source");
    default: break;
    }
    return {};
}

} // namespace Infradeck
