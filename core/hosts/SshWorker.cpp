#include "hosts/SshWorker.h"

#include "hosts/HostsTr.h"
#include "hosts/SshCancelState.h"

#include "common/Logging.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <libssh/libssh.h>

namespace Infradeck {

namespace {


QByteArray shellQuote(const QByteArray &s)
{
    QByteArray q = s;
    q.replace('\'', "'\\''");
    return '\'' + q + '\'';
}

// OpenSSH's sshd refuses "signal" channel requests in common setups and a command without a PTY outlives its
// channel, so cancel cannot rely on either. The command runs in its own session (setsid); a watcher
// waits for EOF on stdin (sent on cancel, or when the channel goes) and then kills that group. The exit status is
// the command's own; the command's stdin is /dev/null.
QByteArray cancellable(const QString &command)
{
    const QByteArray cmd = shellQuote(command.toUtf8());
    // fd 3 keeps the channel's stdin: a background job's own stdin would be /dev/null.
    const QByteArray inner = "exec 3<&0; if command -v setsid >/dev/null 2>&1; then setsid sh -c " + cmd
                             + " </dev/null 3<&- & else sh -c " + cmd
                             + " </dev/null 3<&- & fi; p=$!; { cat <&3 >/dev/null; kill -TERM -$p || kill -TERM $p; } "
                               ">/dev/null 2>&1 & w=$!; exec 3<&-; wait $p; s=$?; kill $w 2>/dev/null; exit $s";
    return "sh -c " + shellQuote(inner);
}

} // namespace

SshWorker::SshWorker(SshTarget target, std::shared_ptr<SshCancelState> cancel)
    : m_target(std::move(target)), m_cancel(std::move(cancel))
{
}

SshWorker::~SshWorker()
{
    closeSession();
}

Error SshWorker::sshError(const QString &what) const
{
    const QString detail = m_session ? QString::fromUtf8(ssh_get_error(m_session)) : QString();
    Error e(detail.isEmpty() ? what : QStringLiteral("%1: %2").arg(what, detail),
            QStringLiteral("ssh://%1@%2").arg(m_target.effectiveUser(), m_target.knownHostsName()));
    return e;
}

void SshWorker::closeSession()
{
    if (!m_session)
        return;
    ssh_disconnect(m_session);
    ssh_free(m_session);
    m_session = nullptr;
}

void SshWorker::fail(const Error &error, SshSession::FailReason reason)
{
    qCDebug(lcHosts) << "ssh" << m_target.displayName() << "failed:" << error.message;
    closeSession();
    m_lastError = error;
    m_state = SshSession::State::Failed;
    Q_EMIT stateChanged(m_state);
    Q_EMIT failed(error, reason);
    failQueue(error);
}

void SshWorker::failQueue(const Error &error)
{
    const QList<Pending> queue = std::exchange(m_queue, {});
    for (const Pending &p : queue) {
        CommandResult r;
        r.id = p.id;
        r.command = p.command;
        r.error = error;
        r.canceled = m_cancel->isCanceled(p.id);
        Q_EMIT commandFinished(r);
    }
}

void SshWorker::connectToHost()
{
    if (m_state == SshSession::State::Connected || m_state == SshSession::State::Connecting)
        return;
    closeSession();
    m_state = SshSession::State::Connecting;
    Q_EMIT stateChanged(m_state);

    m_session = ssh_new();
    if (!m_session)
        return fail(Error(HostsTr::tr("could not create an SSH session (out of memory)")));
    const QByteArray host = m_target.host.toUtf8();
    const unsigned int port = unsigned(m_target.port);
    const QByteArray user = m_target.effectiveUser().toUtf8();
    const QString knownHosts = m_target.effectiveKnownHostsFile();
    const QByteArray kh = QFile::encodeName(knownHosts);
    // The system-wide file; inside a Flatpak sandbox the host's /etc is mounted at /run/host/etc.
    const QString systemKnownHosts = qEnvironmentVariableIsSet("FLATPAK_ID") ? QStringLiteral("/run/host/etc/ssh/ssh_known_hosts")
                                                                               : QStringLiteral("/etc/ssh/ssh_known_hosts");
    const QByteArray extra = QFile::encodeName(m_target.extraKnownHostsFile.isEmpty() ? systemKnownHosts : m_target.extraKnownHostsFile);
    long timeout = m_target.connectTimeoutSeconds > 0 ? m_target.connectTimeoutSeconds : 10;
    bool processConfig = false; // behave the same for every user; the target says everything
    ssh_options_set(m_session, SSH_OPTIONS_HOST, host.constData());
    ssh_options_set(m_session, SSH_OPTIONS_PORT, &port);
    ssh_options_set(m_session, SSH_OPTIONS_USER, user.constData());
    ssh_options_set(m_session, SSH_OPTIONS_KNOWNHOSTS, kh.constData());
    ssh_options_set(m_session, SSH_OPTIONS_GLOBAL_KNOWNHOSTS, extra.constData());
    ssh_options_set(m_session, SSH_OPTIONS_TIMEOUT, &timeout);
    ssh_options_set(m_session, SSH_OPTIONS_PROCESS_CONFIG, &processConfig);
    if (const int verbosity = qEnvironmentVariableIntValue("INFRADECK_SSH_DEBUG"); verbosity > 0)
        ssh_options_set(m_session, SSH_OPTIONS_LOG_VERBOSITY, &verbosity); // libssh's own log on stderr
    if (!m_target.proxyJump.isEmpty()) {
        // libssh 0.10 has no ProxyJump option; OpenSSH's client makes the hop (`ssh -W`, BatchMode: never prompts,
        // strict host key checking against the same known_hosts files).
        const QString command = m_target.proxyCommand();
        if (command.isEmpty())
            return fail(Error(HostsTr::tr("\"%1\" is not a jump host").arg(m_target.proxyJump))
                            .expecting(HostsTr::tr("[USER@]HOST[:PORT]")));
        const QByteArray proxy = command.toUtf8();
        ssh_options_set(m_session, SSH_OPTIONS_PROXYCOMMAND, proxy.constData());
    }

    if (ssh_connect(m_session) != SSH_OK)
        return fail(sshError(HostsTr::tr("cannot connect to %1").arg(m_target.knownHostsName()))
                        .expecting(HostsTr::tr("an SSH server answering within %n second(s)", nullptr, int(timeout))));
    if (!verifyHostKey())
        return;
    authenticate();
}

bool SshWorker::verifyHostKey()
{
    ssh_key key = nullptr;
    if (ssh_get_server_publickey(m_session, &key) != SSH_OK) {
        fail(sshError(HostsTr::tr("the server sent no host key")));
        return false;
    }
    unsigned char *hash = nullptr;
    size_t hashLength = 0;
    HostKeyInfo info;
    info.host = m_target.knownHostsName();
    info.keyType = QString::fromLatin1(ssh_key_type_to_char(ssh_key_type(key)));
    info.knownHostsFile = m_target.effectiveKnownHostsFile();
    if (ssh_get_publickey_hash(key, SSH_PUBLICKEY_HASH_SHA256, &hash, &hashLength) == SSH_OK) {
        char *fp = ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, hashLength);
        info.fingerprint = QString::fromLatin1(fp);
        ssh_string_free_char(fp);
        ssh_clean_pubkey_hash(&hash);
    }
    ssh_key_free(key);

