#include "hosts/HostChecks.h"

#include "hosts/HostsTr.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

namespace Infradeck {

namespace {

using Status = CheckResult::Status;

// Prints the marker and stops when a tool is missing, so "not installed" is told apart from "failing".
QString need(const char *tool)
{
    return QStringLiteral("command -v %1 >/dev/null 2>&1 || { echo 'infradeck: not-installed'; exit 0; }; ")
        .arg(QLatin1String(tool));
}

QList<QByteArray> lines(const QByteArray &data)
{
    QList<QByteArray> out;
    for (const QByteArray &l : data.split('\n')) {
        const QByteArray t = l.trimmed();
        if (!t.isEmpty())
            out << t;
    }
    return out;
}

CheckResult make(const QString &id, Status status, const QString &summary)
{
    CheckResult r;
    r.id = id;
    r.title = HostChecks::find(id).title;
    r.status = status;
    r.summary = summary;
    return r;
}

CheckResult parseUptime(int exitStatus, const QByteArray &out)
{
    // /proc/loadavg, nproc, /proc/uptime
    const QList<QByteArray> l = lines(out);
    if (exitStatus != 0 || l.size() < 3)
        return make(QStringLiteral("uptime"), Status::Failed, HostsTr::tr("unexpected output from /proc/loadavg and nproc"));
    const QList<QByteArray> load = l.at(0).split(' ');
    bool ok1 = false, ok5 = false, okc = false, oku = false;
    const double load1 = load.value(0).toDouble(&ok1);
    const double load5 = load.value(1).toDouble(&ok5);
    const double load15 = load.value(2).toDouble();
    const int cores = l.at(1).toInt(&okc);
    const double up = l.at(2).split(' ').value(0).toDouble(&oku);
    if (!ok1 || !ok5 || !okc || cores <= 0 || !oku)
        return make(QStringLiteral("uptime"), Status::Failed, HostsTr::tr("unexpected output from /proc/loadavg and nproc"));
    const qint64 days = qint64(up) / 86400;
    const qint64 hours = (qint64(up) % 86400) / 3600;
    const QString summary = HostsTr::tr("up %1 d %2 h, load %3 %4 %5 on %n core(s)", nullptr, cores)
                                .arg(days)
                                .arg(hours)
                                .arg(load1, 0, 'f', 2)
                                .arg(load5, 0, 'f', 2)
                                .arg(load15, 0, 'f', 2);
    const Status s = load5 > 2.0 * cores ? Status::Failed : load5 > cores ? Status::Warning : Status::Ok;
    return make(QStringLiteral("uptime"), s, summary);
}

CheckResult parseDisk(int exitStatus, const QByteArray &out)
{
    // df -P -k: Filesystem 1024-blocks Used Available Capacity Mounted-on
    int worst = -1;
    QString worstMount;
    QStringList over;
    for (const QByteArray &line : lines(out)) {
        if (line.startsWith("Filesystem"))
            continue;
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() < 6 || !f.at(4).endsWith('%'))
            continue;
        bool ok = false;
        const int used = f.at(4).chopped(1).toInt(&ok);
        if (!ok)
            continue;
        const QString mount = QString::fromUtf8(f.mid(5).join(' '));
        if (used >= HostChecks::DiskWarningPercent)
            over << QStringLiteral("%1 %2%").arg(mount).arg(used);
        if (used > worst) {
            worst = used;
            worstMount = mount;
        }
    }
    if (worst < 0)
        return make(QStringLiteral("disk"), exitStatus == 0 ? Status::Unavailable : Status::Failed,
                    HostsTr::tr("df printed no file system"));
    const Status s = worst >= HostChecks::DiskFailedPercent    ? Status::Failed
                     : worst >= HostChecks::DiskWarningPercent ? Status::Warning
                                                               : Status::Ok;
    return make(QStringLiteral("disk"), s,
                s == Status::Ok ? HostsTr::tr("fullest: %1 at %2%").arg(worstMount).arg(worst)
                                : HostsTr::tr("nearly full: %1").arg(over.join(QStringLiteral(", "))));
}

CheckResult parseMemory(int exitStatus, const QByteArray &out)
{
    qint64 total = -1, available = -1, swapTotal = 0, swapFree = 0;
    for (const QByteArray &line : lines(out)) {
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() < 2)
            continue;
        const qint64 kb = f.at(1).toLongLong();
        if (f.at(0) == "MemTotal:")
            total = kb;
        else if (f.at(0) == "MemAvailable:")
            available = kb;
        else if (f.at(0) == "SwapTotal:")
            swapTotal = kb;
        else if (f.at(0) == "SwapFree:")
            swapFree = kb;
    }
    if (exitStatus != 0 || total <= 0 || available < 0)
        return make(QStringLiteral("memory"), Status::Failed, HostsTr::tr("unexpected output from /proc/meminfo"));
    const int percent = int(available * 100 / total);
    const Status s = percent < HostChecks::MemoryFailedAvailablePercent    ? Status::Failed
                     : percent < HostChecks::MemoryWarningAvailablePercent ? Status::Warning
                                                                           : Status::Ok;
    QString summary = HostsTr::tr("%1 MiB of %2 MiB available (%3%)").arg(available / 1024).arg(total / 1024).arg(percent);
    if (swapTotal > 0)
        summary += HostsTr::tr(", swap %1% used").arg(int((swapTotal - swapFree) * 100 / swapTotal));
    return make(QStringLiteral("memory"), s, summary);
}

