// Builds the dependency graph of a plan (configuration references and depends_on) or of a state inventory
// (each instance's recorded dependencies). Instances of count/for_each resources share their resource's edges.
#pragma once

#include "topology/Graph.h"

namespace Infradeck {

class Plan;
class Inventory;

class GraphBuilder
{
public:
    // Nodes: every resource change (managed and data) with its action; drifted resources without a change are
    // marked drift. Edges: from a resource to every instance of what its expressions reference.
    static Graph fromPlan(const Plan &plan);
    static Graph fromInventory(const Inventory &inventory);

    static QString shortProvider(const QString &providerName); // registry.terraform.io/hetznercloud/hcloud → hcloud
    static QStringList clusterPath(const QString &moduleAddress); // module.a["x"].module.b → {module.a, module.b}
};

} // namespace Infradeck
