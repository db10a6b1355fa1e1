#include "EnvironmentSummaryModel.h"

#include <QColor>
#include <QFont>
#include <QLocale>

namespace Infradeck {

namespace {
constexpr quintptr GroupId = 0;
} // namespace

EnvironmentSummaryModel::EnvironmentSummaryModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void EnvironmentSummaryModel::setSummaries(const QList<Summary> &summaries)
{
    beginResetModel();
    m_summaries = summaries;
    regroup();
    endResetModel();
}

void EnvironmentSummaryModel::setReferenceDate(const QDate &date)
{
    beginResetModel();
    m_reference = date;
    regroup(); // previews are sorted by age
    endResetModel();
}

void EnvironmentSummaryModel::regroup()
{
    m_groups.clear();
    Group lasting{tr("Environments"), {}};
    Group previews{tr("Preview environments"), {}};
    for (int i = 0; i < m_summaries.size(); ++i)
        (m_summaries.at(i).preview ? previews : lasting).rows.append(i);
    // Oldest previews first: those are the ones to clean up.
    std::stable_sort(previews.rows.begin(), previews.rows.end(),
                     [this](int a, int b) { return ageDays(m_summaries.at(a)) > ageDays(m_summaries.at(b)); });
    if (!lasting.rows.isEmpty())
        m_groups.append(lasting);
    if (!previews.rows.isEmpty())
        m_groups.append(previews);
}

int EnvironmentSummaryModel::ageDays(const Summary &summary) const
{
    const QDate today = m_reference.isValid() ? m_reference : QDate::currentDate();
    const QDate start = summary.created.isValid() ? summary.created
                                                  : (summary.modified.isValid() ? summary.modified.date() : QDate());
    if (!start.isValid())
        return -1;
    return int(qMax<qint64>(0, start.daysTo(today)));
}

bool EnvironmentSummaryModel::isOld(const Summary &summary) const
{
    return summary.preview && ageDays(summary) > OldAfterDays;
}

const EnvironmentSummaryModel::Summary *EnvironmentSummaryModel::summaryAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == GroupId)
        return nullptr;
    return &m_summaries.at(m_groups.at(int(index.internalId() - 1)).rows.at(index.row()));
}

QModelIndex EnvironmentSummaryModel::indexOfName(const QString &name) const
{
    for (int g = 0; g < m_groups.size(); ++g)
        for (int r = 0; r < m_groups.at(g).rows.size(); ++r)
            if (m_summaries.at(m_groups.at(g).rows.at(r)).name == name)
                return createIndex(r, 0, quintptr(g + 1));
    return {};
}

QModelIndex EnvironmentSummaryModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, GroupId) : QModelIndex();
    if (parent.internalId() != GroupId || parent.column() != 0 || parent.row() >= m_groups.size()
        || row >= m_groups.at(parent.row()).rows.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex EnvironmentSummaryModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == GroupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, GroupId);
}

int EnvironmentSummaryModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() == GroupId && parent.column() == 0)
        return int(m_groups.at(parent.row()).rows.size());
    return 0;
}

int EnvironmentSummaryModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant EnvironmentSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == GroupId) {
        const Group &g = m_groups.at(index.row());
        if (role == Qt::DisplayRole && index.column() == NameColumn)
            return tr("%1 (%n)", nullptr, int(g.rows.size())).arg(g.title);
        if (role == Qt::FontRole) {
            QFont f;
            f.setBold(true);
            return f;
        }
        if (role == IsGroupRole)
            return true;
        return {};
    }
    const Summary &s = *summaryAt(index);
    const bool old = isOld(s);
    const int age = ageDays(s);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return s.kind.isEmpty() ? s.name : tr("%1 (%2)").arg(s.name, s.kind);
        case ResourcesColumn:
            if (!s.error.isEmpty())
                return tr("error");
            return s.loaded ? QVariant(s.resourceCount) : QVariant(tr("…"));
        case ProvidersColumn: return s.providers.join(QStringLiteral(", "));
        case SerialColumn: return s.serial >= 0 ? QVariant(s.serial) : QVariant();
        case ModifiedColumn:
            return s.modified.isValid() ? QLocale().toString(s.modified, QLocale::ShortFormat) : QString();
        case AgeColumn:
            if (!s.preview || age < 0) // long-lived environments' age says nothing
                return {};
            return old ? tr("%n day(s) — old", nullptr, age) : tr("%n day(s)", nullptr, age);
        case MonthlyCostColumn: return s.monthlyCost;
        case ProtectedColumn: return s.isProtected ? tr("protected") : QString();
        default: return {};
        }
    case Qt::ToolTipRole:
        if (!s.error.isEmpty())
            return s.error;
        if (index.column() == AgeColumn && s.preview && age >= 0)
            return s.created.isValid() ? tr("Created %1").arg(QLocale().toString(s.created, QLocale::ShortFormat))
                                       : tr("Age from the state file's modification time");
        if (index.column() == NameColumn && old)
            return tr("Preview environment older than %n day(s): consider destroying it.", nullptr, OldAfterDays);
        return {};
    case Qt::BackgroundRole:
        if (old)
            return QColor(0xff, 0xe8, 0xc2);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == ResourcesColumn && !s.error.isEmpty())
            return QColor(0xd0, 0x3b, 0x3b);
        if (index.column() == ProtectedColumn && s.isProtected)
            return QColor(0xb4, 0x3f, 0xc4);
        return {};
    case Qt::FontRole:
        if (index.column() == ProtectedColumn && s.isProtected) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ResourcesColumn || index.column() == SerialColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case NameRole: return s.name;
    case IsGroupRole: return false;
    case IsOldRole: return old;
    case AgeDaysRole: return age;
    default: return {};
    }
}

QVariant EnvironmentSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Environment");
    case ResourcesColumn: return tr("Resources");
    case ProvidersColumn: return tr("Providers");
    case SerialColumn: return tr("Serial");
    case ModifiedColumn: return tr("State changed");
    case AgeColumn: return tr("Age");
    case MonthlyCostColumn: return tr("Monthly cost");
    case ProtectedColumn: return tr("Protected");
    default: return {};
    }
}

} // namespace Infradeck
