#include "topology/LayeredLayout.h"

#include "common/Async.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace Infradeck {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

enum VertexKind : unsigned char { RealVertex, DummyVertex, FillerVertex };

// Compressed adjacency: neighbours of vertex v are items[start[v] .. start[v+1]).
struct Csr
{
    std::vector<int> start;
    std::vector<int> items;
    std::vector<float> weights;

    void build(int count, const std::vector<std::pair<int, int>> &pairs, const std::vector<float> &pairWeights)
    {
        start.assign(size_t(count) + 1, 0);
        for (const auto &p : pairs)
            ++start[size_t(p.first) + 1];
        for (size_t i = 1; i < start.size(); ++i)
            start[i] += start[i - 1];
        items.resize(pairs.size());
        weights.resize(pairs.size());
        std::vector<int> fill(start.begin(), start.end() - 1);
        for (size_t i = 0; i < pairs.size(); ++i) {
            const int at = fill[size_t(pairs[i].first)]++;
            items[size_t(at)] = pairs[i].second;
            weights[size_t(at)] = pairWeights.empty() ? 1.0f : pairWeights[i];
        }
    }
    int begin(int v) const { return start[size_t(v)]; }
    int end(int v) const { return start[size_t(v) + 1]; }
};

bool canceled(const TaskControl *control)
{
    return control && control->isCanceled();
}

class Engine
{
public:
    Engine(const Graph &graph, const std::vector<QSizeF> &sizes, const LayeredLayout::Options &options,
           const TaskControl *control)
        : m_graph(graph), m_options(options), m_control(control)
    {
        const int n = graph.nodeCount();
        m_sizes.resize(size_t(n));
        for (int i = 0; i < n; ++i) {
            const bool given = size_t(i) < sizes.size() && sizes[size_t(i)].isValid() && !sizes[size_t(i)].isEmpty();
            m_sizes[size_t(i)] = given ? sizes[size_t(i)] : LayeredLayout::defaultNodeSize(graph.node(i));
        }
    }

    LayeredLayout::Result run()
    {
        LayeredLayout::Result result;
        result.canceled = true; // until the end
        buildClusters();
        breakCycles();
        if (canceled(m_control))
            return result;
        assignLayers();
        progress(1);
        buildProperGraph();
        if (canceled(m_control))
            return result;
        progress(2);
        if (!reduceCrossings())
            return result;
        progress(3);
        if (!assignCoordinates())
            return result;
        progress(4);
        fillResult(result);
        result.canceled = false;
        return result;
    }

private:
    void progress(int step) const
    {
        if (m_control)
            m_control->setProgress(step, 5);
    }

    // ---- clusters -------------------------------------------------------------------------------------
    void buildClusters()
    {
        QHash<QString, int> ids;
        const int n = m_graph.nodeCount();
        m_nodeCluster.assign(size_t(n), -1);
        for (int i = 0; i < n; ++i) {
            const QStringList &path = m_graph.node(i).cluster;
            int parent = -1;
            QString key;
            for (qsizetype d = 0; d < path.size(); ++d) {
                key = d == 0 ? path[d] : key + QLatin1Char('.') + path[d];
                auto it = ids.constFind(key);
                int id;
                if (it == ids.constEnd()) {
                    id = int(m_clusterKey.size());
                    ids.insert(key, id);
                    m_clusterKey.push_back(key);
                    m_clusterTitle.push_back(path[d]);
                    m_clusterParent.push_back(parent);
                    m_clusterDepth.push_back(int(d) + 1);
                } else {
                    id = *it;
                }
                parent = id;
            }
            m_nodeCluster[size_t(i)] = parent;
        }
        const size_t c = m_clusterKey.size();
        m_clusterChain.resize(c);
        m_clusterHeight.assign(c, 1);
        for (size_t id = 0; id < c; ++id) {
            std::vector<int> chain;
            for (int at = int(id); at >= 0; at = m_clusterParent[size_t(at)])
                chain.push_back(at);
            std::reverse(chain.begin(), chain.end());
            m_clusterChain[id] = std::move(chain);
        }
        // Heights: deeper first so parents see their children's final height.
        m_clustersDeepFirst.resize(c);
        std::iota(m_clustersDeepFirst.begin(), m_clustersDeepFirst.end(), 0);
        std::stable_sort(m_clustersDeepFirst.begin(), m_clustersDeepFirst.end(),
                         [this](int a, int b) { return m_clusterDepth[size_t(a)] > m_clusterDepth[size_t(b)]; });
        for (int id : m_clustersDeepFirst) {
            const int parent = m_clusterParent[size_t(id)];
            if (parent >= 0)
                m_clusterHeight[size_t(parent)] =
                    std::max(m_clusterHeight[size_t(parent)], m_clusterHeight[size_t(id)] + 1);
        }
    }

