#include "hosts/SshPassphrases.h"

#include "hosts/HostsTr.h"
#include "hosts/SshSession.h"

#include "common/Logging.h"

#include <QFile>
#include <QFileInfo>

#include <libssh/libssh.h>

namespace Infradeck {

SshPassphrases::SshPassphrases(CredentialStore *store, const QString &workspaceName, const QString &environment,
                               QObject *parent)
    : QObject(parent), m_store(store), m_workspace(CredentialStore::workspaceId(workspaceName)), m_environment(environment)
{
}

CredentialStore::Key SshPassphrases::keyFor(const SshTarget &target, bool anyEnvironment) const
{
    CredentialStore::Key k;
    k.workspace = m_workspace;
    k.environment = anyEnvironment || m_environment.isEmpty() ? QString::fromLatin1(CredentialStore::AnyEnvironment)
                                                               : m_environment;
    k.name = target.passphraseKeyName();
    return k;
}

Error SshPassphrases::verify(const QString &identityFile, const SecureBytes &passphrase)
{
    if (!QFileInfo(identityFile).isReadable())
        return Error(HostsTr::tr("cannot read identity file %1").arg(identityFile), identityFile)
            .expecting(HostsTr::tr("a private key file"));
    QByteArray pass = passphrase.toByteArrayUnsafe();
    pass.append('\0');
    ssh_key key = nullptr;
    const int rc = ssh_pki_import_privkey_file(QFile::encodeName(identityFile).constData(), pass.constData(), nullptr,
                                               nullptr, &key);
    SecureBytes::wipe(pass);
    ssh_key_free(key);
    if (rc != SSH_OK)
        return Error(HostsTr::tr("the passphrase does not open identity file %1").arg(identityFile), identityFile)
            .expecting(HostsTr::tr("the passphrase the key was encrypted with"));
    return Error();
}

void SshPassphrases::lookup(const SshTarget &target, LookupCallback done)
{
    if (!m_store) {
        QMetaObject::invokeMethod(
            this, [done] { done({}, false, Error(CredentialStore::unavailableMessage())); }, Qt::QueuedConnection);
        return;
    }
    lookupAt(target, m_environment.isEmpty(), std::move(done));
}

void SshPassphrases::lookupAt(const SshTarget &target, bool anyEnvironment, LookupCallback done)
{
    const CredentialStore::Key key = keyFor(target, anyEnvironment);
    QPointer<SshPassphrases> self(this);
    m_store->read(key, [self, target, anyEnvironment, done, key](Result<SecureBytes> value) {
        if (!self)
            return;
        if (value && !value->isEmpty()) {
            qCDebug(lcHosts) << "passphrase for" << target.identityFile << "from keychain item" << key.toString();
            done(std::move(value).value(), true, Error());
            return;
        }
        const bool unavailable = self->m_store && !self->m_store->isAvailable();
        if (!anyEnvironment && !unavailable) {
            self->lookupAt(target, true, done); // then the workspace-wide item
            return;
        }
        done({}, false, unavailable ? value.error() : Error());
    });
}

void SshPassphrases::store(const SshTarget &target, const SecureBytes &passphrase, CredentialStore::DoneCallback done)
{
    if (!m_store) {
        QMetaObject::invokeMethod(
            this, [done] { done({Error(CredentialStore::unavailableMessage())}); }, Qt::QueuedConnection);
        return;
    }
    m_store->store(keyFor(target), passphrase, std::move(done));
}

void SshPassphrases::serve(SshSession *session, Ask ask)
{
    QPointer<SshSession> guard(session);
    auto triedKeychain = std::make_shared<bool>(false);
    connect(session, &SshSession::passphraseRequired, this, [this, guard, ask, triedKeychain](const QString &file) {
        if (!guard)
            return;
        const SshTarget target = guard->target();
        auto askUser = [this, guard, ask, target, file] {
            ask(file, [this, guard, target](const SecureBytes &passphrase, bool remember) {
                if (!guard)
                    return;
                if (remember && !passphrase.isEmpty()) {
                    auto once = std::make_shared<QMetaObject::Connection>();
                    *once = connect(guard, &SshSession::connected, this, [this, target, passphrase, once] {
                        disconnect(*once);
                        const QString name = keyFor(target).toString();
                        QPointer<SshPassphrases> self(this);
                        store(target, passphrase, [self, name](Errors errors) {
                            if (self)
                                Q_EMIT self->stored(name, errors);
                        });
                    });
                }
                guard->providePassphrase(passphrase);
            });
        };
        if (*triedKeychain || !m_store) {
            askUser();
            return;
        }
        *triedKeychain = true;
        lookup(target, [guard, askUser](SecureBytes passphrase, bool found, const Error &) {
            if (!guard)
                return;
            if (found)
                guard->providePassphrase(passphrase);
            else
                askUser();
        });
    });
}

} // namespace Infradeck
