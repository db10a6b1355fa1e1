// The verbs of infradeck-cli. Each takes the arguments after its verb and returns the exit code:
// 0 success, 1 a finding the user asked to fail on, 2 bad input (error printed on stderr).
#pragma once

#include "common/Error.h"

#include <QStringList>
#include <QTextStream>

namespace Cli {

struct Streams
{
    QTextStream &out;
    QTextStream &err;
};

constexpr int ExitOk = 0;
constexpr int ExitFinding = 1;
constexpr int ExitBadInput = 2;

// Bad arguments or input: prints the error and the verb's usage on stderr and returns ExitBadInput.
inline int usageError(Streams io, const QString &message, const QString &usage)
{
    io.err << Infradeck::Error(message).toString() << '\n' << usage << '\n';
    io.err.flush();
    return ExitBadInput;
}

int workspaceCommand(const QStringList &args, Streams io); // workspace check FILE
int planCommand(const QStringList &args, Streams io);      // plan summary|render|report
int stateCommand(const QStringList &args, Streams io);     // state list|show|diff|render
int sopsCommand(const QStringList &args, Streams io);      // sops decrypt|encrypt|set|recipients|verify|check
int costCommand(const QStringList &args, Streams io);      // cost STATE_OR_PLAN
int promCommand(const QStringList &args, Streams io);      // prom query
int hostCommand(const QStringList &args, Streams io);      // host run|check|wait
// plan render / state render (args after "render"); PNG output needs a QGuiApplication (see renderNeedsGui).
int renderCommand(bool fromPlan, const QStringList &args, Streams io);
bool renderNeedsGui(const QStringList &arguments);

} // namespace Cli