CheckResult parseSystemd(int exitStatus, const QByteArray &out, const QByteArray &err)
{
    const QByteArray all = out + err;
    if (all.contains("not been booted with systemd") || all.contains("Failed to connect to bus")
        || all.contains("System has not been booted"))
        return make(QStringLiteral("systemd"), Status::Unavailable, HostsTr::tr("systemd is not running on this host"));
    if (exitStatus != 0)
        return make(QStringLiteral("systemd"), Status::Failed, HostsTr::tr("systemctl exited with status %1").arg(exitStatus));
    QStringList units;
    for (const QByteArray &line : lines(out)) {
        const QByteArray first = line.simplified().split(' ').value(0);
        if (first == "\xe2\x97\x8f" || first == "*") // a bullet some versions print despite --plain
            units << QString::fromUtf8(line.simplified().split(' ').value(1));
        else if (first.contains('.'))
            units << QString::fromUtf8(first);
    }
    if (units.isEmpty())
        return make(QStringLiteral("systemd"), Status::Ok, HostsTr::tr("no failed units"));
    return make(QStringLiteral("systemd"), Status::Failed,
                HostsTr::tr("%n unit(s) failed: %1", nullptr, int(units.size())).arg(units.join(QStringLiteral(", "))));
}

CheckResult parseDocker(int exitStatus, const QByteArray &out, const QByteArray &err)
{
    if (exitStatus != 0) {
        if (err.contains("permission denied"))
            return make(QStringLiteral("docker"), Status::Unavailable,
                        HostsTr::tr("no permission to talk to the Docker daemon (add the user to the docker group)"));
        return make(QStringLiteral("docker"), Status::Failed,
                    HostsTr::tr("docker ps failed: %1").arg(QString::fromUtf8(lines(err).value(0))));
    }
    // NAME\tSTATE\tSTATUS
    int running = 0;
    QStringList bad, stopped;
    for (const QByteArray &line : lines(out)) {
        const QList<QByteArray> f = line.split('\t');
        const QString name = QString::fromUtf8(f.value(0));
        const QByteArray state = f.value(1).trimmed();
        const QByteArray status = f.value(2).trimmed();
        if (state == "restarting" || state == "dead" || status.contains("(unhealthy)"))
            bad << QStringLiteral("%1 (%2)").arg(name, QString::fromUtf8(status.isEmpty() ? state : status));
        else if (state == "exited" && !status.startsWith("Exited (0)"))
            stopped << QStringLiteral("%1 (%2)").arg(name, QString::fromUtf8(status));
        else if (state == "running")
            ++running;
    }
    if (!bad.isEmpty())
        return make(QStringLiteral("docker"), Status::Failed,
                    HostsTr::tr("unhealthy or restarting: %1").arg(bad.join(QStringLiteral(", "))));
    if (!stopped.isEmpty())
        return make(QStringLiteral("docker"), Status::Warning, HostsTr::tr("exited with an error: %1").arg(stopped.join(QStringLiteral(", "))));
    return make(QStringLiteral("docker"), Status::Ok, HostsTr::tr("%n container(s) running", nullptr, running));
}

