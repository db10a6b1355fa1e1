// Where and how to reach one host over SSH: address, user, key, known_hosts files and timeouts.
#pragma once

#include <QString>

namespace Infradeck {

struct Host;

struct SshTarget
{
    QString name;    // display name (workspace / inventory name); defaults to host
    QString host;    // address or DNS name
    int port = 22;
    QString user;    // empty: the local user name
    QString identityFile;    // private key file; empty: agent, then ~/.ssh/id_* defaults
    QString knownHostsFile;  // checked and written on accept; empty: ~/.ssh/known_hosts
    QString extraKnownHostsFile; // checked only (e.g. ~/.ssh/known_hosts when the workspace has its own file)
    QString agentSocket;     // empty: $SSH_AUTH_SOCK
    bool useAgent = true;
    QString proxyJump;       // [user@]host[:port] of a jump host, empty for a direct connection
    QString passphraseKey;   // keychain name of the identity's passphrase; empty: ssh-passphrase:<absolute key path>
    int connectTimeoutSeconds = 10;

    QString displayName() const { return name.isEmpty() ? host : name; }
    QString effectiveUser() const;           // user, else $USER / $LOGNAME
    QString effectiveKnownHostsFile() const; // knownHostsFile, else ~/.ssh/known_hosts
    QString effectiveAgentSocket() const;    // agentSocket, else $SSH_AUTH_SOCK (empty when useAgent is off)
    QString knownHostsName() const;          // "host" on port 22, "[host]:port" otherwise (the known_hosts spelling)

    // True when a private key file is protected by a passphrase (OpenSSH "openssh-key-v1" or PEM).
    static bool isEncryptedKeyFile(const QString &path);
    // The keychain item name holding the identity file's passphrase (passphraseKey, else the default name).
    QString passphraseKeyName() const;
    static QString defaultPassphraseKeyName(const QString &identityFile); // "ssh-passphrase:/abs/path/to/key"

    // Parses [user@]host[:port] (IPv6 as [addr]:port). False when it is not one.
    static bool parseJump(const QString &text, QString &user, QString &host, int &port);
    // The OpenSSH client command libssh runs as ProxyCommand to hop through proxyJump (`ssh -W %h:%p`), with this
    // target's known_hosts files, identity and agent settings; strict host key checking, never prompts. Empty when
    // there is no jump host or it cannot be parsed.
    QString proxyCommand() const;

    // A target for a workspace host; knownHosts is the workspace's own file (may be empty).
    static SshTarget fromHost(const Host &host, const QString &workspaceKnownHosts = {});
};

} // namespace Infradeck