    // ---- cycle breaking: iterative DFS in node order; edges to a node on the stack are reversed ---------
    void breakCycles()
    {
        const int n = m_graph.nodeCount();
        std::vector<std::pair<int, int>> pairs;
        for (int e = 0; e < m_graph.edgeCount(); ++e)
            pairs.emplace_back(m_graph.edges()[size_t(e)].from, e);
        Csr out;
        out.build(n, pairs, {});
        std::vector<unsigned char> state(size_t(n), 0); // 0 new, 1 on stack, 2 done
        m_edgeReversed.assign(size_t(m_graph.edgeCount()), false);
        std::vector<std::pair<int, int>> stack; // vertex, next out-edge slot
        for (int root = 0; root < n; ++root) {
            if (state[size_t(root)])
                continue;
            stack.emplace_back(root, out.begin(root));
            state[size_t(root)] = 1;
            while (!stack.empty()) {
                auto &[v, slot] = stack.back();
                if (slot == out.end(v)) {
                    state[size_t(v)] = 2;
                    stack.pop_back();
                    continue;
                }
                const int e = out.items[size_t(slot++)];
                const int w = m_graph.edges()[size_t(e)].to;
                if (state[size_t(w)] == 1) {
                    m_edgeReversed[size_t(e)] = true;
                } else if (state[size_t(w)] == 0) {
                    state[size_t(w)] = 1;
                    stack.emplace_back(w, out.begin(w));
                }
            }
        }
        for (int e = 0; e < m_graph.edgeCount(); ++e) {
            const Graph::Edge &edge = m_graph.edges()[size_t(e)];
            if (edge.from == edge.to)
                continue;
            m_dagEdges.push_back(m_edgeReversed[size_t(e)] ? DagEdge{edge.to, edge.from, e} : DagEdge{edge.from, edge.to, e});
            if (m_edgeReversed[size_t(e)])
                ++m_reversedCount;
        }
    }

    // ---- layering: longest path from the sources, then nodes pulled towards the side with more edges ----
    void assignLayers()
    {
        const int n = m_graph.nodeCount();
        std::vector<std::pair<int, int>> outPairs, inPairs;
        for (const DagEdge &e : m_dagEdges) {
            outPairs.emplace_back(e.upper, e.lower);
            inPairs.emplace_back(e.lower, e.upper);
        }
        Csr out, in;
        out.build(n, outPairs, {});
        in.build(n, inPairs, {});
        std::vector<int> indegree(static_cast<size_t>(n));
        for (int v = 0; v < n; ++v)
            indegree[size_t(v)] = in.end(v) - in.begin(v);
        std::vector<int> topo;
        topo.reserve(size_t(n));
        for (int v = 0; v < n; ++v) {
            if (indegree[size_t(v)] == 0)
                topo.push_back(v);
        }
        for (size_t i = 0; i < topo.size(); ++i) {
            const int v = topo[i];
            for (int s = out.begin(v); s < out.end(v); ++s) {
                if (--indegree[size_t(out.items[size_t(s)])] == 0)
                    topo.push_back(out.items[size_t(s)]);
            }
        }
        m_layer.assign(size_t(n), 0);
        for (int v : topo) {
            for (int s = out.begin(v); s < out.end(v); ++s) {
                int &l = m_layer[size_t(out.items[size_t(s)])];
                l = std::max(l, m_layer[size_t(v)] + 1);
            }
        }
        // Balancing: a node with more outgoing than incoming edges moves down next to its highest successor,
        // which shortens the sum of edge lengths (what network simplex minimises exactly).
        for (int pass = 0; pass < 2; ++pass) {
            for (auto it = topo.rbegin(); it != topo.rend(); ++it) {
                const int v = *it;
                const int outDeg = out.end(v) - out.begin(v), inDeg = in.end(v) - in.begin(v);
                if (outDeg <= inDeg)
                    continue;
                int lowest = std::numeric_limits<int>::max();
                for (int s = out.begin(v); s < out.end(v); ++s)
                    lowest = std::min(lowest, m_layer[size_t(out.items[size_t(s)])]);
                m_layer[size_t(v)] = std::max(m_layer[size_t(v)], lowest - 1);
            }
            for (int v : topo) {
                const int outDeg = out.end(v) - out.begin(v), inDeg = in.end(v) - in.begin(v);
                if (inDeg <= outDeg || inDeg == 0)
                    continue;
                int highest = 0;
                for (int s = in.begin(v); s < in.end(v); ++s)
                    highest = std::max(highest, m_layer[size_t(in.items[size_t(s)])] + 1);
                m_layer[size_t(v)] = std::min(m_layer[size_t(v)], highest);
            }
        }
        improveLayers(in, out);
        int minLayer = n ? *std::min_element(m_layer.begin(), m_layer.end()) : 0;
        m_layerCount = 0;
        for (int &l : m_layer) {
            l -= minLayer;
            m_layerCount = std::max(m_layerCount, l + 1);
        }
    }

    // Group moves in the spirit of "promote layering" (Nikolov & Tarassov): move a node one layer up (or
    // down) together with every node it would collide with through a tight edge, when that shortens the edges
    // in total. Single-node moves cannot escape what longest-path layering leaves; network simplex would, at a
    // much higher cost. Groups are capped so a round stays O(V·cap).
    void improveLayers(const Csr &in, const Csr &out)
    {
        const int n = m_graph.nodeCount();
        constexpr int kGroupCap = 96;
        std::vector<int> stamp(size_t(n), -1), group;
        int attempt = 0;
        // A work budget in visited group members keeps huge graphs from spending seconds here.
        const qint64 budget = 150 * (qint64(n) + qint64(m_dagEdges.size()));
        qint64 work = 0;
        for (int round = 0; round < 8 && work < budget; ++round) {
            if (canceled(m_control))
                return;
            bool improved = false;
            for (int direction : {-1, +1}) {
                const Csr &towards = direction < 0 ? in : out; // neighbours in the direction of the move
                for (int v = 0; v < n; ++v) {
                    ++attempt;
                    group.clear();
                    group.push_back(v);
                    stamp[size_t(v)] = attempt;
                    bool tooBig = false;
                    for (size_t i = 0; i < group.size() && !tooBig; ++i) {
                        const int x = group[i];
                        for (int s = towards.begin(x); s < towards.end(x); ++s) {
                            const int u = towards.items[size_t(s)];
                            if (stamp[size_t(u)] != attempt && m_layer[size_t(u)] == m_layer[size_t(x)] + direction) {
                                stamp[size_t(u)] = attempt;
                                group.push_back(u);
                                if (int(group.size()) > kGroupCap) {
                                    tooBig = true;
                                    break;
                                }
                            }
                        }
                    }
                    work += qint64(group.size());
                    if (tooBig)
                        continue;
                    // Edges leaving the group on the far side get longer, those on the near side shorter.
                    int delta = 0;
                    for (int x : group) {
                        for (int s = towards.begin(x); s < towards.end(x); ++s)
                            delta -= stamp[size_t(towards.items[size_t(s)])] != attempt;
                        const Csr &away = direction < 0 ? out : in;
                        for (int s = away.begin(x); s < away.end(x); ++s)
                            delta += stamp[size_t(away.items[size_t(s)])] != attempt;
                    }
                    if (delta < 0) {
                        for (int x : group)
                            m_layer[size_t(x)] += direction;
                        improved = true;
                    }
                }
            }
            if (!improved)
                break;
        }
    }

