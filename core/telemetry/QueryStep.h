// Choosing query_range's step from the time range and the chart's width the way Grafana does (range / pixels,
// rounded to a friendly interval), never over the server's 11,000 points per series; a $__rate_interval helper;
// Prometheus duration strings ("1h30m", "15s") both ways.
#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace Infradeck {

class QueryStep
{
public:
    static constexpr qint64 MaxPointsPerSeries = 11000;

    // rangeSeconds: end - start; pixelWidth: the plot area's width (one point per pixel at most);
    // minStepSeconds: usually the scrape interval. Result ≥ 1 s and ≥ range / 11,000.
    static qint64 choose(qint64 rangeSeconds, int pixelWidth, qint64 minStepSeconds = 1);
    // Grafana's friendly intervals: 1s 2s 5s 10s 15s 20s 30s 1m 2m 5m 10m 15m 20m 30m 1h 2h 3h 6h 12h 1d 1w 30d
    static qint64 roundInterval(double seconds);
    // $__rate_interval: max(step + scrape interval, 4 × scrape interval), so rate() always sees two samples.
    static qint64 rateInterval(qint64 stepSeconds, qint64 scrapeIntervalSeconds = 15);

    static QString format(qint64 seconds);                      // 90 → "1m30s", 3600 → "1h"
    static std::optional<qint64> parse(const QString &duration); // "1h30m", "15s", "2d", "1w", "90" → seconds
};

} // namespace Infradeck
