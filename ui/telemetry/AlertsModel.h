// Prometheus alerts as a table model: severity, name, state, labels, active since. Sort through a
// QSortFilterProxyModel on SortRole (severity by rank, times as date-times); ToolTipRole carries the summary.
#pragma once

#include "telemetry/PromResponse.h"

#include <QAbstractTableModel>

namespace Infradeck {

class AlertsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, NameColumn, StateColumn, LabelsColumn, ActiveSinceColumn, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit AlertsModel(QObject *parent = nullptr);

    // Keeps firing and pending alerts (inactive ones too when includeInactive), firing first.
    void setAlerts(const QList<PromAlert> &alerts, bool includeInactive = false);
    void clear();
    const PromAlert &alert(int row) const { return m_alerts.at(row); }
    int firingCount() const;

    static int severityRank(const QString &severity); // critical 0, error 1, warning 2, info 3, other 4

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<PromAlert> m_alerts;
};

} // namespace Infradeck
