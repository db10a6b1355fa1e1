// Telemetry figures: parse a 20-series × 11,000-point query_range response (PromResponse, simdjson DOM) against
// QJsonDocument, min/max decimation to a panel's width, and the redraw time per frame of a TimeSeriesChart holding
// all of it (offscreen, into a QImage). Aims from issue 8: parse < 50 ms, redraw < 16 ms.
//
//   QT_QPA_PLATFORM=offscreen BenchTelemetry [SERIES] [POINTS] [WIDTH]

#include "charts/TimeSeriesChart.h"
#include "telemetry/MinMaxDecimator.h"
#include "telemetry/PromResponse.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <limits>
#include <cmath>
#include <cstdio>

using namespace Infradeck;

namespace {

QByteArray matrixBody(int series, int points)
{
    QByteArray body = "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[";
    for (int s = 0; s < series; ++s) {
        if (s)
            body += ',';
        body += "{\"metric\":{\"__name__\":\"node_cpu_seconds_total\",\"cpu\":\"" + QByteArray::number(s) +
                "\",\"instance\":\"10.0.0.1:9100\",\"job\":\"node\",\"mode\":\"idle\"},\"values\":[";
        for (int i = 0; i < points; ++i) {
            if (i)
                body += ',';
            body += "[" + QByteArray::number(1700000000 + i * 15) + ".781,\"" + QByteArray::number(50 + 30 * std::sin(i * 0.003 + s) + (i % 97) * 0.1, 'g', 15) + "\"]";
        }
        body += "]}";
    }
    return body + "]}}";
}

template<typename F>
double bestOf(int runs, F &&f)
{
    double best = 1e18;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        best = std::min(best, t.nsecsElapsed() / 1e6);
    }
    return best;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int series = argc > 1 ? std::atoi(argv[1]) : 20;
    const int points = argc > 2 ? std::atoi(argv[2]) : 11000;
    const int width = argc > 3 ? std::atoi(argv[3]) : 900;
    const QByteArray body = matrixBody(series, points);
    std::printf("response: %d series x %d points, %.1f MB\n", series, points, body.size() / 1e6);

    PromResponse parsed;
    const double parseMs = bestOf(5, [&] { parsed = PromResponse::parse(PromResponse::Kind::Query, body, {}).value(); });
    std::printf("PromResponse::parse (simdjson DOM):   %7.1f ms  (%lld samples)\n", parseMs, qint64(parsed.sampleCount()));
    const double qjsonMs = bestOf(3, [&] {
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        qsizetype n = 0;
        for (const QJsonValue &s : doc.object().value(QLatin1String("data")).toObject().value(QLatin1String("result")).toArray())
            for (const QJsonValue &v : s.toObject().value(QLatin1String("values")).toArray())
                n += v.toArray().at(1).toString().toDouble() > -1;
        (void)n;
    });
    std::printf("QJsonDocument + walk (reference):     %7.1f ms\n", qjsonMs);

    const PromSeries &first = parsed.series.first();
    qsizetype kept = 0;
    const double decimateMs = bestOf(5, [&] {
        kept = 0;
        for (const PromSeries &s : parsed.series)
            kept += MinMaxDecimator::decimate(s.times, s.values, first.times.first(), first.times.last(), width).size();
    });
    std::printf("MinMaxDecimator, all series to %d px: %7.2f ms  (%lld points kept of %lld)\n", width, decimateMs, qint64(kept),
                qint64(parsed.sampleCount()));

    const double segmentsMs = bestOf(5, [&] {
        kept = 0;
        for (const PromSeries &s : parsed.series)
            for (const auto &segment : MinMaxDecimator::decimateSegments(s.times, s.values, first.times.first(), first.times.last(), width))
                kept += segment.size();
    });
    std::printf("decimateSegments (NaN gaps), no gaps:  %7.2f ms  (%lld points kept)\n", segmentsMs, qint64(kept));
    // The same with a NaN gap of 20 samples every 500: 22 segments per series.
    QList<QList<double>> gappy;
    for (const PromSeries &s : parsed.series) {
        QList<double> v = s.values;
        for (qsizetype i = 0; i < v.size(); ++i)
            if (i % 500 >= 480)
                v[i] = std::numeric_limits<double>::quiet_NaN();
        gappy << v;
    }
    qsizetype segmentCount = 0;
    const double gappyMs = bestOf(5, [&] {
        kept = 0;
        segmentCount = 0;
        for (qsizetype k = 0; k < gappy.size(); ++k) {
            const auto segments = MinMaxDecimator::decimateSegments(parsed.series[k].times, gappy[k], first.times.first(), first.times.last(), width);
            segmentCount += segments.size();
            for (const auto &segment : segments)
                kept += segment.size();
        }
    });
    std::printf("decimateSegments, a gap every 500:    %7.2f ms  (%lld segments, %lld points kept)\n", gappyMs, qint64(segmentCount), qint64(kept));

    QList<TimeSeriesLine> lines;
    for (const PromSeries &s : parsed.series)
        lines << TimeSeriesLine{s.name(), s.times, s.values};
    TimeSeriesChart chart;
    chart.resize(width + 120, 520);
    chart.setThresholds({ThresholdLine{80, Qt::red, QStringLiteral("high")}});
    chart.setTimeRange(QDateTime::fromMSecsSinceEpoch(qint64(first.times.first() * 1000)), QDateTime::fromMSecsSinceEpoch(qint64(first.times.last() * 1000)));
    QElapsedTimer setTimer;
    setTimer.start();
    chart.setSeries(lines);
    chart.show();
    QCoreApplication::processEvents();
    std::printf("TimeSeriesChart::setSeries + show:    %7.1f ms  (%lld points drawn)\n", setTimer.nsecsElapsed() / 1e6, qint64(chart.pointsDrawn()));
    QImage image(chart.size(), QImage::Format_ARGB32_Premultiplied);
    chart.render(&image); // warm-up
    const int frames = 20;
    QList<double> times;
    for (int i = 0; i < frames; ++i) {
        QElapsedTimer t;
        t.start();
        chart.render(&image);
        times << t.nsecsElapsed() / 1e6;
    }
    std::sort(times.begin(), times.end());
    std::printf("redraw per frame (%d frames):         median %.1f ms, worst %.1f ms\n", frames, times.at(frames / 2), times.last());

    // With the NaN gaps: one QLineSeries per unbroken segment.
    QList<TimeSeriesLine> gappyLines;
    for (qsizetype k = 0; k < gappy.size(); ++k)
        gappyLines << TimeSeriesLine{parsed.series[k].name(), parsed.series[k].times, gappy[k]};
    chart.setSeries(gappyLines);
    QCoreApplication::processEvents();
    chart.render(&image);
    times.clear();
    for (int i = 0; i < frames; ++i) {
        QElapsedTimer t;
        t.start();
        chart.render(&image);
        times << t.nsecsElapsed() / 1e6;
    }
    std::sort(times.begin(), times.end());
    std::printf("redraw per frame with gaps:           median %.1f ms, worst %.1f ms  (%lld points drawn)\n", times.at(frames / 2), times.last(),
                qint64(chart.pointsDrawn()));
    return 0;
}
