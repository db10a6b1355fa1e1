// Values with their units for axes, legends and read-outs: percent, bytes (IEC), bytes/s, req/s, seconds.
#pragma once

#include <QString>

namespace Infradeck {

class ValueFormat
{
public:
    static QString format(double value, const QString &unit, int precision = 3);
    static QString unitSuffix(const QString &unit); // for axis titles: "%", "B/s", "req/s", ...
};

} // namespace Infradeck
