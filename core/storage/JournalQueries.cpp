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

Status JournalQueries::index(const QUuid& noteId, const QString& foldedBody) const {
    if (Status s = unindex(noteId); !s)
        return s;
    return m_db.execSql(QStringLiteral("INSERT INTO journal_search (note_id, body) VALUES (?, ?)"),
                        {idText(noteId), searchBody(foldedBody)});
}

Status JournalQueries::unindex(const QUuid& noteId) const {
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

Result<QList<QUuid>> JournalQueries::notes(const NoteQuery& query) const {
    QString sql = QStringLiteral("SELECT n.id FROM journal_note n ");
    QStringList where{QStringLiteral("n.deleted = 0")};
    QVariantList binds;
    if (m_db.isServer() && !query.tsQuery.isEmpty()) {
        sql += QStringLiteral("JOIN journal_search s ON s.note_id = n.id ");
        where << QStringLiteral("s.terms @@ to_tsquery('simple', ?)");
        binds << query.tsQuery;
    } else if (!m_db.isServer() && !query.match.isEmpty()) {
        sql += QStringLiteral("JOIN journal_search s ON s.note_id = n.id ");
        where << QStringLiteral("journal_search MATCH ?");
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
        where << QStringLiteral("n.written_utc >= ?");
        binds << toDbTimestamp(localToUtc(query.from, QTime(0, 0)));
    }
    if (query.to.isValid()) {
        where << QStringLiteral("n.written_utc < ?");
        binds << toDbTimestamp(localToUtc(query.to.addDays(1), QTime(0, 0)));
    }
    if (query.form) {
        where << QStringLiteral("n.form = ?");
        binds << toCode(*query.form);
    }
    sql += QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")) +
           QStringLiteral(" ORDER BY n.written_utc DESC, n.created_utc DESC LIMIT ? OFFSET ?");
    // A negative limit means all (SQLite reads LIMIT -1 so; PostgreSQL refuses it).
    binds << (query.limit < 0 ? std::numeric_limits<qint64>::max() : qint64(query.limit))
          << query.offset;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (auto r = m_db.exec(q, sql, binds); !r)
        return Result<QList<QUuid>>(r.error());
    QList<QUuid> out;
    while (q.next())
        out.append(QUuid::fromString(q.value(0).toString()));
    return out;
}

} // namespace bs
