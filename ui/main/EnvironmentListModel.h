// The environments of the open workspace, for the list on the left of the main window.
#pragma once

#include "workspace/Workspace.h"

#include <QAbstractListModel>

namespace Infradeck {

class EnvironmentListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { NameRole = Qt::UserRole + 1, ProtectedRole, KindRole, MissingArtifactsRole };

    explicit EnvironmentListModel(QObject *parent = nullptr);

    void setWorkspace(const Workspace &workspace);
    const Environment *environmentAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        Environment env;
        int missing = 0;
    };
    QList<Row> m_rows;
};

} // namespace Infradeck
