// `infradeck-cli workspace check FILE`
#include "Commands.h"

#include "workspace/Workspace.h"

#include <QFileInfo>

namespace Cli {

int workspaceCommand(const QStringList &args, Streams io)
{
    if (args.size() != 2 || args.at(0) != QLatin1String("check")) {
        io.err << "usage: infradeck-cli workspace check FILE\n";
        return ExitBadInput;
    }
    Infradeck::Errors problems;
    const Infradeck::Workspace ws = Infradeck::Workspace::load(args.at(1), problems);
    if (ws.isValid()) {
        io.out << "workspace " << ws.name() << " (" << ws.filePath() << ")\n";
        io.out << ws.environments().size() << " environment(s)\n";
        for (const Infradeck::Environment &env : ws.environments()) {
            io.out << "  " << env.name;
            if (!env.kind.isEmpty())
                io.out << " [" << env.kind << ']';
            if (env.isProtected)
                io.out << " protected";
            io.out << '\n';
            for (const Infradeck::Artifact &a : env.artifacts()) {
                const char *kind = a.kind == Infradeck::Artifact::Kind::Plan    ? "plan "
                                   : a.kind == Infradeck::Artifact::Kind::State ? "state"
                                                                                 : "sops ";
                io.out << "    " << kind << ' ' << QFileInfo(a.path).fileName() << (a.exists ? "" : "  (missing)") << '\n';
            }
            for (const Infradeck::Host &h : env.hosts)
                io.out << "    host  " << h.name << ' ' << (h.user.isEmpty() ? QString() : h.user + QLatin1Char('@'))
                       << h.address << ':' << h.port << '\n';
        }
    }
    io.out.flush();
    for (const Infradeck::Error &e : problems)
        io.err << e.toString() << '\n';
    return Infradeck::hasErrors(problems) ? ExitBadInput : ExitOk;
}

} // namespace Cli