    switch (ssh_session_is_known_server(m_session)) {
    case SSH_KNOWN_HOSTS_OK:
        return true;
    case SSH_KNOWN_HOSTS_CHANGED:
    case SSH_KNOWN_HOSTS_OTHER:
        fail(Error(HostsTr::tr("HOST KEY CHANGED for %1: the server now presents %2 %3, which does not match %4. "
                          "Someone may be intercepting the connection, or the host was rebuilt. Not connecting; "
                          "check the new key out of band and remove the old entry if it is legitimate.")
                       .arg(info.host, info.keyType, info.fingerprint, info.knownHostsFile),
                   info.knownHostsFile)
                 .expecting(HostsTr::tr("the host key recorded in known_hosts")),
             SshSession::FailReason::HostKeyChanged);
        return false;
    case SSH_KNOWN_HOSTS_UNKNOWN:
    case SSH_KNOWN_HOSTS_NOT_FOUND:
        m_state = SshSession::State::AwaitingHostKey;
        Q_EMIT stateChanged(m_state);
        Q_EMIT hostKeyUnknown(info);
        return false;
    case SSH_KNOWN_HOSTS_ERROR:
    default:
        fail(sshError(HostsTr::tr("cannot check the host key against %1").arg(info.knownHostsFile)));
        return false;
    }
}

