#include "PieChart.h"

#include <QChart>
#include <QChartView>
#include <QPieSeries>
#include <QPieSlice>
#include <QVBoxLayout>

#include <algorithm>

namespace Infradeck {

PieChart::PieChart(QWidget *parent) : QWidget(parent), m_chart(new QChart), m_view(new QChartView(m_chart, this))
{
    m_chart->legend()->setAlignment(Qt::AlignRight);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_view->setObjectName(QStringLiteral("pieChartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

void PieChart::setTitle(const QString &title)
{
    m_chart->setTitle(title);
    m_view->setAccessibleName(title);
}

void PieChart::setSlices(const QList<ChartSlice> &slices, int maxSlices, const QString &otherLabel)
{
    m_chart->removeAllSeries();
    QList<ChartSlice> sorted;
    for (const ChartSlice &s : slices)
        if (s.value > 0) // a pie cannot show zero or negative parts
            sorted.append(s);
    std::stable_sort(sorted.begin(), sorted.end(), [](const ChartSlice &a, const ChartSlice &b) { return a.value > b.value; });
    if (maxSlices > 1 && sorted.size() > maxSlices) {
        ChartSlice other{otherLabel, 0};
        for (qsizetype i = maxSlices - 1; i < sorted.size(); ++i)
            other.value += sorted.at(i).value;
        sorted.resize(maxSlices - 1);
        sorted.append(other);
    }
    double sum = 0;
    for (const ChartSlice &s : sorted)
        sum += s.value;
    auto *series = new QPieSeries;
    for (const ChartSlice &s : sorted)
        series->append(QStringLiteral("%1 (%2 %)").arg(s.label).arg(sum > 0 ? s.value * 100.0 / sum : 0.0, 0, 'f', 0), s.value);
    m_chart->addSeries(series);
    m_sliceCount = int(sorted.size());
}

} // namespace Infradeck
