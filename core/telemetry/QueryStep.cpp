#include "QueryStep.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace Infradeck {

qint64 QueryStep::roundInterval(double s)
{
    struct Band
    {
        double upTo;
        qint64 step;
    };
    static constexpr Band bands[] = {{1.5, 1},       {3.5, 2},       {7.5, 5},       {12.5, 10},      {17.5, 15},     {25, 20},
                                     {45, 30},       {90, 60},       {210, 120},     {450, 300},      {750, 600},     {1050, 900},
                                     {1500, 1200},   {2700, 1800},   {5400, 3600},   {9000, 7200},    {16200, 10800}, {32400, 21600},
                                     {86400, 43200}, {604800, 86400}, {1814400, 604800}};
    for (const Band &b : bands)
        if (s <= b.upTo)
            return b.step;
    return 30 * 86400;
}

qint64 QueryStep::choose(qint64 rangeSeconds, int pixelWidth, qint64 minStepSeconds)
{
    const qint64 range = std::max<qint64>(1, rangeSeconds);
    const qint64 step = roundInterval(double(range) / std::max(1, pixelWidth));
    const qint64 serverMinimum = (range + MaxPointsPerSeries - 1) / MaxPointsPerSeries;
    return std::max({step, minStepSeconds, serverMinimum, qint64(1)});
}

qint64 QueryStep::rateInterval(qint64 stepSeconds, qint64 scrapeIntervalSeconds)
{
    const qint64 scrape = std::max<qint64>(1, scrapeIntervalSeconds);
    return std::max(stepSeconds + scrape, 4 * scrape);
}

QString QueryStep::format(qint64 seconds)
{
    if (seconds <= 0)
        return QStringLiteral("0s");
    static constexpr std::pair<qint64, char> units[] = {{604800, 'w'}, {86400, 'd'}, {3600, 'h'}, {60, 'm'}, {1, 's'}};
    QString out;
    for (const auto &[size, unit] : units) {
        if (seconds >= size) {
            out += QString::number(seconds / size) + QLatin1Char(unit);
            seconds %= size;
        }
    }
    return out;
}

std::optional<qint64> QueryStep::parse(const QString &duration)
{
    const QString text = duration.trimmed();
    bool isNumber = false;
    const double plain = text.toDouble(&isNumber);
    if (isNumber)
        return plain > 0 ? std::optional<qint64>(qint64(std::ceil(plain))) : std::nullopt;
    static const QRegularExpression whole(QStringLiteral("^(?:\\d+(?:ms|[smhdwy]))+$"));
    if (!whole.match(text).hasMatch())
        return std::nullopt;
    static const QRegularExpression part(QStringLiteral("(\\d+)(ms|[smhdwy])"));
    double total = 0;
    for (auto it = part.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const double n = m.captured(1).toDouble();
        const QString u = m.captured(2);
        total += u == QLatin1String("ms") ? n / 1000.0
               : u == QLatin1String("s")  ? n
               : u == QLatin1String("m")  ? n * 60
               : u == QLatin1String("h")  ? n * 3600
               : u == QLatin1String("d")  ? n * 86400
               : u == QLatin1String("w")  ? n * 604800
                                          : n * 365 * 86400;
    }
    if (total <= 0)
        return std::nullopt;
    return qint64(std::ceil(total));
}

} // namespace Infradeck
