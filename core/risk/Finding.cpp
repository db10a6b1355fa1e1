#include "Finding.h"

namespace Infradeck {

QString Finding::severityName(Severity severity)
{
    switch (severity) {
    case Severity::High:
        return QStringLiteral("high");
    case Severity::Medium:
        return QStringLiteral("medium");
    case Severity::Low:
        return QStringLiteral("low");
    }
    return {};
}

bool Finding::severityFromName(const QString &name, Severity *severity)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("high"))
        *severity = Severity::High;
    else if (n == QLatin1String("medium"))
        *severity = Severity::Medium;
    else if (n == QLatin1String("low"))
        *severity = Severity::Low;
    else
        return false;
    return true;
}

} // namespace Infradeck
