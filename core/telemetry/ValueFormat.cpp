#include "ValueFormat.h"

#include <QCoreApplication>

#include <cmath>

namespace Infradeck {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Infradeck::ValueFormat)
};

QString number(double v, int precision)
{
    return QString::number(v, 'g', std::max(1, precision));
}

QString scaled(double v, double base, const char *const *prefixes, int count, const QString &suffix, int precision)
{
    int i = 0;
    double a = std::fabs(v);
    while (a >= base && i < count - 1) {
        a /= base;
        v /= base;
        ++i;
    }
    return number(v, precision) + QLatin1Char(' ') + QLatin1String(prefixes[i]) + suffix;
}

} // namespace

QString ValueFormat::format(double value, const QString &unit, int precision)
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf");
    static const char *const iec[] = {"", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"};
    static const char *const si[] = {"", "k", "M", "G", "T", "P"};
    if (unit == QLatin1String("percent"))
        return number(value, precision) + QStringLiteral(" %");
    if (unit == QLatin1String("percentunit"))
        return number(value * 100, precision) + QStringLiteral(" %");
    if (unit == QLatin1String("bytes"))
        return scaled(value, 1024, iec, 7, QStringLiteral("B"), precision);
    if (unit == QLatin1String("Bps"))
        return scaled(value, 1024, iec, 7, QStringLiteral("B/s"), precision);
    if (unit == QLatin1String("bps"))
        return scaled(value, 1000, si, 6, QStringLiteral("b/s"), precision);
    if (unit == QLatin1String("reqps"))
        return scaled(value, 1000, si, 6, Tr::tr("req/s"), precision);
    if (unit == QLatin1String("ops"))
        return scaled(value, 1000, si, 6, Tr::tr("ops/s"), precision);
    if (unit == QLatin1String("seconds")) {
        const double a = std::fabs(value);
        if (a != 0 && a < 1e-3)
            return number(value * 1e6, precision) + QStringLiteral(" µs");
        if (a != 0 && a < 1)
            return number(value * 1e3, precision) + QStringLiteral(" ms");
        return number(value, precision) + QStringLiteral(" s");
    }
    const QString s = scaled(value, 1000, si, 6, QString(), precision);
    return s.endsWith(QLatin1Char(' ')) ? s.chopped(1) : s;
}

QString ValueFormat::unitSuffix(const QString &unit)
{
    if (unit == QLatin1String("percent") || unit == QLatin1String("percentunit"))
        return QStringLiteral("%");
    if (unit == QLatin1String("bytes"))
        return QStringLiteral("B");
    if (unit == QLatin1String("Bps"))
        return QStringLiteral("B/s");
    if (unit == QLatin1String("bps"))
        return QStringLiteral("b/s");
    if (unit == QLatin1String("reqps"))
        return Tr::tr("req/s");
    if (unit == QLatin1String("ops"))
        return Tr::tr("ops/s");
    if (unit == QLatin1String("seconds"))
        return QStringLiteral("s");
    return QString();
}

} // namespace Infradeck
