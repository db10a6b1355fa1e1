// Lines over time behind a tiny interface (see StackedBarChart).
#pragma once

#include "charts/ChartSeries.h"

#include <QWidget>

class QChart;
class QChartView;

namespace Infradeck {

class LineChart : public QWidget
{
    Q_OBJECT
public:
    explicit LineChart(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setValueLabel(const QString &label);
    void setSeries(const QList<ChartSeries> &series); // uses ChartSeries::points
    int seriesCount() const { return m_seriesCount; }

private:
    QChart *m_chart;
    QChartView *m_view;
    QString m_valueLabel;
    int m_seriesCount = 0;
};

} // namespace Infradeck
