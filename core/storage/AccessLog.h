#pragma once
// The access log (docs/access.md): every use of personal data, with time, user, action and the
// citizen or criterion. Owned by the Database, so that every write path reaches it:
//   - Repository reports each row it writes; one create/change entry per citizen (or, for records
//     about no citizen, per table) is written at the commit of the outermost transaction, inside
//     it, and dropped with it on rollback.
//   - Services record reads, searches, exports, prints, erasures and logins with record().
// The table cannot be edited (a trigger refuses updates other than erasure's redaction); entries
// older than the retention period are deleted by deleteBefore().
#include "Mappers.h"
#include "domain/Result.h"
#include "security/Actor.h"
#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QSet>
#include <optional>

namespace bs {

class Database;

struct AccessEntry {
    qint64 seq = 0;
    QDateTime atUtc;
    QUuid accountId;
    QString userName;
    AccessAction action = AccessAction::Read;
    QUuid citizenId;
    QString criterion; // what was searched for, or the period/filter of an export
    QString reason;    // typed by the user (break the glass, erasure)
    QString detail;    // create/change: the tables written, comma-separated; otherwise free text
};

struct AccessLogFilter {
    QUuid citizenId;
    QString userName;  // exact, case-insensitive
    QDateTime fromUtc; // inclusive; invalid = no limit
    QDateTime toUtc;   // exclusive; invalid = no limit
    std::optional<AccessAction> action;
    int limit = 0; // 0 = all; newest first
};

class AccessLog {
    Q_DECLARE_TR_FUNCTIONS(AccessLog)
public:
    // Six months, as Danish practice for logs of personal data.
    static constexpr int kRetentionMonths = 6;
    static inline const QString kRedacted = QStringLiteral("[erased]");

    explicit AccessLog(const Database& db) : m_db(db) {}

    // A new actor starts a new session: break-the-glass grants of the previous one end.
    void setActor(const Actor& actor) {
        m_actor = actor;
        m_granted.clear();
    }
    // Citizens the actor was granted for this session by breaking the glass.
    void grantForSession(const QUuid& citizenId) { m_granted.insert(citizenId); }
    bool grantedForSession(const QUuid& citizenId) const { return m_granted.contains(citizenId); }
    const QSet<QUuid>& grantedForSession() const { return m_granted; }
    // Off while the file is older than the schema that has the log (tests of old versions).
    void setEnabled(bool enabled) { m_enabled = enabled; }
    const Actor& actor() const { return m_actor; }

    // Writes one entry by the current actor now (inside the caller's transaction, if any).
    Status record(AccessAction action, const QUuid& citizenId = {}, const QString& criterion = {},
                  const QString& detail = {}, const QString& reason = {}) const;
    // The same by another actor, without changing the session's (e.g. retention, done by the
    // application while a user is logged in).
    Status recordAs(const Actor& actor, AccessAction action, const QUuid& citizenId = {},
                    const QString& criterion = {}, const QString& detail = {},
                    const QString& reason = {}) const;

    // Repository calls this for every row it writes (inside a transaction).
    Status noteWrite(const QString& table, const QUuid& rowId, const Fields& fields,
                     bool created) const;

    Result<QList<AccessEntry>> search(const AccessLogFilter& filter) const;
    // Deletes entries older than `utc`; returns how many.
    Result<int> deleteBefore(const QDateTime& utc) const;
    // Replaces every criterion, reason or detail containing one of `needles` (case-insensitive)
    // with kRedacted. Used by erasure so that a search for the erased citizen's name or CPR
    // number does not keep it.
    Status redact(const QStringList& needles) const;

    // Database::transaction calls these: write the collected entries before the outermost
    // commit; forget those collected inside a rolled-back (savepoint) level.
    Status flushPending() const;
    void dropPending(int fromDepth) const;

private:
    struct Pending {
        int depth = 0;
        bool created = true; // every row written was new
        QStringList tables;
    };
    Result<QUuid> citizenOf(const QString& table, const QUuid& rowId, const Fields& fields) const;

    const Database& m_db;
    Actor m_actor = Actor::system();
    bool m_enabled = false;
    QSet<QUuid> m_granted;
    // Key: citizen id text, or "table:<name>" for records about no citizen. Ordered, so entries
    // are written in a stable order.
    mutable QMap<QString, Pending> m_pending;
};

} // namespace bs
