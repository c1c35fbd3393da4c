#include "BackupService.h"

#include "storage/LocalSettings.h"
#include "storage/OwnerOnly.h"
#include "storage/SyncQueries.h"
#include "sync/Passphrase.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

#include <sqlite3.h>

#include <limits>

namespace bs {

namespace {

const QString kFolder = QStringLiteral("backup.folder");
const QString kInterval = QStringLiteral("backup.interval");
const QString kKeep = QStringLiteral("backup.keep");
const QString kLast = QStringLiteral("backup.last_utc");
const QString kKey = QStringLiteral("backup.key");
const QString kSalt = QStringLiteral("backup.salt");
const QString kKdf = QStringLiteral("backup.kdf");
constexpr quint32 kChunkSize = 256 * 1024;
constexpr qint64 kSteps = 1000; // progress: the copy is the first half, the encryption the second

QString backupPattern() {
    return QStringLiteral("bostotte-*") + BackupService::kSuffix;
}

QDateTime timeFromName(const QString& name) {
    static const QRegularExpression re(QStringLiteral("^bostotte-(\\d{8}-\\d{6})\\.bstbackup$"));
    const auto m = re.match(name);
    if (!m.hasMatch())
        return {};
    QDateTime t = QDateTime::fromString(m.captured(1), QStringLiteral("yyyyMMdd-HHmmss"));
    t.setTimeZone(QTimeZone::utc());
    return t;
}

// A folder of our own for the plain copy: 0700, removed with everything in it.
Result<std::unique_ptr<QTemporaryDir>> privateTempDir() {
    auto dir = std::make_unique<QTemporaryDir>();
    if (!dir->isValid())
        return Result<std::unique_ptr<QTemporaryDir>>::failure(dir->errorString());
    QFile::setPermissions(dir->path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return dir;
}

// SQLite's online backup API: a consistent copy while the file stays in use.
Status copyLive(const Database& db, const QString& target,
                const BackupService::Progress& progress) {
    const QVariant handle = db.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return Status::failure(QStringLiteral("no SQLite handle"));
    sqlite3* source = *static_cast<sqlite3* const*>(handle.data());
    sqlite3* dest = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(target).constData(), &dest,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
        const QString error = QString::fromUtf8(sqlite3_errmsg(dest));
        sqlite3_close(dest);
        return Status::failure(error);
    }
    sqlite3_backup* backup = sqlite3_backup_init(dest, "main", source, "main");
    if (!backup) {
        const QString error = QString::fromUtf8(sqlite3_errmsg(dest));
        sqlite3_close(dest);
        return Status::failure(error);
    }
    int rc = SQLITE_OK;
    do {
        rc = sqlite3_backup_step(backup, 256);
        const int total = sqlite3_backup_pagecount(backup);
        if (progress && total > 0)
            progress(qint64(total - sqlite3_backup_remaining(backup)), total);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(50);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(backup);
    const int final = sqlite3_errcode(dest);
    const QString error = QString::fromUtf8(sqlite3_errmsg(dest));
    sqlite3_close(dest);
    if (rc != SQLITE_DONE || final != SQLITE_OK)
        return Status::failure(error);
    return Status::success();
}

// What a restored file must be before it is used: Bostøtte's, not newer, intact.
Status checkRestoredFile(const QString& path) {
    const QString name =
        QStringLiteral("bostotte-restore-check-") + QUuid::createUuid().toString(QUuid::Id128);
    QString problem;
    {
        QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        conn.setDatabaseName(path);
        conn.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!conn.open()) {
            problem = BackupService::tr("The restored file could not be opened.");
        } else {
            QSqlQuery q(conn);
            if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next() ||
                q.value(0).toInt() != Database::kApplicationId) {
                problem = BackupService::tr("The backup does not hold a Bostøtte database.");
            } else if (q.finish(), !q.exec(QStringLiteral("PRAGMA user_version")) || !q.next() ||
                                       q.value(0).toInt() > Database::latestSchemaVersion()) {
                problem = BackupService::tr("The backup was made by a newer Bostøtte: update the "
                                            "program and restore it again.");
            } else if (q.finish(), !q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next() ||
                                       q.value(0).toString() != QLatin1String("ok")) {
                problem = BackupService::tr("The database in the backup is damaged.");
            }
            q.finish();
        }
        conn.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!problem.isEmpty())
        return Status::failure(problem + QLatin1Char(' ') +
                               BackupService::tr("Nothing was restored."));
    return Status::success();
}

// The erasures recorded in `current` that the restored copy does not have yet.
Status reapplyErasures(const Database& restored, const Database& current) {
    auto purged = SyncQueries(current).purgedRows();
    if (!purged)
        return Status(purged.error());
    SyncQueries there(restored);
    auto known = there.purgedKeys();
    if (!known)
        return Status(known.error());
    return restored.transaction([&]() -> Status {
        if (auto s = there.deferForeignKeys(); !s)
            return s;
        for (const auto& row : std::as_const(*purged)) {
            if (known->contains(row.table + QLatin1Char('/') + row.id))
                continue;
            if (auto s = there.applyPurge(row.table, row.id, row.hlc); !s)
                return s;
        }
        return Status::success();
    });
}

bool sameFile(const QString& a, const QString& b) {
    const QFileInfo fa(a), fb(b);
    if (fa.exists() && fb.exists())
        return fa.canonicalFilePath() == fb.canonicalFilePath();
    return fa.absoluteFilePath() == fb.absoluteFilePath();
}

} // namespace

