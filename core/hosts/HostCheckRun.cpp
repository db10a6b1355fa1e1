#include "hosts/HostCheckRun.h"

#include "hosts/HostChecks.h"
#include "hosts/HostsTr.h"
#include "hosts/SshSession.h"

namespace Infradeck {

HostCheckRun::HostCheckRun(SshSession *session, QStringList checkIds, QObject *parent)
    : QObject(parent), m_session(session), m_ids(checkIds.isEmpty() ? HostChecks::ids() : std::move(checkIds))
{
}

void HostCheckRun::start()
{
    if (!m_session) {
        for (const QString &id : std::as_const(m_ids))
            m_byCheck.insert(id, HostChecks::notRun(id, HostsTr::tr("no session")));
        return finish();
    }
    connect(m_session, &SshSession::output, this, [this](int id, const QByteArray &data, SshSession::Stream stream) {
        if (m_byCommand.contains(id))
            (stream == SshSession::Stream::Stdout ? m_stdout : m_stderr)[id].append(data);
    });
    connect(m_session, &SshSession::commandFinished, this, &HostCheckRun::onCommandFinished);
    connect(m_session, &QObject::destroyed, this, &HostCheckRun::onFailed);
    for (const QString &id : std::as_const(m_ids)) {
        const HostCheck check = HostChecks::find(id);
        if (check.id.isEmpty()) {
            m_byCheck.insert(id, HostChecks::parse(id, -1, {}));
            continue;
        }
        m_byCommand.insert(m_session->run(check.command), id);
    }
    if (m_byCommand.isEmpty())
        finish();
}

void HostCheckRun::onCommandFinished(const CommandResult &result)
{
    const auto it = m_byCommand.constFind(result.id);
    if (it == m_byCommand.cend() || m_done)
        return;
    const QString check = it.value();
    CheckResult r;
    if (result.failedToRun())
        r = HostChecks::notRun(check, result.error.message);
    else if (result.canceled)
        r = HostChecks::notRun(check, HostsTr::tr("cancelled"));
    else
        r = HostChecks::parse(check, result.exitStatus, m_stdout.take(result.id), m_stderr.take(result.id));
    m_byCommand.erase(it);
    m_byCheck.insert(check, r);
    Q_EMIT checkFinished(r);
    if (m_byCommand.isEmpty())
        finish();
}

void HostCheckRun::onFailed()
{
    for (auto it = m_byCommand.cbegin(); it != m_byCommand.cend(); ++it)
        m_byCheck.insert(it.value(), HostChecks::notRun(it.value(), HostsTr::tr("the session closed")));
    m_byCommand.clear();
    finish();
}

void HostCheckRun::cancel()
{
    if (m_session)
        for (auto it = m_byCommand.cbegin(); it != m_byCommand.cend(); ++it)
            m_session->cancel(it.key());
}

void HostCheckRun::finish()
{
    if (m_done)
        return;
    m_done = true;
    for (const QString &id : std::as_const(m_ids))
        m_results << m_byCheck.value(id);
    Q_EMIT finished(m_results);
}

CheckResult::Status HostCheckRun::worst(const QList<CheckResult> &results)
{
    CheckResult::Status w = CheckResult::Status::Ok;
    for (const CheckResult &r : results) {
        if (r.status == CheckResult::Status::Failed)
            return CheckResult::Status::Failed;
        if (r.status == CheckResult::Status::Warning)
            w = CheckResult::Status::Warning;
    }
    return w;
}

} // namespace Infradeck
