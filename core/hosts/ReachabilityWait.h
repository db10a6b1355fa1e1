// Polls a host until SSH answers (and a marker file such as cloud-init's boot-finished exists): the step
// operators script after `apply`. Each attempt is a fresh connection; cancellable at any time.
#pragma once

#include "common/Error.h"
#include "common/SecureBytes.h"
#include "hosts/SshTarget.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace Infradeck {

class SshSession;
struct HostKeyInfo;

class ReachabilityWait : public QObject
{
    Q_OBJECT
public:
    enum class HostKeyPolicy { Refuse, AcceptNew, Ask }; // Ask: emits hostKeyUnknown, answer through session()

    explicit ReachabilityWait(SshTarget target, QObject *parent = nullptr);
    ~ReachabilityWait() override;

    void setMarker(const QString &path) { m_marker = path; } // empty: reachable once a command runs
    void setAttempts(int attempts) { m_attempts = qMax(1, attempts); }
    void setIntervalMs(int ms) { m_timer.setInterval(qMax(0, ms)); }
    void setHostKeyPolicy(HostKeyPolicy policy) { m_policy = policy; }
    // Passphrase of an encrypted identity file (e.g. from the keychain); without it such a key ends the wait.
    void setPassphrase(const SecureBytes &passphrase) { m_passphrase = passphrase; }

    void start();
    void cancel();
    int attempt() const { return m_attempt; }
    SshSession *session() const { return m_session.get(); }

Q_SIGNALS:
    void attemptStarted(int attempt, int attempts);
    void attemptFailed(int attempt, const QString &reason);
    void hostKeyUnknown(const Infradeck::HostKeyInfo &key);
    // reachable false: attempts exhausted, cancelled, or a host key problem that waiting cannot fix (error says).
    void finished(bool reachable, const Infradeck::Error &error);

private:
    void tryOnce();
    void attemptOver(const QString &reason, bool final = false);
    void done(bool reachable, const Error &error);

    SshTarget m_target;
    QString m_marker;
    int m_attempts = 30;
    int m_attempt = 0;
    HostKeyPolicy m_policy = HostKeyPolicy::Refuse;
    QTimer m_timer;
    std::unique_ptr<SshSession> m_session;
    SecureBytes m_passphrase;
    bool m_finished = false;
};

} // namespace Infradeck
