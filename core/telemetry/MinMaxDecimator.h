// Display decimation for long series: per pixel column keep the first, minimum, maximum and last sample (in time
// order), so the drawn envelope — each column's min and max — is exactly that of the full series.
#pragma once

#include <QList>
#include <QPointF>

namespace Infradeck {

class MinMaxDecimator
{
public:
    // times/values aligned; x range [tMin, tMax] maps to `columns` pixel columns. Non-finite values (NaN, ±Inf) are
    // not drawable and are left out. Returns the input unchanged (finite points only) when it already fits.
    static QList<QPointF> decimate(const QList<double> &times, const QList<double> &values, double tMin, double tMax, int columns);
    // The same per run of finite samples: a NaN or ±Inf breaks the line, so each run is its own segment (a gap
    // between them). A gap narrower than a pixel column is invisible: the runs on both sides of it are joined, which
    // bounds the number of segments by the number of columns.
    static QList<QList<QPointF>> decimateSegments(const QList<double> &times, const QList<double> &values, double tMin, double tMax,
                                                  int columns);
    static int column(double t, double tMin, double tMax, int columns);
};

} // namespace Infradeck
