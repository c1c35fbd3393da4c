#pragma once
// Backups and restores run on a worker thread with a database connection of their own (a
// QSqlDatabase never crosses threads), reporting progress through the QFuture, so the panel and
// the scheduler stay responsive while hundreds of megabytes are copied and encrypted.
#include "security/BackupService.h"

#include <QFuture>
#include <optional>

namespace bs::backupui {

constexpr int kProgressSteps = 1000;

struct BackupOutcome {
    std::optional<BackupInfo> info;
    QString error; // user-readable; empty on success
};

struct RestoreOutcome {
    QString error; // user-readable; empty on success
    QString field; // "passphrase", "target" or "backup" when the error is about one
};

// A backup of `db`'s file now, logged under `db`'s actor.
QFuture<BackupOutcome> startBackup(const Database& db);

// Restores `backup` to `target`, re-applying the erasures recorded in `db`.
QFuture<RestoreOutcome> startRestore(const Database& db, const QString& backup,
                                     const QString& passphrase, const QString& target);

} // namespace bs::backupui
