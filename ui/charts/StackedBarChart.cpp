#include "StackedBarChart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QStackedBarSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace Infradeck {

StackedBarChart::StackedBarChart(QWidget *parent)
    : QWidget(parent), m_chart(new QChart), m_view(new QChartView(m_chart, this))
{
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_view->setObjectName(QStringLiteral("stackedBarChartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

void StackedBarChart::setTitle(const QString &title)
{
    m_chart->setTitle(title);
    m_view->setAccessibleName(title);
}

void StackedBarChart::setValueLabel(const QString &label)
{
    m_valueLabel = label;
}

void StackedBarChart::setData(const QStringList &categories, const QList<ChartSeries> &series)
{
    m_chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = m_chart->axes();
    for (QAbstractAxis *axis : axes) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    m_categories = categories;
    m_seriesCount = int(series.size());

    auto *bars = new QStackedBarSeries;
    double maxStack = 0;
    QList<double> stacks(categories.size(), 0.0);
    for (const ChartSeries &s : series) {
        auto *set = new QBarSet(s.name);
        for (int i = 0; i < categories.size(); ++i) {
            const double v = i < s.values.size() ? s.values.at(i) : 0.0;
            *set << v;
            stacks[i] += v;
        }
        bars->append(set);
    }
    for (double v : stacks)
        maxStack = std::max(maxStack, v);
    m_chart->addSeries(bars);

    auto *x = new QBarCategoryAxis;
    x->append(categories);
    m_chart->addAxis(x, Qt::AlignBottom);
    bars->attachAxis(x);
    auto *y = new QValueAxis;
    y->setRange(0, maxStack > 0 ? maxStack * 1.1 : 1.0);
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTitleText(m_valueLabel);
    m_chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(y);
    m_chart->legend()->setVisible(!series.isEmpty());
}

} // namespace Infradeck
