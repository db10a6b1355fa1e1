// A named check run on a host (its shell command) and its parsed outcome, raw output kept.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace Infradeck {

struct HostCheck
{
    QString id;      // "uptime", "disk", ... (stable: used in JSON and settings)
    QString title;   // translated, for people
    QString command; // POSIX sh, run as the login user; prints "infradeck: not-installed" when the tool is missing
};

struct CheckResult
{
    enum class Status { Ok, Warning, Failed, Unavailable };

    QString id;
    QString title;
    Status status = Status::Unavailable;
    QString summary;   // one line: "/var 91% full", "2 units failed: nginx.service, ..."
    QByteArray raw;    // stdout followed by stderr, as the host printed it
    int exitStatus = -1;
    QDateTime checkedAt;

    static QString statusName(Status status); // "ok", "warning", "failed", "unavailable" (JSON, CLI)
};

} // namespace Infradeck

Q_DECLARE_METATYPE(Infradeck::CheckResult)
