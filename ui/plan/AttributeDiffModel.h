// The attribute diff of one change as a table: path, before, after, note. Texts come already redacted.
#pragma once

#include "terraform/AttributeDiff.h"

#include <QAbstractTableModel>

namespace Infradeck {

class AttributeDiffModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { PathColumn, BeforeColumn, AfterColumn, NoteColumn, ColumnCount };

    explicit AttributeDiffModel(QObject *parent = nullptr);
    void setEntries(QList<AttributeDiff::Entry> entries);
    void setShowUnchanged(bool show);
    const QList<AttributeDiff::Entry> &allEntries() const { return m_all; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString noteFor(const AttributeDiff::Entry &entry);

private:
    void rebuild();
    QList<AttributeDiff::Entry> m_all;
    QList<AttributeDiff::Entry> m_shown;
    bool m_showUnchanged = false;
};

} // namespace Infradeck
