// `infradeck-cli host run|check|wait`: the SSH steps of deploy scripts (run a command, named checks, wait for a
// new server). Exit codes: run → the remote exit status (255 when the connection or auth fails, as ssh does);
// check → 0 all ok, 1 a check failed; wait → 0 reachable, 1 not reachable; 2 bad input.
#include "cli/Commands.h"

#include "hosts/HostCheckRun.h"
#include "hosts/HostChecks.h"
#include "hosts/ReachabilityWait.h"
#include "hosts/SshPassphrases.h"
#include "hosts/SshSession.h"
#include "workspace/Workspace.h"

#include "common/Error.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <cstring>
#include <termios.h>
#include <unistd.h>

namespace Cli {

namespace {

constexpr int ExitConnection = 255;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli::Host)
};

QString usage()
{
    return Tr::tr("usage: infradeck-cli host run HOST [OPTIONS] -- COMMAND\n"
              "       infradeck-cli host check HOST [OPTIONS] [--checks ID,...] [--format text|json]\n"
              "       infradeck-cli host wait HOST [OPTIONS] [--marker PATH] [--attempts N] [--interval SECONDS]\n"
              "       infradeck-cli host passphrase [HOST] --identity FILE [--workspace FILE]  (stores the key's\n"
              "       passphrase in the keychain; read from the terminal, else one line of stdin)\n"
              "OPTIONS: --port P --user U --identity FILE --known-hosts FILE --accept-new --timeout SECONDS\n"
              "         --jump [USER@]HOST[:PORT] (ProxyJump through OpenSSH's client)\n"
              "         --workspace FILE (HOST may then be a host name from the workspace)\n"
              "HOST: [USER@]ADDRESS. Unknown host keys are refused unless --accept-new; changed keys always.\n"
              "An encrypted identity's passphrase comes from the keychain (item ssh-passphrase:<absolute key path>,\n"
              "or the workspace host's passphrase: keychain:NAME), else it is asked on the terminal.\n"
              "checks: ")
           + Infradeck::HostChecks::ids().join(QLatin1Char(','));
}

int badInput(Streams io, const QString &message)
{
    return usageError(io, message, usage());
}

struct Options
{
    QString host;
    int port = -1;
    QString user;
    QString identity;
    QString knownHosts;
    QString workspace;
    QString jump;
    bool acceptNew = false;
    int timeout = 10;
    QString format = QStringLiteral("text");
    QStringList checks;
    QString marker;
    int attempts = 30;
    int interval = 5;
    QString command;
};

// Builds the target: workspace host (when named there) first, then USER@ADDRESS and the explicit options.
// workspaceName/environment: where the host was found (the keychain scope of its passphrase).
bool makeTarget(const Options &o, Infradeck::SshTarget &t, QString &workspaceName, QString &environment, Streams io)
{
    QString host = o.host;
    if (!o.workspace.isEmpty()) {
        Infradeck::Errors problems;
        const Infradeck::Workspace ws = Infradeck::Workspace::load(o.workspace, problems);
        if (!ws.isValid()) {
            for (const auto &p : problems)
                io.err << p.toString() << '\n';
            return false;
        }
        for (const Infradeck::Environment &env : ws.environments())
            for (const Infradeck::Host &h : env.hosts)
                if (h.name == host && t.host.isEmpty()) {
                    t = Infradeck::SshTarget::fromHost(h, ws.knownHostsPath());
                    environment = env.name;
                }
        workspaceName = ws.name();
    }
    if (t.host.isEmpty()) {
        const qsizetype at = host.lastIndexOf(QLatin1Char('@'));
        if (at > 0) {
            t.user = host.left(at);
            host = host.mid(at + 1);
        }
        t.host = host;
        t.name = host;
    }
    if (o.port > 0)
        t.port = o.port;
    if (!o.user.isEmpty())
        t.user = o.user;
    if (!o.identity.isEmpty())
        t.identityFile = o.identity;
    if (!o.jump.isEmpty())
        t.proxyJump = o.jump;
    if (!o.knownHosts.isEmpty()) {
        t.knownHostsFile = o.knownHosts;
        t.extraKnownHostsFile.clear();
    }
    t.connectTimeoutSeconds = o.timeout;
    return true;
}

