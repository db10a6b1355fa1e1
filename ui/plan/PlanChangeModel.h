// The changes of a plan as a two-level tree: module groups, then resource changes (drift in its own group).
#pragma once

#include "risk/Finding.h"
#include "terraform/Plan.h"
#include "cost/CostReport.h"

#include <QAbstractItemModel>
#include <QSet>

#include <memory>

namespace Infradeck {

class PlanChangeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { AddressColumn, ActionColumn, ReasonColumn, RiskColumn, CostColumn, ReviewedColumn, ColumnCount };
    enum Role {
        AddressRole = Qt::UserRole + 1,
        ActionRole,     // ResourceChange::Action as int
        TypeRole,       // resource type
        IsDriftRole,
        IsGroupRole,
        ChangeIndexRole // index in plan->changes (or plan->drift for drift rows)
    };

    explicit PlanChangeModel(QObject *parent = nullptr);

    void setPlan(std::shared_ptr<const Plan> plan, QList<Finding> findings, QSet<QString> reviewed,
                 std::shared_ptr<const CostReport> cost = nullptr);
    std::shared_ptr<const Plan> plan() const { return m_plan; }
    const ResourceChange *changeAt(const QModelIndex &index) const;
    QModelIndex indexOfAddress(const QString &address) const;
    QList<Finding> findingsFor(const QString &address) const;

    QSet<QString> reviewed() const { return m_reviewed; }
    int reviewableCount() const; // changes other than no-op and drift
    int reviewedCount() const;
    void setReviewed(const QString &address, bool reviewed);
    void setAllReviewed(bool reviewed);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QColor actionColor(ResourceChange::Action action);
    static QString actionSymbol(ResourceChange::Action action);

Q_SIGNALS:
    void reviewChanged();

private:
    struct Group
    {
        QString title;
        bool drift = false;
        QList<int> rows; // indexes into plan->changes or plan->drift
    };
    const ResourceChange &change(const Group &group, int row) const;
    bool isReviewable(const Group &group, const ResourceChange &c) const;

    std::shared_ptr<const Plan> m_plan;
    QList<Group> m_groups;
    QHash<QString, QList<Finding>> m_findings;
    QSet<QString> m_reviewed;
    QHash<QString, QString> m_costDelta; // address → "+3.79 EUR" (changed costs only)
};

} // namespace Infradeck
