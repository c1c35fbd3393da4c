#include "BulkWriter.h"

#include "JournalQueries.h"

#include "Repository.h"

#include <QSqlError>
#include <algorithm>

namespace bs {

namespace {

// Parents before children: every foreign key points to a table earlier in this list (or to its
// own table: a multi-row statement is checked as a whole).
constexpr const char* kOrder[] = {"team",           "staff",           "site",
                                  "citizen",        "support_grant",   "support_group",
                                  "allocation",     "group_member",    "goal",
                                  "subgoal",        "rota_duty",       "appointment_series",
                                  "appointment",    "desk_visit",      "attendance",
                                  "group_note",     "journal_note",    "journal_revision",
                                  "journal_search", "goal_assessment", "goal_review",
                                  "followup_task"};

int rank(const QString& table) {
    for (int i = 0; i < int(std::size(kOrder)); ++i)
        if (table == QLatin1String(kOrder[i]))
            return i;
    return int(std::size(kOrder));
}

// Rows queued before everything is written: large enough for full statements, small enough that
// the buffers stay a few megabytes.
constexpr qint64 kFlushRows = 8192;

// As Repository: a null QString is bound as "", text columns hold "" for "not filled in".
QVariant bindable(QVariant v) {
    if (v.typeId() == QMetaType::QString && v.toString().isNull())
        return QString(QLatin1String(""));
    return v;
}

} // namespace

BulkWriter::BulkWriter(const Database& db) : m_db(db), m_installation(idText(db.installationId())) {
}

BulkWriter::~BulkWriter() = default;

BulkWriter::Table& BulkWriter::table(const QString& name, const QStringList& columns) {
    for (auto& t : m_tables)
        if (t->name == name)
            return *t;
    auto t = std::make_unique<Table>();
    t->name = name;
    t->columns = columns;
    const int r = rank(name);
    auto at = std::find_if(m_tables.begin(), m_tables.end(),
                           [&](const std::unique_ptr<Table>& o) { return rank(o->name) > r; });
    return **m_tables.insert(at, std::move(t));
}

Status BulkWriter::addSynced(const QString& tableName, const SyncMeta& meta,
                             const QDateTime& createdUtc, const Fields& fields) {
    if (meta.id.isNull())
        return Status::failure(QStringLiteral("BulkWriter: a %1 row without id").arg(tableName));
    static const QStringList syncColumns{
        QStringLiteral("id"),           QStringLiteral("created_utc"),
        QStringLiteral("modified_utc"), QStringLiteral("modified_by"),
        QStringLiteral("deleted"),      QStringLiteral("revision")};
    const QString created = toDbTimestamp(createdUtc);
    std::vector<QVariant> row;
    row.reserve(size_t(syncColumns.size() + fields.size()));
    row.emplace_back(idText(meta.id));
    row.emplace_back(created);
    row.emplace_back(created);
    row.emplace_back(m_installation);
    row.emplace_back(meta.deleted ? 1 : 0);
    row.emplace_back(1);
    QStringList columns;
    const bool known = std::any_of(m_tables.cbegin(), m_tables.cend(),
                                   [&](const auto& t) { return t->name == tableName; });
    if (!known) {
        columns = syncColumns;
        for (const auto& [column, value] : fields)
            columns << column;
    }
    for (const auto& [column, value] : fields)
        row.push_back(bindable(value));
    return addRow(tableName, columns, std::move(row));
}

Status BulkWriter::addSearchRow(const QUuid& noteId, const QDateTime& writtenUtc,
                                const QString& foldedBody) {
    if (m_db.isServer()) { // PostgreSQL's index has no rowid; the search sorts by written time
        static const QStringList columns{QStringLiteral("note_id"), QStringLiteral("body")};
        return addRow(QStringLiteral("journal_search"), columns,
                      {QVariant(idText(noteId)), QVariant(searchBody(foldedBody))});
    }
    // SQLite: the rowid follows the written time (JournalQueries.h: searchRowid), whatever order
    // the notes come in; notes of the same millisecond take the next slot.
    const qint64 ms = writtenUtc.toMSecsSinceEpoch();
    int& slot = m_searchSlots[ms];
    if (slot >= kSearchSlots)
        return Status::failure(
            QStringLiteral("BulkWriter: more than %1 journal notes written at %2")
                .arg(QString::number(kSearchSlots), toDbTimestamp(writtenUtc)));
    static const QStringList columns{QStringLiteral("rowid"), QStringLiteral("note_id"),
                                     QStringLiteral("body")};
    return addRow(QStringLiteral("journal_search"), columns,
                  {QVariant(searchRowid(writtenUtc, slot++)), QVariant(idText(noteId)),
                   QVariant(searchBody(foldedBody))});
}

Status BulkWriter::addRow(const QString& tableName, const QStringList& columns,
                          std::vector<QVariant>&& row) {
    Table& t = table(tableName, columns);
    if (qsizetype(row.size()) != t.columns.size())
        return Status::failure(
            QStringLiteral("BulkWriter: %1 values for %2 columns of %3")
                .arg(QString::number(row.size()), QString::number(t.columns.size()), tableName));
    std::move(row.begin(), row.end(), std::back_inserter(t.values));
    ++t.rows;
    ++m_counts[tableName];
    ++m_added;
    if (++m_queued >= kFlushRows)
        return flush();
    return Status::success();
}

Status BulkWriter::flush() {
    for (auto& t : m_tables)
        if (Status s = writeTable(*t); !s)
            return s;
    m_queued = 0;
    return Status::success();
}

Result<QSqlQuery*> BulkWriter::statement(Table& t, int rows) {
    if (auto it = t.statements.constFind(rows); it != t.statements.cend())
        return it->get();
    QString marks = QStringLiteral("(?");
    for (qsizetype i = 1; i < t.columns.size(); ++i)
        marks += QStringLiteral(",?");
    marks += QLatin1Char(')');
    QString sql =
        QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(t.name, t.columns.join(QLatin1Char(',')));
    sql.reserve(sql.size() + rows * (marks.size() + 1));
    for (int r = 0; r < rows; ++r) {
        if (r)
            sql += QLatin1Char(',');
        sql += marks;
    }
    auto q = std::make_shared<QSqlQuery>(m_db.connection());
    if (!q->prepare(sql))
        return Result<QSqlQuery*>::failure(
            QStringLiteral("Database error: %1").arg(q->lastError().text()));
    t.statements.insert(rows, q);
    return q.get();
}

Status BulkWriter::writeTable(Table& t) {
    const int width = int(t.columns.size());
    int done = 0;
    // Full statements first, then the rest in halves (128, 64, … 1): at most nine shapes a table.
    for (int chunk = kMaxRowsPerStatement; chunk >= 1 && done < t.rows; chunk /= 2) {
        while (t.rows - done >= chunk) {
            auto q = statement(t, chunk);
            if (!q)
                return Status(q.error());
            QSqlQuery& query = **q;
            const size_t first = size_t(done) * size_t(width);
            for (int i = 0; i < chunk * width; ++i)
                query.bindValue(i, t.values[first + size_t(i)]);
            if (!query.exec())
                return Status::failure(QStringLiteral("Database error writing %1: %2")
                                           .arg(t.name, query.lastError().text()));
            done += chunk;
        }
    }
    t.values.clear();
    t.rows = 0;
    return Status::success();
}

} // namespace bs
