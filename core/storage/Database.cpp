#include "Database.h"

#include "DanishCollation.h"
#include "Migrations.h"
#include "OwnerOnly.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <signal.h>
#endif

namespace bs {

QString toDbTimestamp(const QDateTime& utc) {
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromDbTimestamp(const QString& text) {
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    dt.setTimeZone(QTimeZone::utc());
    return dt;
}

QString toDbDate(const QDate& date) {
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate fromDbDate(const QVariant& value) {
    if (value.isNull())
        return {};
    return QDate::fromString(value.toString(), Qt::ISODate);
}

Database::Database(QString name, QString path, const Clock& clock)
    : m_name(std::move(name)), m_path(std::move(path)), m_clock(clock),
      m_accessLog(std::make_unique<AccessLog>(*this)) {
}

Database::~Database() {
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
    m_lock.reset();
}

namespace {

// Whether the process that wrote a lock file still runs (on this computer).
bool processRunning(qint64 pid) {
#ifdef Q_OS_UNIX
    if (pid <= 0)
        return false;
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#else
    Q_UNUSED(pid);
    return true; // cannot tell: keep the lock
#endif
}

} // namespace

Result<std::unique_ptr<QLockFile>> Database::lockFile(const QString& path) {
    using R = Result<std::unique_ptr<QLockFile>>;
    auto lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
    lock->setStaleLockTime(0); // never stale by age: a long day's session keeps its lock
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (lock->tryLock(0)) {
            makeOwnerOnly(lock->fileName());
            return R(std::move(lock));
        }
        if (lock->error() != QLockFile::LockFailedError)
            return R::failure(
                tr("Could not lock the database %1 (the folder may be read-only).").arg(path));
        qint64 pid = 0;
        QString host, app;
        if (!lock->getLockInfo(&pid, &host, &app))
            continue; // released or being written meanwhile: try again
        const bool here = host.isEmpty() || host == QSysInfo::machineHostName();
        if (here && !processRunning(pid)) {
            // Left behind by a Bostøtte that crashed or was killed.
            lock->removeStaleLockFile();
            continue;
        }
        return R::failure(tr("The database is already open in Bostøtte (process %1 on %2). Close "
                             "it there first.")
                              .arg(pid)
                              .arg(host.isEmpty() ? QSysInfo::machineHostName() : host));
    }
    return R::failure(tr("Could not lock the database %1; try again.").arg(path));
}

QString Database::defaultPath() {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("bostotte.sqlite"));
}

int Database::latestSchemaVersion() {
    return migrations().constLast().version;
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const Clock& clock,
                                                 Options options) {
    using R = Result<std::unique_ptr<Database>>;
    if (ServerLocation::isServerUri(path)) {
        auto location = ServerLocation::parse(path);
        if (!location)
            return R(location.error());
        return openServer(*location, clock, std::move(options));
    }
    const bool memory = path == QLatin1String(":memory:");
    std::unique_ptr<QLockFile> lock;
    if (!memory) {
        if (auto s = checkLocalDatabaseLocation(path, options.fileSystemType); !s)
            return R(s.error());
        const QFileInfo info(path);
        if (!info.exists()) {
            if (!options.create)
                return R::failure(tr("The database %1 does not exist.").arg(path));
            if (!QDir().mkpath(info.absolutePath()))
                return R::failure(tr("Could not create the folder %1 for the database.")
                                      .arg(info.absolutePath()));
        } else if (info.isDir()) {
            return R::failure(tr("%1 is a folder, not a database file.").arg(path));
        }
        if (options.exclusive) {
            auto locked = lockFile(path);
            if (!locked)
                return R(locked.error());
            lock = std::move(*locked);
        }
        // A new file is owner-only from its first byte; SQLite gives its -wal and -shm the
        // permissions of the database file.
        if (!info.exists())
            if (auto s = createEmptyOwnerOnly(path); !s)
                return R(s.error());
    }
    const QString name =
        QStringLiteral("bostotte-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Database> db(new Database(name, path, clock));
    db->m_lock = std::move(lock);
    {
        QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        conn.setDatabaseName(path);
        if (!conn.open())
            return R::failure(
                tr("Could not open the database %1: %2").arg(path, conn.lastError().text()));
    }
    if (auto s = db->configure(); !s)
        return R(s.error());
    protectDatabaseFiles(path);
    if (memory)
        options.backupBeforeMigrate = false;
    return finishOpen(std::move(db), options);
}

Result<std::unique_ptr<Database>> Database::openServer(const ServerLocation& location,
                                                       const Clock& clock, Options options) {
    using R = Result<std::unique_ptr<Database>>;
    const QString name =
        QStringLiteral("bostotte-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Database> db(new Database(name, location.uri(), clock));
    db->m_dialect.kind = Dialect::Postgres;
    if (auto s = db->configureServer(location); !s)
        return R(s.error());
    options.backupBeforeMigrate = false; // the server's backups are IT's (pg_dump, replicas)
    return finishOpen(std::move(db), options);
}

Result<std::unique_ptr<Database>> Database::finishOpen(std::unique_ptr<Database> db,
                                                       const Options& options) {
    using R = Result<std::unique_ptr<Database>>;
    const int target = options.migrateTo < 0 ? latestSchemaVersion() : options.migrateTo;
    if (auto s = db->migrate(target, options.backupBeforeMigrate); !s)
        return R(s.error());
    db->m_accessLog->setEnabled(db->schemaVersion() >= kFirstAccessLogVersion);
    if (auto s = db->loadInstallationId(); !s)
        return R(s.error());
    if (!db->isServer() && db->m_path != QLatin1String(":memory:"))
        if (auto s = db->checkSiteFingerprint(); !s)
            return R(s.error());
    if (auto s = db->refreshClock(); !s)
        return R(s.error());
    return R(std::move(db));
}

Status Database::configure() {
    QSqlQuery q(connection());
    // The first read tells whether this is a SQLite file at all.
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
        return Status::failure(
            tr("%1 is not a Bostøtte database (it could not be read as one).").arg(m_path));
    const int appId = q.value(0).toInt();
    q.finish();
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next())
        return Status::failure(tr("%1 is not a Bostøtte database.").arg(m_path));
    const bool empty = q.value(0).toInt() == 0;
    q.finish();
    if (!empty && appId != kApplicationId)
        return Status::failure(
            tr("%1 is a database of another program, not of Bostøtte.").arg(m_path));

    // secure_delete: deleted content is overwritten with zeros, so an erased citizen's data
    // does not linger in free pages of the file or its WAL (docs/access.md).
    for (const char* pragma :
         {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL",
          "PRAGMA busy_timeout = 5000", "PRAGMA secure_delete = ON"}) {
        if (!q.exec(QLatin1String(pragma)))
            return Status::failure(
                tr("Could not configure the database: %1").arg(q.lastError().text()));
        q.finish();
    }
    return registerDanishCollation(connection());
}

Status Database::configureServer(const ServerLocation& location) {
    if (auto s = location.connect(m_name); !s)
        return s;
    QSqlQuery q(connection());
    if (!location.schema.isEmpty())
        if (auto s = execSql(QStringLiteral("SET search_path TO %1").arg(location.schema)); !s)
            return s;
    if (!q.exec(QStringLiteral("SELECT current_schema(), (SELECT count(*) FROM "
                               "information_schema.tables WHERE table_schema = current_schema()), "
                               "to_regclass('bostotte_schema') IS NOT NULL")) ||
        !q.next())
        return Status::failure(
            tr("Could not read the server database: %1").arg(q.lastError().text()));
    if (q.value(0).isNull())
        return Status::failure(tr("The schema %1 does not exist in the database %2. The IT "
                                  "department creates it (see the README, server mode).")
                                   .arg(location.schema, location.database));
    const QString schema = q.value(0).toString();
    const int tables = q.value(1).toInt();
    const bool ours = q.value(2).toBool();
    q.finish();
    if (tables > 0 && !ours)
        return Status::failure(tr("The schema %1 of %2 holds tables of another program, not of "
                                  "Bostøtte.")
                                   .arg(schema, location.database));
    if (tables == 0) {
        // A new, empty schema: it becomes Bostøtte's at schema version 0.
        if (auto s = execSql(QStringLiteral("CREATE TABLE bostotte_schema (version INTEGER NOT "
                                            "NULL)"));
            !s)
            return s;
        if (auto s = execSql(QStringLiteral("INSERT INTO bostotte_schema VALUES (0)")); !s)
            return s;
    }
    return Status::success();
}

int Database::schemaVersion() const {
    QSqlQuery q(connection());
    if (isServer()) {
        // Server mode keeps the version in a one-row table (there is no user_version).
        if (q.exec(QStringLiteral("SELECT version FROM bostotte_schema")) && q.next())
            return q.value(0).toInt();
        return -1;
    }
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

Status Database::migrate(int target, bool backup) {
    const int current = schemaVersion();
    if (current < 0)
        return Status::failure(tr("Could not read the schema version of %1.").arg(m_path));
    if (current > latestSchemaVersion())
        return Status::failure(tr("%1 was made by a newer version of Bostøtte (schema %2; this "
                                  "version knows up to %3). Update the program.")
                                   .arg(m_path)
                                   .arg(current)
                                   .arg(latestSchemaVersion()));
    if (current >= target)
        return Status::success();

    if (backup && current > 0) {
        // A consistent copy of the file as it was, in case the user needs to go back.
        const QString copy = QStringLiteral("%1.before-schema-%2.bak").arg(m_path).arg(target);
        if (auto s = createEmptyOwnerOnly(copy); !s)
            return Status::failure(
                tr("Could not back up the database before updating it: %1").arg(s.message()));
        if (auto s = execSql(QStringLiteral("VACUUM INTO ?"), {copy}); !s)
            return Status::failure(
                tr("Could not back up the database before updating it: %1").arg(s.message()));
    }

    for (const Migration& m : migrations()) {
        if (m.version <= current || m.version > target)
            continue;
        const Status s = transaction([&]() -> Status {
            for (const QString& statement : m.statements) {
                const QString sql = migrationStatement(statement, m_dialect.kind);
                if (sql.isEmpty())
                    continue; // written for the other engine
                if (auto r = execSql(sql); !r)
                    return r;
            }
            if (m.after)
                if (auto r = m.after(*this); !r)
                    return r;
            if (isServer())
                return execSql(
                    QStringLiteral("UPDATE bostotte_schema SET version = %1").arg(m.version));
            return execSql(QStringLiteral("PRAGMA user_version = %1").arg(m.version));
        });
        if (!s)
            return Status::failure(tr("Updating the database to schema %1 (%2) failed; nothing "
                                      "was changed by that step: %3")
                                       .arg(m.version)
                                       .arg(QLatin1String(m.description), s.message()));
    }
    return Status::success();
}

Status Database::loadInstallationId() {
    if (schemaVersion() < 1)
        return Status::success();
    QSqlQuery q(connection());
    if (auto r = exec(q, QStringLiteral("SELECT value FROM meta WHERE key = 'installation_id'"));
        !r)
        return Status(r.error());
    if (q.next()) {
        m_installationId = QUuid::fromString(q.value(0).toString());
        return Status::success();
    }
    m_installationId = QUuid::createUuid();
    return execSql(QStringLiteral("INSERT INTO meta(key, value) VALUES ('installation_id', ?)"),
                   {m_installationId.toString(QUuid::WithoutBraces)});
}

Status Database::transaction(const std::function<Status()>& fn) const {
    const int depth = m_txDepth;
    const QString sp = QStringLiteral("sp%1").arg(depth);
    if (auto s = execSql(depth == 0 ? m_dialect.begin() : QStringLiteral("SAVEPOINT ") + sp); !s)
        return s;
    ++m_txDepth;
    Status result = fn();
    if (result && depth == 0)
        result = m_accessLog->flushPending(); // the log entries commit with the change
    --m_txDepth;
    if (result) {
        result = execSql(depth == 0 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + sp);
        if (result)
            return result;
    }
    m_accessLog->dropPending(depth);
    if (depth == 0) {
        (void)execSql(QStringLiteral("ROLLBACK"));
    } else {
        (void)execSql(QStringLiteral("ROLLBACK TO ") + sp);
        (void)execSql(QStringLiteral("RELEASE ") + sp);
    }
    return result;
}

Result<bool> Database::exec(QSqlQuery& query, const QString& sql, const QVariantList& binds) const {
    if (!query.prepare(sql))
        return Result<bool>::failure(tr("Database error: %1").arg(query.lastError().text()));
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant& v = binds.at(i);
        // Flags are INTEGER 0/1 in both engines; PostgreSQL would read a bound bool as 'true'.
        query.bindValue(i, v.typeId() == QMetaType::Bool ? QVariant(v.toBool() ? 1 : 0) : v);
    }
    if (!query.exec())
        return Result<bool>::failure(tr("Database error: %1").arg(query.lastError().text()));
    return true;
}

Status Database::execSql(const QString& sql, const QVariantList& binds) const {
    QSqlQuery q(connection());
    if (binds.isEmpty()) {
        // Plain exec so that statements without parameters (PRAGMA, DDL) need no prepare step.
        if (!q.exec(sql))
            return Status::failure(tr("Database error: %1").arg(q.lastError().text()));
        return Status::success();
    }
    auto r = exec(q, sql, binds);
    return r ? Status::success() : Status(r.error());
}

Result<QString> Database::checkIntegrity() const {
    QSqlQuery q(connection());
    QStringList problems;
    if (isServer()) {
        // PostgreSQL checks every foreign key when a row is written; its pages carry checksums
        // the server verifies. What is left to ask is whether the connection answers.
        if (auto r = exec(q, QStringLiteral("SELECT 1")); !r)
            return Result<QString>(r.error());
        return QStringLiteral("ok");
    }
    if (auto r = exec(q, QStringLiteral("PRAGMA integrity_check")); !r)
        return Result<QString>(r.error());
    while (q.next())
        if (q.value(0).toString() != QLatin1String("ok"))
            problems << q.value(0).toString();
    q.finish();
    if (auto r = exec(q, QStringLiteral("PRAGMA foreign_key_check")); !r)
        return Result<QString>(r.error());
    while (q.next())
        problems << tr("Broken reference in table %1 (row %2) to %3")
                        .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    return problems.isEmpty() ? QStringLiteral("ok") : problems.join(QLatin1Char('\n'));
}

QString Database::nowText() const {
    return toDbTimestamp(m_clock.nowUtc());
}

} // namespace bs
