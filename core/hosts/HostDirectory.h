// Where an environment's hosts come from: the workspace, Ansible YAML inventories, and a loaded state's
// server resources (their IPv4/IPv6 attributes). Merged by address, the first source naming a host wins.
#pragma once

#include "workspace/Workspace.h"

#include <QList>
#include <QString>

namespace Infradeck {

class Inventory;

struct HostEntry
{
    enum class Origin { Workspace, Ansible, State };
    Host host;
    Origin origin = Origin::Workspace;
    QString detail; // ansible groups, or the state resource address
    static QString originName(Origin origin);
};

class HostDirectory
{
public:
    static QList<HostEntry> fromEnvironment(const Environment &env);
    static QList<HostEntry> fromAnsible(const QString &inventoryPath, Errors &problems);
    // Managed resources with ipv4_address / ipv6_address (hcloud_server, digitalocean_droplet, ...) or public_ip
    // (aws_instance). IPv4 preferred; IPv6 when the server has no IPv4.
    static QList<HostEntry> fromState(const Inventory &state);
    // Concatenates, dropping entries whose address+port is already listed.
    static QList<HostEntry> merge(const QList<QList<HostEntry>> &sources);
};

} // namespace Infradeck
