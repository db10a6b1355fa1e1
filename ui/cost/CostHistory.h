// History of monthly totals per environment, kept in a small JSON file in the workspace's cache dir
// (CacheLocation/cost-history/<sha256 of the workspace path>.json); an entry is appended when a total changes.
//   {"version": 1, "workspace": "/path/infradeck.yaml",
//    "environments": {"production": [{"time": "2026-11-25T10:00:00Z", "monthly": "14.86", "currency": "EUR"}]}}
#pragma once

#include "cost/Money.h"

#include "common/Error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>

namespace Infradeck {

class CostHistory
{
    Q_DECLARE_TR_FUNCTIONS(Cost)
public:
    static constexpr int MaxEntriesPerEnvironment = 500;

    struct Entry
    {
        QDateTime time;
        Money monthly;
    };

    explicit CostHistory(QString path = {}, QString workspaceFile = {})
        : m_path(std::move(path)), m_workspace(std::move(workspaceFile))
    {
    }

    static QString defaultPath(const QString &workspaceFile);

    // A missing file is an empty history; a broken one is reported and treated as empty.
    static Result<CostHistory> load(const QString &path, const QString &workspaceFile = {});

    // Appends when the environment's last recorded total differs; true when something was appended.
    bool record(const QString &environment, const Money &monthly, const QDateTime &time = QDateTime::currentDateTimeUtc());
    Result<bool> save() const; // atomically (QSaveFile), creating the folder

    QString path() const { return m_path; }
    QStringList environments() const; // sorted
    QList<Entry> entries(const QString &environment) const { return m_entries.value(environment); }

private:
    QString m_path;
    QString m_workspace;
    QHash<QString, QList<Entry>> m_entries;
};

} // namespace Infradeck
