// The library of named host checks and the parsers that turn their output into ok / warning / failed.
#pragma once

#include "hosts/HostCheck.h"

#include <QList>
#include <QStringList>

namespace Infradeck {

class HostChecks
{
public:
    // uptime, disk, memory, systemd, docker, fail2ban, updates, tls — in that order.
    static QList<HostCheck> all();
    static QStringList ids();
    static HostCheck find(const QString &id); // empty id when unknown

    // Thresholds (percent) used by the parsers.
    static constexpr int DiskWarningPercent = 85;
    static constexpr int DiskFailedPercent = 95;
    static constexpr int MemoryWarningAvailablePercent = 10;
    static constexpr int MemoryFailedAvailablePercent = 5;
    static constexpr int TlsWarningDays = 14;

    // Parses one check's output. now: the reference time for certificate expiry (current time when invalid).
    static CheckResult parse(const QString &id, int exitStatus, const QByteArray &stdoutData,
                             const QByteArray &stderrData = {}, const QDateTime &now = {});
    // A check that could not run at all (connection failed, command refused).
    static CheckResult notRun(const QString &id, const QString &reason);

    static constexpr const char *NotInstalledMarker = "infradeck: not-installed";
};

} // namespace Infradeck
