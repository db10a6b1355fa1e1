// Name/value rows of a resource's attributes or of a state's outputs, always through the redaction rule. A value
// masked only by the name/entropy heuristic can be revealed on demand; a schema-sensitive one never.
#pragma once

#include "terraform/Inventory.h"

#include <QAbstractTableModel>
#include <QJsonValue>

namespace Infradeck {

class StateValueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ValueColumn, NoteColumn, ColumnCount };
    enum Role { RevealableRole = Qt::UserRole + 1, SchemaSensitiveRole };

    explicit StateValueModel(QObject *parent = nullptr);

    void setResource(const InventoryResource *resource); // null clears
    void setOutputs(const QList<InventoryOutput> &outputs);
    void clear();

    // True when the row's text hides something only because of the heuristic (schema-sensitive parts stay masked).
    bool isRevealable(int row) const;
    bool isRevealed(int row) const;
    void setRevealed(int row, bool revealed);
    int rowOf(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString name;
        QJsonValue value;
        QJsonValue mask;
        QString masked;   // with heuristics
        QString revealed; // schema mask only
        bool schemaSensitive = false;
        bool showRevealed = false;
    };
    static Row makeRow(const QString &name, const QJsonValue &value, const QJsonValue &mask);

    QList<Row> m_rows;
};

} // namespace Infradeck
