// init, check and demo: the commands about the database file itself.
#include "cli/Commands.h"

#include "services/DemoGenerator.h"
#include "services/Registry.h"

#include <QFileInfo>

namespace bs::cli {

namespace {

QString absolute(const QString& path) {
    return QFileInfo(path).absoluteFilePath();
}

// Schema version of an existing file, without updating it. -1 if it cannot be opened.
Result<int> currentSchemaVersion(const QString& path, const Clock& clock) {
    Database::Options options;
    options.create = false;
    options.migrateTo = 0; // 0: never migrate
    auto db = Database::open(path, clock, options);
    if (!db)
        return Result<int>(db.error());
    return (*db)->schemaVersion();
}

void removeDatabaseFiles(const QString& path) {
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

int runInit(Context& ctx, const QStringList& args) {
    auto parsed = Args::parse(args, {}, 0);
    if (!parsed)
        return ctx.usage(parsed.message());
    int before = -1;
    if (ctx.onServer() || QFileInfo::exists(ctx.dbPath)) {
        auto version = currentSchemaVersion(ctx.dbPath, ctx.clock);
        if (!version)
            return ctx.fail(version.message());
        before = *version;
    }
    Database::Options exclusive;
    exclusive.exclusive = true;
    auto db = Database::open(ctx.dbPath, ctx.clock, exclusive);
    if (!db)
        return ctx.fail(db.message());
    (*db)->setActor(Actor::commandLine());
    const int after = (*db)->schemaVersion();
    ctx.out << Context::tr("Database: %1").arg(ctx.onServer() ? ctx.dbPath : absolute(ctx.dbPath))
            << Qt::endl;
    ctx.out << Context::tr("Schema version: %1").arg(after) << Qt::endl;
    if (before <= 0)
        ctx.out << Context::tr("Created a new database.") << Qt::endl;
    else if (before < after && ctx.onServer())
        ctx.out << Context::tr("Updated from schema version %1.").arg(before) << Qt::endl;
    else if (before < after)
        ctx.out << Context::tr("Updated from schema version %1 (a copy of the old file was kept "
                               "next to it).")
                       .arg(before)
                << Qt::endl;
    else
        ctx.out << Context::tr("The database is up to date.") << Qt::endl;
    return ExitOk;
}

int runCheck(Context& ctx, const QStringList& args) {
    auto parsed = Args::parse(args, {}, 0);
    if (!parsed)
        return ctx.usage(parsed.message());
    if (!ctx.onServer() && !QFileInfo::exists(ctx.dbPath))
        return ctx.fail(Context::tr("The database %1 does not exist.").arg(ctx.dbPath));
    Database::Options options;
    options.create = false;
    options.migrateTo = 0; // a check changes nothing, not even the schema
    options.exclusive = true;
    auto db = Database::open(ctx.dbPath, ctx.clock, options);
    if (!db)
        return ctx.fail(db.message());
    (*db)->setActor(Actor::commandLine());
    const int version = (*db)->schemaVersion();
    const int latest = Database::latestSchemaVersion();
    ctx.out << Context::tr("Database: %1").arg(ctx.onServer() ? ctx.dbPath : absolute(ctx.dbPath))
            << Qt::endl;
    ctx.out << Context::tr("Schema version: %1 (this program: %2)").arg(version).arg(latest)
            << Qt::endl;
    if (version == 0)
        return ctx.fail(
            Context::tr("%1 has no Bostøtte tables; create them with init.").arg(ctx.dbPath));
    if (version < latest)
        ctx.out << Context::tr("The schema is older than this program's; init (or opening it in "
                               "Bostøtte) updates it.")
                << Qt::endl;
    auto integrity = (*db)->checkIntegrity();
    if (!integrity)
        return ctx.fail(integrity.message());
    ctx.out << *integrity << Qt::endl;
    if (*integrity != QLatin1String("ok"))
        return ctx.fail(Context::tr("The database has %n problem(s).", nullptr,
                                    int(integrity->count(QLatin1Char('\n')) + 1)));
    return ExitOk;
}

int runDemo(Context& ctx, const QStringList& args) {
    auto parsed =
        Args::parse(args, {{"out", true}, {"force", false}, {"seed", true}, {"citizens", true}}, 0);
    if (!parsed)
        return ctx.usage(parsed.message());
    const QString out = parsed->value("out");
    if (out.isEmpty())
        return ctx.usage(Context::tr("demo needs --out FILE"));
    DemoOptions options;
    options.today = ctx.clock.today();
    if (parsed->has("seed")) {
        bool ok = false;
        options.seed = parsed->value("seed").toUInt(&ok);
        if (!ok)
            return ctx.usage(Context::tr("--seed needs a whole number"));
    }
    if (parsed->has("citizens")) {
        bool ok = false;
        options.citizens = parsed->value("citizens").toInt(&ok);
        if (!ok || options.citizens < 0)
            return ctx.usage(Context::tr("--citizens needs a whole number"));
    }

    const QFileInfo target(out);
    if (target.isDir())
        return ctx.fail(Context::tr("%1 is a folder.").arg(out));
    if (target.exists() && !parsed->has("force"))
        return ctx.fail(Context::tr("%1 already exists; use --force to replace it.").arg(out));

    // Generated under a temporary name, so a failure leaves the old file (if any) untouched.
    const QString partial = out + QStringLiteral(".partial");
    removeDatabaseFiles(partial);
    qsizetype citizens = 0;
    {
        auto db = Database::open(partial, ctx.clock);
        if (!db)
            return ctx.fail(db.message());
        (*db)->setActor(Actor::commandLine());
        Registry registry(**db);
        const Status s = DemoGenerator::generate(registry, options);
        if (!s) {
            db->reset();
            removeDatabaseFiles(partial);
            return ctx.fail(s.message());
        }
        auto list = registry.citizens();
        citizens = list ? list->size() : 0;
    } // closing the connection folds the write-ahead log into the file
    removeDatabaseFiles(out);
    if (!QFile::rename(partial, out)) {
        removeDatabaseFiles(partial);
        return ctx.fail(Context::tr("Could not write %1.").arg(out));
    }
    ctx.out << Context::tr("Demo database written to %1 (%n citizen(s)).", nullptr, int(citizens))
                   .arg(absolute(out))
            << Qt::endl;
    return ExitOk;
}

} // namespace bs::cli
