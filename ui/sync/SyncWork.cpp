#include "SyncWork.h"

#include "storage/Database.h"

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace bs::syncui {

namespace {

template <typename T>
void work(QPromise<Outcome<T>>& promise, const QString& path, const Clock& clock,
          const SyncWorkFunction<T>& run, Database* shared, const Actor& actor) {
    promise.setProgressRange(0, kProgressSteps);
    const sync::Progress progress = [&promise](qint64 done, qint64 total) {
        if (total <= 0) {
            promise.setProgressRange(0, 0);
            return;
        }
        promise.setProgressRange(0, kProgressSteps);
        promise.setProgressValue(
            int(qBound<qint64>(0, done * kProgressSteps / total, qint64(kProgressSteps))));
    };
    Outcome<T> outcome;
    std::unique_ptr<Database> own;
    Database* db = shared;
    if (!db) {
        Database::Options options;
        options.create = false;
        options.backupBeforeMigrate = false;
        auto opened = Database::open(path, clock, options);
        if (!opened) {
            outcome.error = opened.message();
            promise.addResult(outcome);
            return;
        }
        own = std::move(*opened);
        own->setActor(actor); // the export/import is logged under the user who started it
        db = own.get();
    }
    sync::SyncService service(*db);
    Result<T> result = run(service, progress);
    if (result)
        outcome.value = std::move(*result);
    else
        outcome.error = result.message();
    promise.addResult(outcome);
}

template <typename T> QFuture<Outcome<T>> start(Database& db, SyncWorkFunction<T> run) {
    if (db.path() == QLatin1String(":memory:")) {
        QPromise<Outcome<T>> promise;
        QFuture<Outcome<T>> future = promise.future();
        promise.start();
        // The connection is the UI's own: the work only writes through the service.
        work<T>(promise, db.path(), db.clock(), run, &db, db.actor());
        promise.finish();
        return future;
    }
    return QtConcurrent::run([path = db.path(), clock = &db.clock(), run = std::move(run),
                              actor = db.actor()](QPromise<Outcome<T>>& promise) {
        work<T>(promise, path, *clock, run, nullptr, actor);
    });
}

} // namespace

QFuture<Outcome<sync::ExportSummary>> runExport(Database& db,
                                                SyncWorkFunction<sync::ExportSummary> run) {
    return start<sync::ExportSummary>(db, std::move(run));
}

QFuture<Outcome<sync::ImportPreview>> runPreview(Database& db,
                                                 SyncWorkFunction<sync::ImportPreview> run) {
    return start<sync::ImportPreview>(db, std::move(run));
}

QFuture<Outcome<sync::ImportResult>> runImport(Database& db,
                                               SyncWorkFunction<sync::ImportResult> run) {
    return start<sync::ImportResult>(db, std::move(run));
}

} // namespace bs::syncui
