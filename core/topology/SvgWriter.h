// SVG text of a laid-out Graph (text only: core links no GUI module): cluster boxes, edges as polylines with
// arrow heads, nodes coloured by action with their address, provider badges and a legend.
#pragma once

#include "topology/Graph.h"
#include "topology/LayeredLayout.h"

#include <QString>

namespace Infradeck {

struct SvgWriterOptions
{
    bool legend = true;
    QString title; // <title> of the document; empty → "Infradeck topology"
};

class SvgWriter
{
public:
    static QString write(const Graph &graph, const LayeredLayout::Result &layout, const SvgWriterOptions &options = {});
    static QString escaped(const QString &text); // XML text/attribute escaping
};

} // namespace Infradeck
