#include "CostHistory.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace Infradeck {

QString CostHistory::defaultPath(const QString &workspaceFile)
{
    const QString absolute = QFileInfo(workspaceFile).absoluteFilePath();
    const QByteArray hash = QCryptographicHash::hash(absolute.toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/cost-history/")
           + QString::fromLatin1(hash) + QStringLiteral(".json");
}

Result<CostHistory> CostHistory::load(const QString &path, const QString &workspaceFile)
{
    CostHistory history(path, workspaceFile);
    QFile file(path);
    if (!file.exists())
        return history;
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(tr("cannot read the cost history: %1").arg(file.errorString()), path);
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (doc.isNull() || !doc.isObject()) {
        return Error(tr("the cost history is not a JSON object (%1)").arg(parseError.errorString()),
                     path)
            .atOffset(parseError.offset)
            .expecting(QStringLiteral("a JSON object"));
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("version")).toInt() != 1) {
        return Error(tr("unknown cost history version"), path)
            .atPath(QStringLiteral("$.version"))
            .expecting(QStringLiteral("1"));
    }
    const QJsonObject envs = root.value(QStringLiteral("environments")).toObject();
    for (auto it = envs.begin(); it != envs.end(); ++it) {
        QList<Entry> list;
        for (const QJsonValue &v : it.value().toArray()) {
            const QJsonObject o = v.toObject();
            const QDateTime time = QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODate);
            auto money = Money::parse(o.value(QStringLiteral("monthly")).toString(), o.value(QStringLiteral("currency")).toString());
            if (time.isValid() && money) // skip damaged entries rather than lose the whole history
                list.append(Entry{time, *money});
        }
        history.m_entries.insert(it.key(), list);
    }
    return history;
}

bool CostHistory::record(const QString &environment, const Money &monthly, const QDateTime &time)
{
    QList<Entry> &list = m_entries[environment];
    if (!list.isEmpty() && list.last().monthly == monthly)
        return false;
    list.append(Entry{time, monthly});
    if (list.size() > MaxEntriesPerEnvironment)
        list.remove(0, list.size() - MaxEntriesPerEnvironment);
    return true;
}

Result<bool> CostHistory::save() const
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QJsonObject envs;
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        QJsonArray list;
        for (const Entry &e : it.value())
            list.append(QJsonObject{{QStringLiteral("time"), e.time.toUTC().toString(Qt::ISODate)},
                                    {QStringLiteral("monthly"), e.monthly.toExactString()},
                                    {QStringLiteral("currency"), e.monthly.currency()}});
        envs.insert(it.key(), list);
    }
    const QJsonObject root{{QStringLiteral("version"), 1},
                           {QStringLiteral("workspace"), m_workspace},
                           {QStringLiteral("environments"), envs}};
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error(tr("cannot write the cost history: %1").arg(file.errorString()), m_path);
    }
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        return Error(tr("cannot write the cost history: %1").arg(file.errorString()), m_path);
    }
    return true;
}

QStringList CostHistory::environments() const
{
    QStringList names = m_entries.keys();
    std::sort(names.begin(), names.end());
    return names;
}

} // namespace Infradeck