void SshWorker::acceptHostKey()
{
    if (m_state != SshSession::State::AwaitingHostKey || !m_session)
        return;
    const QString file = m_target.effectiveKnownHostsFile();
    QDir().mkpath(QFileInfo(file).absolutePath());
    if (ssh_session_update_known_hosts(m_session) != SSH_OK)
        return fail(sshError(HostsTr::tr("cannot write the host key to %1").arg(file)));
    qCDebug(lcHosts) << "accepted host key of" << m_target.knownHostsName() << "into" << file;
    m_state = SshSession::State::Connecting;
    Q_EMIT stateChanged(m_state);
    authenticate();
}

void SshWorker::refuseHostKey()
{
    if (m_state != SshSession::State::AwaitingHostKey)
        return;
    fail(Error(HostsTr::tr("host key of %1 refused; not connecting").arg(m_target.knownHostsName()),
               m_target.effectiveKnownHostsFile()),
         SshSession::FailReason::HostKeyRefused);
}

void SshWorker::providePassphrase(const SecureBytes &passphrase)
{
    if (m_state != SshSession::State::AwaitingPassphrase)
        return;
    if (passphrase.isEmpty())
        return fail(Error(HostsTr::tr("no passphrase given for %1").arg(m_target.identityFile), m_target.identityFile));
    m_passphrase = passphrase;
    m_state = SshSession::State::Connecting;
    Q_EMIT stateChanged(m_state);
    authenticate();
}

void SshWorker::authenticate()
{
    const QString who = QStringLiteral("%1@%2").arg(m_target.effectiveUser(), m_target.knownHostsName());
    QStringList tried;
    bool authenticated = false;

    const QString agent = m_target.effectiveAgentSocket();
    if (!agent.isEmpty() && QFileInfo::exists(agent)) {
        const QByteArray sock = QFile::encodeName(agent);
        ssh_options_set(m_session, SSH_OPTIONS_IDENTITY_AGENT, sock.constData());
        authenticated = ssh_userauth_agent(m_session, nullptr) == SSH_AUTH_SUCCESS;
        tried << HostsTr::tr("the keys of ssh-agent at %1").arg(agent);
    }

    if (!authenticated && !m_target.identityFile.isEmpty()) {
        const QString file = m_target.identityFile;
        if (!QFileInfo(file).isReadable())
            return fail(Error(HostsTr::tr("cannot read identity file %1").arg(file), file).expecting(HostsTr::tr("a private key file")));
        const bool encrypted = SshTarget::isEncryptedKeyFile(file);
        if (encrypted && m_passphrase.isEmpty()) {
            m_state = SshSession::State::AwaitingPassphrase;
            Q_EMIT stateChanged(m_state);
            Q_EMIT passphraseRequired(file);
            return;
        }
        ssh_key key = nullptr;
        QByteArray pass = m_passphrase.toByteArrayUnsafe();
        pass.append('\0');
        const int rc = ssh_pki_import_privkey_file(QFile::encodeName(file).constData(),
                                                   encrypted ? pass.constData() : nullptr, nullptr, nullptr, &key);
        SecureBytes::wipe(pass);
        if (rc != SSH_OK) {
            m_passphrase.clear();
            return fail(Error(encrypted ? HostsTr::tr("wrong passphrase for identity file %1").arg(file)
                                        : HostsTr::tr("identity file %1 is not a private key libssh can read").arg(file),
                              file)
                            .expecting(HostsTr::tr("an OpenSSH or PEM private key (ed25519, ecdsa or rsa)")));
        }
        authenticated = ssh_userauth_publickey(m_session, nullptr, key) == SSH_AUTH_SUCCESS;
        ssh_key_free(key);
        tried << HostsTr::tr("identity file %1").arg(file);
    }

    if (!authenticated && agent.isEmpty() && m_target.identityFile.isEmpty()) {
        QByteArray pass = m_passphrase.toByteArrayUnsafe();
        pass.append('\0');
        authenticated = ssh_userauth_publickey_auto(m_session, nullptr, m_passphrase.isEmpty() ? nullptr : pass.constData())
                        == SSH_AUTH_SUCCESS;
        SecureBytes::wipe(pass);
        tried << HostsTr::tr("the default keys in ~/.ssh");
    }

    if (!authenticated)
        return fail(Error(HostsTr::tr("authentication failed for %1: the server accepted none of %2")
                              .arg(who, tried.isEmpty() ? HostsTr::tr("(no key offered: no agent and no identity file)")
                                                        : tried.join(QStringLiteral(", "))),
                          QStringLiteral("ssh://") + who)
                        .expecting(HostsTr::tr("a key listed in the server's authorized_keys")));

    m_state = SshSession::State::Connected;
    Q_EMIT stateChanged(m_state);
    runQueue();
}

