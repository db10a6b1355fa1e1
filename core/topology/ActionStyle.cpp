#include "topology/ActionStyle.h"

#include <QCoreApplication>

namespace Infradeck {

QString ActionStyle::fillColor(Graph::Action action)
{
    switch (action) {
    case Graph::Action::Create: return QStringLiteral("#c8f0c8");
    case Graph::Action::Update: return QStringLiteral("#fff0b3");
    case Graph::Action::Delete: return QStringLiteral("#f8c8c8");
    case Graph::Action::Replace: return QStringLiteral("#f6d2ee");
    case Graph::Action::Read: return QStringLiteral("#d4e6fa");
    case Graph::Action::Drift: return QStringLiteral("#ffd9b3");
    case Graph::Action::Unknown: return QStringLiteral("#e6e6e6");
    case Graph::Action::NoOp: return QStringLiteral("#f7f7f7");
    }
    return QStringLiteral("#f7f7f7");
}

QString ActionStyle::strokeColor(Graph::Action action)
{
    switch (action) {
    case Graph::Action::Create: return QStringLiteral("#2e7d32");
    case Graph::Action::Update: return QStringLiteral("#b58900");
    case Graph::Action::Delete: return QStringLiteral("#c62828");
    case Graph::Action::Replace: return QStringLiteral("#8e24aa");
    case Graph::Action::Read: return QStringLiteral("#1565c0");
    case Graph::Action::Drift: return QStringLiteral("#e65100");
    case Graph::Action::Unknown: return QStringLiteral("#616161");
    case Graph::Action::NoOp: return QStringLiteral("#9e9e9e");
    }
    return QStringLiteral("#9e9e9e");
}

QString ActionStyle::symbol(Graph::Action action)
{
    switch (action) {
    case Graph::Action::Create: return QStringLiteral("+");
    case Graph::Action::Update: return QStringLiteral("~");
    case Graph::Action::Delete: return QString(QChar(0x2212));
    case Graph::Action::Replace: return QString(QChar(0x00B1));
    case Graph::Action::Read: return QString(QChar(0x21BB));
    case Graph::Action::Drift: return QString(QChar(0x2260));
    case Graph::Action::Unknown: return QStringLiteral("?");
    case Graph::Action::NoOp: return {};
    }
    return {};
}

QString ActionStyle::asciiSymbol(Graph::Action action)
{
    switch (action) {
    case Graph::Action::Create: return QStringLiteral("+");
    case Graph::Action::Update: return QStringLiteral("~");
    case Graph::Action::Delete: return QStringLiteral("-");
    case Graph::Action::Replace: return QStringLiteral("+/-");
    case Graph::Action::Read: return QStringLiteral("<=");
    case Graph::Action::Drift: return QStringLiteral("!=");
    case Graph::Action::Unknown: return QStringLiteral("?");
    case Graph::Action::NoOp: return {};
    }
    return {};
}

QString ActionStyle::displayName(Graph::Action action)
{
    switch (action) {
    case Graph::Action::Create: return QCoreApplication::translate("Topology", "Create");
    case Graph::Action::Update: return QCoreApplication::translate("Topology", "Update");
    case Graph::Action::Delete: return QCoreApplication::translate("Topology", "Delete");
    case Graph::Action::Replace: return QCoreApplication::translate("Topology", "Replace");
    case Graph::Action::Read: return QCoreApplication::translate("Topology", "Read");
    case Graph::Action::Drift: return QCoreApplication::translate("Topology", "Drift");
    case Graph::Action::Unknown: return QCoreApplication::translate("Topology", "Unknown");
    case Graph::Action::NoOp: return QCoreApplication::translate("Topology", "No change");
    }
    return {};
}

QList<Graph::Action> ActionStyle::legendOrder()
{
    return {Graph::Action::Create, Graph::Action::Update, Graph::Action::Replace, Graph::Action::Delete,
            Graph::Action::Drift,  Graph::Action::Read,   Graph::Action::Unknown, Graph::Action::NoOp};
}

QString ActionStyle::providerBadge(const QString &provider)
{
    const QString p = provider.toLower();
    if (p.contains(QLatin1String("hcloud")) || p.contains(QLatin1String("hetzner")))
        return QStringLiteral("H");
    if (p.contains(QLatin1String("aws")))
        return QStringLiteral("aws");
    if (p.contains(QLatin1String("google")))
        return QStringLiteral("G");
    if (p.contains(QLatin1String("openstack")) || p.contains(QLatin1String("ovh")))
        return QStringLiteral("OS");
    if (p.contains(QLatin1String("vercel")))
        return QString(QChar(0x25B2));
    return {};
}

QString ActionStyle::providerColor(const QString &provider)
{
    const QString p = provider.toLower();
    if (p.contains(QLatin1String("hcloud")) || p.contains(QLatin1String("hetzner")))
        return QStringLiteral("#d50c2d");
    if (p.contains(QLatin1String("aws")))
        return QStringLiteral("#ff9900");
    if (p.contains(QLatin1String("google")))
        return QStringLiteral("#4285f4");
    if (p.contains(QLatin1String("openstack")) || p.contains(QLatin1String("ovh")))
        return QStringLiteral("#123f6d");
    if (p.contains(QLatin1String("vercel")))
        return QStringLiteral("#000000");
    return QStringLiteral("#757575");
}

} // namespace Infradeck
