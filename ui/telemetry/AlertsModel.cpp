#include "AlertsModel.h"

#include <QColor>
#include <QLocale>

#include <algorithm>

namespace Infradeck {

namespace {

QString labelText(const PromLabels &labels)
{
    QStringList parts;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        if (it.key() != QLatin1String("alertname") && it.key() != QLatin1String("severity"))
            parts << it.key() + QLatin1Char('=') + it.value();
    return parts.join(QStringLiteral(", "));
}

} // namespace

AlertsModel::AlertsModel(QObject *parent) : QAbstractTableModel(parent)
{
}

int AlertsModel::severityRank(const QString &severity)
{
    const QString s = severity.toLower();
    if (s == QLatin1String("critical") || s == QLatin1String("page"))
        return 0;
    if (s == QLatin1String("error") || s == QLatin1String("high"))
        return 1;
    if (s == QLatin1String("warning") || s == QLatin1String("warn") || s == QLatin1String("medium"))
        return 2;
    if (s == QLatin1String("info") || s == QLatin1String("low") || s == QLatin1String("none"))
        return 3;
    return 4;
}

void AlertsModel::setAlerts(const QList<PromAlert> &alerts, bool includeInactive)
{
    beginResetModel();
    m_alerts.clear();
    for (const PromAlert &a : alerts)
        if (includeInactive || a.state == QLatin1String("firing") || a.state == QLatin1String("pending"))
            m_alerts << a;
    std::stable_sort(m_alerts.begin(), m_alerts.end(), [](const PromAlert &a, const PromAlert &b) {
        const bool af = a.state == QLatin1String("firing"), bf = b.state == QLatin1String("firing");
        if (af != bf)
            return af;
        return severityRank(a.severity()) < severityRank(b.severity());
    });
    endResetModel();
}

void AlertsModel::clear()
{
    beginResetModel();
    m_alerts.clear();
    endResetModel();
}

int AlertsModel::firingCount() const
{
    return int(std::count_if(m_alerts.cbegin(), m_alerts.cend(), [](const PromAlert &a) { return a.state == QLatin1String("firing"); }));
}

int AlertsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size());
}

int AlertsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PromAlert &a = m_alerts.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case SeverityColumn:
            return a.severity();
        case NameColumn:
            return a.name();
        case StateColumn:
            return a.state;
        case LabelsColumn:
            return labelText(a.labels);
        case ActiveSinceColumn:
            return a.activeAt.isValid() ? QLocale().toString(a.activeAt.toLocalTime(), QLocale::ShortFormat) : QString();
        }
        break;
    case SortRole:
        switch (column) {
        case SeverityColumn:
            return severityRank(a.severity());
        case ActiveSinceColumn:
            return a.activeAt;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole: {
        const QString summary = a.annotations.value(QStringLiteral("summary"));
        const QString description = a.annotations.value(QStringLiteral("description"));
        if (column == LabelsColumn)
            return labelText(a.labels);
        return summary.isEmpty() ? description : description.isEmpty() ? summary : summary + QStringLiteral("\n\n") + description;
    }
    case Qt::ForegroundRole:
        if (column == StateColumn && a.state == QLatin1String("firing"))
            return QColor(0xc0, 0x1c, 0x28);
        if (column == SeverityColumn && severityRank(a.severity()) <= 1)
            return QColor(0xc0, 0x1c, 0x28);
        if (column == SeverityColumn && severityRank(a.severity()) == 2)
            return QColor(0xb5, 0x83, 0x5a);
        break;
    default:
        break;
    }
    return {};
}

QVariant AlertsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case NameColumn:
        return tr("Alert");
    case StateColumn:
        return tr("State");
    case LabelsColumn:
        return tr("Labels");
    case ActiveSinceColumn:
        return tr("Active since");
    }
    return {};
}

} // namespace Infradeck
