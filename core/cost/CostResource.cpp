#include "CostResource.h"

namespace Infradeck {

QString CostResource::shortProviderName(const QString &providerAddress)
{
    QString p = providerAddress;
    const int open = p.indexOf(QLatin1String("[\""));
    if (open >= 0) {
        const int close = p.indexOf(QLatin1String("\"]"), open);
        p = p.mid(open + 2, close < 0 ? -1 : close - open - 2);
    } else if (p.startsWith(QLatin1String("provider."))) {
        p = p.mid(9);
    }
    const int slash = p.lastIndexOf(QLatin1Char('/'));
    if (slash >= 0)
        p = p.mid(slash + 1);
    const int dot = p.indexOf(QLatin1Char('.')); // provider.aws.west alias
    if (dot >= 0)
        p = p.left(dot);
    return p;
}

} // namespace Infradeck
