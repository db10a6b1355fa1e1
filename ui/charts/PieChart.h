// A pie behind a tiny interface (see StackedBarChart).
#pragma once

#include "charts/ChartSeries.h"

#include <QWidget>

class QChart;
class QChartView;

namespace Infradeck {

class PieChart : public QWidget
{
    Q_OBJECT
public:
    explicit PieChart(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    // Slices beyond maxSlices are folded into one "other" slice labelled otherLabel.
    void setSlices(const QList<ChartSlice> &slices, int maxSlices = 8, const QString &otherLabel = QString());
    int sliceCount() const { return m_sliceCount; }

private:
    QChart *m_chart;
    QChartView *m_view;
    int m_sliceCount = 0;
};

} // namespace Infradeck
