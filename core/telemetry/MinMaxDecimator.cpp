#include "MinMaxDecimator.h"

#include <algorithm>
#include <cmath>

namespace Infradeck {

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
    const double *t = times.constData();
    const double *v = values.constData();
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
    return out;
}

} // namespace Infradeck
