#include "AttributeDiffModel.h"

#include "common/Redaction.h"
#include "main/Theme.h"

#include <QColor>

namespace Infradeck {

AttributeDiffModel::AttributeDiffModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AttributeDiffModel::setEntries(QList<AttributeDiff::Entry> entries)
{
    m_all = std::move(entries);
    rebuild();
}

void AttributeDiffModel::setShowUnchanged(bool show)
{
    m_showUnchanged = show;
    rebuild();
}

void AttributeDiffModel::rebuild()
{
    beginResetModel();
    m_shown.clear();
    for (const AttributeDiff::Entry &e : std::as_const(m_all))
        if (m_showUnchanged || e.kind != AttributeDiff::Kind::Unchanged)
            m_shown.append(e);
    endResetModel();
}

QString AttributeDiffModel::noteFor(const AttributeDiff::Entry &e)
{
    QStringList notes;
    if (e.forcesReplacement)
        notes << tr("forces replacement");
    if (e.unknown)
        notes << AttributeDiff::unknownText();
    if (e.sensitive)
        notes << tr("sensitive");
    else if (e.possiblySensitive)
        notes << tr("possibly sensitive");
    return notes.join(QStringLiteral(", "));
}

int AttributeDiffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int AttributeDiffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttributeDiffModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const AttributeDiff::Entry &e = m_shown.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case PathColumn: return e.path;
        case BeforeColumn: return e.before;
        case AfterColumn: return e.after;
        case NoteColumn: return noteFor(e);
        default: return {};
        }
    }
    if (role == Qt::ForegroundRole) {
        if (index.column() == NoteColumn && e.forcesReplacement)
            return Theme::actionColor(ResourceChange::Action::Replace);
        switch (e.kind) {
        case AttributeDiff::Kind::Added: return index.column() == AfterColumn ? Theme::actionColor(ResourceChange::Action::Create) : QVariant();
        case AttributeDiff::Kind::Removed: return index.column() == BeforeColumn ? Theme::actionColor(ResourceChange::Action::Delete) : QVariant();
        case AttributeDiff::Kind::Changed: return index.column() == AfterColumn ? Theme::actionColor(ResourceChange::Action::Update) : QVariant();
        case AttributeDiff::Kind::Unchanged: return Theme::actionColor(ResourceChange::Action::NoOp);
        }
    }
    return {};
}

QVariant AttributeDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PathColumn: return tr("Attribute");
    case BeforeColumn: return tr("Before");
    case AfterColumn: return tr("After");
    case NoteColumn: return tr("Note");
    default: return {};
    }
}

} // namespace Infradeck
