// SSH figures against the test sshd (source the env of tests/services/start first):
//   connect + auth + command round trip (fresh session each time), command round trip on an open session,
//   the same through a ProxyJump hop (the test sshd as its own jump host), 10 sessions in parallel (event-loop latency
//   on the caller's thread) and 20 hosts checked in parallel (20 sessions to the local sshd), fast checks and all checks.
// Usage: BenchHosts [ROUNDS]
#include "hosts/HostCheckRun.h"
#include "hosts/HostChecks.h"
#include "hosts/SshSession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace Infradeck;

static SshTarget makeTarget(const QString &knownHosts)
{
    SshTarget t;
    t.host = qEnvironmentVariable("INFRADECK_TEST_SSH_HOST", QStringLiteral("127.0.0.1"));
    t.port = qEnvironmentVariableIntValue("INFRADECK_TEST_SSH_PORT");
    t.user = qEnvironmentVariable("INFRADECK_TEST_SSH_USER");
    t.identityFile = qEnvironmentVariable("INFRADECK_TEST_SSH_KEY");
    t.knownHostsFile = knownHosts;
    t.extraKnownHostsFile = QStringLiteral("/dev/null");
    t.useAgent = false;
    return t;
}

static void printStats(const char *what, std::vector<qint64> ms)
{
    std::sort(ms.begin(), ms.end());
    std::printf("%-44s n=%zu  min %lld ms  median %lld ms  max %lld ms\n", what, ms.size(), ms.front(),
                ms[ms.size() / 2], ms.back());
}

// Runs `checks` on `hosts` sessions at once; returns wall time and the worst event-loop gap.
static void parallelChecks(const SshTarget &target, int hosts, const QStringList &checks, const char *label)
{
    std::vector<std::unique_ptr<SshSession>> sessions;
    std::vector<std::unique_ptr<HostCheckRun>> runs;
    int done = 0, failedToRun = 0;
    QEventLoop loop;
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0, worstGap = 0;
    QTimer tick;
    tick.setInterval(5);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        worstGap = std::max(worstGap, clock.elapsed() - last);
        last = clock.elapsed();
    });
    tick.start();
    for (int i = 0; i < hosts; ++i) {
        sessions.push_back(std::make_unique<SshSession>(target));
        runs.push_back(std::make_unique<HostCheckRun>(sessions.back().get(), checks));
        QObject::connect(runs.back().get(), &HostCheckRun::finished, [&](const QList<CheckResult> &results) {
            for (const CheckResult &r : results)
                failedToRun += r.exitStatus < 0 ? 1 : 0;
            if (++done == hosts)
                loop.quit();
        });
        runs.back()->start();
    }
    loop.exec();
    std::printf("%-44s %lld ms wall, %d checks, %d could not run, worst event-loop gap %lld ms\n", label,
                clock.elapsed(), hosts * int(checks.size()), failedToRun, worstGap);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIntValue("INFRADECK_TEST_SSH_PORT") <= 0) {
        std::fprintf(stderr, "source the env printed by tests/services/start first\n");
        return 2;
    }
    const int rounds = argc > 1 ? std::max(1, atoi(argv[1])) : 20;
    QTemporaryDir dir;
    const QString kh = dir.filePath(QStringLiteral("known_hosts"));
    {
        QFile pub(qEnvironmentVariable("INFRADECK_TEST_SSH_HOST_KEY"));
        pub.open(QIODevice::ReadOnly);
        const QList<QByteArray> parts = pub.readAll().trimmed().split(' ');
        QFile f(kh);
        f.open(QIODevice::WriteOnly);
        f.write("[127.0.0.1]:" + qgetenv("INFRADECK_TEST_SSH_PORT") + ' ' + parts.value(0) + ' ' + parts.value(1) + '\n');
    }
    const SshTarget target = makeTarget(kh);

    auto roundTrips = [rounds](const SshTarget &t, const char *label) {
        std::vector<qint64> fresh;
        for (int i = 0; i < rounds; ++i) {
            QElapsedTimer timer;
            timer.start();
            SshSession s(t);
            QEventLoop loop;
            int status = -1;
            QObject::connect(&s, &SshSession::commandFinished, [&](const CommandResult &r) {
                status = r.exitStatus;
                loop.quit();
            });
            s.run(QStringLiteral("true"));
            loop.exec();
            fresh.push_back(timer.elapsed());
            if (status != 0) {
                std::fprintf(stderr, "%s: command failed\n", label);
                return false;
            }
        }
        printStats(label, fresh);
        return true;
    };
    if (!roundTrips(target, "connect + auth + `true` (fresh session)"))
        return 1;
    SshTarget jump = target;
    jump.proxyJump = QStringLiteral("%1@127.0.0.1:%2").arg(target.user).arg(target.port);
    if (!roundTrips(jump, "the same through a ProxyJump hop"))
        return 1;

    std::vector<qint64> warm;
    {
        SshSession s(target);
        QEventLoop loop;
        QElapsedTimer t;
        QObject::connect(&s, &SshSession::commandFinished, [&](const CommandResult &) {
            warm.push_back(t.elapsed());
            loop.quit();
        });
        for (int i = 0; i < rounds + 1; ++i) {
            t.start();
            s.run(QStringLiteral("true"));
            loop.exec();
        }
        warm.erase(warm.begin()); // the first one connected
    }
    printStats("`true` on an open session", warm);

    parallelChecks(target, 10, {QStringLiteral("uptime"), QStringLiteral("disk"), QStringLiteral("memory")},
                   "10 sessions x uptime,disk,memory in parallel");
    parallelChecks(target, 20, {QStringLiteral("uptime"), QStringLiteral("disk"), QStringLiteral("memory")},
                   "20 hosts x uptime,disk,memory in parallel");
    parallelChecks(target, 20, HostChecks::ids(), "20 hosts x all 8 checks in parallel");
    return 0;
}
