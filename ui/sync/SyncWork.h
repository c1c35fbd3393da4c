#pragma once
// The long sync operations (export, preview, import) run on a worker thread with a database
// connection of their own (a QSqlDatabase never crosses threads). Each reports its progress
// through the QPromise, so the page's QFutureWatcher drives a progress bar on the UI thread.
#include "sync/SyncService.h"

#include <QFuture>
#include <QString>
#include <functional>
#include <optional>

namespace bs {
class Database;
}

namespace bs::syncui {

// A worker's answer: the value, or the user-readable reason it failed.
template <typename T> struct Outcome {
    std::optional<T> value;
    QString error;
};

// Progress values are reported in this range; an unknown total makes the range (0, 0) (busy).
constexpr int kProgressSteps = 1000;

template <typename T>
using SyncWorkFunction = std::function<Result<T>(sync::SyncService&, const sync::Progress&)>;

// Runs `work` on a connection of its own to `db`'s file, in a worker thread. An in-memory
// database (tests) has no file another connection could open: the work runs here, at once.
QFuture<Outcome<sync::ExportSummary>> runExport(Database& db,
                                                SyncWorkFunction<sync::ExportSummary> work);
QFuture<Outcome<sync::ImportPreview>> runPreview(Database& db,
                                                 SyncWorkFunction<sync::ImportPreview> work);
QFuture<Outcome<sync::ImportResult>> runImport(Database& db,
                                               SyncWorkFunction<sync::ImportResult> work);

} // namespace bs::syncui
