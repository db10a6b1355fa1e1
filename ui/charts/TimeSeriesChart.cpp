#include "TimeSeriesChart.h"

#include "telemetry/MinMaxDecimator.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMouseEvent>
#include <QStackedLayout>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Infradeck {

namespace {

// The Tango-like palette the other charts use, cycled.
const QList<QColor> Palette{QColor(0x34, 0x65, 0xa4), QColor(0x4e, 0x9a, 0x06), QColor(0xf5, 0x79, 0x00), QColor(0x75, 0x50, 0x7b),
                            QColor(0xc1, 0x7d, 0x11), QColor(0x06, 0x98, 0x9a), QColor(0xcc, 0x00, 0x00), QColor(0x55, 0x57, 0x53)};

} // namespace

QString TimeSeriesChart::nonFinite(double v)
{
    // The Prometheus API's own spelling, not the C library's "nan"/"inf".
    return std::isnan(v) ? QStringLiteral("NaN") : v > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf");
}

TimeSeriesChart::TimeSeriesChart(QWidget *parent)
    : QWidget(parent), m_chart(new QChart), m_view(new QChartView(m_chart)), m_messageLabel(new QLabel), m_readoutLabel(new QLabel),
      m_stack(new QStackedLayout)
{
    m_format = [](double v) { return std::isfinite(v) ? QString::number(v, 'g', 4) : nonFinite(v); };
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(2, 2, 2, 2));
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_view->setObjectName(QStringLiteral("timeSeriesChartView"));
    m_view->setMouseTracking(true);
    m_view->viewport()->installEventFilter(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setAlignment(Qt::AlignCenter);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_readoutLabel->setObjectName(QStringLiteral("readoutLabel"));
    m_readoutLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_readoutLabel->setMinimumHeight(m_readoutLabel->fontMetrics().height());
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_messageLabel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(m_stack, 1);
    layout->addWidget(m_readoutLabel);
    setMinimumSize(280, 200);
}

void TimeSeriesChart::setTitle(const QString &title)
{
    m_chart->setTitle(title);
    m_view->setAccessibleName(title);
}

QString TimeSeriesChart::title() const
{
    return m_chart->title();
}

void TimeSeriesChart::setValueFormatter(std::function<QString(double)> formatter, const QString &axisTitle)
{
    m_format = std::move(formatter);
    m_axisTitle = axisTitle;
}

void TimeSeriesChart::setYBounds(std::optional<double> min, std::optional<double> max)
{
    m_yMin = min;
    m_yMax = max;
}

void TimeSeriesChart::setThresholds(const QList<ThresholdLine> &thresholds)
{
    m_thresholds = thresholds;
}

void TimeSeriesChart::setTimeRange(const QDateTime &from, const QDateTime &to)
{
    m_from = from.toMSecsSinceEpoch() / 1000.0;
    m_to = to.toMSecsSinceEpoch() / 1000.0;
}

void TimeSeriesChart::setSeries(const QList<TimeSeriesLine> &series)
{
    m_series = series;
    rebuild();
    m_stack->setCurrentWidget(m_view);
}

void TimeSeriesChart::setMessage(const QString &message)
{
    m_messageLabel->setText(m_chart->title().isEmpty() ? message : QStringLiteral("<b>%1</b><br>%2").arg(m_chart->title().toHtmlEscaped(), message.toHtmlEscaped()));
    m_messageLabel->setToolTip(message);
    m_stack->setCurrentWidget(m_messageLabel);
    m_readoutLabel->clear();
}

QString TimeSeriesChart::message() const
{
    return m_messageLabel->toolTip();
}

bool TimeSeriesChart::showsMessage() const
{
    return m_stack->currentWidget() == m_messageLabel;
}

int TimeSeriesChart::plotColumns() const
{
    const int w = int(m_chart->plotArea().width());
    return std::max(50, w > 0 ? w : m_view->width() - 80);
}