    // ---- proper layered graph: dummies on long edges, fillers so each cluster is present on its span ----
    int addVertex(VertexKind kind, int layer, int cluster, double half, double height)
    {
        m_vKind.push_back(kind);
        m_vLayer.push_back(layer);
        m_vCluster.push_back(cluster);
        m_vHalf.push_back(half);
        m_vHeight.push_back(height);
        return int(m_vKind.size()) - 1;
    }

    int clusterCovering(int cluster, int layer) const
    {
        while (cluster >= 0
               && (layer < m_clusterTop[size_t(cluster)] || layer > m_clusterBottom[size_t(cluster)]))
            cluster = m_clusterParent[size_t(cluster)];
        return cluster;
    }

    void buildProperGraph()
    {
        const int n = m_graph.nodeCount();
        for (int v = 0; v < n; ++v)
            addVertex(RealVertex, m_layer[size_t(v)], m_nodeCluster[size_t(v)], m_sizes[size_t(v)].width() / 2,
                      m_sizes[size_t(v)].height());
        const size_t c = m_clusterKey.size();
        m_clusterTop.assign(c, std::numeric_limits<int>::max());
        m_clusterBottom.assign(c, -1);
        for (int v = 0; v < n; ++v) {
            for (int at = m_nodeCluster[size_t(v)]; at >= 0; at = m_clusterParent[size_t(at)]) {
                m_clusterTop[size_t(at)] = std::min(m_clusterTop[size_t(at)], m_layer[size_t(v)]);
                m_clusterBottom[size_t(at)] = std::max(m_clusterBottom[size_t(at)], m_layer[size_t(v)]);
            }
        }
        std::vector<std::pair<int, int>> segments;
        std::vector<float> weights;
        m_chainStart.reserve(m_dagEdges.size() + 1);
        for (const DagEdge &e : m_dagEdges) {
            m_chainStart.push_back(int(m_chain.size()));
            const int top = m_layer[size_t(e.upper)], bottom = m_layer[size_t(e.lower)];
            int previous = e.upper;
            m_chain.push_back(e.upper);
            for (int l = top + 1; l < bottom; ++l) {
                const int cu = clusterCovering(m_nodeCluster[size_t(e.upper)], l);
                const int cl = clusterCovering(m_nodeCluster[size_t(e.lower)], l);
                const int du = cu < 0 ? 0 : m_clusterDepth[size_t(cu)];
                const int dl = cl < 0 ? 0 : m_clusterDepth[size_t(cl)];
                const int cluster = du > dl ? cu : dl > du ? cl : (l - top <= bottom - l ? cu : cl);
                const int d = addVertex(DummyVertex, l, cluster, 1.0, 0.0);
                segments.emplace_back(previous, d);
                weights.push_back(previous >= n ? 8.0f : 2.0f);
                m_chain.push_back(d);
                previous = d;
            }
            segments.emplace_back(previous, e.lower);
            weights.push_back(previous >= n ? 2.0f : 1.0f);
            m_chain.push_back(e.lower);
        }
        m_chainStart.push_back(int(m_chain.size()));
        m_dummyCount = int(m_vKind.size()) - n;

        // Fillers: a cluster with no member on a layer inside its span gets an invisible placeholder there, so
        // the ordering keeps the cluster's block (and box) on every layer it spans.
        if (c > 0) {
            std::vector<std::vector<bool>> present(c);
            for (size_t id = 0; id < c; ++id)
                present[id].assign(size_t(std::max(0, m_clusterBottom[id] - m_clusterTop[id] + 1)), false);
            for (size_t v = 0; v < m_vKind.size(); ++v) {
                for (int at = m_vCluster[v]; at >= 0; at = m_clusterParent[size_t(at)])
                    present[size_t(at)][size_t(m_vLayer[v] - m_clusterTop[size_t(at)])] = true;
            }
            for (int id : m_clustersDeepFirst) {
                for (int l = m_clusterTop[size_t(id)]; l <= m_clusterBottom[size_t(id)]; ++l) {
                    if (present[size_t(id)][size_t(l - m_clusterTop[size_t(id)])])
                        continue;
                    addVertex(FillerVertex, l, id, 0.0, 0.0);
                    for (int at = id; at >= 0; at = m_clusterParent[size_t(at)])
                        present[size_t(at)][size_t(l - m_clusterTop[size_t(at)])] = true;
                }
            }
        }

        const int count = int(m_vKind.size());
        std::vector<std::pair<int, int>> reversed;
        reversed.reserve(segments.size());
        for (const auto &s : segments)
            reversed.emplace_back(s.second, s.first);
        m_down.build(count, segments, weights);
        m_up.build(count, reversed, weights);

        m_layers.assign(size_t(m_layerCount), {});
        for (int v = 0; v < count; ++v)
            m_layers[size_t(m_vLayer[size_t(v)])].push_back(v);
        m_pos.assign(size_t(count), 0);
        m_npos.assign(size_t(count), 0.0);
        m_bary.assign(size_t(count), 0.0);
        m_clusterValue.assign(c, 0.0);
        for (size_t id = 0; id < c; ++id)
            m_clusterValue[id] = double(id); // first appearance until positions exist
        // Initial order: depth-first discovery from the nodes in graph order, so that connected vertices start
        // close together (as in dot); vertices never reached (fillers) keep their creation order after them.
        std::vector<int> stack;
        std::vector<bool> seen(size_t(count), false);
        int visit = 0;
        for (int root = 0; root < n; ++root) {
            if (seen[size_t(root)] || m_up.end(root) != m_up.begin(root))
                continue;
            stack.push_back(root);
            seen[size_t(root)] = true;
            while (!stack.empty()) {
                const int v = stack.back();
                stack.pop_back();
                m_bary[size_t(v)] = double(visit++);
                for (int s = m_down.end(v) - 1; s >= m_down.begin(v); --s) {
                    const int w = m_down.items[size_t(s)];
                    if (!seen[size_t(w)]) {
                        seen[size_t(w)] = true;
                        stack.push_back(w);
                    }
                }
            }
        }
        for (int v = 0; v < count; ++v) {
            if (!seen[size_t(v)])
                m_bary[size_t(v)] = double(visit + v);
        }
        for (auto &layer : m_layers)
            sortLayer(layer);
    }

