// The Hosts view's host list: one row per host (name, address, reachability, last check results as badges, and
// where the host came from).
// A flat virtual table model; the view owns the sessions and pushes state changes in by row.
#pragma once

#include "hosts/HostCheck.h"
#include "hosts/HostDirectory.h"
#include "hosts/SshTarget.h"

#include <QAbstractTableModel>
#include <QList>

namespace Infradeck {

class HostListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, AddressColumn, ReachabilityColumn, ChecksColumn, SourceColumn, ColumnCount };
    enum class Reachability { Unknown, Connecting, Reachable, Unreachable };
    enum Roles { ReachabilityRole = Qt::UserRole + 1, WorstStatusRole, CheckCountRole };

    struct Row
    {
        SshTarget target;
        HostEntry::Origin origin = HostEntry::Origin::Workspace;
        QString detail; // groups / resource address
        Reachability reachability = Reachability::Unknown;
        QString reachabilityDetail; // the error when unreachable
        QList<CheckResult> checks;  // the last completed run (empty: never checked)
        bool checking = false;
    };

    explicit HostListModel(QObject *parent = nullptr);

    void setRows(QList<Row> rows);
    void appendRows(const QList<Row> &rows); // keeps the existing rows (and the views' selection)
    const Row &row(int row) const { return m_rows.at(row); }
    int size() const { return int(m_rows.size()); }

    void setReachability(int row, Reachability reachability, const QString &detail = {});
    void setChecking(int row, bool checking);
    void setChecks(int row, const QList<CheckResult> &checks);

    // "✔ 6  ⚠ 1  ✖ 1  – 0" style counts for a check list; empty when there are no results.
    static QString badgeText(const QList<CheckResult> &checks);
    static QString reachabilityName(Reachability reachability);
    // Where a host came from, for people: "workspace", "Ansible inventory (web, production)", "state (hcloud_server.web)".
    static QString sourceText(HostEntry::Origin origin, const QString &detail);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rowChanged(int row);

    QList<Row> m_rows;
};

} // namespace Infradeck
