// The libssh side of an SshSession: lives on the session's worker thread and may block there. Internal.
#pragma once

#include "hosts/SshSession.h"

#include <QList>
#include <QObject>

#include <memory>

struct ssh_session_struct;

namespace Infradeck {

class SshWorker : public QObject
{
    Q_OBJECT
public:
    SshWorker(SshTarget target, std::shared_ptr<SshCancelState> cancel);
    ~SshWorker() override;

    // All called on the worker thread (queued from SshSession).
    void setPassphrase(const SecureBytes &passphrase) { m_passphrase = passphrase; }
    void connectToHost();
    void acceptHostKey();
    void refuseHostKey();
    void providePassphrase(const SecureBytes &passphrase);
    void enqueue(int id, const QString &command);
    void disconnectFromHost();

Q_SIGNALS:
    void stateChanged(Infradeck::SshSession::State state);
    void failed(const Infradeck::Error &error, Infradeck::SshSession::FailReason reason);
    void hostKeyUnknown(const Infradeck::HostKeyInfo &key);
    void passphraseRequired(const QString &identityFile);
    void commandStarted(int id);
    void output(int id, const QByteArray &data, Infradeck::SshSession::Stream stream);
    void commandFinished(const Infradeck::CommandResult &result);

private:
    struct Pending
    {
        int id;
        QString command;
    };
    void fail(const Error &error, SshSession::FailReason reason = SshSession::FailReason::Other);
    void authenticate();
    bool verifyHostKey(); // false: stopped (refused, changed, or waiting for the user)
    void runQueue();
    CommandResult execute(const Pending &command);
    void failQueue(const Error &error);
    void closeSession();
    Error sshError(const QString &what) const;

    SshTarget m_target;
    std::shared_ptr<SshCancelState> m_cancel;
    ssh_session_struct *m_session = nullptr;
    SshSession::State m_state = SshSession::State::Disconnected;
    SecureBytes m_passphrase;
    Error m_lastError;
    QList<Pending> m_queue;
    bool m_running = false;
};

} // namespace Infradeck
