#include "hosts/SshTarget.h"

#include "workspace/Workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

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

// True when a private key file is protected by a passphrase (OpenSSH "openssh-key-v1" or PEM).
bool SshTarget::isEncryptedKeyFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = f.read(64 * 1024);
    if (text.contains("ENCRYPTED"))
        return true; // PEM: "Proc-Type: 4,ENCRYPTED" or "BEGIN ENCRYPTED PRIVATE KEY"
    const QByteArray begin("-----BEGIN OPENSSH PRIVATE KEY-----");
    const qsizetype start = text.indexOf(begin);
    const qsizetype end = text.indexOf("-----END OPENSSH PRIVATE KEY-----");
    if (start < 0 || end < 0)
        return false;
    QByteArray b64 = text.mid(start + begin.size(), end - start - begin.size());
    b64.replace('\n', QByteArray()).replace('\r', QByteArray());
    const QByteArray raw = QByteArray::fromBase64(b64);
    const QByteArray magic("openssh-key-v1", 15); // includes the NUL
    if (!raw.startsWith(magic) || raw.size() < magic.size() + 4)
        return false;
    const auto *p = reinterpret_cast<const uchar *>(raw.constData() + magic.size());
    const quint32 len = (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
    const QByteArray cipher = raw.mid(magic.size() + 4, len);
    return cipher != "none";
}

QString SshTarget::defaultPassphraseKeyName(const QString &identityFile)
{
    return QStringLiteral("ssh-passphrase:") + QFileInfo(identityFile).absoluteFilePath();
}

QString SshTarget::passphraseKeyName() const
{
    return passphraseKey.isEmpty() ? defaultPassphraseKeyName(identityFile) : passphraseKey;
}

bool SshTarget::parseJump(const QString &text, QString &user, QString &host, int &port)
{
    static const QRegularExpression re(
        QStringLiteral("^(?:([^@\\s/:]+)@)?(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9._-]+)(?::([0-9]{1,5}))?$"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return false;
    user = m.captured(1);
    host = m.captured(2);
    if (host.startsWith(QLatin1Char('[')))
        host = host.mid(1, host.size() - 2);
    port = 22;
    if (!m.captured(3).isEmpty()) {
        port = m.captured(3).toInt();
        if (port < 1 || port > 65535)
            return false;
    }
    return !host.isEmpty() && !host.startsWith(QLatin1Char('-'));
}

namespace {
QString shellQuoted(const QString &s)
{
    QString q = s;
    q.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}
} // namespace

QString SshTarget::proxyCommand() const
{
    QString jumpUser, jumpHost;
    int jumpPort = 22;
    if (proxyJump.isEmpty() || !parseJump(proxyJump, jumpUser, jumpHost, jumpPort))
        return {};
    // -F /dev/null: like the libssh side, the target says everything (no ~/.ssh/config surprises).
    QStringList args{QStringLiteral("ssh"), QStringLiteral("-F"), QStringLiteral("/dev/null"),
                     QStringLiteral("-o"), QStringLiteral("BatchMode=yes"),
                     QStringLiteral("-o"), QStringLiteral("StrictHostKeyChecking=yes"),
                     QStringLiteral("-o"), QStringLiteral("ConnectTimeout=%1").arg(connectTimeoutSeconds > 0 ? connectTimeoutSeconds : 10),
                     QStringLiteral("-o"), QStringLiteral("UserKnownHostsFile=") + shellQuoted(effectiveKnownHostsFile())};
    if (!extraKnownHostsFile.isEmpty())
        args << QStringLiteral("-o") << QStringLiteral("GlobalKnownHostsFile=") + shellQuoted(extraKnownHostsFile);
    if (!identityFile.isEmpty())
        args << QStringLiteral("-i") << shellQuoted(identityFile);
    const QString agent = effectiveAgentSocket();
    args << QStringLiteral("-o") << (agent.isEmpty() ? QStringLiteral("IdentityAgent=none") : QStringLiteral("IdentityAgent=") + shellQuoted(agent));
    args << QStringLiteral("-p") << QString::number(jumpPort);
    args << QStringLiteral("-l") << shellQuoted(jumpUser.isEmpty() ? effectiveUser() : jumpUser);
    args << QStringLiteral("-W") << QStringLiteral("'[%h]:%p'") << shellQuoted(jumpHost);
    return args.join(QLatin1Char(' '));
}

SshTarget SshTarget::fromHost(const Host &h, const QString &workspaceKnownHosts)
{
    SshTarget t;
    t.name = h.name;
    t.host = h.address.isEmpty() ? h.name : h.address;
    t.port = h.port > 0 ? h.port : 22;
    t.user = h.user;
    t.identityFile = h.identity;
    t.passphraseKey = h.passphrase;
    t.proxyJump = h.jump;
    if (!workspaceKnownHosts.isEmpty()) {
        // The workspace's file is where accepted keys go; the user's own file still counts as known.
        t.knownHostsFile = workspaceKnownHosts;
        t.extraKnownHostsFile = QDir::homePath() + QStringLiteral("/.ssh/known_hosts");
    }
    return t;
}

} // namespace Infradeck
