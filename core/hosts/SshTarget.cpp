#include "hosts/SshTarget.h"

#include "workspace/Workspace.h"

#include <QDir>

namespace Infradeck {

QString SshTarget::effectiveUser() const
{
    if (!user.isEmpty())
        return user;
    QString u = qEnvironmentVariable("USER");
    return u.isEmpty() ? qEnvironmentVariable("LOGNAME") : u;
}

QString SshTarget::effectiveKnownHostsFile() const
{
    if (!knownHostsFile.isEmpty())
        return knownHostsFile;
    return QDir::homePath() + QStringLiteral("/.ssh/known_hosts");
}

QString SshTarget::effectiveAgentSocket() const
{
    if (!useAgent)
        return {};
    return agentSocket.isEmpty() ? qEnvironmentVariable("SSH_AUTH_SOCK") : agentSocket;
}

QString SshTarget::knownHostsName() const
{
    return port == 22 ? host : QStringLiteral("[%1]:%2").arg(host).arg(port);
}

SshTarget SshTarget::fromHost(const Host &h, const QString &workspaceKnownHosts)
{
    SshTarget t;
    t.name = h.name;
    t.host = h.address.isEmpty() ? h.name : h.address;
    t.port = h.port > 0 ? h.port : 22;
    t.user = h.user;
    if (!workspaceKnownHosts.isEmpty()) {
        // The workspace's file is where accepted keys go; the user's own file still counts as known.
        t.knownHostsFile = workspaceKnownHosts;
        t.extraKnownHostsFile = QDir::homePath() + QStringLiteral("/.ssh/known_hosts");
    }
    return t;
}

} // namespace Infradeck
