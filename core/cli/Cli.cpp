#include "Cli.h"

#include "cli/Commands.h"
#include "services/CsvImport.h"

#include <algorithm>

namespace bs {

namespace {

using cli::Context;
using Command = int (*)(Context&, const QStringList&);

struct CommandSpec {
    const char* name;
    Command run;
    const char* synopsis; // the options, after the name
    const char* summary;  // English source text, translated in context "Cli"
};

const CommandSpec kCommands[] = {
    {"init", &cli::runInit, "",
     QT_TRANSLATE_NOOP("Cli", "Create the database or update its schema; prints the path and "
                              "the schema version.")},
    {"demo", &cli::runDemo, "--out FILE [--force] [--seed N] [--citizens N]",
     QT_TRANSLATE_NOOP("Cli", "Write a new database with fictitious demo data. Refuses an "
                              "existing FILE unless --force.")},
    {"generate", &cli::runGenerate, "--scale small|medium|large --out FILE|URI [--seed N]",
     QT_TRANSLATE_NOOP("Cli", "Write a new database with a fictitious municipality for "
                              "performance work: small (50 citizens, 1 year), medium (500, 3 "
                              "years) or large (5 000 citizens, 300 staff, 8 years, about 2 "
                              "million appointments). Refuses an existing FILE.")},
    {"import-citizens", &cli::runImportCitizens, "FILE.csv [--dry-run]",
     QT_TRANSLATE_NOOP("Cli", "Import citizens from a CSV file. Every line is checked first; "
                              "with any problem nothing is written. --dry-run only checks.")},
    {"citizens", &cli::runCitizens, "[--search TEXT] [--format text|json|csv] [--full-cpr]",
     QT_TRANSLATE_NOOP("Cli", "List the citizens with their support forms today; --search "
                              "keeps those whose name or CPR number contains TEXT (the search "
                              "is logged). CPR numbers are shown as birth date only unless "
                              "--full-cpr.")},
    {"audit", &cli::runAudit,
     "(--citizen ID | --user INITIALS) [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--format json|csv]",
     QT_TRANSLATE_NOOP("Cli", "The access log about one citizen or by one user, newest first, "
                              "between the local dates (inclusive): time (UTC), user, action, "
                              "citizen id, criterion, reason, detail. The look-up is itself "
                              "logged.")},
    {"check", &cli::runCheck, "",
     QT_TRANSLATE_NOOP("Cli", "Check the schema version and the integrity of the database.")},
    {"report", &cli::runReport,
     "status [--at YYYY-MM-DD | --from YYYY-MM-DD --to YYYY-MM-DD] [--format text|json|csv] | "
     "<activity|goals|savings> --from YYYY-MM-DD --to YYYY-MM-DD [--site NAME|ID]... "
     "[--team NAME|ID]... [--form CODE|LABEL]... [--basis CODE]... [--format json|csv] "
     "[--out FILE]",
     QT_TRANSLATE_NOOP("Cli", "status: the committee's figures as of a date (default: today): "
                              "citizens with an active grant per support form, site, legal "
                              "basis and group; with --from/--to the status note: the figures "
                              "on --to against --from and the period's no-shows, goals and "
                              "savings. activity, goals, savings: every chart of the family for "
                              "the period and filters (CSV: chart;category;column;value).")},
    {"calendar", &cli::runCalendar,
     "--from YYYY-MM-DD --to YYYY-MM-DD [--staff INITIALS | --site NAME | --citizen ID] "
     "[--format json|ics] [--with-names]",
     QT_TRANSLATE_NOOP("Cli", "The appointments on the local days from and to (inclusive): JSON "
                              "with one entry per occurrence, or iCalendar for Outlook (series "
                              "as repeating events). The iCalendar shows citizens' initials "
                              "unless --with-names.")},
    {"followup", &cli::runFollowUp, "[--staff INITIALS] [--run] [--format json|text]",
     QT_TRANSLATE_NOOP("Cli", "The open follow-up tasks (Opfølgning) by due date, for one staff "
                              "member or everyone. --run first runs the follow-up rules on "
                              "today's date and stores the tasks they raise.")},
    {"export", &cli::runExport, "--to FILE [--peer SITE] --passphrase-file F [--new-passphrase]",
     QT_TRANSLATE_NOOP("Cli", "Write an encrypted sync bundle with every change SITE (a name or "
                              "site id) is not known to have; without --peer, everything. The "
                              "passphrase is read from F; --new-passphrase generates one and "
                              "writes it to the new file F.")},
    {"import", &cli::runImport, "FILE --passphrase-file F [--dry-run] [--format text|json]",
     QT_TRANSLATE_NOOP("Cli", "Import a sync bundle: decrypt and check all of it, show what "
                              "changes, then (unless --dry-run) back up the database and apply "
                              "everything in one transaction. A wrong passphrase or a damaged "
                              "file imports nothing.")},
    {"conflicts", &cli::runConflicts, "[--format text|json] [--all]",
     QT_TRANSLATE_NOOP("Cli", "The conflicts sync has kept for a person to decide: both values "
                              "with their sites. --all includes resolved ones.")},
    {"backup", &cli::runBackup, "[--to DIR]",
     QT_TRANSLATE_NOOP("Cli", "Write an encrypted backup of the database to the backup folder "
                              "(or DIR) with the key stored when backups were set up, and delete "
                              "the oldest beyond the number kept. Refused when backups are not "
                              "set up.")},
    {"restore", &cli::runRestore, "FILE --passphrase-file F --to NEWPATH",
     QT_TRANSLATE_NOOP("Cli", "Decrypt and check the backup FILE with the backup passphrase read "
                              "from F, re-apply the erasures recorded in the current database "
                              "since the backup, and write it to NEWPATH (never over a file "
                              "open in Bostøtte).")},
    {"extract", &cli::runExtract, "--citizen ID --out FOLDER",
     QT_TRANSLATE_NOOP("Cli", "A citizen's extract (right of access): every record, every "
                              "journal-note revision and the access log about them, as JSON and "
                              "HTML files in FOLDER (readable by the owner only). ID is the "
                              "citizen's id or CPR number. Logged as an export.")},
    {"erase", &cli::runErase, "--citizen ID --reason TEXT [--yes]",
     QT_TRANSLATE_NOOP("Cli", "Erase every record about a citizen for good (right to erasure); "
                              "the erasure travels to the synchronised computers, the file is "
                              "cleaned and the plain safety copies next to it are removed. "
                              "Without --yes it only says what would be erased (exit 2).")},
    {"due-for-erasure", &cli::runDueForErasure, "[--format text|json]",
     QT_TRANSLATE_NOOP("Cli", "Closed cases whose last activity is older than the retention "
                              "period (setting retention.closed_case_years, default 5 years).")},
};

QString programName() {
    return QStringLiteral("bostotte-cli");
}

void printHelp(QTextStream& out) {
    out << Context::tr("Usage: %1 [--db FILE] <command> [options]").arg(programName()) << "\n\n";
    out << Context::tr("Commands:") << '\n';
    for (const CommandSpec& c : kCommands) {
        out << "  " << QLatin1String(c.name);
        if (*c.synopsis)
            out << ' ' << QLatin1String(c.synopsis);
        out << "\n      " << QCoreApplication::translate("Cli", c.summary) << '\n';
    }
    out << '\n' << Context::tr("Options:") << '\n';
    out << "  --db FILE    "
        << Context::tr("The database file (default: %1), or a PostgreSQL server: "
                       "postgresql://user@host[:port]/database[?sslmode=…&schema=…]; the "
                       "password comes from PGPASSWORD or ~/.pgpass, never from the command "
                       "line.")
               .arg(Database::defaultPath())
        << '\n';
    out << "  --help       " << Context::tr("Show this help; after a command: the command's.")
        << '\n';
    out << "  --version    " << Context::tr("Show the version.") << "\n\n";
    out << Context::tr("Dates are written YYYY-MM-DD. CSV files are UTF-8 with BOM and "
                       "semicolons, for Excel.")
        << '\n';
    out << Context::tr("CSV import columns: %1.")
               .arg(CsvImport::columnNames().join(QStringLiteral(", ")))
        << '\n';
    out << Context::tr("Exit codes: 0 success, 1 the command failed, 2 wrong usage.") << '\n';
}

void printCommandHelp(QTextStream& out, const CommandSpec& c) {
    out << Context::tr("Usage: %1 [--db FILE] %2 %3")
               .arg(programName(), QLatin1String(c.name), QLatin1String(c.synopsis))
               .trimmed()
        << '\n'
        << QCoreApplication::translate("Cli", c.summary) << '\n';
}

bool isHelp(const QString& arg) {
    return arg == QLatin1String("--help") || arg == QLatin1String("-h");
}

} // namespace

int runCli(const QStringList& args, QTextStream& out, QTextStream& err, const Clock& clock) {
    Context ctx{out, err, clock, Database::defaultPath()};
    const auto finish = [&](int code) {
        out.flush();
        err.flush();
        return code;
    };

    // --db is global and may stand before or after the command.
    QStringList rest;
    bool dbGiven = false;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        if (arg == QLatin1String("--db") || arg.startsWith(QLatin1String("--db="))) {
            if (dbGiven)
                return finish(ctx.usage(Context::tr("--db is given more than once")));
            dbGiven = true;
            if (arg.size() > 4) {
                ctx.dbPath = arg.mid(5);
            } else if (i + 1 < args.size()) {
                ctx.dbPath = args.at(++i);
            } else {
                return finish(ctx.usage(Context::tr("--db needs a file name")));
            }
            if (ctx.dbPath.isEmpty())
                return finish(ctx.usage(Context::tr("--db needs a file name")));
        } else {
            rest << arg;
        }
    }

    if (rest.isEmpty())
        return finish(ctx.usage(Context::tr("no command given; see %1 --help").arg(programName())));
    const QString name = rest.takeFirst();
    if (isHelp(name)) {
        printHelp(out);
        return finish(ExitOk);
    }
    if (name == QLatin1String("--version")) {
        out << programName() << ' ' << QLatin1String(BOSTOTTE_VERSION) << '\n';
        return finish(ExitOk);
    }
    if (name.startsWith(QLatin1Char('-')))
        return finish(
            ctx.usage(Context::tr("unknown option %1; see %2 --help").arg(name, programName())));
    for (const CommandSpec& c : kCommands) {
        if (name != QLatin1String(c.name))
            continue;
        if (std::any_of(rest.cbegin(), rest.cend(), isHelp)) {
            printCommandHelp(out, c);
            return finish(ExitOk);
        }
        return finish(c.run(ctx, rest));
    }
    return finish(
        ctx.usage(Context::tr("unknown command \"%1\"; see %2 --help").arg(name, programName())));
}

} // namespace bs
