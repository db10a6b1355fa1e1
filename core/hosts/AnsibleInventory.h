// Hosts from an Ansible YAML inventory (hosts.yml): groups, children, hosts and their
// ansible_host / ansible_port / ansible_user vars, group vars inherited by the groups' hosts.
#pragma once

#include "common/Error.h"
#include "workspace/Workspace.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Infradeck {

struct AnsibleHost
{
    Host host;          // name = inventory name; address = ansible_host (else the name); port; user
    QStringList groups; // every group the host is in, outermost first ("all" included when written)
    int line = -1;      // where the host is first named
};

class AnsibleInventory
{
public:
    static Result<AnsibleInventory> load(const QString &path);
    static Result<AnsibleInventory> fromData(const QByteArray &yaml, const QString &path = {});

    const QList<AnsibleHost> &hosts() const { return m_hosts; } // in order of first appearance
    QStringList groups() const { return m_groups; }
    QList<AnsibleHost> hostsInGroup(const QString &group) const;
    const AnsibleHost *find(const QString &name) const;
    Errors warnings; // things skipped (non-YAML keys, bad ports) that do not stop reading

private:
    friend class AnsibleInventoryReader;
    QList<AnsibleHost> m_hosts;
    QStringList m_groups;
};

} // namespace Infradeck