QString backupIntervalCode(BackupInterval interval) {
    switch (interval) {
    case BackupInterval::Daily:
        return QStringLiteral("daily");
    case BackupInterval::Weekly:
        return QStringLiteral("weekly");
    case BackupInterval::Off:
        break;
    }
    return QStringLiteral("off");
}

BackupInterval backupIntervalFromCode(const QString& code) {
    if (code == QLatin1String("daily"))
        return BackupInterval::Daily;
    if (code == QLatin1String("weekly"))
        return BackupInterval::Weekly;
    return BackupInterval::Off;
}

BackupService::BackupService(const Database& db, sync::KdfParams kdf) : m_db(db), m_kdf(kdf) {
}

QString BackupService::fileNameFor(const QDateTime& utc) {
    return QStringLiteral("bostotte-") + utc.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")) +
           kSuffix;
}

Result<BackupSettings> BackupService::settings() const {
    auto all = LocalSettings(m_db).all(QStringLiteral("backup."));
    if (!all)
        return Result<BackupSettings>(all.error());
    BackupSettings s;
    s.folder = all->value(kFolder);
    s.interval = backupIntervalFromCode(all->value(kInterval));
    bool ok = false;
    const int keep = all->value(kKeep).toInt(&ok);
    s.keep = ok && keep > 0 ? keep : kDefaultKeep;
    if (all->contains(kLast))
        s.lastUtc = fromDbTimestamp(all->value(kLast));
    s.keySet = !all->value(kKey).isEmpty() && !all->value(kSalt).isEmpty();
    return s;
}

bool BackupService::isSetUp() const {
    auto s = settings();
    return s && s->keySet && !s->folder.isEmpty();
}

Status BackupService::saveSchedule(const QString& folder, BackupInterval interval, int keep) {
    if (folder.trimmed().isEmpty())
        return Status::failure(tr("Choose the folder the backups are written to."),
                               QStringLiteral("folder"));
    if (keep < 1 || keep > 1000)
        return Status::failure(tr("Keep between 1 and 1000 backups."), QStringLiteral("keep"));
    if (!QDir().mkpath(folder))
        return Status::failure(tr("The folder %1 could not be created.").arg(folder),
                               QStringLiteral("folder"));
    const LocalSettings local(m_db);
    return m_db.transaction([&]() -> Status {
        if (auto s = local.set(kFolder, QDir(folder).absolutePath()); !s)
            return s;
        if (auto s = local.set(kInterval, backupIntervalCode(interval)); !s)
            return s;
        return local.set(kKeep, QString::number(keep));
    });
}