void SshWorker::enqueue(int id, const QString &command)
{
    m_queue << Pending{id, command};
    if (m_state == SshSession::State::Failed)
        return failQueue(m_lastError); // why the connection failed, not just "not connected"
    if (m_state == SshSession::State::Disconnected)
        return connectToHost();
    runQueue();
}

void SshWorker::runQueue()
{
    if (m_running)
        return;
    m_running = true;
    while (m_state == SshSession::State::Connected && !m_queue.isEmpty()) {
        const Pending p = m_queue.takeFirst();
        Q_EMIT commandFinished(execute(p));
    }
    m_running = false;
}

CommandResult SshWorker::execute(const Pending &p)
{
    CommandResult r;
    r.id = p.id;
    r.command = p.command;
    if (m_cancel->isCanceled(p.id)) {
        r.canceled = true;
        return r;
    }
    QElapsedTimer timer;
    timer.start();
    Q_EMIT commandStarted(p.id);

    ssh_channel channel = ssh_channel_new(m_session);
    if (!channel || ssh_channel_open_session(channel) != SSH_OK) {
        r.error = sshError(HostsTr::tr("cannot open a channel to %1").arg(m_target.knownHostsName()));
        if (channel)
            ssh_channel_free(channel);
        if (!ssh_is_connected(m_session))
            fail(r.error);
        return r;
    }
    const QByteArray command = cancellable(p.command);
    if (ssh_channel_request_exec(channel, command.constData()) != SSH_OK) {
        r.error = sshError(HostsTr::tr("the server refused to run the command"));
        ssh_channel_close(channel);
        ssh_channel_free(channel);
        return r;
    }

    char buffer[16 * 1024];
    bool error = false;
    // Short read timeouts keep the loop responsive to cancel while output streams as it comes.
    while (true) {
        if (m_cancel->isCanceled(p.id)) {
            r.canceled = true;
            ssh_channel_send_eof(channel); // the watcher kills the command's process group
            ssh_channel_request_send_signal(channel, "TERM");
            // Give the remote side a moment to report the end, so the channel closes cleanly.
            for (int i = 0; i < 10 && !ssh_channel_is_eof(channel); ++i)
                ssh_channel_read_timeout(channel, buffer, sizeof buffer, 0, 50);
            break;
        }
        const int n = ssh_channel_read_timeout(channel, buffer, sizeof buffer, 0, 50);
        if (n > 0)
            Q_EMIT output(p.id, QByteArray(buffer, n), SshSession::Stream::Stdout);
        else if (n == SSH_ERROR) {
            error = true;
            break;
        }
        int e = 0;
        while ((e = ssh_channel_read_nonblocking(channel, buffer, sizeof buffer, 1)) > 0)
            Q_EMIT output(p.id, QByteArray(buffer, e), SshSession::Stream::Stderr);
        if (e == SSH_ERROR) {
            error = true;
            break;
        }
        if (n <= 0 && ssh_channel_is_eof(channel)) {
            // Drain whatever is left on either stream.
            while ((e = ssh_channel_read_nonblocking(channel, buffer, sizeof buffer, 0)) > 0)
                Q_EMIT output(p.id, QByteArray(buffer, e), SshSession::Stream::Stdout);
            while ((e = ssh_channel_read_nonblocking(channel, buffer, sizeof buffer, 1)) > 0)
                Q_EMIT output(p.id, QByteArray(buffer, e), SshSession::Stream::Stderr);
            break;
        }
    }
    if (error) {
        r.error = sshError(HostsTr::tr("connection to %1 lost while running the command").arg(m_target.knownHostsName()));
    } else if (!r.canceled) {
        ssh_channel_send_eof(channel);
        r.exitStatus = ssh_channel_get_exit_status(channel);
    }
    ssh_channel_close(channel);
    ssh_channel_free(channel);
    r.durationMs = timer.elapsed();
    if (error && !ssh_is_connected(m_session))
        fail(r.error);
    return r;
}

void SshWorker::disconnectFromHost()
{
    closeSession();
    m_state = SshSession::State::Disconnected;
    Q_EMIT stateChanged(m_state);
    failQueue(Error(HostsTr::tr("disconnected from %1").arg(m_target.knownHostsName())));
}

} // namespace Infradeck
