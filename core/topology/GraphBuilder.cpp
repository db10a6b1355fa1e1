#include "GraphBuilder.h"

#include "terraform/Address.h"
#include "terraform/Inventory.h"
#include "terraform/Plan.h"

#include <QHash>

namespace Infradeck {

namespace {

Graph::Action toGraphAction(ResourceChange::Action a)
{
    switch (a) {
    case ResourceChange::Action::Create: return Graph::Action::Create;
    case ResourceChange::Action::Update: return Graph::Action::Update;
    case ResourceChange::Action::Delete: return Graph::Action::Delete;
    case ResourceChange::Action::Replace: return Graph::Action::Replace;
    case ResourceChange::Action::Read: return Graph::Action::Read;
    case ResourceChange::Action::NoOp: break;
    }
    return Graph::Action::NoOp;
}

// The configuration address of an instance: module keys and the instance key dropped (module.a.aws_instance.web).
QString configKey(const Address &address)
{
    Address bare = address.resource();
    for (Address::ModuleStep &s : bare.modulePath)
        s.key = QVariant();
    return bare.toString();
}

// Maps a resource address without instance keys (module.a.aws_instance.web) and a module address (module.a)
// to every graph node they stand for.
class Targets
{
public:
    void add(const Address &address, int node)
    {
        m_byResource[configKey(address)].append(node);
        QString module;
        for (const Address::ModuleStep &s : address.modulePath) {
            module += (module.isEmpty() ? QString() : QStringLiteral(".")) + QStringLiteral("module.") + s.name;
            m_byModule[module].append(node);
        }
    }
    QList<int> resolve(const QString &reference) const
    {
        if (auto it = m_byResource.constFind(reference); it != m_byResource.cend())
            return it.value();
        return m_byModule.value(reference); // a module output: everything inside that module
    }

private:
    QHash<QString, QList<int>> m_byResource;
    QHash<QString, QList<int>> m_byModule;
};

} // namespace

QString GraphBuilder::shortProvider(const QString &providerName)
{
    QString p = providerName;
    if (p.startsWith(QLatin1String("provider[\"")))
        p = p.mid(10).section(QLatin1Char('"'), 0, 0);
    else if (p.startsWith(QLatin1String("provider.")))
        p = p.mid(9);
    p = p.section(QLatin1Char('/'), -1);
    return p.section(QLatin1Char('.'), 0, 0);
}

QStringList GraphBuilder::clusterPath(const QString &moduleAddress)
{
    QStringList path;
    if (moduleAddress.isEmpty())
        return path;
    const Result<QList<Address::ModuleStep>> steps = Address::parseModulePath(moduleAddress);
    if (!steps)
        return {moduleAddress};
    for (const Address::ModuleStep &s : steps.value())
        path << QStringLiteral("module.") + s.name + Address::keyToString(s.key);
    return path;
}

Graph GraphBuilder::fromPlan(const Plan &plan)
{
    Graph graph;
    Targets targets;
    QHash<int, QString> configKeyOfNode; // node → configuration address (module path without keys + resource)
    QHash<QString, QList<int>> nodesOfModule; // module path without keys → its direct member nodes
    auto addChange = [&](const ResourceChange &c, Graph::Action action) {
        if (!c.deposed.isEmpty())
            return; // a deposed object is the same resource; the current instance carries the edges
        const Result<Address> address = Address::parse(c.address);
        Graph::Node node;
        node.id = c.address;
        node.type = c.type;
        node.provider = shortProvider(c.providerName);
        node.mode = c.isData ? Graph::Mode::Data : Graph::Mode::Managed;
        node.action = action;
        node.cluster = clusterPath(c.moduleAddress);
        const int index = graph.addNode(node);
        if (address) {
            targets.add(address.value(), index);
            configKeyOfNode.insert(index, configKey(address.value()));
            QStringList names;
            for (const Address::ModuleStep &s : address->modulePath)
                names << QStringLiteral("module.") + s.name;
            if (!names.isEmpty())
                nodesOfModule[names.join(QLatin1Char('.'))].append(index);
        }
    };
    for (const ResourceChange &c : plan.changes)
        addChange(c, toGraphAction(c.action));
    for (const ResourceChange &d : plan.drift)
        if (!graph.contains(d.address))
            addChange(d, Graph::Action::Drift);
        else if (graph.node(graph.indexOf(d.address)).action == Graph::Action::NoOp) {
            Graph::Node n = graph.node(graph.indexOf(d.address));
            n.action = Graph::Action::Drift;
            graph.addNode(n);
        }

    QHash<QString, const ConfigResource *> config;
    for (const ConfigResource &r : plan.configuration.resources)
        config.insert(r.address, &r);
    for (auto it = configKeyOfNode.cbegin(); it != configKeyOfNode.cend(); ++it) {
        const ConfigResource *r = config.value(it.value());
        if (!r)
            continue;
        for (const QStringList *list : {&r->references, &r->dependsOn})
            for (const QString &ref : *list)
                for (int target : targets.resolve(ref))
                    graph.addEdge(it.key(), target);
    }
    // Inputs of a module call: the references are not tied to the variable each resource reads, so every
    // direct member of the module depends on what the call's expressions reference (a safe over-approximation).
    for (const ModuleCall &call : plan.configuration.moduleCalls)
        for (int member : nodesOfModule.value(call.address))
            for (const QString &ref : call.references)
                for (int target : targets.resolve(ref))
                    graph.addEdge(member, target);
    return graph;
}

Graph GraphBuilder::fromInventory(const Inventory &inventory)
{
    Graph graph;
    Targets targets;
    for (const InventoryResource &r : inventory.resources) {
        if (!r.deposed.isEmpty())
            continue;
        Graph::Node node;
        node.id = r.addressText;
        node.type = r.type();
        node.provider = shortProvider(r.provider);
        node.mode = r.address.isData() ? Graph::Mode::Data : Graph::Mode::Managed;
        node.action = Graph::Action::NoOp;
        node.cluster = clusterPath(r.module());
        targets.add(r.address, graph.addNode(node));
    }
    for (const InventoryResource &r : inventory.resources) {
        const int from = graph.indexOf(r.addressText);
        if (from < 0)
            continue;
        for (const QString &dep : r.dependencies) {
            // Recorded dependencies are resource addresses with module keys dropped (module.a.aws_instance.b).
            const QString normalised = Address::normaliseReference(dep);
            for (int target : targets.resolve(normalised.isEmpty() ? dep : normalised))
                graph.addEdge(from, target);
        }
    }
    return graph;
}

} // namespace Infradeck
