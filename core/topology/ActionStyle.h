// How each Graph::Action looks everywhere (diagram, SVG, DOT, legend): one palette, one symbol, one name.
#pragma once

#include "topology/Graph.h"

#include <QList>
#include <QString>

namespace Infradeck {

class ActionStyle
{
public:
    static QString fillColor(Graph::Action action);   // "#rrggbb", light enough for black text
    static QString strokeColor(Graph::Action action); // "#rrggbb"
    static QString symbol(Graph::Action action);      // "+", "~", "−", "±", "↻", "≠", "?", "" (ASCII-safe in DOT)
    static QString asciiSymbol(Graph::Action action); // "+", "~", "-", "+/-", "<=", "!=", "?", ""
    static QString displayName(Graph::Action action); // translated: "Create", "Update", ...
    // Legend order: the consequential actions first.
    static QList<Graph::Action> legendOrder();
    // Short badge text for a provider: "hc" hcloud, "aws", "G" google, "os" openstack/ovh, "▲" vercel; empty else.
    static QString providerBadge(const QString &provider);
    static QString providerColor(const QString &provider);
};

} // namespace Infradeck
