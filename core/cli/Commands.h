#pragma once
// One function per command. Each parses its own options from `args` (the words after the
// command's name), writes its output and returns the exit code.
#include "cli/CliSupport.h"

namespace bs::cli {

int runInit(Context& ctx, const QStringList& args);
int runCheck(Context& ctx, const QStringList& args);
int runDemo(Context& ctx, const QStringList& args);
int runImportCitizens(Context& ctx, const QStringList& args);
int runCitizens(Context& ctx, const QStringList& args);
int runReport(Context& ctx, const QStringList& args);
int runCalendar(Context& ctx, const QStringList& args);
int runFollowUp(Context& ctx, const QStringList& args);
int runExport(Context& ctx, const QStringList& args);
int runImport(Context& ctx, const QStringList& args);
int runConflicts(Context& ctx, const QStringList& args);
int runBackup(Context& ctx, const QStringList& args);
int runRestore(Context& ctx, const QStringList& args);
int runExtract(Context& ctx, const QStringList& args);
int runErase(Context& ctx, const QStringList& args);
int runDueForErasure(Context& ctx, const QStringList& args);
int runAudit(Context& ctx, const QStringList& args);
int runGenerate(Context& ctx, const QStringList& args);

} // namespace bs::cli
