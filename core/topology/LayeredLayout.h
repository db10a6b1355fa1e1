// Sugiyama-style layered layout of a Graph with module clusters: cycle breaking, layering, dummy nodes,
// cluster-aware crossing reduction, constraint-based coordinates, polyline routes. Pure computation: safe to
// run on the thread pool through runAsync; deterministic for the same input.
#pragma once

#include "topology/Graph.h"

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <utility>
#include <vector>

namespace Infradeck {

class TaskControl;

// Spacing and effort of LayeredLayout (outside the class so it can be a default argument).
struct LayeredLayoutOptions
{
    double nodeSep = 24;          // horizontal gap between node boxes
    double rankSep = 56;          // minimum vertical gap between layers
    double clusterPadX = 12;      // cluster border to its content, horizontally
    double clusterPadTop = 22;    // per nesting level, room for the cluster title
    double clusterPadBottom = 10; // per nesting level
    double clusterGap = 16;       // between sibling cluster boxes
    int maxSweeps = 24;           // crossing-reduction sweeps (down + up count as two), each followed by transposes
    int patience = 6;             // stop after this many sweeps without fewer crossings
    bool median = false;          // weighted median instead of barycenter (barycenter measured slightly better)
    int transposePasses = 6;      // final adjacent-swap passes
    int coordinateIterations = 10;
    double clusterCohesion = 1.0; // pull of a module's centre on its members, relative to their edges
};

class LayeredLayout
{
public:
    using Options = LayeredLayoutOptions;

    struct Route
    {
        int edge = -1;          // index into Graph::edges()
        QList<QPointF> points;  // from the "from" node's border to the "to" node's border, bends at dummies
        bool reversed = false;  // drawn against the layering because cycle breaking reversed it
    };

    struct ClusterBox
    {
        QString key;   // "module.net.module.sub"
        QString title; // last path element: "module.sub"
        int depth = 1; // 1 = outermost
        QRectF rect;
    };

    struct Result
    {
        std::vector<QRectF> nodes; // per Graph node index
        std::vector<int> layers;   // per Graph node index
        std::vector<Route> routes; // one per non-self-loop edge
        std::vector<ClusterBox> clusters;
        QRectF bounds;
        int layerCount = 0;
        int dummyCount = 0;
        int reversedEdges = 0;
        qint64 crossings = 0; // between consecutive layers, dummy segments included
        bool canceled = false;
    };

    // Width from the label's length (monospace estimate); callers with fonts pass real sizes instead.
    static QSizeF defaultNodeSize(const Graph::Node &node);

    // sizes: one per node, or empty for defaultNodeSize. control may be null; when it reports cancellation
    // the result comes back early with canceled = true.
    static Result layout(const Graph &graph, const std::vector<QSizeF> &sizes = {}, const Options &options = {},
                         const TaskControl *control = nullptr);

    // Crossings among straight segments between two horizontal lines: (x on the upper line, x on the lower).
    // Segments sharing an end point do not cross. O(S log S).
    using Segment = std::pair<double, double>;
    static qint64 countCrossings(std::vector<Segment> segments);
};

} // namespace Infradeck
