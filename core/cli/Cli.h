#pragma once
// The command-line tool's entry point, callable in-process (tests) as well as from main().
#include "domain/Clock.h"
#include <QStringList>
#include <QTextStream>

namespace bs {

// `args` as QCoreApplication::arguments() gives them: the program first. Normal output goes to
// `out`; an error is one line on `err`. Returns the process exit code (see ExitCode).
int runCli(const QStringList& args, QTextStream& out, QTextStream& err, const Clock& clock);

enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1, // the command ran and failed: database error, invalid data, problems found
    ExitUsage = 2,   // unknown command or option, missing or invalid argument
};

} // namespace bs
