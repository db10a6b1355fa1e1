#include "hosts/SshSession.h"

#include "hosts/SshCancelState.h"
#include "hosts/SshWorker.h"

#include <QThread>

namespace Infradeck {

SshSession::SshSession(SshTarget target, QObject *parent)
    : QObject(parent), m_target(std::move(target)), m_cancel(std::make_shared<SshCancelState>())
{
    qRegisterMetaType<Infradeck::Error>();
    qRegisterMetaType<Infradeck::HostKeyInfo>();
    qRegisterMetaType<Infradeck::CommandResult>();
    // The thread is not a child: it may outlive this object while libssh finishes a blocking call.
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("ssh:") + m_target.displayName());
    m_worker = new SshWorker(m_target, m_cancel);
    m_worker->moveToThread(m_thread);

    connect(m_worker, &SshWorker::stateChanged, this, &SshSession::setState);
    connect(m_worker, &SshWorker::failed, this, [this](const Error &error, FailReason reason) {
        m_lastError = error;
        m_lastFailReason = reason;
        Q_EMIT failed(error);
    });
    connect(m_worker, &SshWorker::hostKeyUnknown, this, &SshSession::hostKeyUnknown);
    connect(m_worker, &SshWorker::passphraseRequired, this, &SshSession::passphraseRequired);
    connect(m_worker, &SshWorker::commandStarted, this, &SshSession::commandStarted);
    connect(m_worker, &SshWorker::output, this, &SshSession::output);
    connect(m_worker, &SshWorker::commandFinished, this, &SshSession::commandFinished);
    m_thread->start();
}

SshSession::~SshSession()
{
    // Never wait here (the caller may be the UI thread): the worker stops at its next cancel check or when
    // libssh returns (at most the connect timeout), then deletes itself and its thread.
    m_cancel->all = true;
    m_worker->disconnect(this);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    m_thread->quit();
}

void SshSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
    if (state == State::Connected)
        Q_EMIT connected();
}

void SshSession::setPassphrase(const SecureBytes &passphrase)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, passphrase] { w->setPassphrase(passphrase); });
}

void SshSession::connectToHost()
{
    QMetaObject::invokeMethod(m_worker, &SshWorker::connectToHost);
}

void SshSession::acceptHostKey()
{
    QMetaObject::invokeMethod(m_worker, &SshWorker::acceptHostKey);
}

void SshSession::refuseHostKey()
{
    QMetaObject::invokeMethod(m_worker, &SshWorker::refuseHostKey);
}

void SshSession::providePassphrase(const SecureBytes &passphrase)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, passphrase] { w->providePassphrase(passphrase); });
}

int SshSession::run(const QString &command)
{
    const int id = m_nextId++;
    if (m_state == State::Failed)
        connectToHost(); // a failed session retries when asked to do something again
    QMetaObject::invokeMethod(m_worker, [w = m_worker, id, command] { w->enqueue(id, command); });
    return id;
}

void SshSession::cancel(int id)
{
    m_cancel->cancel(id);
}

void SshSession::cancelAll()
{
    m_cancel->cancelAllBelow = m_nextId;
}

void SshSession::disconnectFromHost()
{
    cancelAll();
    QMetaObject::invokeMethod(m_worker, &SshWorker::disconnectFromHost);
}

} // namespace Infradeck
