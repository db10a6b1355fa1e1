#include "TargetsModel.h"

#include "telemetry/QueryStep.h"

#include <QColor>
#include <QLocale>

#include <algorithm>

namespace Infradeck {

namespace {

int healthRank(const QString &health)
{
    return health == QLatin1String("down") ? 0 : health == QLatin1String("up") ? 2 : 1;
}

} // namespace

TargetsModel::TargetsModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void TargetsModel::setTargets(const QList<PromTarget> &targets)
{
    beginResetModel();
    m_targets = targets;
    endResetModel();
}

void TargetsModel::clear()
{
    beginResetModel();
    m_targets.clear();
    endResetModel();
}

int TargetsModel::downCount() const
{
    return int(std::count_if(m_targets.cbegin(), m_targets.cend(), [](const PromTarget &t) { return t.health == QLatin1String("down"); }));
}

qint64 TargetsModel::shortestScrapeIntervalSeconds() const
{
    qint64 shortest = 0;
    for (const PromTarget &t : m_targets)
        if (const auto s = QueryStep::parse(t.scrapeInterval); s && *s > 0)
            shortest = shortest ? std::min(shortest, *s) : *s;
    return shortest;
}

int TargetsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_targets.size());
}

int TargetsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TargetsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PromTarget &t = m_targets.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case JobColumn:
            return t.labels.value(QStringLiteral("job"), t.scrapePool);
        case InstanceColumn:
            return t.labels.value(QStringLiteral("instance"));
        case HealthColumn:
            return t.health;
        case LastErrorColumn:
            return t.lastError;
        case LastScrapeColumn:
            return t.lastScrape.isValid() ? QLocale().toString(t.lastScrape.toLocalTime(), QLocale::ShortFormat) : QString();
        }
        break;
    case SortRole:
        switch (column) {
        case HealthColumn:
            return healthRank(t.health);
        case LastScrapeColumn:
            return t.lastScrape;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        if (column == LastErrorColumn)
            return t.lastError;
        if (column == LastScrapeColumn && t.lastScrape.isValid())
            return tr("Scraped %1 in %2 s, every %3").arg(t.lastScrape.toUTC().toString(Qt::ISODateWithMs)).arg(t.lastScrapeDuration, 0, 'f', 3).arg(t.scrapeInterval);
        return t.scrapeUrl;
    case Qt::ForegroundRole:
        if (column == HealthColumn)
            return t.health == QLatin1String("up") ? QColor(0x26, 0xa2, 0x69) : QColor(0xc0, 0x1c, 0x28);
        break;
    default:
        break;
    }
    return {};
}

QVariant TargetsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case JobColumn:
        return tr("Job");
    case InstanceColumn:
        return tr("Instance");
    case HealthColumn:
        return tr("Health");
    case LastErrorColumn:
        return tr("Last error");
    case LastScrapeColumn:
        return tr("Last scrape");
    }
    return {};
}

} // namespace Infradeck
