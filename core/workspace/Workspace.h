// A workspace file (infradeck.yaml): a name and the environments with their artifacts.
#pragma once

#include "common/Error.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Infradeck {

struct Host
{
    QString name;
    QString address;
    int port = 22;
    QString user;
    QString identity;   // private key file (absolute); empty: ssh-agent, then ~/.ssh defaults
    QString passphrase; // keychain key name of the identity's passphrase (without "keychain:"); empty: default name
    QString jump;       // ProxyJump: [user@]host[:port]; empty for a direct connection
};

struct Budget
{
    QString monthly; // decimal string, e.g. "60.00"; empty when no budget is set
    QString currency;
    bool isSet() const { return !monthly.isEmpty(); }
};

// Where an environment's state lives when it is remote (workspace key `state_backend`). Only S3-compatible
// stores for now: state_backend: { type: s3, endpoint: URL, bucket: B, key: K, region: R, credentials: keychain:NAME }.
// The keychain entry NAME (scoped to the environment, else to the whole workspace) holds the text
// "ACCESS_KEY_ID:SECRET_ACCESS_KEY" (optionally ":SESSION_TOKEN" for temporary STS credentials).
struct StateBackend
{
    QString type; // "s3"; empty when the environment has no remote state
    QUrl endpoint;
    QString bucket;
    QString key;
    QString region = QStringLiteral("us-east-1");
    QString credentials; // keychain key name (without the "keychain:" prefix)
    int line = -1;

    bool isSet() const { return !type.isEmpty(); }
    QString displayUrl() const { return QStringLiteral("s3://%1/%2").arg(bucket, key); }
};

// One file an environment points at, resolved against the workspace folder.
struct Artifact
{
    enum class Kind { Plan, State, Sops };
    Kind kind = Kind::Plan;
    QString path;     // absolute
    QString declared; // as written in the workspace file
    bool exists = false;
};

struct Environment
{
    QString name;
    QString kind; // production | staging | preview, or empty
    QString description;
    bool isProtected = false;
    QString planPath;   // absolute, empty when not named
    QString statePath;  // absolute, empty when not named
    StateBackend stateBackend; // remote state; when set it is read instead of statePath
    QStringList sopsPaths;
    QUrl prometheus;
    QList<Host> hosts;
    QString ansibleInventory; // absolute path of an Ansible YAML inventory (key `inventory`), empty when not named
    QMap<QString, QString> tokens; // provider -> keychain key name (without the "keychain:" prefix)
    Budget budget;
    QDate created;
    int line = -1; // where the environment starts in the workspace file

    QList<Artifact> artifacts() const; // checks existence on each call
    int missingArtifactCount() const;
};

class Workspace
{
public:
    static constexpr int SchemaVersion = 1;

    // Reads and validates a workspace file. Every problem goes to `problems` with file:line:column; loading
    // keeps going where it can, so a bad environment does not hide the good ones. Returns an empty
    // workspace (isValid() false) only when the file cannot be read or parsed at all.
    static Workspace load(const QString &path, Errors &problems);
    static Workspace loadFromData(const QByteArray &yaml, const QString &path, Errors &problems);

    bool isValid() const { return m_valid; }
    QString name() const { return m_name; }
    QString filePath() const { return m_filePath; }
    QString directory() const;
    QString knownHostsPath() const { return m_knownHosts; }
    QString pricingPath() const { return m_pricing; }
    QString usagePath() const { return m_usage; } // usage file for usage-based prices (key `usage`), empty when not named
    QString riskRulesPath() const { return m_riskRules; } // the workspace's own risk rules (merged over the defaults)
    QStringList requiredKeys() const { return m_requiredKeys; }
    const QList<Environment> &environments() const { return m_environments; }
    const Environment *environment(const QString &name) const;

private:
    bool m_valid = false;
    QString m_name;
    QString m_filePath;
    QString m_knownHosts;
    QString m_pricing;
    QString m_usage;
    QString m_riskRules;
    QStringList m_requiredKeys;
    QList<Environment> m_environments;
};

} // namespace Infradeck

namespace Infradeck {
// The demo workspace that ships with Infradeck: $INFRADECK_DEMO_WORKSPACE, else the installed copy
// (<prefix>/share/infradeck/demo), else the source tree's resources/demo. Empty when none exists.
QString bundledDemoWorkspace();
} // namespace Infradeck