    // ---- crossing reduction -----------------------------------------------------------------------------
    // Order inside a layer: lexicographic on the cluster chain (each cluster's global value, then its id),
    // ending with the vertex's own barycenter. Clusters thus stay contiguous and in the same relative order
    // on every layer, which is what keeps their boxes from overlapping.
    bool vertexLess(int a, int b) const
    {
        const int ca = m_vCluster[size_t(a)], cb = m_vCluster[size_t(b)];
        const std::vector<int> *chainA = ca >= 0 ? &m_clusterChain[size_t(ca)] : nullptr;
        const std::vector<int> *chainB = cb >= 0 ? &m_clusterChain[size_t(cb)] : nullptr;
        const size_t lenA = chainA ? chainA->size() : 0, lenB = chainB ? chainB->size() : 0;
        const long long clusterBase = 0, vertexBase = (long long)m_clusterKey.size();
        for (size_t i = 0;; ++i) {
            double keyA, keyB;
            long long idA, idB;
            if (i < lenA) {
                idA = clusterBase + (*chainA)[i];
                keyA = m_clusterValue[size_t((*chainA)[i])];
            } else {
                idA = vertexBase + a;
                keyA = m_bary[size_t(a)];
            }
            if (i < lenB) {
                idB = clusterBase + (*chainB)[i];
                keyB = m_clusterValue[size_t((*chainB)[i])];
            } else {
                idB = vertexBase + b;
                keyB = m_bary[size_t(b)];
            }
            if (idA == idB)
                continue;
            if (keyA != keyB)
                return keyA < keyB;
            return idA < idB;
        }
    }

    void sortLayer(std::vector<int> &layer)
    {
        std::sort(layer.begin(), layer.end(), [this](int a, int b) { return vertexLess(a, b); });
        updatePositions(layer);
    }

    void updatePositions(const std::vector<int> &layer)
    {
        const double size = double(layer.size());
        for (size_t i = 0; i < layer.size(); ++i) {
            m_pos[size_t(layer[i])] = int(i);
            m_npos[size_t(layer[i])] = (double(i) + 0.5) / size;
        }
    }

    // Weighted median of the neighbours' positions (Gansner et al.), or their mean on barycenter sweeps.
    void computeBarycenters(const std::vector<int> &layer, const Csr &adjacent, bool median)
    {
        std::vector<double> positions;
        for (int v : layer) {
            const int count = adjacent.end(v) - adjacent.begin(v);
            if (count == 0) {
                m_bary[size_t(v)] = m_npos[size_t(v)];
                continue;
            }
            if (!median || count <= 2) {
                double sum = 0;
                for (int s = adjacent.begin(v); s < adjacent.end(v); ++s)
                    sum += m_npos[size_t(adjacent.items[size_t(s)])];
                m_bary[size_t(v)] = sum / count;
                continue;
            }
            positions.clear();
            for (int s = adjacent.begin(v); s < adjacent.end(v); ++s)
                positions.push_back(m_npos[size_t(adjacent.items[size_t(s)])]);
            std::sort(positions.begin(), positions.end());
            const size_t m = positions.size() / 2;
            if (positions.size() % 2 == 1) {
                m_bary[size_t(v)] = positions[m];
            } else {
                const double left = positions[m - 1] - positions.front();
                const double right = positions.back() - positions[m];
                m_bary[size_t(v)] = left + right > 0
                    ? (positions[m - 1] * right + positions[m] * left) / (left + right)
                    : (positions[m - 1] + positions[m]) / 2;
            }
        }
    }

    void updateClusterValues()
    {
        const size_t c = m_clusterKey.size();
        if (c == 0)
            return;
        std::vector<double> sum(c, 0.0);
        std::vector<int> count(c, 0);
        for (size_t v = 0; v < m_vKind.size(); ++v) {
            const int cluster = m_vCluster[v];
            if (cluster >= 0) {
                sum[size_t(cluster)] += m_npos[v];
                ++count[size_t(cluster)];
            }
        }
        for (int id : m_clustersDeepFirst) {
            const int parent = m_clusterParent[size_t(id)];
            if (parent >= 0) {
                sum[size_t(parent)] += sum[size_t(id)];
                count[size_t(parent)] += count[size_t(id)];
            }
        }
        for (size_t id = 0; id < c; ++id)
            m_clusterValue[id] = count[id] ? sum[id] / count[id] : 0.5;
    }

