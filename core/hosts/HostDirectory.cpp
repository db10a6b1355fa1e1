#include "hosts/HostDirectory.h"

#include "hosts/AnsibleInventory.h"

#include "terraform/Inventory.h"

#include <QSet>

namespace Infradeck {

QString HostEntry::originName(Origin origin)
{
    switch (origin) {
    case Origin::Workspace: return QStringLiteral("workspace");
    case Origin::Ansible: return QStringLiteral("ansible");
    case Origin::State: break;
    }
    return QStringLiteral("state");
}

QList<HostEntry> HostDirectory::fromEnvironment(const Environment &env)
{
    QList<HostEntry> out;
    for (const Host &h : env.hosts)
        out << HostEntry{h, HostEntry::Origin::Workspace, env.name};
    return out;
}

QList<HostEntry> HostDirectory::fromAnsible(const QString &inventoryPath, Errors &problems)
{
    QList<HostEntry> out;
    const Result<AnsibleInventory> inv = AnsibleInventory::load(inventoryPath);
    if (!inv) {
        problems << inv.error();
        return out;
    }
    problems << inv->warnings;
    for (const AnsibleHost &h : inv->hosts())
        out << HostEntry{h.host, HostEntry::Origin::Ansible, h.groups.join(QStringLiteral(", "))};
    return out;
}

QList<HostEntry> HostDirectory::fromState(const Inventory &state)
{
    QList<HostEntry> out;
    for (const InventoryResource &r : state.resources) {
        if (r.address.isData() || !r.deposed.isEmpty())
            continue;
        auto text = [&r](const char *key) {
            const QJsonValue v = r.attributes.value(QLatin1String(key));
            return v.isString() ? v.toString() : QString();
        };
        QString address = text("ipv4_address");
        if (address.isEmpty())
            address = text("public_ip");
        if (address.isEmpty())
            address = text("ipv6_address");
        if (address.isEmpty())
            continue;
        Host h;
        h.name = text("name").isEmpty() ? r.addressText : text("name");
        h.address = address;
        out << HostEntry{h, HostEntry::Origin::State, r.addressText};
    }
    return out;
}

QList<HostEntry> HostDirectory::merge(const QList<QList<HostEntry>> &sources)
{
    QList<HostEntry> out;
    QSet<QString> seen;
    for (const QList<HostEntry> &source : sources)
        for (const HostEntry &e : source) {
            const QString key = (e.host.address.isEmpty() ? e.host.name : e.host.address) + QLatin1Char(':')
                                + QString::number(e.host.port);
            if (seen.contains(key))
                continue;
            seen.insert(key);
            out << e;
        }
    return out;
}

} // namespace Infradeck
