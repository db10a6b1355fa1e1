// Usage figures for usage-based prices (Cloud Run active hours, Vercel seats, hours a PR server lives), read from
// a workspace usage file; anything not given falls back to the catalog's stated default.
//
//   defaults:                      # by resource type
//     google_cloud_run_v2_service: {active_hours_per_month: "200"}
//   resources:                     # by address, wins over defaults
//     hcloud_server.preview: {hours_per_month: "48"}
#pragma once

#include "common/Error.h"

#include <QHash>
#include <QString>

#include <optional>

namespace Infradeck {

class UsageAssumptions
{
public:
    static Result<UsageAssumptions> load(const QString &yamlPath);
    static Result<UsageAssumptions> loadString(const QByteArray &yaml, const QString &source = QStringLiteral("<usage>"));

    // The value for `key` of the resource (by address first, then by type); nullopt when the file says nothing.
    std::optional<QString> value(const QString &address, const QString &type, const QString &key) const;
    void setForType(const QString &type, const QString &key, const QString &value) { m_byType[type].insert(key, value); }
    void setForAddress(const QString &address, const QString &key, const QString &value) { m_byAddress[address].insert(key, value); }
    bool hasResource(const QString &address) const { return m_byAddress.contains(address); }
    bool isEmpty() const { return m_byType.isEmpty() && m_byAddress.isEmpty(); }
    QString source() const { return m_source; }

private:
    QString m_source;
    QHash<QString, QHash<QString, QString>> m_byType;
    QHash<QString, QHash<QString, QString>> m_byAddress;
};

} // namespace Infradeck
