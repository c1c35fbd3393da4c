#include "JournalQueries.h"

#include "Repository.h"
#include "domain/Appointment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <limits>

namespace bs {

QString searchBody(const QString& foldedBody) {
    QString out;
    out.reserve(foldedBody.size());
    bool gap = false;
    for (const QChar c : foldedBody) {
        if (c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing) {
            if (gap && !out.isEmpty())
                out += QLatin1Char(' ');
            out += c;
            gap = false;
        } else {
            gap = true;
        }
    }
    return out;
}

qint64 searchRowid(const QDateTime& writtenUtc, int slot) {
    return writtenUtc.toMSecsSinceEpoch() * kSearchSlots + slot;
}

Status JournalQueries::index(const QUuid& noteId, const QString& foldedBody) const {
    // Replacing: the note's old row sits in the rowid range of its (unchanged) written time.
    if (m_db.isServer()) {
        if (Status s = unindex(noteId); !s)
            return s;
    } else if (auto removed = unindexByTime(noteId); !removed) {
        return Status(removed.error());
    }
    if (m_db.isServer())
        return m_db.execSql(
            QStringLiteral("INSERT INTO journal_search (note_id, body) VALUES (?, ?)"),
            {idText(noteId), searchBody(foldedBody)});
    auto rowid = nextSearchRowid(noteId);
    if (!rowid)
        return Status(rowid.error());
    return m_db.execSql(
        QStringLiteral("INSERT INTO journal_search (rowid, note_id, body) VALUES (?, ?, ?)"),
        {*rowid, idText(noteId), searchBody(foldedBody)});
}

Result<qint64> JournalQueries::nextSearchRowid(const QUuid& noteId) const {
    QSqlQuery note(m_db.connection());
    if (auto r =
            m_db.exec(note, QStringLiteral("SELECT written_utc FROM journal_note WHERE id = ?"),
                      {idText(noteId)});
        !r)
        return Result<qint64>(r.error());
    if (!note.next())
        return Result<qint64>::failure(
            QStringLiteral("The journal note %1 to index does not exist.").arg(idText(noteId)));
    const qint64 first = searchRowid(fromDbTimestamp(note.value(0).toString()), 0);
    const qint64 last = first + kSearchSlots - 1;
    // FTS5 answers a rowid range from its own b-tree, without reading the other rows.
    QSqlQuery taken(m_db.connection());
    if (auto r = m_db.exec(taken,
                           QStringLiteral("SELECT max(rowid) FROM journal_search WHERE rowid >= ? "
                                          "AND rowid <= ?"),
                           {first, last});
        !r)
        return Result<qint64>(r.error());
    if (!taken.next() || taken.value(0).isNull())
        return first;
    const qint64 next = taken.value(0).toLongLong() + 1;
    if (next <= last)
        return next;
    // Every slot of the millisecond is taken (never by people writing): the first free one.
    QSqlQuery used(m_db.connection());
    used.setForwardOnly(true);
    if (auto r = m_db.exec(used,
                           QStringLiteral("SELECT rowid FROM journal_search WHERE rowid >= ? AND "
                                          "rowid <= ? ORDER BY rowid"),
                           {first, last});
        !r)
        return Result<qint64>(r.error());
    qint64 candidate = first;
    while (used.next() && used.value(0).toLongLong() == candidate)
        ++candidate;
    if (candidate <= last)
        return candidate;
    return Result<qint64>::failure(
        QStringLiteral("More than %1 journal notes are written in the same millisecond.")
            .arg(kSearchSlots));
}

Result<int> JournalQueries::unindexByTime(const QUuid& noteId) const {
    // note_id is not indexed in FTS5: a plain DELETE by note_id reads every row (1.35 million
    // in a large municipality). The rows of a note sit in the rowid range of its written time,
    // which FTS5 reads from its own b-tree.
    QSqlQuery note(m_db.connection());
    if (auto r =
            m_db.exec(note, QStringLiteral("SELECT written_utc FROM journal_note WHERE id = ?"),
                      {idText(noteId)});
        !r)
        return Result<int>(r.error());
    if (!note.next())
        return 0;
    const qint64 first = searchRowid(fromDbTimestamp(note.value(0).toString()), 0);
    QSqlQuery q(m_db.connection());
    if (auto r = m_db.exec(q,
                           QStringLiteral("DELETE FROM journal_search WHERE rowid BETWEEN ? AND ? "
                                          "AND note_id = ?"),
                           {first, first + kSearchSlots - 1, idText(noteId)});
        !r)
        return Result<int>(r.error());
    return q.numRowsAffected();
}

Status JournalQueries::unindex(const QUuid& noteId) const {
    if (!m_db.isServer()) {
        auto removed = unindexByTime(noteId);
        if (!removed)
            return Status(removed.error());
        if (*removed > 0)
            return Status::success();
        // Nothing at its time: never indexed, or indexed under another time; make sure.
    }
    return m_db.execSql(QStringLiteral("DELETE FROM journal_search WHERE note_id = ?"),
                        {idText(noteId)});
}

Result<QList<QUuid>> JournalQueries::unindexedNotes() const {
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (auto r = m_db.exec(q, QStringLiteral("SELECT id FROM journal_note WHERE deleted = 0 AND "
                                             "id NOT IN (SELECT note_id FROM journal_search)"));
        !r)
        return Result<QList<QUuid>>(r.error());
    QList<QUuid> out;
    while (q.next())
        out.append(QUuid::fromString(q.value(0).toString()));
    return out;
}

Result<bool> JournalQueries::indexComplete() const {
    QSqlQuery q(m_db.connection());
    if (auto r = m_db.exec(q, QStringLiteral("SELECT 1 FROM meta WHERE key = "
                                             "'journal_search_complete'"));
        !r)
        return Result<bool>(r.error());
    return q.next();
}

Status JournalQueries::markIndexComplete() const {
    return m_db.execSql(QStringLiteral("INSERT INTO meta(key, value) VALUES "
                                       "('journal_search_complete', '1') ON CONFLICT(key) DO "
                                       "UPDATE SET value = excluded.value"));
}

Result<QList<QUuid>> JournalQueries::heads(const QUuid& noteId) const {
    QSqlQuery q(m_db.connection());
    if (auto r = m_db.exec(q,
                           QStringLiteral("SELECT r.id FROM journal_revision r WHERE r.note_id = ? "
                                          "AND r.deleted = 0 AND NOT EXISTS (SELECT 1 FROM "
                                          "journal_revision c, %1 WHERE c.note_id = r.note_id "
                                          "AND c.deleted = 0 AND value = r.id) ORDER BY "
                                          "r.saved_utc, r.id")
                               .arg(m_db.sql().jsonTextElements(QStringLiteral("c.parent_ids"))),
                           {idText(noteId)});
        !r)
        return Result<QList<QUuid>>(r.error());
    QList<QUuid> out;
    while (q.next())
        out.append(QUuid::fromString(q.value(0).toString()));
    return out;
}

Result<int> JournalQueries::nextRevisionNumber(const QUuid& noteId) const {
    QSqlQuery q(m_db.connection());
    if (auto r =
            m_db.exec(q,
                      QStringLiteral("SELECT coalesce(max(number), 0) FROM journal_revision WHERE "
                                     "note_id = ?"),
                      {idText(noteId)});
        !r)
        return Result<int>(r.error());
    return q.next() ? q.value(0).toInt() + 1 : 1;
}

JournalQueries::Statement JournalQueries::notesStatement(const NoteQuery& query) const {
    QString sql = QStringLiteral("SELECT n.id FROM journal_note n ");
    QStringList where{QStringLiteral("n.deleted = 0")};
    QVariantList binds;
    // SQLite full text: the index leads (CROSS JOIN keeps it the outer loop) and is read in
    // rowid order, which is written order, so no sort waits for every match.
    const bool byRowid = !m_db.isServer() && !query.match.isEmpty();
    if (m_db.isServer() && !query.tsQuery.isEmpty()) {
        sql += QStringLiteral("JOIN journal_search s ON s.note_id = n.id ");
        where << QStringLiteral("s.terms @@ to_tsquery('simple', ?)");
        binds << query.tsQuery;
    } else if (byRowid) {
        sql = QStringLiteral("SELECT n.id FROM journal_search s CROSS JOIN journal_note n ");
        where << QStringLiteral("journal_search MATCH ?") << QStringLiteral("n.id = s.note_id");
        binds << query.match;
    }
    if (!query.citizenId.isNull()) {
        where << QStringLiteral("n.citizen_id = ?");
        binds << idText(query.citizenId);
    }
    if (query.visibleCitizens) {
        QJsonArray ids;
        for (const QUuid& id : *query.visibleCitizens)
            ids.append(idText(id));
        where << QStringLiteral("n.citizen_id IN (SELECT value FROM %1)")
                     .arg(m_db.sql().jsonTextElements(QStringLiteral("?")));
        binds << QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact));
    }
    if (!query.authorId.isNull()) {
        where << QStringLiteral("n.author_id = ?");
        binds << idText(query.authorId);
    }
    if (!query.subGoalId.isNull()) {
        where << QStringLiteral("(EXISTS (SELECT 1 FROM %1 WHERE value = ?) OR EXISTS (SELECT 1 "
                                "FROM goal_assessment a WHERE a.note_id = n.id AND a.deleted = 0 "
                                "AND a.subgoal_id = ?))")
                     .arg(m_db.sql().jsonTextElements(QStringLiteral("n.subgoal_ids")));
        binds << idText(query.subGoalId) << idText(query.subGoalId);
    }
    if (query.from.isValid()) {
        const QDateTime from = localToUtc(query.from, QTime(0, 0));
        where << QStringLiteral("n.written_utc >= ?");
        binds << toDbTimestamp(from);
        if (byRowid) { // the same bound on the index: FTS5 starts its reading there
            where << QStringLiteral("s.rowid >= ?");
            binds << searchRowid(from, 0);
        }
    }
    if (query.to.isValid()) {
        const QDateTime to = localToUtc(query.to.addDays(1), QTime(0, 0));
        where << QStringLiteral("n.written_utc < ?");
        binds << toDbTimestamp(to);
        if (byRowid) {
            where << QStringLiteral("s.rowid < ?");
            binds << searchRowid(to, 0);
        }
    }
    if (query.form) {
        where << QStringLiteral("n.form = ?");
        binds << toCode(*query.form);
    }
    sql +=
        QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")) +
        (byRowid
             ? QStringLiteral(" ORDER BY s.rowid DESC LIMIT ? OFFSET ?")
             : QStringLiteral(" ORDER BY n.written_utc DESC, n.created_utc DESC LIMIT ? OFFSET ?"));
    // A negative limit means all (SQLite reads LIMIT -1 so; PostgreSQL refuses it).
    binds << (query.limit < 0 ? std::numeric_limits<qint64>::max() : qint64(query.limit))
          << query.offset;
    return {sql, binds};
}

Result<QList<QUuid>> JournalQueries::notes(const NoteQuery& query) const {
    const Statement st = notesStatement(query);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (auto r = m_db.exec(q, st.sql, st.binds); !r)
        return Result<QList<QUuid>>(r.error());
    QList<QUuid> out;
    while (q.next())
        out.append(QUuid::fromString(q.value(0).toString()));
    return out;
}

Result<QStringList> JournalQueries::notesPlan(const NoteQuery& query) const {
    // PostgreSQL cannot prepare an EXPLAIN with parameters; its plan is not shown here.
    if (m_db.isServer())
        return Result<QStringList>::failure(
            QStringLiteral("The search's query plan is shown for SQLite files only."));
    const Statement st = notesStatement(query);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (auto r = m_db.exec(q, QStringLiteral("EXPLAIN QUERY PLAN ") + st.sql, st.binds); !r)
        return Result<QStringList>(r.error());
    QStringList out;
    while (q.next()) // id, parent, notused, detail
        out << q.value(3).toString();
    return out;
}

} // namespace bs