// Answers host key questions the CLI way: accept only with --accept-new, and say so on stderr.
void answerHostKeys(Infradeck::SshSession &session, bool acceptNew, Streams io)
{
    QObject::connect(&session, &Infradeck::SshSession::hostKeyUnknown, &session,
                     [&session, acceptNew, io](const Infradeck::HostKeyInfo &key) {
                         if (acceptNew) {
                             io.err << Tr::tr("infradeck-cli: adding %1 %2 %3 to %4\n")
                                           .arg(key.host, key.keyType, key.fingerprint, key.knownHostsFile);
                             io.err.flush();
                             session.acceptHostKey();
                         } else {
                             io.err << Tr::tr("infradeck-cli: the host key of %1 is unknown (%2 %3); not connecting. Check "
                                          "the fingerprint and re-run with --accept-new to add it to %4\n")
                                           .arg(key.host, key.keyType, key.fingerprint, key.knownHostsFile);
                             io.err.flush();
                             session.refuseHostKey();
                         }
                     });
}

// Reads a line from the controlling terminal with echo off; empty when there is no terminal.
Infradeck::SecureBytes askOnTerminal(const QString &prompt)
{
    FILE *tty = std::fopen("/dev/tty", "r+");
    if (!tty)
        return {};
    const int fd = fileno(tty);
    termios saved{};
    const bool isTty = tcgetattr(fd, &saved) == 0;
    if (isTty) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    const QByteArray p = prompt.toLocal8Bit();
    std::fwrite(p.constData(), 1, size_t(p.size()), tty);
    std::fflush(tty);
    char line[1024];
    Infradeck::SecureBytes value;
    if (std::fgets(line, sizeof line, tty)) {
        size_t n = std::strlen(line);
        while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
            --n;
        value = Infradeck::SecureBytes(line, n);
    }
    Infradeck::SecureBytes::wipe(line, sizeof line);
    if (isTty)
        tcsetattr(fd, TCSAFLUSH, &saved);
    std::fputc('\n', tty);
    std::fclose(tty);
    return value;
}

// The passphrase of an encrypted identity file from the keychain, before connecting (empty when the key is not
// encrypted, or nothing is stored there).
Infradeck::SecureBytes keychainPassphrase(Infradeck::SshPassphrases &passphrases, const Infradeck::SshTarget &target)
{
    if (target.identityFile.isEmpty() || !Infradeck::SshTarget::isEncryptedKeyFile(target.identityFile))
        return {};
    QEventLoop loop;
    Infradeck::SecureBytes value;
    passphrases.lookup(target, [&](Infradeck::SecureBytes p, bool found, const Infradeck::Error &) {
        if (found)
            value = std::move(p);
        loop.quit();
    });
    loop.exec();
    return value;
}

// Answers passphraseRequired (the keychain had none, or a wrong one): ask on the terminal, else give up and say how.
void answerPassphrase(Infradeck::SshSession &session, Infradeck::SshPassphrases &passphrases, Streams io)
{
    QObject::connect(&session, &Infradeck::SshSession::passphraseRequired, &session,
                     [&session, &passphrases, io](const QString &file) {
                         Infradeck::SecureBytes p =
                             askOnTerminal(Tr::tr("Passphrase for %1: ").arg(file));
                         if (p.isEmpty()) {
                             io.err << Tr::tr("infradeck-cli: %1 is encrypted and its passphrase is not in the keychain "
                                              "(item %2); store it there or run on a terminal\n")
                                           .arg(file, passphrases.keyFor(session.target()).toString());
                             io.err.flush();
                         }
                         session.providePassphrase(p);
                     });
}