Result<QString> BackupService::setUp(const QString& folder, BackupInterval interval, int keep) {
    using R = Result<QString>;
    const QString passphrase = sync::generatePassphrase();
    auto key = sync::deriveFileKey(passphrase, m_kdf);
    if (!key)
        return R(key.error());
    const LocalSettings local(m_db);
    const Status saved = m_db.transaction([&]() -> Status {
        if (auto s = saveSchedule(folder, interval, keep); !s)
            return s;
        if (auto s = local.set(kKey, QString::fromLatin1(key->key.toHex())); !s)
            return s;
        if (auto s = local.set(kSalt, QString::fromLatin1(key->salt.toHex())); !s)
            return s;
        return local.set(kKdf,
                         QStringLiteral("%1,%2").arg(key->kdf.opsLimit).arg(key->kdf.memLimitKiB));
    });
    if (!saved)
        return R(saved.error());
    return passphrase;
}

bool BackupService::isDue() const {
    auto s = settings();
    if (!s || !s->keySet || s->folder.isEmpty() || s->interval == BackupInterval::Off)
        return false;
    if (!s->lastUtc.isValid())
        return true;
    const QDate today = m_db.clock().nowUtc().toTimeZone(Clock::localZone()).date();
    const QDate last = s->lastUtc.toTimeZone(Clock::localZone()).date();
    return s->interval == BackupInterval::Daily ? last < today : last.daysTo(today) >= 7;
}

Result<BackupInfo> BackupService::backupNow(const Progress& progress, const QString& folderArg) {
    using R = Result<BackupInfo>;
    auto all = LocalSettings(m_db).all(QStringLiteral("backup."));
    if (!all)
        return R(all.error());
    sync::FileKey key;
    key.key = QByteArray::fromHex(all->value(kKey).toLatin1());
    key.salt = QByteArray::fromHex(all->value(kSalt).toLatin1());
    const QStringList kdf = all->value(kKdf).split(QLatin1Char(','));
    if (key.key.isEmpty() || key.salt.isEmpty() || kdf.size() != 2)
        return R::failure(tr("Backups are not set up on this computer. An administrator sets them "
                             "up under Indstillinger → Sikkerhedskopi."));
    key.kdf = {kdf.at(0).toUInt(), kdf.at(1).toUInt()};
    const QString folder = folderArg.isEmpty() ? all->value(kFolder) : folderArg;
    if (folder.isEmpty())
        return R::failure(tr("Choose the folder the backups are written to."),
                          QStringLiteral("folder"));
    if (!QDir().mkpath(folder))
        return R::failure(tr("The folder %1 could not be created.").arg(folder));
    if (m_db.path() == QLatin1String(":memory:"))
        return R::failure(tr("A database in memory cannot be backed up."));
    if (m_db.isServer())
        return R::failure(tr("A server database is backed up by the IT department with "
                             "PostgreSQL's own tools (pg_dump or a replica), not by Bostøtte."));

    auto tmp = privateTempDir();
    if (!tmp)
        return R::failure(tr("Could not make a private temporary folder: %1").arg(tmp.message()));
    const QString plain = (*tmp)->filePath(QStringLiteral("copy.sqlite"));
    const auto step = [&](qint64 base) {
        return [&progress, base](qint64 done, qint64 total) {
            if (progress && total > 0)
                progress(base + done * (kSteps / 2) / total, kSteps);
        };
    };
    if (auto s = createEmptyOwnerOnly(plain); !s)
        return R(s.error());
    if (auto s = copyLive(m_db, plain, step(0)); !s) {
        shredFile(plain);
        return R::failure(
            tr("The database could not be copied for the backup: %1").arg(s.message()));
    }

    const QDateTime now = m_db.clock().nowUtc();
    BackupInfo info;
    info.createdUtc = now;
    info.path = QDir(folder).filePath(fileNameFor(now));
    {
        QFile in(plain);
        QSaveFile out(info.path);
        if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly) ||
            !out.setPermissions(kOwnerOnly)) {
            shredFile(plain);
            return R::failure(tr("Could not write %1: %2").arg(info.path, out.errorString()));
        }
        sync::BundleHeader header;
        header.schema = quint16(m_db.schemaVersion());
        header.sender = m_db.installationId();
        header.createdUtc = now;
        header.chunkSize = kChunkSize;
        auto written =
            sync::writeEncrypted(sync::FileKind::Backup, out, header, in, key, step(kSteps / 2));
        in.close();
        shredFile(plain);
        if (!written) {
            out.cancelWriting();
            return R(written.error());
        }
        if (!out.commit())
            return R::failure(tr("Could not write %1: %2").arg(info.path, out.errorString()));
    }
    makeOwnerOnly(info.path);
    info.size = QFileInfo(info.path).size();

    const Status logged = m_db.transaction([&]() -> Status {
        if (auto s = LocalSettings(m_db).set(kLast, toDbTimestamp(now)); !s)
            return s;
        return m_db.accessLog().record(AccessAction::Export, {}, QFileInfo(info.path).fileName(),
                                       QStringLiteral("backup"));
    });
    if (!logged)
        return R(logged.error());
    bool ok = false;
    const int keep = all->value(kKeep).toInt(&ok);
    if (auto s = prune(folder, ok && keep > 0 ? keep : kDefaultKeep); !s)
        return R(s.error());
    if (progress)
        progress(kSteps, kSteps);
    return info;
}

