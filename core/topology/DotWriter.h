// Graphviz DOT text of a Graph: nodes coloured by action, modules as nested clusters, an optional legend.
// Labels are resource addresses only, never attribute values.
#pragma once

#include "topology/Graph.h"

#include <QString>

namespace Infradeck {

struct DotWriterOptions
{
    bool clusters = true;
    bool legend = true;
    bool styled = true; // colours and shapes; off gives the bare structure (benchmarks)
};

class DotWriter
{
public:
    static QString write(const Graph &graph, const DotWriterOptions &options = {});
    static QString quoted(const QString &text); // "..." with DOT escapes
};

} // namespace Infradeck