void TimeSeriesChart::rebuild()
{
    m_chart->removeAllSeries();
    m_lines.clear();
    m_segments.clear();
    for (QAbstractAxis *axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    double tMin = m_from, tMax = m_to;
    for (const TimeSeriesLine &s : m_series) {
        for (double v : s.values) {
            if (std::isfinite(v)) {
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
        }
        if (m_to <= m_from && !s.times.isEmpty()) {
            tMin = tMin == 0 ? s.times.first() : std::min(tMin, s.times.first());
            tMax = std::max(tMax, s.times.last());
        }
    }
    if (!(tMax > tMin))
        tMax = tMin + 60;
    if (!std::isfinite(lo)) {
        lo = 0;
        hi = 1;
    }
    if (!m_yMax) // keep thresholds in view unless the axis is fixed
        for (const ThresholdLine &t : m_thresholds)
            hi = std::max(hi, t.value);
    double yMin = m_yMin.value_or(std::min(0.0, lo));
    double yMax = m_yMax.value_or(hi > yMin ? hi + (hi - yMin) * 0.08 : yMin + 1);
    if (m_yMax && hi > *m_yMax)
        yMax = hi; // a value over the nominal maximum (e.g. > 100 %) must still show

    m_x = new QDateTimeAxis;
    m_x->setRange(QDateTime::fromMSecsSinceEpoch(qint64(tMin * 1000)), QDateTime::fromMSecsSinceEpoch(qint64(tMax * 1000)));
    const double span = tMax - tMin;
    m_x->setFormat(span <= 86400 ? QStringLiteral("hh:mm") : span <= 7 * 86400 ? QStringLiteral("ddd hh:mm") : QStringLiteral("MM-dd"));
    m_x->setTickCount(5);
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_y = new QValueAxis;
    m_y->setRange(yMin, yMax);
    m_y->setTickCount(5);
    m_y->setTitleText(m_axisTitle);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    m_x->setRange(QDateTime::fromMSecsSinceEpoch(qint64(tMin * 1000)), QDateTime::fromMSecsSinceEpoch(qint64(tMax * 1000)));
    m_from = tMin;
    m_to = tMax;

    for (qsizetype i = 0; i < m_series.size(); ++i) {
        m_segments.append(QList<QXYSeries *>());
        m_lines << addSegment(int(i), true);
    }
    for (const ThresholdLine &t : m_thresholds) {
        auto *line = new QLineSeries;
        line->setName(t.label);
        QPen pen(t.color.isValid() ? t.color : QColor(Qt::red));
        pen.setStyle(Qt::DashLine);
        pen.setWidthF(1);
        line->setPen(pen);
        line->append(tMin * 1000, t.value);
        line->append(tMax * 1000, t.value);
        m_chart->addSeries(line);
        line->attachAxis(m_x);
        line->attachAxis(m_y);
        for (QLegendMarker *marker : m_chart->legend()->markers(line))
            marker->setVisible(false);
    }
    m_chart->legend()->setVisible(!m_series.isEmpty() && m_series.size() <= 12);
    m_decimatedColumns = -1;
    redecimate();
}

QXYSeries *TimeSeriesChart::addSegment(int index, bool inLegend)
{
    auto *line = new QLineSeries;
    line->setName(m_series[index].name);
    QPen pen(Palette.at(index % Palette.size()));
    pen.setWidthF(1.5);
    line->setPen(pen);
    QAbstractSeries *added = line;
    if (m_area) {
        auto *area = new QAreaSeries(line);
        area->setName(m_series[index].name);
        QColor fill = pen.color();
        fill.setAlpha(60);
        area->setBrush(fill);
        area->setPen(pen);
        added = area;
    }
    m_chart->addSeries(added);
    added->attachAxis(m_x);
    added->attachAxis(m_y);
    if (!inLegend)
        for (QLegendMarker *marker : m_chart->legend()->markers(added))
            marker->setVisible(false);
    m_segments[index] << line;
    return line;
}

void TimeSeriesChart::redecimate()
{
    const int columns = plotColumns();
    if (columns == m_decimatedColumns)
        return;
    m_decimatedColumns = columns;
    m_pointsDrawn = 0;
    for (qsizetype i = 0; i < m_segments.size() && i < m_series.size(); ++i) {
        // NaN and ±Inf break the line: each run of finite samples is its own QLineSeries of the same colour.
        QList<QList<QPointF>> segments = MinMaxDecimator::decimateSegments(m_series[i].times, m_series[i].values, m_from, m_to, columns);
        while (m_segments[i].size() < segments.size())
            addSegment(int(i), false);
        for (qsizetype k = 0; k < m_segments[i].size(); ++k) {
            QList<QPointF> points = segments.value(k);
            for (QPointF &p : points)
                p.setX(p.x() * 1000); // the date-time axis counts milliseconds
            m_pointsDrawn += points.size();
            m_segments[i][k]->replace(points);
        }
    }
    // Antialiasing thousands of segments costs more than a frame; it buys little on dense plots.
    m_view->setRenderHint(QPainter::Antialiasing, m_pointsDrawn < 4000);
}

QList<QList<QPointF>> TimeSeriesChart::drawnSegments(int series) const
{
    QList<QList<QPointF>> out;
    for (const QXYSeries *line : m_segments.value(series))
        if (line->count() > 0)
            out << line->points();
    return out;
}

void TimeSeriesChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    redecimate();
}

QString TimeSeriesChart::readoutAt(double t) const
{
    if (m_series.isEmpty())
        return QString();
    QStringList parts{QDateTime::fromMSecsSinceEpoch(qint64(t * 1000)).toString(QStringLiteral("yyyy-MM-dd hh:mm:ss"))};
    for (const TimeSeriesLine &s : m_series) {
        if (s.times.isEmpty())
            continue;
        const auto it = std::lower_bound(s.times.cbegin(), s.times.cend(), t);
        qsizetype i = it - s.times.cbegin();
        if (i == s.times.size() || (i > 0 && t - s.times[i - 1] < s.times[i] - t))
            --i;
        parts << s.name + QStringLiteral(": ") + (std::isfinite(s.values.value(i)) ? m_format(s.values.value(i)) : nonFinite(s.values.value(i)));
    }
    return parts.join(QStringLiteral(" · "));
}

QString TimeSeriesChart::readout() const
{
    return m_readoutLabel->text();
}

bool TimeSeriesChart::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport()) {
        if (event->type() == QEvent::MouseMove) {
            const QPointF scene = m_view->mapToScene(static_cast<QMouseEvent *>(event)->position().toPoint());
            const QPointF chartPos = m_chart->mapFromScene(scene);
            if (m_chart->plotArea().contains(chartPos) && !m_lines.isEmpty()) {
                const QPointF value = m_chart->mapToValue(chartPos, m_lines.first());
                m_readoutLabel->setText(readoutAt(value.x() / 1000.0));
            }
        } else if (event->type() == QEvent::Leave) {
            m_readoutLabel->clear();
        } else if (event->type() == QEvent::Resize) {
            // The plot area follows the view's size after layout: decimate again for the new width.
            QMetaObject::invokeMethod(this, [this] { redecimate(); }, Qt::QueuedConnection);
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Infradeck