Result<QList<BackupInfo>> BackupService::list(const QString& folderArg) const {
    using R = Result<QList<BackupInfo>>;
    QString folder = folderArg;
    if (folder.isEmpty()) {
        auto s = settings();
        if (!s)
            return R(s.error());
        folder = s->folder;
    }
    QList<BackupInfo> out;
    if (folder.isEmpty())
        return out;
    const QFileInfoList files =
        QDir(folder).entryInfoList({backupPattern()}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QFileInfo& f : files) {
        const QDateTime t = timeFromName(f.fileName());
        if (t.isValid())
            out.append({f.absoluteFilePath(), t, f.size()});
    }
    return out;
}

Status BackupService::prune(const QString& folder, int keep) const {
    auto backups = list(folder);
    if (!backups)
        return Status(backups.error());
    for (qsizetype i = keep; i < backups->size(); ++i)
        if (!QFile::remove(backups->at(i).path))
            return Status::failure(
                tr("The old backup %1 could not be deleted.").arg(backups->at(i).path));
    return Status::success();
}

Status BackupService::restore(const QString& backupPath, const QString& passphrase,
                              const QString& targetPath, const Progress& progress) const {
    return restore(backupPath, passphrase, targetPath, &m_db, m_db.clock(), m_db.actor(), progress);
}

