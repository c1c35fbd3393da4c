#pragma once
// Fast insertion of many generated rows (the scale generator): the same columns Repository writes
// (Mapper<T>::fields plus the sync columns), but as multi-row INSERT statements of up to 256 rows,
// prepared once per shape and reused. Rows wait in one buffer per table and are written parents
// first (a fixed order that follows the foreign keys), so a child row never reaches the database
// before the row it references.
//
// Deliberately bypasses Repository: no change-log entries (generated rows are history older than
// the log, like rows written before schema 9) and no access-log entry per row. The caller runs
// the writes inside its own db.transaction(...) and calls flush() before it commits. Portable
// SQL only (plain INSERT with ? placeholders), so the same code can fill a PostgreSQL database.
#include "Database.h"
#include "Mappers.h"

#include <QHash>
#include <QSqlQuery>
#include <QStringList>
#include <memory>
#include <vector>

namespace bs {

class BulkWriter {
public:
    static constexpr int kMaxRowsPerStatement = 256;

    explicit BulkWriter(const Database& db);
    ~BulkWriter();
    BulkWriter(const BulkWriter&) = delete;
    BulkWriter& operator=(const BulkWriter&) = delete;

    // Queues the value as a new row (revision 1, not deleted unless meta.deleted) created and
    // last modified at `createdUtc`. The value's meta.id must be set.
    template <typename T> Status add(const T& value, const QDateTime& createdUtc) {
        return addSynced(QLatin1String(Mapper<T>::table()), value.meta, createdUtc,
                         Mapper<T>::fields(value));
    }
    // Queues a full-text index row for a journal note; `foldedBody` as JournalService folds it.
    // On SQLite its rowid follows `writtenUtc` (the note's), with slots counted by this writer:
    // it assumes the index holds no rows of the same milliseconds yet (a generated database).
    Status addSearchRow(const QUuid& noteId, const QDateTime& writtenUtc,
                        const QString& foldedBody);

    // Writes every queued row. Call inside the caller's transaction, before it commits.
    Status flush();
    // Rows queued or written since the writer was made (for transactions of a given size).
    qint64 rowsAdded() const { return m_added; }
    // Rows written or queued per table since the writer was made.
    const QHash<QString, qint64>& counts() const { return m_counts; }

private:
    struct Table {
        QString name;
        QStringList columns;
        std::vector<QVariant> values; // queued rows, column by column
        int rows = 0;
        QHash<int, std::shared_ptr<QSqlQuery>> statements; // by rows per statement
    };

    Status addSynced(const QString& table, const SyncMeta& meta, const QDateTime& createdUtc,
                     const Fields& fields);
    Status addRow(const QString& table, const QStringList& columns, std::vector<QVariant>&& row);
    Table& table(const QString& name, const QStringList& columns);
    Status writeTable(Table& t);
    Result<QSqlQuery*> statement(Table& t, int rows);

    const Database& m_db;
    std::vector<std::unique_ptr<Table>> m_tables; // in foreign-key order
    QHash<QString, qint64> m_counts;
    qint64 m_queued = 0; // rows queued, not yet written
    qint64 m_added = 0;
    QString m_installation;
    QHash<qint64, int> m_searchSlots; // next free index slot per written millisecond
};

} // namespace bs