    qint64 totalCrossings() const
    {
        qint64 total = 0;
        std::vector<LayeredLayout::Segment> segments;
        for (int l = 0; l + 1 < m_layerCount; ++l) {
            segments.clear();
            for (int v : m_layers[size_t(l)]) {
                for (int s = m_down.begin(v); s < m_down.end(v); ++s)
                    segments.emplace_back(m_pos[size_t(v)], m_pos[size_t(m_down.items[size_t(s)])]);
            }
            total += LayeredLayout::countCrossings(segments);
        }
        return total;
    }

    bool reduceCrossings()
    {
        std::vector<std::vector<int>> best = m_layers;
        qint64 bestCrossings = totalCrossings();
        int sinceImprovement = 0;
        for (int sweep = 0; sweep < m_options.maxSweeps && bestCrossings > 0; ++sweep) {
            if (canceled(m_control))
                return false;
            updateClusterValues();
            const bool down = sweep % 2 == 0;
            for (int step = 0; step < m_layerCount; ++step) {
                const int l = down ? step : m_layerCount - 1 - step;
                std::vector<int> &layer = m_layers[size_t(l)];
                if (step == 0) {
                    for (int v : layer)
                        m_bary[size_t(v)] = m_npos[size_t(v)]; // keep the order, re-apply cluster order
                } else {
                    computeBarycenters(layer, down ? m_up : m_down, m_options.median);
                }
                sortLayer(layer);
            }
            if (!transpose(2))
                return false;
            const qint64 crossings = totalCrossings();
            // Gains below 0.1 % do not reset the patience: on huge graphs the last sweeps buy almost nothing.
            const bool significant = double(bestCrossings - crossings) > 0.001 * double(bestCrossings);
            if (crossings < bestCrossings) {
                bestCrossings = crossings;
                best = m_layers;
            }
            if (significant)
                sinceImprovement = 0;
            else if (++sinceImprovement >= m_options.patience)
                break;
        }
        m_layers = std::move(best);
        for (const auto &layer : m_layers)
            updatePositions(layer);
        if (!transpose(m_options.transposePasses))
            return false;
        m_crossings = totalCrossings();
        return true;
    }

    // Crossings between the edges of u and v towards one adjacent layer if u stays left of v.
    qint64 pairCrossings(int u, int v, const Csr &adjacent) const
    {
        qint64 count = 0;
        for (int s = adjacent.begin(u); s < adjacent.end(u); ++s) {
            const int pu = m_pos[size_t(adjacent.items[size_t(s)])];
            for (int t = adjacent.begin(v); t < adjacent.end(v); ++t)
                count += pu > m_pos[size_t(adjacent.items[size_t(t)])];
        }
        return count;
    }

    bool transpose(int passes)
    {
        for (int pass = 0; pass < passes; ++pass) {
            bool improved = false;
            for (int l = 0; l < m_layerCount; ++l) {
                if (canceled(m_control))
                    return false;
                std::vector<int> &layer = m_layers[size_t(l)];
                for (size_t i = 0; i + 1 < layer.size(); ++i) {
                    const int u = layer[i], v = layer[i + 1];
                    if (m_vCluster[size_t(u)] != m_vCluster[size_t(v)])
                        continue;
                    const qint64 work = qint64(m_up.end(u) - m_up.begin(u)) * (m_up.end(v) - m_up.begin(v))
                        + qint64(m_down.end(u) - m_down.begin(u)) * (m_down.end(v) - m_down.begin(v));
                    if (work > 4096)
                        continue;
                    const qint64 keep = pairCrossings(u, v, m_up) + pairCrossings(u, v, m_down);
                    const qint64 swapped = pairCrossings(v, u, m_up) + pairCrossings(v, u, m_down);
                    if (swapped < keep) {
                        std::swap(layer[i], layer[i + 1]);
                        m_pos[size_t(u)] = int(i + 1);
                        m_pos[size_t(v)] = int(i);
                        improved = true;
                    }
                }
            }
            if (!improved)
                break;
        }
        for (const auto &layer : m_layers)
            updatePositions(layer);
        return true;
    }

    // ---- coordinates: difference constraints per layer, balanced towards neighbours ---------------------
    int leftBorder(int cluster) const { return int(m_vKind.size()) + 2 * cluster; }
    int rightBorder(int cluster) const { return int(m_vKind.size()) + 2 * cluster + 1; }
    bool isBorder(int var) const { return var >= int(m_vKind.size()); }
    int borderCluster(int var) const { return (var - int(m_vKind.size())) / 2; }
    bool isLeftBorder(int var) const { return isBorder(var) && (var - int(m_vKind.size())) % 2 == 0; }

    double halfWidth(int var) const { return isBorder(var) ? 0.0 : m_vHalf[size_t(var)]; }

    double gap(int a, int b) const
    {
        if (!isBorder(a) && !isBorder(b)) {
            const bool real = m_vKind[size_t(a)] == RealVertex && m_vKind[size_t(b)] == RealVertex;
            return real ? m_options.nodeSep : m_options.nodeSep / 2;
        }
        if (isBorder(a) && !isLeftBorder(a) && isLeftBorder(b))
            return m_options.clusterGap; // sibling boxes
        return m_options.clusterPadX;
    }

