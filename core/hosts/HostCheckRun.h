// Runs a set of named checks on one host's SshSession and collects the parsed results.
#pragma once

#include "hosts/HostCheck.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace Infradeck {

class SshSession;
struct CommandResult;

class HostCheckRun : public QObject
{
    Q_OBJECT
public:
    // session is not owned and must outlive the run (or the run stops when it goes).
    HostCheckRun(SshSession *session, QStringList checkIds = {}, QObject *parent = nullptr);

    void start();
    void cancel();
    bool isFinished() const { return m_done; }
    const QList<CheckResult> &results() const { return m_results; } // in check order once finished
    static CheckResult::Status worst(const QList<CheckResult> &results); // Unavailable counts as Ok

Q_SIGNALS:
    void checkFinished(const Infradeck::CheckResult &result);
    void finished(const QList<Infradeck::CheckResult> &results);

private:
    void onCommandFinished(const CommandResult &result);
    void onFailed();
    void finish();

    QPointer<SshSession> m_session;
    QStringList m_ids;
    QHash<int, QString> m_byCommand; // command id -> check id
    QHash<int, QByteArray> m_stdout;
    QHash<int, QByteArray> m_stderr;
    QHash<QString, CheckResult> m_byCheck;
    QList<CheckResult> m_results;
    bool m_done = false;
};

} // namespace Infradeck
