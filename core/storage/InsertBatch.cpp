#include "InsertBatch.h"

#include <algorithm>

namespace bs {

namespace {

// Rows per statement. Measured (sync_bench, 100 000 appointments of 26 columns): 16 rows took the
// import's row writing from 8-11 s to 4.5 s; 200 rows was slower than one row per statement,
// because Qt's QSqlResult::bindValue grows more than linearly with the statement's parameter
// count. The value cap keeps wide tables within the same few hundred parameters.
constexpr int kMaxValues = 512;
constexpr int kMaxRows = 16;

} // namespace

InsertBatch::InsertBatch(StatementCache& cache, const QString& table, const QStringList& columns,
                         const QString& suffix)
    : m_cache(cache), m_head(QStringLiteral("INSERT INTO %1 (%2) VALUES ")
                                 .arg(table, columns.join(QStringLiteral(", ")))),
      m_row(QLatin1Char('(') + QStringLiteral("?, ").repeated(columns.size() - 1) +
            QStringLiteral("?)")),
      m_suffix(suffix), m_columns(int(columns.size())),
      m_rowsPerStatement(std::clamp(kMaxValues / std::max(1, m_columns), 1, kMaxRows)) {
    m_values.reserve(size_t(m_rowsPerStatement) * size_t(m_columns));
    m_full = statement(m_rowsPerStatement);
}

QString InsertBatch::statement(int rows) const {
    QString sql = m_head;
    sql.reserve(m_head.size() + rows * (m_row.size() + 2) + m_suffix.size() + 1);
    for (int i = 0; i < rows; ++i) {
        if (i > 0)
            sql += QStringLiteral(", ");
        sql += m_row;
    }
    if (!m_suffix.isEmpty())
        sql += QLatin1Char(' ') + m_suffix;
    return sql;
}

Status InsertBatch::add(std::vector<QVariant>&& row) {
    Q_ASSERT(int(row.size()) == m_columns);
    for (QVariant& v : row)
        m_values.push_back(std::move(v));
    if (++m_rows >= m_rowsPerStatement)
        return write(m_rowsPerStatement);
    return Status::success();
}

Status InsertBatch::flush() {
    return m_rows > 0 ? write(int(m_rows)) : Status::success();
}

Status InsertBatch::write(int rows) {
    // The full-size statement is prepared once and reused; a remainder gets its own.
    auto q = m_cache.exec(rows == m_rowsPerStatement ? m_full : statement(rows), m_values.data(),
                          qsizetype(m_values.size()));
    m_values.clear();
    m_rows = 0;
    return q ? Status::success() : Status(q.error());
}

} // namespace bs