int runVerb(const Options &o, const Infradeck::SshTarget &target, Infradeck::SshPassphrases &passphrases, Streams io)
{
    Infradeck::SshSession session(target);
    answerHostKeys(session, o.acceptNew, io);
    session.setPassphrase(keychainPassphrase(passphrases, target));
    answerPassphrase(session, passphrases, io);
    QEventLoop loop;
    int exitCode = ExitConnection;
    QObject::connect(&session, &Infradeck::SshSession::output, &loop,
                     [io](int, const QByteArray &data, Infradeck::SshSession::Stream stream) {
                         QTextStream &s = stream == Infradeck::SshSession::Stream::Stdout ? io.out : io.err;
                         s << QString::fromUtf8(data);
                         s.flush();
                     });
    QObject::connect(&session, &Infradeck::SshSession::failed, &loop, [io](const Infradeck::Error &e) {
        io.err << e.toString() << '\n';
    });
    QObject::connect(&session, &Infradeck::SshSession::commandFinished, &loop,
                     [&](const Infradeck::CommandResult &r) {
                         if (!r.failedToRun())
                             exitCode = r.exitStatus >= 0 ? r.exitStatus : ExitConnection;
                         loop.quit();
                     });
    session.run(o.command);
    loop.exec();
    return exitCode;
}

int checkVerb(const Options &o, const Infradeck::SshTarget &target, Infradeck::SshPassphrases &passphrases, Streams io)
{
    for (const QString &id : o.checks)
        if (Infradeck::HostChecks::find(id).id.isEmpty())
            return badInput(io, Tr::tr("unknown check \"%1\"").arg(id));
    Infradeck::SshSession session(target);
    answerHostKeys(session, o.acceptNew, io);
    session.setPassphrase(keychainPassphrase(passphrases, target));
    answerPassphrase(session, passphrases, io);
    QString connectError;
    QObject::connect(&session, &Infradeck::SshSession::failed, &session,
                     [&connectError](const Infradeck::Error &e) { connectError = e.toString(); });
    Infradeck::HostCheckRun run(&session, o.checks);
    QEventLoop loop;
    QObject::connect(&run, &Infradeck::HostCheckRun::finished, &loop, &QEventLoop::quit);
    run.start();
    if (!run.isFinished())
        loop.exec();
    if (!connectError.isEmpty()) {
        io.err << connectError << '\n';
        return ExitConnection;
    }
    const auto worst = Infradeck::HostCheckRun::worst(run.results());
    if (o.format == QLatin1String("json")) {
        QJsonArray checks;
        for (const Infradeck::CheckResult &r : run.results())
            checks.append(QJsonObject{{QStringLiteral("id"), r.id},
                                      {QStringLiteral("title"), r.title},
                                      {QStringLiteral("status"), Infradeck::CheckResult::statusName(r.status)},
                                      {QStringLiteral("summary"), r.summary},
                                      {QStringLiteral("exit_status"), r.exitStatus},
                                      {QStringLiteral("raw"), QString::fromUtf8(r.raw)}});
        const QJsonObject doc{{QStringLiteral("host"), target.displayName()},
                              {QStringLiteral("address"), target.knownHostsName()},
                              {QStringLiteral("status"), Infradeck::CheckResult::statusName(worst)},
                              {QStringLiteral("checks"), checks}};
        io.out << QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented));
    } else {
        io.out << target.displayName() << ": " << Infradeck::CheckResult::statusName(worst) << '\n';
        for (const Infradeck::CheckResult &r : run.results())
            io.out << QStringLiteral("  %1 %2 %3\n")
                          .arg(Infradeck::CheckResult::statusName(r.status).leftJustified(11), r.id.leftJustified(9), r.summary);
    }
    return worst == Infradeck::CheckResult::Status::Failed ? ExitFinding : ExitOk;
}

