#pragma once
// Encrypted backups of the whole database (docs/access.md "The database file"): SQLite's online
// backup into a private temporary file, encrypted with the sync bundle scheme (FileKind::Backup)
// into bostotte-<UTC yyyyMMdd-HHmmss>.bstbackup in the chosen folder, and the plain copy
// overwritten and deleted. The administrator sets backups up once: a six-word passphrase is
// shown once, and the key derived from it is kept in local_setting (this computer only) so
// scheduled backups run unattended. Restoring needs the passphrase.
#include "domain/Result.h"
#include "storage/Database.h"
#include "sync/BundleFile.h"

#include <QDateTime>
#include <QList>
#include <functional>

namespace bs {

enum class BackupInterval { Off, Daily, Weekly };
QString backupIntervalCode(BackupInterval interval); // "off", "daily", "weekly"
BackupInterval backupIntervalFromCode(const QString& code);

struct BackupSettings {
    QString folder;
    BackupInterval interval = BackupInterval::Off;
    int keep = 14;       // how many backups stay in the folder; older ones are deleted
    QDateTime lastUtc;   // the last successful backup; invalid before the first
    bool keySet = false; // setUp() has run: backups can be made
};

struct BackupInfo {
    QString path;
    QDateTime createdUtc; // from the file name
    qint64 size = 0;
};

class BackupService {
    Q_DECLARE_TR_FUNCTIONS(BackupService)
public:
    static constexpr int kDefaultKeep = 14;
    static inline const QString kSuffix = QStringLiteral(".bstbackup");
    using Progress = std::function<void(qint64 done, qint64 total)>;

    // `kdf` is the passphrase's cost; tests pass sync::KdfParams::fastForTests().
    explicit BackupService(const Database& db, sync::KdfParams kdf = sync::KdfParams::standard());

    Result<BackupSettings> settings() const;
    bool isSetUp() const;

    // Sets backups up: a new passphrase (returned, to be shown ONCE), its key, the folder and the
    // schedule. Running it again makes a new passphrase; older backups keep their old one.
    Result<QString> setUp(const QString& folder, BackupInterval interval, int keep = kDefaultKeep);
    // Changes the folder, schedule or count kept; the key stays.
    Status saveSchedule(const QString& folder, BackupInterval interval, int keep);

    // Whether the schedule asks for a backup now: daily when the last one was on an earlier
    // (Copenhagen) day, weekly when it was seven or more days ago; never when off or not set up.
    bool isDue() const;

    // Makes a backup now into `folder` (the configured one when empty), records the time, logs
    // it and deletes the oldest backups beyond `keep`.
    Result<BackupInfo> backupNow(const Progress& progress = {}, const QString& folder = {});

    // The backups in `folder` (the configured one when empty), newest first.
    Result<QList<BackupInfo>> list(const QString& folder = {}) const;

    // Decrypts `backupPath` with `passphrase`, checks it (integrity, application, schema),
    // re-applies the erasures recorded in this file since the backup, logs the restore in the
    // restored copy and writes it to `targetPath`. Refuses a target that is open (this file, or
    // one locked by a running Bostøtte); an existing closed file is replaced.
    Status restore(const QString& backupPath, const QString& passphrase, const QString& targetPath,
                   const Progress& progress = {}) const;
    // The same without a current file (this computer was lost): no erasures to re-apply.
    // `actor` is who is logged as restoring it in the restored copy.
    static Status restore(const QString& backupPath, const QString& passphrase,
                          const QString& targetPath, const Database* current, const Clock& clock,
                          const Actor& actor, const Progress& progress = {});

    static QString fileNameFor(const QDateTime& utc);

private:
    Status prune(const QString& folder, int keep) const;

    const Database& m_db;
    sync::KdfParams m_kdf;
};

} // namespace bs
