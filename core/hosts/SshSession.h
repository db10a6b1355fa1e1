// One SSH connection to one host. libssh blocks, so the connection lives on its own worker thread; this object
// stays on the caller's thread and reports everything by signals (never blocks the caller).
#pragma once

#include "common/Error.h"
#include "common/SecureBytes.h"
#include "hosts/SshTarget.h"

#include <QByteArray>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <memory>

class QThread;

namespace Infradeck {

class SshWorker;
struct SshCancelState;

// The server's host key as shown to the user when it is not in known_hosts.
struct HostKeyInfo
{
    QString host;        // the known_hosts spelling: "[127.0.0.1]:2222"
    QString keyType;     // "ssh-ed25519"
    QString fingerprint; // "SHA256:..."
    QString knownHostsFile; // where accepting writes it
};

struct CommandResult
{
    int id = 0;
    QString command;
    int exitStatus = -1; // remote exit status; -1 when unknown (cancelled, killed by a signal, failed)
    QString exitSignal;  // "TERM" when the remote command died of a signal
    bool canceled = false;
    Error error;         // set (message non-empty) when the command could not run
    qint64 durationMs = 0;
    bool ok() const { return error.message.isEmpty() && !canceled && exitStatus == 0; }
    bool failedToRun() const { return !error.message.isEmpty(); }
};

class SshSession : public QObject
{
    Q_OBJECT
public:
    enum class State { Disconnected, Connecting, AwaitingHostKey, AwaitingPassphrase, Connected, Failed };
    Q_ENUM(State)
    enum class Stream { Stdout, Stderr };
    Q_ENUM(Stream)
    // Why the last failed() happened, for callers that must not parse the (translated) message.
    enum class FailReason { Other, HostKeyChanged, HostKeyRefused };
    Q_ENUM(FailReason)

    explicit SshSession(SshTarget target, QObject *parent = nullptr);
    ~SshSession() override; // cancels what runs and waits for the worker to leave libssh

    const SshTarget &target() const { return m_target; }
    State state() const { return m_state; }
    Error lastError() const { return m_lastError; }
    FailReason lastFailReason() const { return m_lastFailReason; } // set before failed() is emitted

    // Passphrase for an encrypted identity file (e.g. read from the CredentialStore); set before connecting.
    void setPassphrase(const SecureBytes &passphrase);

    void connectToHost();
    // Answers hostKeyUnknown: accept appends the key to the known_hosts file and goes on; refuse disconnects.
    void acceptHostKey();
    void refuseHostKey();
    // Answers passphraseRequired; an empty passphrase gives up.
    void providePassphrase(const SecureBytes &passphrase);

    // Queues a command (it runs once connected, one at a time). Returns its id for the signals and cancel().
    int run(const QString &command);
    void cancel(int id);
    void cancelAll();
    void disconnectFromHost();

Q_SIGNALS:
    void stateChanged(Infradeck::SshSession::State state);
    void connected();
    void failed(const Infradeck::Error &error); // connecting, host key or auth failed
    void hostKeyUnknown(const Infradeck::HostKeyInfo &key);
    void passphraseRequired(const QString &identityFile);
    void commandStarted(int id);
    void output(int id, const QByteArray &data, Infradeck::SshSession::Stream stream);
    void commandFinished(const Infradeck::CommandResult &result);

private:
    void setState(State state);

    SshTarget m_target;
    State m_state = State::Disconnected;
    Error m_lastError;
    FailReason m_lastFailReason = FailReason::Other;
    int m_nextId = 1;
    QThread *m_thread = nullptr;
    SshWorker *m_worker = nullptr;
    std::shared_ptr<SshCancelState> m_cancel;
};

} // namespace Infradeck

Q_DECLARE_METATYPE(Infradeck::HostKeyInfo)
Q_DECLARE_METATYPE(Infradeck::CommandResult)
