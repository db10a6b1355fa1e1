#include "MinMaxDecimator.h"

#include <algorithm>
#include <cmath>

namespace Infradeck {

namespace {

// Per pixel column the first, minimum, maximum and last finite sample, in time order, appended to out.
void reduce(const double *t, const double *v, qsizetype n, double tMin, double tMax, int columns, QList<QPointF> &out)
{
    const double scale = tMax > tMin ? columns / (tMax - tMin) : 0.0;
    qsizetype i = 0;
    while (i < n) {
        if (!std::isfinite(v[i])) {
            ++i;
            continue;
        }
        const int c = std::clamp(int(std::floor((t[i] - tMin) * scale)), 0, columns - 1);
        qsizetype first = i, last = i, lo = i, hi = i;
        for (++i; i < n; ++i) {
            if (!std::isfinite(v[i]))
                continue;
            if (std::clamp(int(std::floor((t[i] - tMin) * scale)), 0, columns - 1) != c)
                break;
            last = i;
            if (v[i] < v[lo])
                lo = i;
            if (v[i] > v[hi])
                hi = i;
        }
        qsizetype keep[4] = {first, std::min(lo, hi), std::max(lo, hi), last};
        qsizetype previous = -1;
        for (qsizetype k : keep) {
            if (k != previous)
                out.append(QPointF(t[k], v[k]));
            previous = k;
        }
    }
}

} // namespace

int MinMaxDecimator::column(double t, double tMin, double tMax, int columns)
{
    if (columns <= 1 || !(tMax > tMin))
        return 0;
    const int c = int(std::floor((t - tMin) / (tMax - tMin) * columns));
    return std::clamp(c, 0, columns - 1);
}

QList<QPointF> MinMaxDecimator::decimate(const QList<double> &times, const QList<double> &values, double tMin, double tMax, int columns)
{
    const qsizetype n = std::min(times.size(), values.size());
    QList<QPointF> out;
    columns = std::max(1, columns);
    if (n <= 4 * qsizetype(columns)) {
        out.reserve(n);
        for (qsizetype i = 0; i < n; ++i)
            if (std::isfinite(values[i]))
                out.append(QPointF(times[i], values[i]));
        return out;
    }
    out.reserve(4 * columns);
    reduce(times.constData(), values.constData(), n, tMin, tMax, columns, out);
    return out;
}

QList<QList<QPointF>> MinMaxDecimator::decimateSegments(const QList<double> &times, const QList<double> &values, double tMin, double tMax,
                                                        int columns)
{
    const qsizetype n = std::min(times.size(), values.size());
    columns = std::max(1, columns);
    QList<QList<QPointF>> segments;
    qsizetype i = 0;
    int lastColumn = -1; // column of the last finite sample of the previous run
    while (i < n) {
        while (i < n && !std::isfinite(values[i]))
            ++i;
        if (i >= n)
            break;
        qsizetype end = i;
        while (end < n && std::isfinite(values[end]))
            ++end;
        // [i, end) is one run of finite samples.
        const int firstColumn = column(times[i], tMin, tMax, columns);
        // Reduced when the run has more than 4 samples per column it spans (a short run may still crowd a few
        // columns), else kept as it is.
        const int endColumn = column(times[end - 1], tMin, tMax, columns);
        QList<QPointF> points;
        if (end - i > 4 * qsizetype(endColumn - firstColumn + 1)) {
            reduce(times.constData() + i, values.constData() + i, end - i, tMin, tMax, columns, points);
        } else {
            points.reserve(end - i);
            for (qsizetype k = i; k < end; ++k)
                points.append(QPointF(times[k], values[k]));
        }
        if (!segments.isEmpty() && firstColumn == lastColumn)
            segments.last().append(points); // the gap is within one pixel column
        else
            segments.append(std::move(points));
        lastColumn = endColumn;
        i = end;
    }
    return segments;
}

} // namespace Infradeck
