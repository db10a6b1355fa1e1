// A time-series chart (lines or areas) for telemetry: legends, a value read-out under the mouse, threshold lines,
// units on the axis, an error/empty message in place of the plot. Long series are decimated to the plot's pixel
// columns (min/max per column) on every resize, so 20 × 11,000 points redraw within a frame.
#pragma once

#include <QColor>
#include <QDateTime>
#include <QList>
#include <QPointF>
#include <QString>
#include <QWidget>

#include <functional>
#include <optional>

class QChart;
class QChartView;
class QLabel;
class QStackedLayout;
class QDateTimeAxis;
class QValueAxis;
class QXYSeries;

namespace Infradeck {

struct TimeSeriesLine
{
    QString name;
    QList<double> times;  // Unix seconds, ascending
    QList<double> values; // NaN and ±Inf are not drawn: they break the line (a gap)
};

struct ThresholdLine
{
    double value = 0;
    QColor color;
    QString label;
};

class TimeSeriesChart : public QWidget
{
    Q_OBJECT
public:
    explicit TimeSeriesChart(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    QString title() const;
    void setValueFormatter(std::function<QString(double)> formatter, const QString &axisTitle = {});
    void setArea(bool area) { m_area = area; }
    void setYBounds(std::optional<double> min, std::optional<double> max);
    void setThresholds(const QList<ThresholdLine> &thresholds);
    void setTimeRange(const QDateTime &from, const QDateTime &to);
    void setSeries(const QList<TimeSeriesLine> &series);
    // Replaces the plot by a message (an error, "no data"); setSeries() shows the plot again.
    void setMessage(const QString &message);
    QString message() const;
    bool showsMessage() const;

    int seriesCount() const { return int(m_series.size()); }
    qsizetype pointsDrawn() const { return m_pointsDrawn; }
    // "12:03:15 · a: 42 % · b: 3 %" for the samples nearest to time t (seconds); what hovering shows.
    QString readoutAt(double t) const;
    QString readout() const;
    // The point lists of series i as drawn (after decimation), one per unbroken segment between NaN/±Inf gaps.
    QList<QList<QPointF>> drawnSegments(int series) const;
    static QString nonFinite(double value); // "NaN", "+Inf", "-Inf"
    QChartView *chartView() const { return m_view; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();      // series objects and axes
    void redecimate();   // points for the current width
    int plotColumns() const;
    QXYSeries *addSegment(int index, bool inLegend); // one more line (or area) of series index, same colour

    QChart *m_chart;
    QChartView *m_view;
    QLabel *m_messageLabel;
    QLabel *m_readoutLabel;
    QStackedLayout *m_stack;
    QDateTimeAxis *m_x = nullptr;
    QValueAxis *m_y = nullptr;
    QList<QXYSeries *> m_lines; // the first segment of each series (upper lines of areas), aligned with m_series
    QList<QList<QXYSeries *>> m_segments; // every segment of each series, aligned with m_series
    QList<TimeSeriesLine> m_series;
    QList<ThresholdLine> m_thresholds;
    std::function<QString(double)> m_format;
    QString m_axisTitle;
    std::optional<double> m_yMin, m_yMax;
    double m_from = 0, m_to = 0;
    bool m_area = false;
    int m_decimatedColumns = -1;
    qsizetype m_pointsDrawn = 0;
};

} // namespace Infradeck