Status BackupService::restore(const QString& backupPath, const QString& passphrase,
                              const QString& targetPath, const Database* current,
                              const Clock& clock, const Actor& actor, const Progress& progress) {
    if (targetPath.trimmed().isEmpty())
        return Status::failure(tr("Choose where the restored database is written."),
                               QStringLiteral("target"));
    if (sync::normalisePassphrase(passphrase).isEmpty())
        return Status::failure(tr("Type the backup passphrase."), QStringLiteral("passphrase"));
    if (QFileInfo(targetPath).isDir())
        return Status::failure(tr("%1 is a folder; choose a file name.").arg(targetPath),
                               QStringLiteral("target"));
    if (current && sameFile(targetPath, current->path()))
        return Status::failure(tr("%1 is the database open now. Restore to a new file, or close "
                                  "Bostøtte and restore with the command line.")
                                   .arg(targetPath),
                               QStringLiteral("target"));
    if (auto s = checkLocalDatabaseLocation(targetPath); !s)
        return Status(Error{s.message(), QStringLiteral("target")});
    QFile in(backupPath);
    if (!in.open(QIODevice::ReadOnly))
        return Status::failure(tr("Could not open %1: %2").arg(backupPath, in.errorString()),
                               QStringLiteral("backup"));

    auto tmp = privateTempDir();
    if (!tmp)
        return Status::failure(
            tr("Could not make a private temporary folder: %1").arg(tmp.message()));
    const QString plain = (*tmp)->filePath(QStringLiteral("restored.sqlite"));
    {
        QFile out(plain);
        if (auto s = openOwnerOnly(out); !s)
            return s;
        sync::BundleLimits limits;
        limits.maxPayload = std::numeric_limits<qint64>::max();
        const auto read = sync::readEncrypted(
            sync::FileKind::Backup, in, passphrase, out,
            [&](qint64 done, qint64 total) {
                if (progress && total > 0)
                    progress(done * (kSteps * 8 / 10) / total, kSteps);
            },
            limits);
        out.close();
        if (const auto* e = std::get_if<sync::BundleError>(&read)) {
            shredFile(plain);
            return Status::failure(e->message, e->problem == sync::BundleProblem::WrongPassphrase
                                                   ? QStringLiteral("passphrase")
                                                   : QStringLiteral("backup"));
        }
    }
    const auto cleanup = [&] {
        for (const char* suffix : {"", "-wal", "-shm", "-journal"})
            shredFile(plain + QLatin1String(suffix));
    };
    if (auto s = checkRestoredFile(plain); !s) {
        cleanup();
        return s;
    }
    {
        Database::Options options;
        options.create = false;
        options.backupBeforeMigrate = false;
        auto restored = Database::open(plain, clock, options);
        if (!restored) {
            cleanup();
            return Status::failure(
                tr("The restored database could not be opened: %1").arg(restored.message()));
        }
        (*restored)->setActor(actor);
        Status s = current ? reapplyErasures(**restored, *current) : Status::success();
        if (s)
            s = (*restored)->accessLog().record(AccessAction::Import, {},
                                                QFileInfo(backupPath).fileName(),
                                                QStringLiteral("restore"));
        if (!s) {
            restored->reset();
            cleanup();
            return Status::failure(
                tr("The erasures made since the backup could not be applied to it, so it was not "
                   "restored: %1")
                    .arg(s.message()));
        }
    } // closed: SQLite folds the WAL into the file
    if (progress)
        progress(kSteps * 9 / 10, kSteps);

    QDir().mkpath(QFileInfo(targetPath).absolutePath());
    // A running Bostøtte holds the target's lock: it is never replaced under it.
    auto lock = Database::lockFile(targetPath);
    if (!lock) {
        cleanup();
        return Status(Error{lock.message(), QStringLiteral("target")});
    }
    const QString part = targetPath + QStringLiteral(".restoring");
    QFile::remove(part);
    if (!QFile::copy(plain, part) || !makeOwnerOnly(part)) {
        QFile::remove(part);
        cleanup();
        return Status::failure(tr("Could not write %1.").arg(targetPath), QStringLiteral("target"));
    }
    cleanup();
    for (const char* suffix : {"-wal", "-shm", "-journal", ""})
        QFile::remove(targetPath + QLatin1String(suffix));
    if (!QFile::rename(part, targetPath)) {
        QFile::remove(part);
        return Status::failure(tr("Could not write %1.").arg(targetPath), QStringLiteral("target"));
    }
    protectDatabaseFiles(targetPath);
    if (progress)
        progress(kSteps, kSteps);
    return Status::success();
}

} // namespace bs