    bool assignCoordinates()
    {
        const int vertexCount = int(m_vKind.size());
        const int varCount = vertexCount + 2 * int(m_clusterKey.size());
        // Constraint edges from consecutive entries of each layer's sequence (borders included).
        std::vector<std::pair<int, int>> pairs;
        std::vector<float> seps;
        std::vector<int> sequence, open;
        for (const auto &layer : m_layers) {
            sequence.clear();
            open.clear();
            for (int v : layer) {
                const int c = m_vCluster[size_t(v)];
                const std::vector<int> empty;
                const std::vector<int> &chain = c >= 0 ? m_clusterChain[size_t(c)] : empty;
                size_t common = 0;
                while (common < open.size() && common < chain.size() && open[common] == chain[common])
                    ++common;
                while (open.size() > common) {
                    sequence.push_back(rightBorder(open.back()));
                    open.pop_back();
                }
                for (size_t i = common; i < chain.size(); ++i) {
                    sequence.push_back(leftBorder(chain[i]));
                    open.push_back(chain[i]);
                }
                sequence.push_back(v);
            }
            while (!open.empty()) {
                sequence.push_back(rightBorder(open.back()));
                open.pop_back();
            }
            for (size_t i = 0; i + 1 < sequence.size(); ++i) {
                const int a = sequence[i], b = sequence[i + 1];
                pairs.emplace_back(a, b);
                seps.push_back(float(halfWidth(a) + gap(a, b) + halfWidth(b)));
            }
        }
        Csr right, left;
        right.build(varCount, pairs, seps);
        std::vector<std::pair<int, int>> reversed;
        reversed.reserve(pairs.size());
        for (const auto &p : pairs)
            reversed.emplace_back(p.second, p.first);
        left.build(varCount, reversed, seps);

        std::vector<int> indegree(size_t(varCount), 0);
        for (const auto &p : pairs)
            ++indegree[size_t(p.second)];
        std::vector<int> topo;
        topo.reserve(size_t(varCount));
        for (int v = 0; v < varCount; ++v) {
            if (indegree[size_t(v)] == 0)
                topo.push_back(v);
        }
        for (size_t i = 0; i < topo.size(); ++i) {
            const int v = topo[i];
            for (int s = right.begin(v); s < right.end(v); ++s) {
                if (--indegree[size_t(right.items[size_t(s)])] == 0)
                    topo.push_back(right.items[size_t(s)]);
            }
        }
        if (int(topo.size()) != varCount) {
            // Cannot happen with the cluster-consistent ordering; keep going with what is ordered.
            for (int v = 0; v < varCount; ++v) {
                if (indegree[size_t(v)] > 0)
                    topo.push_back(v);
            }
        }

        m_x.assign(size_t(varCount), 0.0);
        std::vector<double> desired(size_t(varCount), -kInf);
        std::vector<double> fromLeft(static_cast<size_t>(varCount)), fromRight(static_cast<size_t>(varCount));
        auto sweepLeft = [&](std::vector<double> &x) {
            for (int v : topo) {
                double bound = -kInf;
                for (int s = left.begin(v); s < left.end(v); ++s)
                    bound = std::max(bound, x[size_t(left.items[size_t(s)])] + left.weights[size_t(s)]);
                double want = desired[size_t(v)];
                if (isBorder(v) && !isLeftBorder(v))
                    want = -kInf; // a right border hugs its content
                double value = std::max(want, bound);
                if (!std::isfinite(value))
                    value = std::isfinite(want) ? want : 0.0;
                x[size_t(v)] = value;
            }
        };
        auto sweepRight = [&](std::vector<double> &x) {
            for (auto it = topo.rbegin(); it != topo.rend(); ++it) {
                const int v = *it;
                double bound = kInf;
                for (int s = right.begin(v); s < right.end(v); ++s)
                    bound = std::min(bound, x[size_t(right.items[size_t(s)])] - right.weights[size_t(s)]);
                double want = desired[size_t(v)];
                if (isLeftBorder(v))
                    want = kInf; // a left border hugs its content
                double value = std::min(want, bound);
                if (!std::isfinite(value))
                    value = std::isfinite(want) ? want : 0.0;
                x[size_t(v)] = value;
            }
        };
        sweepLeft(m_x); // left-packed start

        const size_t c = m_clusterKey.size();
        std::vector<double> clusterMin(c), clusterMax(c), clusterSum(c);
        std::vector<int> clusterCount(c);
        for (int iteration = 0; iteration < m_options.coordinateIterations; ++iteration) {
            if (canceled(m_control))
                return false;
            // Cluster centres: members are also pulled towards them, or a module whose members have neighbours
            // all over the graph would stretch its box across the whole drawing.
            if (c > 0) {
                std::fill(clusterSum.begin(), clusterSum.end(), 0.0);
                std::fill(clusterCount.begin(), clusterCount.end(), 0);
                for (int v = 0; v < vertexCount; ++v) {
                    const int cluster = m_vCluster[size_t(v)];
                    if (cluster >= 0) {
                        clusterSum[size_t(cluster)] += m_x[size_t(v)];
                        ++clusterCount[size_t(cluster)];
                    }
                }
                for (int id : m_clustersDeepFirst) {
                    const int parent = m_clusterParent[size_t(id)];
                    if (parent >= 0) {
                        clusterSum[size_t(parent)] += clusterSum[size_t(id)];
                        clusterCount[size_t(parent)] += clusterCount[size_t(id)];
                    }
                }
            }
            for (int v = 0; v < vertexCount; ++v) {
                double sum = 0, weight = 0;
                for (const Csr *adjacent : {&m_up, &m_down}) {
                    for (int s = adjacent->begin(v); s < adjacent->end(v); ++s) {
                        sum += adjacent->weights[size_t(s)] * m_x[size_t(adjacent->items[size_t(s)])];
                        weight += adjacent->weights[size_t(s)];
                    }
                }
                const int cluster = m_vCluster[size_t(v)];
                if (cluster >= 0 && clusterCount[size_t(cluster)] > 0) {
                    const double pull = std::max(1.0, weight) * m_options.clusterCohesion;
                    sum += pull * clusterSum[size_t(cluster)] / clusterCount[size_t(cluster)];
                    weight += pull;
                }
                desired[size_t(v)] = weight > 0 ? sum / weight : m_x[size_t(v)];
            }
            if (c > 0) {
                std::fill(clusterMin.begin(), clusterMin.end(), kInf);
                std::fill(clusterMax.begin(), clusterMax.end(), -kInf);
                for (int v = 0; v < vertexCount; ++v) {
                    const int cluster = m_vCluster[size_t(v)];
                    if (cluster < 0)
                        continue;
                    clusterMin[size_t(cluster)] = std::min(clusterMin[size_t(cluster)], desired[size_t(v)] - m_vHalf[size_t(v)]);
                    clusterMax[size_t(cluster)] = std::max(clusterMax[size_t(cluster)], desired[size_t(v)] + m_vHalf[size_t(v)]);
                }
                for (int id : m_clustersDeepFirst) {
                    const double pad = m_options.clusterPadX;
                    desired[size_t(leftBorder(id))] = clusterMin[size_t(id)] - pad;
                    desired[size_t(rightBorder(id))] = clusterMax[size_t(id)] + pad;
                    const int parent = m_clusterParent[size_t(id)];
                    if (parent >= 0) {
                        clusterMin[size_t(parent)] = std::min(clusterMin[size_t(parent)], clusterMin[size_t(id)] - pad);
                        clusterMax[size_t(parent)] = std::max(clusterMax[size_t(parent)], clusterMax[size_t(id)] + pad);
                    }
                }
            }
            sweepLeft(fromLeft);
            sweepRight(fromRight);
            // The mean of two feasible solutions of difference constraints is feasible.
            for (int v = 0; v < varCount; ++v)
                m_x[size_t(v)] = (fromLeft[size_t(v)] + fromRight[size_t(v)]) / 2;
        }
        // Tighten the borders onto their content (deepest first keeps nesting valid).
        for (int id : m_clustersDeepFirst) {
            const int l = leftBorder(id);
            double bound = kInf;
            for (int s = right.begin(l); s < right.end(l); ++s)
                bound = std::min(bound, m_x[size_t(right.items[size_t(s)])] - right.weights[size_t(s)]);
            if (std::isfinite(bound))
                m_x[size_t(l)] = std::max(m_x[size_t(l)], bound);
            const int r = rightBorder(id);
            bound = -kInf;
            for (int s = left.begin(r); s < left.end(r); ++s)
                bound = std::max(bound, m_x[size_t(left.items[size_t(s)])] + left.weights[size_t(s)]);
            if (std::isfinite(bound))
                m_x[size_t(r)] = std::min(m_x[size_t(r)], bound);
        }
        return true;
    }

