#include "hosts/AnsibleInventory.h"

#include "hosts/HostsTr.h"

#include <QFile>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

namespace Infradeck {


struct HostVars
{
    QString address;
    int port = -1;
    QString user;
};

class AnsibleInventoryReader
{
public:
    AnsibleInventoryReader(AnsibleInventory &inventory, QString path) : m_inv(inventory), m_path(std::move(path)) {}

    Error problem(const YAML::Node &node, const QString &at, const QString &message, const QString &expected)
    {
        Error e(message, m_path);
        const YAML::Mark mark = node.Mark();
        if (mark.line >= 0)
            e.at(mark.line + 1, mark.column + 1);
        e.atPath(at);
        if (!expected.isEmpty())
            e.expecting(expected);
        return e;
    }

    static QString scalar(const YAML::Node &n) { return QString::fromStdString(n.Scalar()); }

    // Reads ansible_host/port/user (and the older ansible_ssh_* spellings) into vars; false on a bad value.
    bool readVars(const YAML::Node &map, const QString &at, HostVars &vars, Error *error)
    {
        if (!map || map.IsNull())
            return true;
        if (!map.IsMap()) {
            *error = problem(map, at, HostsTr::tr("host variables must be a map"), HostsTr::tr("a map of variables"));
            return false;
        }
        for (const auto &kv : map) {
            const QString key = scalar(kv.first);
            const YAML::Node &v = kv.second;
            if (key == QLatin1String("ansible_host") || key == QLatin1String("ansible_ssh_host")) {
                if (!v.IsScalar()) {
                    *error = problem(v, at + QLatin1Char('.') + key, HostsTr::tr("%1 must be a string").arg(key), HostsTr::tr("an address"));
                    return false;
                }
                vars.address = scalar(v);
            } else if (key == QLatin1String("ansible_port") || key == QLatin1String("ansible_ssh_port")) {
                bool ok = false;
                const int port = v.IsScalar() ? scalar(v).toInt(&ok) : 0;
                if (!ok || port < 1 || port > 65535) {
                    *error = problem(v, at + QLatin1Char('.') + key, HostsTr::tr("%1 is not a port number").arg(key),
                                     HostsTr::tr("an integer from 1 to 65535"));
                    return false;
                }
                vars.port = port;
            } else if (key == QLatin1String("ansible_user") || key == QLatin1String("ansible_ssh_user")) {
                if (!v.IsScalar()) {
                    *error = problem(v, at + QLatin1Char('.') + key, HostsTr::tr("%1 must be a string").arg(key), HostsTr::tr("a user name"));
                    return false;
                }
                vars.user = scalar(v);
            }
        }
        return true;
    }

    // web[01:03].example.com -> web01, web02, web03 (Ansible's numeric ranges, optional :step).
    static QStringList expand(const QString &pattern)
    {
        static const QRegularExpression range(QStringLiteral("\\[(\\d+):(\\d+)(?::(\\d+))?\\]"));
        const auto m = range.match(pattern);
        if (!m.hasMatch())
            return {pattern};
        const QString a = m.captured(1), b = m.captured(2);
        const int from = a.toInt(), to = b.toInt(), step = qMax(1, m.captured(3).isEmpty() ? 1 : m.captured(3).toInt());
        const int width = a.startsWith(QLatin1Char('0')) ? int(a.size()) : 0;
        QStringList out;
        for (int i = from; i <= to && out.size() < 10000; i += step)
            for (const QString &rest : expand(pattern.mid(m.capturedEnd())))
                out << pattern.left(m.capturedStart()) + QStringLiteral("%1").arg(i, width, 10, QLatin1Char('0')) + rest;
        return out;
    }

