#pragma once
// One open Bostøtte database file: the connection, its pragmas, the Danish collation, the schema
// migrations and transactions. Storage classes are the only code that issues SQL.
#include "domain/Clock.h"
#include "domain/Result.h"
#include "storage/AccessLog.h"
#include "storage/FileLocation.h"
#include "storage/ServerLocation.h"
#include "storage/SqlDialect.h"
#include "sync/Hlc.h"
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QUuid>
#include <functional>
#include <memory>

class QLockFile;
class QSqlQuery;

namespace bs {

class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    static constexpr int kApplicationId = 0x42535454; // "BSTT"
    static constexpr int kFirstAccessLogVersion = 10;

    struct Options {
        bool create = true; // create the file if it does not exist
        int migrateTo = -1; // -1: latest; tests stop at an earlier version
        bool backupBeforeMigrate = true;
        // Holds <file>.lock for the Database's lifetime, so a second Bostøtte (another process)
        // cannot open the same file. The GUI and the CLI open with it; connections of the same
        // process on worker threads (sync, exports) open without it.
        bool exclusive = false;
        // The file-system type of a path (tests inject "cifs"); default QStorageInfo. A file on
        // a network share is refused before anything is created.
        FileSystemProbe fileSystemType;
    };

    // `path` is a file, or a PostgreSQL server written as a URI (ServerLocation): the server
    // mode. Every other call (worker threads opening their own connection with path()) follows.
    static Result<std::unique_ptr<Database>> open(const QString& path, const Clock& clock,
                                                  Options options);
    static Result<std::unique_ptr<Database>> open(const QString& path, const Clock& clock) {
        return open(path, clock, Options{});
    }
    // Takes <path>.lock, as an exclusive open does: refused while a running Bostøtte holds it; a
    // lock left by a process that no longer runs on this computer is taken over.
    static Result<std::unique_ptr<QLockFile>> lockFile(const QString& path);
    // The default location: the platform's application-data folder.
    static QString defaultPath();
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase connection() const { return QSqlDatabase::database(m_name, false); }
    const Clock& clock() const { return m_clock; }
    // The file, or the server's URI (without password).
    QString path() const { return m_path; }
    // Server mode: PostgreSQL, shared by many users; no file, lock, or file copies here.
    bool isServer() const { return m_dialect.postgres(); }
    const SqlDialect& sql() const { return m_dialect; }
    // This file's site id for sync (meta.installation_id). A file copied to another machine or
    // place takes a new one when opened (siteIdRenewed() then tells), so two copies never write
    // changes under the same id.
    QUuid installationId() const { return m_installationId; }
    bool siteIdRenewed() const { return m_siteRenewed; }
    // The hybrid logical clock of this site, continuing after the largest clock in the file.
    sync::HlcClock& hlc() const { return m_hlc; }
    // Continues the clock after the largest clock in the file; call after another connection
    // (an import on a worker thread) wrote to it.
    Status refreshClock() const;
    int schemaVersion() const;
    static int latestSchemaVersion();

    // The access log of this file, and who is acting on this connection (set after login, or
    // to the command line); Actor::system() until then.
    AccessLog& accessLog() const { return *m_accessLog; }
    void setActor(const Actor& actor) const { m_accessLog->setActor(actor); }
    const Actor& actor() const { return m_accessLog->actor(); }
    // 0 outside a transaction; 1 inside the outermost; more inside savepoints.
    int transactionDepth() const { return m_txDepth; }

    // Runs fn inside a transaction (a savepoint when nested). Commits when fn succeeds, rolls back
    // otherwise; the returned status is fn's or the commit's.
    Status transaction(const std::function<Status()>& fn) const;

    // Prepares and executes a statement with positional bindings. On failure the message names
    // what failed, for logs and for the user.
    Result<bool> exec(QSqlQuery& query, const QString& sql, const QVariantList& binds = {}) const;
    Status execSql(const QString& sql, const QVariantList& binds = {}) const;

    // "ok" when PRAGMA integrity_check and foreign_key_check find nothing, else what they found.
    Result<QString> checkIntegrity() const;

    QString nowText() const; // UTC timestamp for created/modified columns

private:
    Database(QString name, QString path, const Clock& clock);
    static Result<std::unique_ptr<Database>> openServer(const ServerLocation& location,
                                                        const Clock& clock, Options options);
    static Result<std::unique_ptr<Database>> finishOpen(std::unique_ptr<Database> db,
                                                        const Options& options);
    Status configure();
    Status configureServer(const ServerLocation& location);
    Status migrate(int target, bool backup);
    Status loadInstallationId();
    Status checkSiteFingerprint();

    QString m_name;
    QString m_path;
    SqlDialect m_dialect;
    const Clock& m_clock;
    QUuid m_installationId;
    bool m_siteRenewed = false;
    mutable sync::HlcClock m_hlc; // the file's clock, like the connection: not the object's value
    mutable int m_txDepth = 0;
    std::unique_ptr<AccessLog> m_accessLog;
    std::unique_ptr<QLockFile> m_lock; // released after the connection is closed
};

QString toDbTimestamp(const QDateTime& utc);
QDateTime fromDbTimestamp(const QString& text);
QString toDbDate(const QDate& date);
QDate fromDbDate(const QVariant& value);

} // namespace bs
