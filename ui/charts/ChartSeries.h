// Plain data handed to the chart wrappers: they take doubles for drawing only (money stays decimal in the models).
#pragma once

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace Infradeck {

// One named series of values, one value per category (bars) or one point per time (lines).
struct ChartSeries
{
    QString name;
    QList<double> values;                        // bars: aligned with the categories
    QList<QPair<QDateTime, double>> points;      // lines: time → value
};

struct ChartSlice
{
    QString label;
    double value = 0;
};

} // namespace Infradeck
