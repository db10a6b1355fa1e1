// Prometheus scrape targets as a table model: job, instance, health, last error, last scrape. Sort through a
// QSortFilterProxyModel on SortRole (health: down first; last scrape as a date-time).
#pragma once

#include "telemetry/PromResponse.h"

#include <QAbstractTableModel>

namespace Infradeck {

class TargetsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { JobColumn, InstanceColumn, HealthColumn, LastErrorColumn, LastScrapeColumn, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit TargetsModel(QObject *parent = nullptr);

    void setTargets(const QList<PromTarget> &targets);
    void clear();
    const PromTarget &target(int row) const { return m_targets.at(row); }
    int downCount() const;
    // The shortest scrape interval among the targets in seconds, 0 when none is known ($__rate_interval).
    qint64 shortestScrapeIntervalSeconds() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<PromTarget> m_targets;
};

} // namespace Infradeck