    // ---- y coordinates, boxes, routes ---------------------------------------------------------------------
    void fillResult(LayeredLayout::Result &result)
    {
        const int n = m_graph.nodeCount();
        const size_t c = m_clusterKey.size();
        std::vector<double> layerHeight(size_t(m_layerCount), 0.0), topExtent(size_t(m_layerCount), 0.0),
            bottomExtent(size_t(m_layerCount), 0.0);
        for (int v = 0; v < n; ++v)
            layerHeight[size_t(m_layer[size_t(v)])] = std::max(layerHeight[size_t(m_layer[size_t(v)])], m_vHeight[size_t(v)]);
        for (size_t id = 0; id < c; ++id) {
            const double h = m_clusterHeight[id];
            topExtent[size_t(m_clusterTop[id])] = std::max(topExtent[size_t(m_clusterTop[id])], h * m_options.clusterPadTop);
            bottomExtent[size_t(m_clusterBottom[id])] =
                std::max(bottomExtent[size_t(m_clusterBottom[id])], h * m_options.clusterPadBottom);
        }
        std::vector<double> layerTop(size_t(m_layerCount), 0.0);
        double y = m_layerCount ? topExtent[0] : 0.0;
        for (int l = 0; l < m_layerCount; ++l) {
            layerTop[size_t(l)] = y;
            if (l + 1 < m_layerCount) {
                const double needed = bottomExtent[size_t(l)] + topExtent[size_t(l) + 1] + m_options.clusterGap;
                y += layerHeight[size_t(l)] + std::max(m_options.rankSep, needed);
            }
        }
        result.nodes.resize(size_t(n));
        result.layers = m_layer;
        for (int v = 0; v < n; ++v) {
            const QSizeF size = m_sizes[size_t(v)];
            const int l = m_layer[size_t(v)];
            const double cy = layerTop[size_t(l)] + layerHeight[size_t(l)] / 2;
            result.nodes[size_t(v)] = QRectF(m_x[size_t(v)] - size.width() / 2, cy - size.height() / 2,
                                             size.width(), size.height());
        }
        for (size_t id = 0; id < c; ++id) {
            const double h = m_clusterHeight[id];
            const int t = m_clusterTop[id], b = m_clusterBottom[id];
            const double top = layerTop[size_t(t)] - h * m_options.clusterPadTop;
            const double bottom = layerTop[size_t(b)] + layerHeight[size_t(b)] + h * m_options.clusterPadBottom;
            LayeredLayout::ClusterBox box;
            box.key = m_clusterKey[id];
            box.title = m_clusterTitle[id];
            box.depth = m_clusterDepth[id];
            box.rect = QRectF(QPointF(m_x[size_t(leftBorder(int(id)))], top), QPointF(m_x[size_t(rightBorder(int(id)))], bottom));
            result.clusters.push_back(box);
        }
        for (size_t e = 0; e < m_dagEdges.size(); ++e) {
            const DagEdge &edge = m_dagEdges[e];
            LayeredLayout::Route route;
            route.edge = edge.original;
            route.reversed = m_edgeReversed[size_t(edge.original)];
            const QRectF &upper = result.nodes[size_t(edge.upper)];
            const QRectF &lower = result.nodes[size_t(edge.lower)];
            route.points.append(QPointF(upper.center().x(), upper.bottom()));
            for (int i = m_chainStart[e] + 1; i + 1 < m_chainStart[e + 1]; ++i) {
                const int d = m_chain[size_t(i)];
                const int l = m_vLayer[size_t(d)];
                route.points.append(QPointF(m_x[size_t(d)], layerTop[size_t(l)]));
                route.points.append(QPointF(m_x[size_t(d)], layerTop[size_t(l)] + layerHeight[size_t(l)]));
            }
            route.points.append(QPointF(lower.center().x(), lower.top()));
            if (route.reversed)
                std::reverse(route.points.begin(), route.points.end());
            result.routes.push_back(std::move(route));
        }
        QRectF bounds;
        for (const QRectF &r : result.nodes)
            bounds = bounds.isNull() ? r : bounds.united(r);
        for (const auto &box : result.clusters)
            bounds = bounds.united(box.rect);
        for (const auto &route : result.routes) {
            for (const QPointF &p : route.points)
                bounds = bounds.united(QRectF(p, QSizeF(0.01, 0.01)));
        }
        result.bounds = bounds;
        result.layerCount = m_layerCount;
        result.dummyCount = m_dummyCount;
        result.reversedEdges = m_reversedCount;
        result.crossings = m_crossings;
    }

