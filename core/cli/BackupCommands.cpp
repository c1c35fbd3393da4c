// backup and restore: encrypted backups from scripts (docs/access.md "The database file"). The
// backup uses the key stored when an administrator set backups up; restoring needs the
// passphrase, read from a file so it never appears in the process list or the shell history.
#include "cli/Commands.h"

#include "security/BackupService.h"

#include <QFileInfo>
#include <QLocale>

namespace bs::cli {

int runBackup(Context& ctx, const QStringList& args) {
    auto parsed = Args::parse(args, {{"to", true}}, 0);
    if (!parsed)
        return ctx.usage(parsed.message());
    if (parsed->has("to") && parsed->value("to").isEmpty())
        return ctx.usage(Context::tr("--to needs a folder"));
    auto db = ctx.openExisting();
    if (!db)
        return ctx.fail(db.message());
    (*db)->setActor(Actor::commandLine());
    BackupService service(**db);
    if (!service.settings() || !service.settings()->keySet)
        return ctx.fail(Context::tr("Backups are not set up for this database. An administrator "
                                    "sets them up once in Bostøtte under Indstillinger → "
                                    "Sikkerhedskopi, where the backup passphrase is shown."));
    auto made = service.backupNow({}, parsed->value("to"));
    if (!made)
        return ctx.fail(made.message());
    ctx.out << Context::tr("Backup written to %1 (%2).")
                   .arg(QFileInfo(made->path).absoluteFilePath(),
                        QLocale::system().formattedDataSize(made->size))
            << Qt::endl;
    return ExitOk;
}

int runRestore(Context& ctx, const QStringList& args) {
    auto parsed = Args::parse(args, {{"passphrase-file", true}, {"to", true}}, 1);
    if (!parsed)
        return ctx.usage(parsed.message());
    if (parsed->positionals().isEmpty())
        return ctx.usage(Context::tr("restore needs the backup file"));
    const QString target = parsed->value("to");
    if (target.isEmpty())
        return ctx.usage(Context::tr("--to NEWPATH is required: where the restored database is "
                                     "written"));
    auto passphrase = readPassphraseFile(parsed->value("passphrase-file"));
    if (!passphrase)
        return ctx.usage(passphrase.message());
    const QString backup = parsed->positionals().constFirst();

    // The current file, when there is one, holds the erasures made since the backup. It is only
    // read, so it may stay open in Bostøtte while a copy is restored to a new path.
    std::unique_ptr<Database> current;
    if (QFileInfo::exists(ctx.dbPath)) {
        Database::Options options;
        options.create = false;
        auto opened = Database::open(ctx.dbPath, ctx.clock, options);
        if (!opened)
            return ctx.fail(opened.message());
        current = std::move(*opened);
        current->setActor(Actor::commandLine());
    }
    const Status s = BackupService::restore(backup, *passphrase, target, current.get(), ctx.clock,
                                            Actor::commandLine());
    if (!s)
        return ctx.fail(s.message());
    ctx.out << Context::tr("Restored %1 to %2. Open it with: bostotte --db %2")
                   .arg(backup, QFileInfo(target).absoluteFilePath())
            << Qt::endl;
    if (!current)
        ctx.out << Context::tr("No current database was found at %1, so erasures made after the "
                               "backup could not be re-applied; erase those citizens again.")
                       .arg(ctx.dbPath)
                << Qt::endl;
    return ExitOk;
}

} // namespace bs::cli
