#pragma once
// Many rows of one shape (table and columns) written as multi-row INSERT statements: the rows
// wait in a buffer and go to the database 16 at a time, through statements prepared
// once per row count and reused. Importing a sync bundle writes 100 000 rows of a handful of
// shapes; one statement per row spent most of its time in per-statement work, not in SQLite.
// Portable SQL (INSERT ... VALUES (?, ...), (?, ...) [suffix]) for SQLite and PostgreSQL.
#include "StatementCache.h"

#include <QStringList>
#include <vector>

namespace bs {

class InsertBatch {
public:
    // `suffix` follows the VALUES list, e.g. "ON CONFLICT DO NOTHING".
    InsertBatch(StatementCache& cache, const QString& table, const QStringList& columns,
                const QString& suffix = {});

    // Queues one row (one value per column, in order); writes a full statement when enough rows
    // wait. A value bound as a null QVariant/QString is SQL NULL.
    Status add(std::vector<QVariant>&& row);
    // Writes every waiting row. Call before anything reads the table, and before commit.
    Status flush();
    qsizetype pending() const { return m_rows; }

private:
    Status write(int rows);
    QString statement(int rows) const;

    StatementCache& m_cache;
    QString m_head; // INSERT INTO t (a, b) VALUES
    QString m_row;  // (?, ?)
    QString m_suffix;
    QString m_full; // the statement for m_rowsPerStatement rows, built once
    int m_columns = 0;
    int m_rowsPerStatement = 1;
    std::vector<QVariant> m_values; // waiting rows, row after row
    qsizetype m_rows = 0;
};

} // namespace bs