CheckResult parseFail2ban(int exitStatus, const QByteArray &out, const QByteArray &err)
{
    const QByteArray all = out + err;
    if (all.contains("Permission denied") || all.contains("a password is required"))
        return make(QStringLiteral("fail2ban"), Status::Unavailable,
                    HostsTr::tr("fail2ban-client needs root (allow it with passwordless sudo)"));
    static const QRegularExpression jails(QStringLiteral("Number of jail:\\s*(\\d+)"));
    static const QRegularExpression list(QStringLiteral("Jail list:\\s*(.*)"));
    const QString text = QString::fromUtf8(all);
    const auto m = jails.match(text);
    if (exitStatus != 0 || !m.hasMatch())
        return make(QStringLiteral("fail2ban"), Status::Failed, HostsTr::tr("fail2ban is not running"));
    const int count = m.captured(1).toInt();
    if (count == 0)
        return make(QStringLiteral("fail2ban"), Status::Warning, HostsTr::tr("fail2ban runs with no jail"));
    return make(QStringLiteral("fail2ban"), Status::Ok,
                HostsTr::tr("%n jail(s): %1", nullptr, count).arg(list.match(text).captured(1).trimmed()));
}

CheckResult parseUpdates(int exitStatus, const QByteArray &out, const QByteArray &err)
{
    const QByteArray all = QByteArray(out + err).trimmed();
    // update-notifier's apt-check prints "UPDATES;SECURITY"; the fallback prints "apt-get: UPDATES SECURITY".
    static const QRegularExpression aptCheck(QStringLiteral("^(\\d+);(\\d+)$"), QRegularExpression::MultilineOption);
    static const QRegularExpression aptGet(QStringLiteral("^apt-get: (\\d+) (\\d+)$"), QRegularExpression::MultilineOption);
    const QString text = QString::fromUtf8(all);
    auto m = aptCheck.match(text);
    if (!m.hasMatch())
        m = aptGet.match(text);
    if (!m.hasMatch())
        return make(QStringLiteral("updates"), exitStatus == 0 ? Status::Unavailable : Status::Failed,
                    HostsTr::tr("cannot tell pending updates (no apt-check or apt-get output)"));
    const int updates = m.captured(1).toInt();
    const int security = m.captured(2).toInt();
    if (security > 0)
        return make(QStringLiteral("updates"), Status::Warning,
                    HostsTr::tr("%n security update(s) pending", nullptr, security) + HostsTr::tr(" (%1 updates in all)").arg(updates));
    return make(QStringLiteral("updates"), Status::Ok, HostsTr::tr("no security update pending (%1 other updates)").arg(updates));
}

CheckResult parseTls(const QByteArray &out, const QDateTime &now)
{
    const QString text = QString::fromUtf8(out);
    if (out.contains("infradeck: no-endpoint"))
        return make(QStringLiteral("tls"), Status::Unavailable, HostsTr::tr("no HTTPS endpoint answers on port 443"));
    static const QRegularExpression notAfter(QStringLiteral("notAfter=(.+)"));
    const auto m = notAfter.match(text);
    if (!m.hasMatch())
        return make(QStringLiteral("tls"), Status::Failed, HostsTr::tr("no certificate in the output of openssl s_client"));
    // "Mar 10 12:00:00 2025 GMT" (day may be space-padded)
    const QString raw = m.captured(1).trimmed().simplified();
    QDateTime expiry = QLocale::c().toDateTime(raw, QStringLiteral("MMM d HH:mm:ss yyyy 'GMT'"));
    expiry.setTimeZone(QTimeZone::utc());
    if (!expiry.isValid())
        return make(QStringLiteral("tls"), Status::Failed, HostsTr::tr("cannot read the expiry date \"%1\"").arg(raw));
    const qint64 days = (now.isValid() ? now : QDateTime::currentDateTimeUtc()).secsTo(expiry) / 86400;
    const QString when = expiry.toString(Qt::ISODate);
    if (days < 0)
        return make(QStringLiteral("tls"), Status::Failed, HostsTr::tr("certificate expired on %1").arg(when));
    if (days < HostChecks::TlsWarningDays)
        return make(QStringLiteral("tls"), Status::Warning, HostsTr::tr("certificate expires in %n day(s) (%1)", nullptr, int(days)).arg(when));
    return make(QStringLiteral("tls"), Status::Ok, HostsTr::tr("certificate valid for %n more day(s)", nullptr, int(days)));
}

} // namespace

QString CheckResult::statusName(Status status)
{
    switch (status) {
    case Status::Ok: return QStringLiteral("ok");
    case Status::Warning: return QStringLiteral("warning");
    case Status::Failed: return QStringLiteral("failed");
    case Status::Unavailable: break;
    }
    return QStringLiteral("unavailable");
}

