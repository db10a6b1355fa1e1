// Filters the plan's change tree by action, resource type and text (address substring, case-insensitive).
#pragma once

#include "terraform/ResourceChange.h"

#include <QSet>
#include <QSortFilterProxyModel>

namespace Infradeck {

class PlanFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit PlanFilterModel(QObject *parent = nullptr);

    void setActions(const QSet<ResourceChange::Action> &actions); // empty: all
    void setType(const QString &type);                            // empty: all
    void setText(const QString &text);
    void setHideNoOp(bool hide);
    // All criteria at once: one re-filter instead of four (each is a pass over every change of a large plan).
    void setFilter(const QSet<ResourceChange::Action> &actions, const QString &type, const QString &text, bool hideNoOp);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QSet<ResourceChange::Action> m_actions;
    QString m_type;
    QString m_text;
    bool m_hideNoOp = false;
};

} // namespace Infradeck
