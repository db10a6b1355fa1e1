// age identities and provider tokens in the OS keychain (qtkeychain), service "infradeck", keys scoped
// WORKSPACE_ID/ENV_OR_*/NAME. Settings keep only the key names. No plaintext fallback, ever.
#pragma once

#include "common/Error.h"
#include "common/SecureBytes.h"
#include "secrets/age/AgeIdentity.h"
#include "secrets/age/AgeRecipient.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

class QSettings;

namespace QKeychain {
class Job;
}

namespace Infradeck {

class CredentialStore : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *ServiceName = "infradeck";
    static constexpr const char *AnyEnvironment = "*";

    // One stored item: WORKSPACE_ID/ENVIRONMENT/NAME (environment "*" = every environment of the workspace).
    struct Key
    {
        QString workspace;
        QString environment = QString::fromLatin1(AnyEnvironment);
        QString name;
        QString toString() const;
        static bool parse(const QString &text, Key &key);
        bool operator==(const Key &other) const { return toString() == other.toString(); }
    };

    using DoneCallback = std::function<void(Errors)>;
    using ValueCallback = std::function<void(Result<SecureBytes>)>;
    using RecipientCallback = std::function<void(Result<AgeRecipient>)>;
    using IdentitiesCallback = std::function<void(Result<QList<AgeIdentity>>)>;

    // settings: where key names are listed (default: QSettings() of the application). Not owned.
    explicit CredentialStore(QObject *parent = nullptr, QSettings *settings = nullptr);
    ~CredentialStore() override;

    // A workspace's scope in key names: its name, lower case, runs of other characters as '-'.
    static QString workspaceId(const QString &workspaceName);

    // "no keychain available — nothing will be stored, you will be asked for the key each time"
    static QString unavailableMessage();
    // False once a job failed because there is no keychain (no D-Bus / Secret Service / backend).
    bool isAvailable() const { return m_available; }

    // Names known to the settings (values never are), optionally only one workspace's.
    QList<Key> keys(const QString &workspace = {}) const;
    bool contains(const Key &key) const;

    // Every call is asynchronous: the callback runs later on this object's thread (never inside the call),
    // and not at all when the store is destroyed first.
    void store(const Key &key, const SecureBytes &value, DoneCallback done);
    void read(const Key &key, ValueCallback done);
    void remove(const Key &key, DoneCallback done);
    void rename(const Key &from, const Key &to, DoneCallback done);

    // Reads an age key file once and keeps its identities in the keychain; the file is not needed afterwards.
    // Returns the (first) recipient.
    void importIdentityFile(const Key &key, const QString &keyFilePath, RecipientCallback done);
    // Generates a new X25519 identity, stores it and returns its recipient (to share).
    void generateIdentity(const Key &key, RecipientCallback done);
    void readIdentities(const Key &key, IdentitiesCallback done);

Q_SIGNALS:
    void keysChanged();
    void keychainUnavailable(const QString &message);

private:
    void startJob(QKeychain::Job *job, std::function<void(QKeychain::Job *)> finished);
    Error jobError(QKeychain::Job *job, const Key &key, const QString &what);
    void addName(const Key &key);
    void removeName(const Key &key);
    QStringList storedNames() const;

    QSettings *m_settings = nullptr;
    bool m_ownsSettings = false;
    bool m_available = true;
};

} // namespace Infradeck