QList<HostCheck> HostChecks::all()
{
    return {
        {QStringLiteral("uptime"), HostsTr::tr("Uptime and load"), QStringLiteral("cat /proc/loadavg; nproc; cat /proc/uptime")},
        {QStringLiteral("disk"), HostsTr::tr("Disk usage"),
         QStringLiteral("df -P -k -x tmpfs -x devtmpfs -x overlay -x squashfs 2>/dev/null || df -P -k")},
        {QStringLiteral("memory"), HostsTr::tr("Memory"), QStringLiteral("cat /proc/meminfo")},
        {QStringLiteral("systemd"), HostsTr::tr("Failed systemd units"),
         need("systemctl") + QStringLiteral("systemctl list-units --state=failed --no-legend --plain --no-pager")},
        {QStringLiteral("docker"), HostsTr::tr("Docker containers"),
         need("docker") + QStringLiteral("docker ps -a --format '{{.Names}}\t{{.State}}\t{{.Status}}'")},
        {QStringLiteral("fail2ban"), HostsTr::tr("fail2ban"),
         need("fail2ban-client") + QStringLiteral("sudo -n fail2ban-client status 2>/dev/null || fail2ban-client status")},
        {QStringLiteral("updates"), HostsTr::tr("Pending security updates"),
         QStringLiteral("if [ -x /usr/lib/update-notifier/apt-check ]; then /usr/lib/update-notifier/apt-check 2>&1; "
                        "elif command -v apt-get >/dev/null 2>&1; then s=$(apt-get -s -o Debug::NoLocking=1 upgrade "
                        "2>/dev/null | grep '^Inst'); echo \"apt-get: $(printf '%s' \"$s\" | grep -c .) "
                        "$(printf '%s' \"$s\" | grep -ci security)\"; else echo 'infradeck: not-installed'; fi")},
        {QStringLiteral("tls"), HostsTr::tr("TLS certificate expiry"),
         need("openssl") + QStringLiteral("c=$(echo | timeout 10 openssl s_client -connect localhost:443 -servername "
                                          "\"$(hostname -f 2>/dev/null || hostname)\" 2>/dev/null | openssl x509 "
                                          "-noout -enddate 2>/dev/null); if [ -n \"$c\" ]; then echo \"$c\"; "
                                          "else echo 'infradeck: no-endpoint'; fi")},
    };
}

QStringList HostChecks::ids()
{
    QStringList out;
    for (const HostCheck &c : all())
        out << c.id;
    return out;
}

HostCheck HostChecks::find(const QString &id)
{
    for (const HostCheck &c : all())
        if (c.id == id)
            return c;
    return {};
}

CheckResult HostChecks::notRun(const QString &id, const QString &reason)
{
    CheckResult r = make(id, Status::Failed, reason);
    r.checkedAt = QDateTime::currentDateTimeUtc();
    return r;
}

CheckResult HostChecks::parse(const QString &id, int exitStatus, const QByteArray &out, const QByteArray &err,
                              const QDateTime &now)
{
    CheckResult r;
    if (out.trimmed() == NotInstalledMarker) {
        r = make(id, Status::Unavailable, HostsTr::tr("not installed on this host"));
    } else if (id == QLatin1String("uptime")) {
        r = parseUptime(exitStatus, out);
    } else if (id == QLatin1String("disk")) {
        r = parseDisk(exitStatus, out);
    } else if (id == QLatin1String("memory")) {
        r = parseMemory(exitStatus, out);
    } else if (id == QLatin1String("systemd")) {
        r = parseSystemd(exitStatus, out, err);
    } else if (id == QLatin1String("docker")) {
        r = parseDocker(exitStatus, out, err);
    } else if (id == QLatin1String("fail2ban")) {
        r = parseFail2ban(exitStatus, out, err);
    } else if (id == QLatin1String("updates")) {
        r = parseUpdates(exitStatus, out, err);
    } else if (id == QLatin1String("tls")) {
        r = parseTls(out, now);
    } else {
        r.id = id;
        r.status = Status::Failed;
        r.summary = HostsTr::tr("unknown check \"%1\"").arg(id);
    }
    r.raw = err.isEmpty() ? out : out + err;
    r.exitStatus = exitStatus;
    r.checkedAt = now.isValid() ? now : QDateTime::currentDateTimeUtc();
    return r;
}

} // namespace Infradeck
