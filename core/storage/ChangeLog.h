#pragma once
// The change log: every write to a synchronised table is recorded here, per row and field, with a
// hybrid logical clock (docs/sync.md). Repository and the settings writer call recordLocal() in
// the same transaction as the write, so nothing escapes the log. The sync service reads and
// extends it; nothing else issues SQL on these tables.
#include "Database.h"
#include "InsertBatch.h"
#include "StatementCache.h"
#include "sync/Change.h"

#include <QJsonObject>
#include <functional>

namespace bs {

// The clock of a field's current value and the value itself (from the log).
struct FieldClock {
    QString hlc;
    QJsonValue value;
};

class ChangeLog {
    Q_DECLARE_TR_FUNCTIONS(ChangeLog)
public:
    explicit ChangeLog(const Database& db);
    ~ChangeLog();
    ChangeLog(const ChangeLog&) = delete;
    ChangeLog& operator=(const ChangeLog&) = delete;

    // Records a change made here: the next counter of this site, a new clock, the fields' bases
    // (their current clocks) and, for a deletion, this site's version vector. `fields` holds
    // only the changed columns (all of them for an insert). Does nothing for empty `fields`.
    Result<sync::Change> recordLocal(const QString& table, const QString& rowId,
                                     const QJsonObject& fields, bool isInsert);

    // Records a purge made here (legal erasure): it travels in every bundle from now on.
    Result<sync::Change> recordPurge(const QString& table, const QString& rowId);

    // Current clock and value of every logged field of one row (latest clock wins).
    Result<QHash<QString, FieldClock>> fieldClocks(const QString& table,
                                                   const QString& rowId) const;
    // Every logged change of one row, oldest clock first.
    Result<QList<sync::Change>> changesOfRow(const QString& table, const QString& rowId) const;

    // What this file holds of every origin site.
    Result<sync::VersionVector> vector() const;
    // Calls `fn` for every change not covered by `known`, in clock order (parents before
    // children); stops early when fn returns false.
    Status forEachChangeBeyond(const sync::VersionVector& known,
                               const std::function<bool(const sync::Change&)>& fn) const;
    // Stores a change received from another site. Idempotent. The importer advances the vector
    // once for the whole bundle (advanceVector), also past changes it skips (of purged rows).
    // Received changes are written 16 per statement: every method of this object
    // that reads or writes the log writes the waiting ones first, and the importer calls
    // flushReceived() before anything else looks at the log and before it commits.
    Status storeReceived(const sync::Change& change);
    Status flushReceived() const;
    Status advanceVector(const QUuid& origin, qint64 counter);
    // Removes every logged change of a row (its content must not travel any more) but the
    // purge itself.
    Status dropRowHistory(const QString& table, const QString& rowId);

    // The largest clock in the log (the local clock continues after it).
    Result<QString> largestClock() const;

    static sync::Change readChange(const class QSqlQuery& q);
    // The current clock and value of every field, from a row's changes (Row changes only).
    static QHash<QString, FieldClock> clocksOf(const QList<sync::Change>& changes);

private:
    Status insert(const sync::Change& c);
    Result<sync::Change> stampAndStore(sync::Change c);
    Status cachedExec(const QString& sql, const QVariantList& binds) const;

    const Database& m_db;
    mutable StatementCache m_cache; // the statements a bundle's import runs per change
    mutable std::unique_ptr<InsertBatch> m_received; // received changes waiting to be written
};

} // namespace bs
