#pragma once
// Applies received changes to this database (docs/sync.md "Merging"), deterministically, so every
// site ends with the same data whatever order the changes arrive in: per field the larger clock
// wins; a deletion loses to an edit made without knowing of it; journal revisions are kept
// side by side (two heads are shown as two versions); a purge erases the row for good. What a
// person should look at goes to sync_conflict. Counts go into an ImportPreview. Call inside a
// transaction: begin(), apply() for every change in clock order, finish(). Changes and new rows
// are written 16 per statement; finish() writes the last of them.
#include "storage/ChangeLog.h"
#include "storage/SyncQueries.h"
#include "sync/SyncService.h"

#include <QSet>

namespace bs::sync {

class ChangeApplier {
    Q_DECLARE_TR_FUNCTIONS(ChangeApplier)
public:
    explicit ChangeApplier(Database& db);

    // Before the first apply(): reads what the file holds, and which of the bundle's rows it
    // knows, in batches.
    Status begin(const QList<Change>& changes);
    Status apply(const Change& change, ImportPreview& stats);
    // Note versions and the search index of every note touched.
    Status finish(ImportPreview& stats);

    // The largest number of days a flagged change was ahead, per origin site.
    const QHash<QUuid, qint64>& daysAhead() const { return m_daysAhead; }

private:
    Status prepare();
    // Writes the received changes and new rows that wait to be written a batch at a time.
    Status flushWrites();
    Status prefetchKnownRows(const QList<Change>& changes);
    Status applyPurge(const Change& c, ImportPreview& stats);
    Status applyRow(const Change& c, ImportPreview& stats, bool flaggedAhead);
    Status insertFresh(const Change& c, ImportPreview& stats);
    Status fieldConflict(const Change& c, const QString& field, const FieldClock& local,
                         bool changeWins, ImportPreview& stats);
    Status resolveSuperseded(const Change& c, const QString& field);
    Status deletionConflicts(const Change& c, const struct DeletionOutcome& outcome,
                             ImportPreview& stats);
    void countRow(const QString& key, int& counter);
    void sample(const QString& text, ImportPreview& stats);

    Database& m_db;
    ChangeLog m_log;
    SyncQueries m_queries;
    SyncSchema m_schema;
    VersionVector m_vector;
    VersionVector m_vectorBefore; // written back once, at finish()
    QSet<QString> m_known;        // "table/row id" with a row or history here
    QSet<QString> m_purged;
    QSet<QString> m_countedRows;
    QSet<QUuid> m_touchedNotes;
    QHash<QUuid, qint64> m_daysAhead;
    qint64 m_nowMs = 0;
};

} // namespace bs::sync