int waitVerb(const Options &o, const Infradeck::SshTarget &target, Infradeck::SshPassphrases &passphrases, Streams io)
{
    Infradeck::ReachabilityWait wait(target);
    wait.setPassphrase(keychainPassphrase(passphrases, target));
    wait.setMarker(o.marker);
    wait.setAttempts(o.attempts);
    wait.setIntervalMs(o.interval * 1000);
    wait.setHostKeyPolicy(o.acceptNew ? Infradeck::ReachabilityWait::HostKeyPolicy::AcceptNew
                                      : Infradeck::ReachabilityWait::HostKeyPolicy::Refuse);
    QEventLoop loop;
    bool reachable = false;
    QObject::connect(&wait, &Infradeck::ReachabilityWait::attemptFailed, &loop, [io, &o](int attempt, const QString &why) {
        io.err << Tr::tr("attempt %1/%2: %3\n").arg(attempt).arg(o.attempts).arg(why);
        io.err.flush();
    });
    QObject::connect(&wait, &Infradeck::ReachabilityWait::finished, &loop,
                     [&](bool ok, const Infradeck::Error &e) {
                         reachable = ok;
                         if (!ok)
                             io.err << e.toString() << '\n';
                         loop.quit();
                     });
    wait.start();
    loop.exec();
    if (reachable)
        io.out << Tr::tr("%1 is reachable (attempt %2)\n").arg(target.displayName()).arg(wait.attempt());
    return reachable ? ExitOk : ExitFinding;
}

} // namespace

// Stores an identity file's passphrase in the keychain once it was checked to open the key.
int passphraseVerb(const Infradeck::SshTarget &target, Infradeck::SshPassphrases &passphrases, Streams io)
{
    if (target.identityFile.isEmpty())
        return badInput(io, Tr::tr("host passphrase needs --identity FILE (or a workspace host with identity:)"));
    if (!Infradeck::SshTarget::isEncryptedKeyFile(target.identityFile))
        return badInput(io, Tr::tr("%1 is not encrypted: it has no passphrase to store").arg(target.identityFile));
    Infradeck::SecureBytes passphrase = askOnTerminal(Tr::tr("Passphrase for %1: ").arg(target.identityFile));
    if (passphrase.isEmpty() && !isatty(STDIN_FILENO)) {
        char line[1024];
        if (std::fgets(line, sizeof line, stdin)) {
            size_t n = std::strlen(line);
            while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
                --n;
            passphrase = Infradeck::SecureBytes(line, n);
        }
        Infradeck::SecureBytes::wipe(line, sizeof line);
    }
    if (passphrase.isEmpty())
        return badInput(io, Tr::tr("no passphrase given"));
    if (const Infradeck::Error e = Infradeck::SshPassphrases::verify(target.identityFile, passphrase); !e.message.isEmpty()) {
        io.err << e.toString() << '\n';
        return ExitBadInput;
    }
    QEventLoop loop;
    Infradeck::Errors errors;
    passphrases.store(target, passphrase, [&](Infradeck::Errors e) {
        errors = e;
        loop.quit();
    });
    loop.exec();
    if (!errors.isEmpty()) {
        for (const Infradeck::Error &e : std::as_const(errors))
            io.err << e.toString() << '\n';
        return ExitFinding;
    }
    io.out << Tr::tr("stored the passphrase of %1 in the keychain as %2\n")
                  .arg(target.identityFile, passphrases.keyFor(target).toString());
    return ExitOk;
}

