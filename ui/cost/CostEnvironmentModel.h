// One row per environment: plan delta (before → after), budget and its finding, unpriced count; the selected
// environment is highlighted.
#pragma once

#include "EnvironmentCost.h"

#include <QAbstractTableModel>

namespace Infradeck {

class CostEnvironmentModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { EnvironmentColumn, KindColumn, BeforeColumn, AfterColumn, DeltaColumn, BudgetColumn, StatusColumn,
                  UnpricedColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, OverBudgetRole, NameRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setEnvironments(const QList<EnvironmentCost> &environments);
    void setHighlighted(const QString &name);
    const QList<EnvironmentCost> &environments() const { return m_environments; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<EnvironmentCost> m_environments;
    QString m_highlighted;
};

} // namespace Infradeck
