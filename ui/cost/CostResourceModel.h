// One row per priced resource of every environment: environment, address, type, provider, monthly (after the
// plan), plan delta and the price's source. Virtual: large workspaces stay fast.
#pragma once

#include "EnvironmentCost.h"

#include <QAbstractTableModel>

namespace Infradeck {

class CostResourceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { EnvironmentColumn, AddressColumn, TypeColumn, ProviderColumn, MonthlyColumn, DeltaColumn,
                  SourceColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, EnvironmentRole, ExactValueRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setEnvironments(const QList<EnvironmentCost> &environments);
    void setHighlighted(const QString &environment);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString environment;
        QString currency;
        ResourceCost cost;
    };
    QList<Row> m_rows;
    QString m_highlighted;
};

} // namespace Infradeck
