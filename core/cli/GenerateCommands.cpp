// generate: a large fictitious municipality for performance work (ScaleGenerator), written to a
// new file under a temporary name and renamed when complete.
#include "cli/Commands.h"

#include "services/ScaleGenerator.h"
#include "storage/ServerLocation.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>

namespace bs::cli {

namespace {

void removeFiles(const QString& path) {
    for (const char* suffix : {"", "-wal", "-shm", "-journal", ".lock"})
        QFile::remove(path + QLatin1String(suffix));
}

// Rows per table of the finished file, for the summary.
QString counts(const Database& db) {
    QStringList parts;
    for (const char* table :
         {"citizen", "staff", "site", "support_grant", "allocation", "goal", "subgoal",
          "support_group", "group_member", "appointment", "attendance", "journal_note",
          "journal_revision", "goal_assessment", "desk_visit", "followup_task"}) {
        QSqlQuery q(db.connection());
        if (db.exec(q, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) &&
            q.next())
            parts << QStringLiteral("  %1: %2")
                         .arg(QLatin1String(table))
                         .arg(q.value(0).toLongLong());
    }
    return parts.join(QLatin1Char('\n'));
}

} // namespace

int runGenerate(Context& ctx, const QStringList& args) {
    auto parsed = Args::parse(args, {{"scale", true}, {"out", true}, {"seed", true}}, 0);
    if (!parsed)
        return ctx.usage(parsed.message());
    const QString out = parsed->value("out");
    if (out.isEmpty())
        return ctx.usage(Context::tr("generate needs --out FILE"));
    ScaleOptions options;
    const auto scale = ScaleGenerator::parseScale(parsed->value("scale"));
    if (!scale)
        return ctx.usage(Context::tr("--scale must be small, medium or large"));
    options.scale = *scale;
    if (parsed->has("seed")) {
        bool ok = false;
        options.seed = parsed->value("seed").toUInt(&ok);
        if (!ok)
            return ctx.usage(Context::tr("--seed needs a whole number from 0 to 4294967295"));
    }
    const bool server = ServerLocation::isServerUri(out);
    const QFileInfo target(out);
    if (!server && target.isDir())
        return ctx.fail(Context::tr("%1 is a folder.").arg(out));
    if (!server && target.exists())
        return ctx.fail(
            Context::tr("%1 already exists; choose a new file (nothing was written).").arg(out));

    QElapsedTimer timer;
    timer.start();
    int lastPercent = -1;
    options.progress = [&](int percent, const QString& step) {
        if (percent == lastPercent)
            return;
        lastPercent = percent;
        ctx.err << Context::tr("%1% %2 (%3 s)")
                       .arg(percent)
                       .arg(step)
                       .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
                << Qt::endl;
    };
    const ScaleSizes sizes = ScaleGenerator::sizes(options.scale);
    ctx.err << Context::tr("Generating a %1 municipality: %2 citizens, %3 staff, %4 year(s) of "
                           "history (seed %5).")
                   .arg(ScaleGenerator::scaleName(options.scale))
                   .arg(sizes.citizens)
                   .arg(sizes.staff)
                   .arg(sizes.years)
                   .arg(options.seed)
            << Qt::endl;

    if (server) {
        // Into an empty server schema, in one transaction: a failure leaves nothing behind.
        auto db = Database::open(out, ctx.clock);
        if (!db)
            return ctx.fail(db.message());
        (*db)->setActor(Actor::commandLine());
        Database& d = **db;
        if (const Status s = d.transaction([&] { return ScaleGenerator::generate(d, options); });
            !s)
            return ctx.fail(s.message());
        ctx.out << Context::tr("Generated into %1 in %2 s:")
                       .arg(d.path())
                       .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
                << '\n'
                << counts(d) << Qt::endl;
        return ExitOk;
    }
    // Generated under a temporary name, so a failure leaves no half-made file behind.
    const QString partial = out + QStringLiteral(".partial");
    removeFiles(partial);
    QString summary;
    {
        auto db = Database::open(partial, ctx.clock);
        if (!db)
            return ctx.fail(db.message());
        (*db)->setActor(Actor::commandLine());
        if (const Status s = ScaleGenerator::generate(**db, options); !s) {
            db->reset();
            removeFiles(partial);
            return ctx.fail(s.message());
        }
        summary = counts(**db);
    } // closing the connection folds the write-ahead log into the file
    if (!QFile::rename(partial, out)) {
        removeFiles(partial);
        return ctx.fail(Context::tr("Could not write %1.").arg(out));
    }
    QFile::remove(partial + QStringLiteral(".lock"));
    ctx.out << Context::tr("Generated %1 in %2 s (%3 MB):")
                   .arg(QFileInfo(out).absoluteFilePath())
                   .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
                   .arg(QFileInfo(out).size() / 1e6, 0, 'f', 0)
            << '\n'
            << summary << Qt::endl;
    return ExitOk;
}

} // namespace bs::cli
