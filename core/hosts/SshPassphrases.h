// Passphrases of encrypted SSH identity files in the OS keychain (CredentialStore). The item is
// WORKSPACE_ID/ENVIRONMENT/NAME, NAME being the host's `passphrase: keychain:NAME` or, by default,
// "ssh-passphrase:<absolute key path>"; a lookup tries the environment's item, then the workspace-wide one ("*").
// Nothing is ever written anywhere else: with no keychain, the caller asks the user each time.
#pragma once

#include "common/Error.h"
#include "common/SecureBytes.h"
#include "hosts/SshTarget.h"
#include "secrets/CredentialStore.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace Infradeck {

class SshSession;

class SshPassphrases : public QObject
{
    Q_OBJECT
public:
    // The passphrase, or empty when none is stored (found == false); error is set only when the keychain failed
    // for another reason than "not stored" (e.g. unavailable).
    using LookupCallback = std::function<void(SecureBytes passphrase, bool found, Error error)>;
    // The user's answer when the keychain has no passphrase: empty gives up; remember stores it in the keychain
    // once the key opened and the server accepted it.
    using Answer = std::function<void(const SecureBytes &passphrase, bool remember)>;
    // Asks the user (asynchronously or not) and calls answer once.
    using Ask = std::function<void(const QString &identityFile, Answer answer)>;

    // store: not owned; workspaceName: as in the workspace file (empty: "default"); environment: empty = any.
    SshPassphrases(CredentialStore *store, const QString &workspaceName, const QString &environment,
                   QObject *parent = nullptr);

    CredentialStore::Key keyFor(const SshTarget &target, bool anyEnvironment = false) const;
    // Whether the passphrase opens the identity file (libssh; quick, blocking). Empty error when it does.
    static Error verify(const QString &identityFile, const SecureBytes &passphrase);
    bool isAvailable() const { return m_store && m_store->isAvailable(); }

    // Asynchronous; the callback runs later on this object's thread, and not at all when it is destroyed first.
    void lookup(const SshTarget &target, LookupCallback done);
    // Stores the passphrase under the environment's item (the workspace-wide one when no environment was given).
    void store(const SshTarget &target, const SecureBytes &passphrase, CredentialStore::DoneCallback done);

    // Answers the session's passphraseRequired: the keychain first; when nothing is stored there (or the stored one
    // was refused before), ask. A passphrase the user asked to remember is stored after the session connected.
    void serve(SshSession *session, Ask ask);

Q_SIGNALS:
    void stored(const QString &keyName, const Infradeck::Errors &errors); // after a remembered passphrase was stored

private:
    void lookupAt(const SshTarget &target, bool anyEnvironment, LookupCallback done);

    QPointer<CredentialStore> m_store;
    QString m_workspace;
    QString m_environment;
};

} // namespace Infradeck
