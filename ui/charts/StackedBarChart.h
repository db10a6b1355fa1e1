// Stacked bars behind a tiny interface, so that moving from Qt Charts to Qt Graphs touches only ui/charts/.
#pragma once

#include "charts/ChartSeries.h"

#include <QWidget>

class QChart;
class QChartView;

namespace Infradeck {

class StackedBarChart : public QWidget
{
    Q_OBJECT
public:
    explicit StackedBarChart(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setValueLabel(const QString &label);
    // categories along the axis; each series is one stacked segment (e.g. one provider) across categories.
    void setData(const QStringList &categories, const QList<ChartSeries> &series);
    int categoryCount() const { return m_categories.size(); }
    int seriesCount() const { return m_seriesCount; }

private:
    QChart *m_chart;
    QChartView *m_view;
    QString m_valueLabel;
    QStringList m_categories;
    int m_seriesCount = 0;
};

} // namespace Infradeck
