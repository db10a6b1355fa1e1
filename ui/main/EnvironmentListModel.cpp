#include "EnvironmentListModel.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

namespace Infradeck {

EnvironmentListModel::EnvironmentListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void EnvironmentListModel::setWorkspace(const Workspace &workspace)
{
    beginResetModel();
    m_rows.clear();
    for (const Environment &env : workspace.environments())
        m_rows.append(Row{env, env.missingArtifactCount()});
    endResetModel();
}

const Environment *EnvironmentListModel::environmentAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).env : nullptr;
}

int EnvironmentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant EnvironmentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return row.env.name;
    case Qt::ToolTipRole: {
        QStringList lines{row.env.name};
        if (!row.env.kind.isEmpty())
            lines << tr("Kind: %1").arg(row.env.kind);
        if (row.env.isProtected)
            lines << tr("Protected: deletes are flagged as high risk");
        lines << (row.missing ? tr("%n artifact(s) missing", nullptr, row.missing) : tr("All artifacts present"));
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::DecorationRole:
        if (row.missing)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return QIcon(row.env.isProtected ? QStringLiteral(":/icons/protected.svg") : QStringLiteral(":/icons/environment.svg"));
    case Qt::AccessibleTextRole:
        return row.env.isProtected ? tr("%1, protected").arg(row.env.name) : row.env.name;
    case NameRole:
        return row.env.name;
    case ProtectedRole:
        return row.env.isProtected;
    case KindRole:
        return row.env.kind;
    case MissingArtifactsRole:
        return row.missing;
    default:
        return {};
    }
}

QHash<int, QByteArray> EnvironmentListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(NameRole, "name");
    names.insert(ProtectedRole, "protected");
    names.insert(KindRole, "kind");
    names.insert(MissingArtifactsRole, "missingArtifacts");
    return names;
}

} // namespace Infradeck
