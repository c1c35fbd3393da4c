#include "BackupWork.h"

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace bs::backupui {

namespace {

Result<std::unique_ptr<Database>> openOwn(const QString& path, const Clock& clock,
                                          const Actor& actor) {
    Database::Options options;
    options.create = false;
    options.backupBeforeMigrate = false;
    auto db = Database::open(path, clock, options);
    if (db)
        (*db)->setActor(actor);
    return db;
}

} // namespace

QFuture<BackupOutcome> startBackup(const Database& db) {
    return QtConcurrent::run([path = db.path(), clock = &db.clock(),
                              actor = db.actor()](QPromise<BackupOutcome>& promise) {
        promise.setProgressRange(0, kProgressSteps);
        BackupOutcome outcome;
        auto own = openOwn(path, *clock, actor);
        if (!own) {
            outcome.error = own.message();
        } else {
            auto made = BackupService(**own).backupNow([&promise](qint64 done, qint64 total) {
                if (total > 0)
                    promise.setProgressValue(int(done * kProgressSteps / total));
            });
            if (made)
                outcome.info = *made;
            else
                outcome.error = made.message();
        }
        promise.addResult(outcome);
    });
}

QFuture<RestoreOutcome> startRestore(const Database& db, const QString& backup,
                                     const QString& passphrase, const QString& target) {
    return QtConcurrent::run([path = db.path(), clock = &db.clock(), actor = db.actor(), backup,
                              passphrase, target](QPromise<RestoreOutcome>& promise) {
        promise.setProgressRange(0, kProgressSteps);
        RestoreOutcome outcome;
        std::unique_ptr<Database> current;
        if (path != QLatin1String(":memory:")) {
            auto own = openOwn(path, *clock, actor);
            if (!own) {
                outcome.error = own.message();
                promise.addResult(outcome);
                return;
            }
            current = std::move(*own);
        }
        const Status s = BackupService::restore(backup, passphrase, target, current.get(), *clock,
                                                actor, [&promise](qint64 done, qint64 total) {
                                                    if (total > 0)
                                                        promise.setProgressValue(
                                                            int(done * kProgressSteps / total));
                                                });
        if (!s) {
            outcome.error = s.message();
            outcome.field = s.error().field;
        }
        promise.addResult(outcome);
    });
}

} // namespace bs::backupui