    struct DagEdge
    {
        int upper;
        int lower;
        int original;
    };

    const Graph &m_graph;
    const LayeredLayout::Options m_options;
    const TaskControl *m_control;
    std::vector<QSizeF> m_sizes;

    std::vector<QString> m_clusterKey, m_clusterTitle;
    std::vector<int> m_clusterParent, m_clusterDepth, m_clusterHeight, m_clusterTop, m_clusterBottom;
    std::vector<std::vector<int>> m_clusterChain;
    std::vector<int> m_clustersDeepFirst;
    std::vector<double> m_clusterValue;
    std::vector<int> m_nodeCluster;

    std::vector<bool> m_edgeReversed;
    std::vector<DagEdge> m_dagEdges;
    int m_reversedCount = 0;
    std::vector<int> m_layer;
    int m_layerCount = 0;

    std::vector<VertexKind> m_vKind;
    std::vector<int> m_vLayer, m_vCluster;
    std::vector<double> m_vHalf, m_vHeight;
    std::vector<int> m_chain, m_chainStart;
    int m_dummyCount = 0;
    Csr m_up, m_down;
    std::vector<std::vector<int>> m_layers;
    std::vector<int> m_pos;
    std::vector<double> m_npos, m_bary;
    qint64 m_crossings = 0;
    std::vector<double> m_x;

};

} // namespace

QSizeF LayeredLayout::defaultNodeSize(const Graph::Node &node)
{
    const QString &text = node.label.isEmpty() ? node.id : node.label;
    // ~7 px per character at the diagram's 11 px font, plus room for the action icon and provider badge.
    return QSizeF(std::clamp(double(text.size()) * 7.0 + 44.0, 80.0, 420.0), 32.0);
}

LayeredLayout::Result LayeredLayout::layout(const Graph &graph, const std::vector<QSizeF> &sizes,
                                            const Options &options, const TaskControl *control)
{
    Engine engine(graph, sizes, options, control);
    return engine.run();
}

qint64 LayeredLayout::countCrossings(std::vector<Segment> segments)
{
    if (segments.size() < 2)
        return 0;
    std::sort(segments.begin(), segments.end());
    std::vector<double> lower;
    lower.reserve(segments.size());
    for (const Segment &s : segments)
        lower.push_back(s.second);
    std::sort(lower.begin(), lower.end());
    lower.erase(std::unique(lower.begin(), lower.end()), lower.end());
    // Fenwick tree over the lower ranks: for each segment, count earlier (upper-left) ones ending further right.
    std::vector<qint64> tree(lower.size() + 1, 0);
    qint64 crossings = 0, seen = 0;
    size_t i = 0;
    while (i < segments.size()) {
        // Segments with the same upper end share a point: query them all before inserting any of them.
        size_t j = i;
        while (j < segments.size() && segments[j].first == segments[i].first)
            ++j;
        for (size_t k = i; k < j; ++k) {
            const size_t rank = size_t(std::lower_bound(lower.begin(), lower.end(), segments[k].second) - lower.begin()) + 1;
            qint64 atOrBelow = 0;
            for (size_t at = rank; at > 0; at -= at & (~at + 1))
                atOrBelow += tree[at];
            crossings += seen - atOrBelow;
        }
        for (size_t k = i; k < j; ++k) {
            const size_t rank = size_t(std::lower_bound(lower.begin(), lower.end(), segments[k].second) - lower.begin()) + 1;
            for (size_t at = rank; at < tree.size(); at += at & (~at + 1))
                ++tree[at];
            ++seen;
        }
        i = j;
    }
    return crossings;
}

} // namespace Infradeck
