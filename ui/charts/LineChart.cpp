#include "LineChart.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <limits>

namespace Infradeck {

LineChart::LineChart(QWidget *parent) : QWidget(parent), m_chart(new QChart), m_view(new QChartView(m_chart, this))
{
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_view->setObjectName(QStringLiteral("lineChartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

void LineChart::setTitle(const QString &title)
{
    m_chart->setTitle(title);
    m_view->setAccessibleName(title);
}

void LineChart::setValueLabel(const QString &label)
{
    m_valueLabel = label;
}

void LineChart::setSeries(const QList<ChartSeries> &series)
{
    m_chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = m_chart->axes();
    for (QAbstractAxis *axis : axes) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    m_seriesCount = int(series.size());

    qint64 minT = std::numeric_limits<qint64>::max();
    qint64 maxT = std::numeric_limits<qint64>::min();
    double maxV = 0;
    QList<QLineSeries *> lines;
    for (const ChartSeries &s : series) {
        auto *line = new QLineSeries;
        line->setName(s.name);
        line->setPointsVisible(true);
        for (const auto &p : s.points) {
            const qint64 t = p.first.toMSecsSinceEpoch();
            line->append(double(t), p.second);
            minT = std::min(minT, t);
            maxT = std::max(maxT, t);
            maxV = std::max(maxV, p.second);
        }
        m_chart->addSeries(line);
        lines.append(line);
    }
    if (minT > maxT) { // no points at all
        minT = QDateTime::currentMSecsSinceEpoch();
        maxT = minT;
    }
    if (minT == maxT) { // one instant: widen so the axis has a range
        minT -= 12 * 3600 * 1000LL;
        maxT += 12 * 3600 * 1000LL;
    }
    auto *x = new QDateTimeAxis;
    // Short spans (a day of refreshes) need the time of day to tell the ticks apart.
    x->setFormat(maxT - minT <= 3 * 24 * 3600 * 1000LL ? QStringLiteral("MM-dd hh:mm") : QStringLiteral("yyyy-MM-dd"));
    x->setRange(QDateTime::fromMSecsSinceEpoch(minT), QDateTime::fromMSecsSinceEpoch(maxT));
    x->setTickCount(4);
    m_chart->addAxis(x, Qt::AlignBottom);
    auto *y = new QValueAxis;
    y->setRange(0, maxV > 0 ? maxV * 1.1 : 1.0);
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTitleText(m_valueLabel);
    m_chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *line : lines) {
        line->attachAxis(x);
        line->attachAxis(y);
    }
    m_chart->legend()->setVisible(!series.isEmpty());
}

} // namespace Infradeck
