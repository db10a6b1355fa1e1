#include "hosts/ReachabilityWait.h"

#include "hosts/HostsTr.h"
#include "hosts/SshSession.h"

#include <QPointer>

namespace Infradeck {

namespace {
// Quote for POSIX sh: 'it'\''s'
QString shellQuote(const QString &s)
{
    QString q = s;
    q.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}
} // namespace

ReachabilityWait::ReachabilityWait(SshTarget target, QObject *parent) : QObject(parent), m_target(std::move(target))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(5000);
    connect(&m_timer, &QTimer::timeout, this, &ReachabilityWait::tryOnce);
}

ReachabilityWait::~ReachabilityWait() = default;

void ReachabilityWait::start()
{
    m_attempt = 0;
    m_finished = false;
    tryOnce();
}

void ReachabilityWait::cancel()
{
    m_timer.stop();
    if (m_session)
        m_session->cancelAll();
    done(false, Error(HostsTr::tr("waiting for %1 was cancelled").arg(m_target.displayName())));
}

void ReachabilityWait::tryOnce()
{
    if (m_finished)
        return;
    ++m_attempt;
    Q_EMIT attemptStarted(m_attempt, m_attempts);
    m_session = std::make_unique<SshSession>(m_target);
    SshSession *s = m_session.get();
    if (!m_passphrase.isEmpty())
        s->setPassphrase(m_passphrase);
    connect(s, &SshSession::passphraseRequired, this, [this](const QString &file) {
        // Nobody to ask while waiting, and waiting longer will not help.
        attemptOver(HostsTr::tr("identity file %1 is encrypted and its passphrase is not in the keychain").arg(file), true);
    });
    connect(s, &SshSession::hostKeyUnknown, this, [this, s](const HostKeyInfo &key) {
        switch (m_policy) {
        case HostKeyPolicy::AcceptNew: s->acceptHostKey(); break;
        case HostKeyPolicy::Refuse: s->refuseHostKey(); break;
        case HostKeyPolicy::Ask: Q_EMIT hostKeyUnknown(key); break;
        }
    });
    connect(s, &SshSession::failed, this, [this, s](const Error &error) {
        // A key problem does not fix itself by waiting; a closed port or a missing authorized key may.
        const SshSession::FailReason reason = s->lastFailReason();
        const bool hostKeyProblem = reason == SshSession::FailReason::HostKeyChanged
                                    || reason == SshSession::FailReason::HostKeyRefused;
        attemptOver(error.message, hostKeyProblem);
    });
    connect(s, &SshSession::commandFinished, this, [this](const CommandResult &r) {
        if (r.failedToRun())
            return; // failed() tells why
        if (r.exitStatus == 0)
            return done(true, {});
        attemptOver(HostsTr::tr("%1 does not exist yet").arg(m_marker));
    });
    s->run(m_marker.isEmpty() ? QStringLiteral("true") : QStringLiteral("test -e ") + shellQuote(m_marker));
}

void ReachabilityWait::attemptOver(const QString &reason, bool final)
{
    if (m_finished)
        return;
    Q_EMIT attemptFailed(m_attempt, reason);
    if (final)
        return done(false, Error(reason, m_target.displayName()));
    if (m_attempt >= m_attempts)
        return done(false, Error(HostsTr::tr("%1 not reachable after %n attempt(s); last: %2", nullptr, m_attempts)
                                     .arg(m_target.displayName(), reason),
                                 m_target.displayName()));
    m_timer.start();
}

void ReachabilityWait::done(bool reachable, const Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    // The session may be the sender of the signal we are in: delete it later.
    if (m_session) {
        SshSession *s = m_session.release();
        s->disconnect(this);
        s->deleteLater();
    }
    Q_EMIT finished(reachable, error);
}

} // namespace Infradeck