    bool readGroup(const QString &name, const YAML::Node &node, const QString &at, QStringList groupPath,
                   HostVars inherited, Error *error, int depth)
    {
        if (depth > 64) {
            *error = problem(node, at, HostsTr::tr("groups nest too deeply (a cycle?)"), HostsTr::tr("at most 64 levels"));
            return false;
        }
        if (!m_inv.m_groups.contains(name))
            m_inv.m_groups << name;
        groupPath << name;
        if (!node || node.IsNull())
            return true;
        if (!node.IsMap()) {
            *error = problem(node, at, HostsTr::tr("group \"%1\" must be a map").arg(name),
                             HostsTr::tr("a map with hosts, children and vars"));
            return false;
        }
        if (!readVars(node["vars"], at + QStringLiteral(".vars"), inherited, error))
            return false;
        if (const YAML::Node hosts = node["hosts"]; hosts && !hosts.IsNull()) {
            if (!hosts.IsMap()) {
                *error = problem(hosts, at + QStringLiteral(".hosts"), HostsTr::tr("hosts of group \"%1\" must be a map").arg(name),
                                 HostsTr::tr("a map of host names to their variables"));
                return false;
            }
            for (const auto &kv : hosts) {
                const QString pattern = scalar(kv.first);
                HostVars vars = inherited;
                if (!readVars(kv.second, at + QStringLiteral(".hosts.") + pattern, vars, error))
                    return false;
                for (const QString &hostName : expand(pattern))
                    addHost(hostName, vars, groupPath, kv.first.Mark().line + 1);
            }
        }
        if (const YAML::Node children = node["children"]; children && !children.IsNull()) {
            if (!children.IsMap()) {
                *error = problem(children, at + QStringLiteral(".children"),
                                 HostsTr::tr("children of group \"%1\" must be a map").arg(name), HostsTr::tr("a map of groups"));
                return false;
            }
            for (const auto &kv : children) {
                const QString child = scalar(kv.first);
                if (!readGroup(child, kv.second, at + QStringLiteral(".children.") + child, groupPath, inherited, error,
                               depth + 1))
                    return false;
            }
        }
        return true;
    }

    void addHost(const QString &name, const HostVars &vars, const QStringList &groups, int line)
    {
        for (AnsibleHost &h : m_inv.m_hosts) {
            if (h.host.name != name)
                continue;
            // Seen before in another group: later explicit values win, as in Ansible's merge order.
            if (!vars.address.isEmpty())
                h.host.address = vars.address;
            if (vars.port > 0)
                h.host.port = vars.port;
            if (!vars.user.isEmpty())
                h.host.user = vars.user;
            for (const QString &g : groups)
                if (!h.groups.contains(g))
                    h.groups << g;
            return;
        }
        AnsibleHost h;
        h.host.name = name;
        h.host.address = vars.address.isEmpty() ? name : vars.address;
        h.host.port = vars.port > 0 ? vars.port : 22;
        h.host.user = vars.user;
        h.groups = groups;
        h.line = line;
        m_inv.m_hosts << h;
    }

private:
    AnsibleInventory &m_inv;
    QString m_path;
};

Result<AnsibleInventory> AnsibleInventory::load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(HostsTr::tr("cannot read inventory: %1").arg(f.errorString()), path).expecting(HostsTr::tr("a readable hosts.yml"));
    return fromData(f.readAll(), path);
}

Result<AnsibleInventory> AnsibleInventory::fromData(const QByteArray &yaml, const QString &path)
{
    YAML::Node root;
    try {
        root = YAML::Load(yaml.toStdString());
    } catch (const YAML::Exception &e) {
        Error err(HostsTr::tr("not valid YAML: %1").arg(QString::fromStdString(e.msg)), path);
        if (e.mark.line >= 0)
            err.at(e.mark.line + 1, e.mark.column + 1);
        return err.expecting(HostsTr::tr("an Ansible YAML inventory"));
    }
    if (!root || root.IsNull())
        return Error(HostsTr::tr("the inventory is empty"), path).expecting(HostsTr::tr("a map of groups (all: hosts: ...)"));
    if (!root.IsMap()) {
        Error e(HostsTr::tr("an Ansible YAML inventory must be a map of groups"), path);
        e.at(root.Mark().line + 1, root.Mark().column + 1);
        return e.expecting(HostsTr::tr("a map of groups (all: hosts: ...)")).atPath(QStringLiteral("$"));
    }
    AnsibleInventory inv;
    AnsibleInventoryReader reader(inv, path);
    Error error;
    try {
        for (const auto &kv : root) {
            const QString group = AnsibleInventoryReader::scalar(kv.first);
            if (!reader.readGroup(group, kv.second, group, {}, {}, &error, 0))
                return error;
        }
    } catch (const YAML::Exception &e) {
        return Error(HostsTr::tr("unexpected inventory structure: %1").arg(QString::fromStdString(e.msg)), path);
    }
    if (inv.m_hosts.isEmpty())
        inv.warnings << Error(HostsTr::tr("the inventory names no host"), path).asWarning();
    return inv;
}

QList<AnsibleHost> AnsibleInventory::hostsInGroup(const QString &group) const
{
    QList<AnsibleHost> out;
    for (const AnsibleHost &h : m_hosts)
        if (h.groups.contains(group))
            out << h;
    return out;
}

const AnsibleHost *AnsibleInventory::find(const QString &name) const
{
    for (const AnsibleHost &h : m_hosts)
        if (h.host.name == name)
            return &h;
    return nullptr;
}

} // namespace Infradeck