int hostCommand(const QStringList &args, Streams io)
{
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        (args.isEmpty() ? io.err : io.out) << usage() << '\n';
        return args.isEmpty() ? ExitBadInput : ExitOk;
    }
    const QString verb = args.first();
    if (verb != QLatin1String("run") && verb != QLatin1String("check") && verb != QLatin1String("wait")
        && verb != QLatin1String("passphrase"))
        return badInput(io, Tr::tr("unknown host command \"%1\"").arg(verb));

    Options o;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        auto value = [&](QString *out) {
            if (i + 1 >= args.size())
                return false;
            *out = args.at(++i);
            return true;
        };
        auto number = [&](int *out, int min, int max) {
            QString v;
            bool ok = false;
            if (!value(&v))
                return false;
            *out = v.toInt(&ok);
            return ok && *out >= min && *out <= max;
        };
        QString v;
        if (a == QLatin1String("--")) {
            if (verb != QLatin1String("run"))
                return badInput(io, Tr::tr("only host run takes a command after --"));
            o.command = args.mid(i + 1).join(QLatin1Char(' '));
            break;
        } else if (a == QLatin1String("--port")) {
            if (!number(&o.port, 1, 65535))
                return badInput(io, Tr::tr("--port needs a number from 1 to 65535"));
        } else if (a == QLatin1String("--user")) {
            if (!value(&o.user))
                return badInput(io, Tr::tr("--user needs a name"));
        } else if (a == QLatin1String("--identity") || a == QLatin1String("-i")) {
            if (!value(&o.identity))
                return badInput(io, Tr::tr("--identity needs a private key file"));
        } else if (a == QLatin1String("--known-hosts")) {
            if (!value(&o.knownHosts))
                return badInput(io, Tr::tr("--known-hosts needs a file"));
        } else if (a == QLatin1String("--jump")) {
            if (!value(&o.jump))
                return badInput(io, Tr::tr("--jump needs [USER@]HOST[:PORT]"));
            QString jumpUser, jumpHost;
            int jumpPort = 0;
            if (!Infradeck::SshTarget::parseJump(o.jump, jumpUser, jumpHost, jumpPort))
                return badInput(io, Tr::tr("\"%1\" is not a jump host: --jump needs [USER@]HOST[:PORT]").arg(o.jump));
        } else if (a == QLatin1String("--workspace")) {
            if (!value(&o.workspace))
                return badInput(io, Tr::tr("--workspace needs a workspace file"));
        } else if (a == QLatin1String("--accept-new")) {
            o.acceptNew = true;
        } else if (a == QLatin1String("--timeout")) {
            if (!number(&o.timeout, 1, 3600))
                return badInput(io, Tr::tr("--timeout needs seconds from 1 to 3600"));
        } else if (a == QLatin1String("--format") && verb == QLatin1String("check")) {
            if (!value(&o.format) || (o.format != QLatin1String("text") && o.format != QLatin1String("json")))
                return badInput(io, Tr::tr("--format needs text or json"));
        } else if (a == QLatin1String("--checks") && verb == QLatin1String("check")) {
            if (!value(&v))
                return badInput(io, Tr::tr("--checks needs a comma-separated list"));
            o.checks = v.split(QLatin1Char(','), Qt::SkipEmptyParts);
        } else if (a == QLatin1String("--marker") && verb == QLatin1String("wait")) {
            if (!value(&o.marker))
                return badInput(io, Tr::tr("--marker needs a remote path"));
        } else if (a == QLatin1String("--attempts") && verb == QLatin1String("wait")) {
            if (!number(&o.attempts, 1, 100000))
                return badInput(io, Tr::tr("--attempts needs a positive number"));
        } else if (a == QLatin1String("--interval") && verb == QLatin1String("wait")) {
            if (!number(&o.interval, 0, 3600))
                return badInput(io, Tr::tr("--interval needs seconds from 0 to 3600"));
        } else if (a.startsWith(QLatin1Char('-')) && a.size() > 1) {
            return badInput(io, Tr::tr("unknown option \"%1\" for host %2").arg(a, verb));
        } else if (o.host.isEmpty()) {
            o.host = a;
        } else {
            return badInput(io, Tr::tr("unexpected argument \"%1\" (put the command after --)").arg(a));
        }
    }
    if (o.host.isEmpty() && verb != QLatin1String("passphrase"))
        return badInput(io, Tr::tr("no host given"));
    if (verb == QLatin1String("run") && o.command.trimmed().isEmpty())
        return badInput(io, Tr::tr("no command given after --"));
    Infradeck::SshTarget target;
    QString workspaceName, environment;
    if (!makeTarget(o, target, workspaceName, environment, io))
        return ExitBadInput;
    Infradeck::CredentialStore store;
    Infradeck::SshPassphrases passphrases(&store, workspaceName, environment);
    if (verb == QLatin1String("passphrase"))
        return passphraseVerb(target, passphrases, io);
    if (verb == QLatin1String("run"))
        return runVerb(o, target, passphrases, io);
    if (verb == QLatin1String("check"))
        return checkVerb(o, target, passphrases, io);
    return waitVerb(o, target, passphrases, io);
}

} // namespace Cli
