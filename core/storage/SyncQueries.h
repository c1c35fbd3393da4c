#pragma once
// The SQL of offline sync (docs/sync.md): generic rows of the synchronised tables by table and id
// (table and column names are checked against the schema, never taken from a bundle as they
// are), peers, history, conflicts, purges, the backup before an import and the site's meta.
#include "ChangeLog.h"
#include "Database.h"
#include "InsertBatch.h"
#include "StatementCache.h"
#include "sync/SyncService.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

namespace bs {

// The columns a bundle may carry for each synchronised table (all but id and the local sync
// bookkeeping modified_utc, modified_by and revision), and which of them an insert needs.
struct SyncSchema {
    QHash<QString, QSet<QString>> columns;
    QHash<QString, QStringList> required; // NOT NULL without a default
    bool allows(const QString& table, const QString& column) const {
        const auto it = columns.constFind(table);
        return it != columns.cend() && it->contains(column);
    }
};

class SyncQueries {
    Q_DECLARE_TR_FUNCTIONS(SyncQueries)
public:
    explicit SyncQueries(const Database& db);
    ~SyncQueries();
    SyncQueries(const SyncQueries&) = delete;
    SyncQueries& operator=(const SyncQueries&) = delete;

    Result<SyncSchema> schema() const;

    // The row's columns as JSON values (null when there is no such row).
    Result<std::optional<QJsonObject>> readRow(const QString& table, const QString& id) const;
    // Inserts a row received from another site (revision 1).
    Status insertRow(const QString& table, const QString& id, const QJsonObject& fields,
                     const QString& createdUtc, const QUuid& modifiedBy) const;
    // The same, but the row waits with others of its shape and is written 16 rows
    // per statement: call flushInserts() before anything reads the synchronised tables, and
    // before commit. Every other method of this object that touches rows flushes first.
    Status queueInsert(const QString& table, const QString& id, const QJsonObject& fields,
                       const QString& createdUtc, const QUuid& modifiedBy) const;
    Status flushInserts() const;
    // The modification time written by insertRow/updateRow from now on (an import writes all
    // its rows at one time); empty for the clock's time at each write.
    void setModifiedText(const QString& utcText) { m_now = utcText; }
    // Updates a row with received values: revision + 1, so an editor open on it refuses to
    // overwrite them.
    Status updateRow(const QString& table, const QString& id, const QJsonObject& fields,
                     const QUuid& modifiedBy) const;
    // Updates a row as a local edit that travels (a conflict's resolution): the row and its
    // change-log entry together. Every given field is logged, even one whose value is unchanged.
    Status writeLocal(const QString& table, const QString& id, const QJsonObject& fields) const;

    // Purges
    Result<QSet<QString>> purgedKeys() const; // "table/row id"
    struct PurgedRow {
        QString table, id, hlc;
    };
    Result<QList<PurgedRow>> purgedRows() const; // every marker, for a restored backup
    // Of `ids` (rows of `table`), those this file already knows: a row or a logged change.
    // Asked in batches, so an import of many new rows does not look each one up.
    Result<QSet<QString>> knownRows(const QString& table, const QStringList& ids) const;
    // Erases a row for good: records `hlc` in `purged`, deletes the row, drops its history.
    Status applyPurge(const QString& table, const QString& id, const QString& hlc) const;
    // A purge made here (legal erasure, issue 7): logged so it travels, then applied.
    Status purgeLocal(const QString& table, const QString& id) const;

    // Lets parents arrive after their children within the current transaction.
    Status deferForeignKeys() const;
    // A consistent copy of the whole file (VACUUM INTO); not inside a transaction.
    Status backupTo(const QString& path) const;

    Result<QString> meta(const QString& key) const;
    Status setMeta(const QString& key, const QString& value) const;

    Result<QList<sync::PeerInfo>> peers() const;
    Status savePeer(const sync::PeerInfo& peer, const QUuid& bundleId) const;

    Status addHistory(const sync::HistoryEntry& entry) const;
    Result<QList<sync::HistoryEntry>> history() const;
    Result<bool> hasHistory(const QUuid& bundleId) const;

    // Conflicts: the labels are left empty (SyncService fills them in).
    Status addConflict(const sync::Conflict& c) const;
    Result<QList<sync::Conflict>> conflicts(bool includeResolved) const;
    Result<std::optional<sync::Conflict>> conflict(const QUuid& id) const;
    // Open conflicts of one row (of one kind; of one field when `field` is not empty).
    Result<QList<sync::Conflict>> openConflicts(const QString& table, const QString& rowId,
                                                sync::ConflictKind kind,
                                                const QString& field = {}) const;
    Status resolveConflict(const QUuid& id, const QString& resolution) const;

private:
    Status checkTable(const QString& table) const;
    Status checkColumns(const QString& table, const QJsonObject& fields) const;
    QString nowText() const { return m_now.isEmpty() ? m_db.nowText() : m_now; }
    // The columns and values of a received row, checked against the schema in one pass.
    Status rowValues(const QString& table, const QString& id, const QJsonObject& fields,
                     const QString& createdUtc, const QUuid& modifiedBy, QStringList& columns,
                     std::vector<QVariant>& values) const;

    const Database& m_db;
    mutable std::optional<SyncSchema> m_schema;
    mutable StatementCache m_cache; // the row statements a bundle's import runs per change
    // Queued inserts by "table(columns)", and their order (flushed in the order first used).
    mutable std::unordered_map<QString, std::unique_ptr<InsertBatch>> m_batches;
    mutable std::vector<InsertBatch*> m_batchOrder;
    QString m_now;
};

QString conflictKindCode(sync::ConflictKind kind);

} // namespace bs
