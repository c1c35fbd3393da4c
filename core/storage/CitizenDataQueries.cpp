#include "CitizenDataQueries.h"

#include "Repository.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>

namespace bs {

namespace {

// A JSON array of ids, bound to "IN (SELECT value FROM json_each(?))".
QString idArray(const QStringList& ids) {
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact));
}

QString inList(const SqlDialect& sql, const char* column) {
    return QStringLiteral("%1 IN (SELECT value FROM %2)")
        .arg(QLatin1String(column), sql.jsonTextElements(QStringLiteral("?")));
}

// Notes that add to another note of the citizen come before it, however deep the chain.
QList<QVariantMap> addendaFirst(const QList<QVariantMap>& notes) {
    QHash<QString, QString> parentOf;
    for (const QVariantMap& n : notes)
        parentOf.insert(n.value(QStringLiteral("id")).toString(),
                        n.value(QStringLiteral("addendum_to")).toString());
    const auto depth = [&](const QString& id) {
        int d = 0;
        QString at = parentOf.value(id);
        while (!at.isEmpty() && parentOf.contains(at) && d <= notes.size()) {
            ++d;
            at = parentOf.value(at);
        }
        return d;
    };
    QList<QVariantMap> out = notes;
    std::stable_sort(out.begin(), out.end(), [&](const QVariantMap& a, const QVariantMap& b) {
        return depth(a.value(QStringLiteral("id")).toString()) >
               depth(b.value(QStringLiteral("id")).toString());
    });
    return out;
}

} // namespace

QStringList CitizenRows::ids() const {
    QStringList out;
    for (const QVariantMap& r : rows)
        out << r.value(QStringLiteral("id")).toString();
    return out;
}

Result<QList<QVariantMap>> CitizenDataQueries::select(const QString& sql,
                                                      const QVariantList& binds) const {
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (auto r = m_db.exec(q, sql, binds); !r)
        return Result<QList<QVariantMap>>(r.error());
    QList<QVariantMap> out;
    while (q.next()) {
        const QSqlRecord rec = q.record();
        QVariantMap row;
        for (int i = 0; i < rec.count(); ++i)
            row.insert(rec.fieldName(i), rec.value(i));
        out << row;
    }
    return out;
}

Result<QList<CitizenRows>> CitizenDataQueries::rowsAbout(const QUuid& citizenId) const {
    using R = Result<QList<CitizenRows>>;
    const QString cid = idText(citizenId);
    QHash<QString, CitizenRows> found;
    QString error;
    // Runs `sql` (ordered for a readable extract) and keeps its rows under `table`.
    const auto take = [&](const char* table, const QString& sql, const QVariantList& binds) {
        if (!error.isEmpty())
            return QStringList();
        auto rows = select(sql, binds);
        if (!rows) {
            error = rows.message();
            return QStringList();
        }
        CitizenRows set{QLatin1String(table), *rows};
        found.insert(set.table, set);
        return set.ids();
    };
    const auto byCitizen = [&](const char* table, const char* extra, const char* order) {
        return take(table,
                    QStringLiteral("SELECT t.*%1 FROM %2 t WHERE t.citizen_id = ? ORDER BY %3")
                        .arg(QLatin1String(extra), QLatin1String(table), QLatin1String(order)),
                    {cid});
    };

    const QStringList citizen =
        take("citizen", QStringLiteral("SELECT * FROM citizen WHERE id = ?"), {cid});
    if (error.isEmpty() && citizen.isEmpty())
        return R::failure(tr("The citizen was not found (they may have been erased)."));
    const QStringList grants = byCitizen("support_grant", "", "t.from_date, t.id");
    const QStringList allocations =
        byCitizen("allocation",
                  ", (SELECT g.name FROM support_group g WHERE g.id = t.group_id) AS group_name",
                  "t.from_date, t.id");
    const QStringList goals = byCitizen("goal", "", "t.start_date, t.id");
    const QStringList subgoals =
        take("subgoal",
             QStringLiteral("SELECT t.*, (SELECT g.description FROM goal g WHERE g.id = "
                            "t.goal_id) AS goal_description FROM subgoal t WHERE ") +
                 inList(m_db.sql(), "t.goal_id") + QStringLiteral(" ORDER BY t.deadline, t.id"),
             {idArray(goals)});
    const QStringList series = byCitizen("appointment_series", "", "t.first_date, t.id");
    const QStringList appointments =
        take("appointment",
             QStringLiteral("SELECT t.* FROM appointment t WHERE t.citizen_id = ? OR ") +
                 inList(m_db.sql(), "t.series_id") + QStringLiteral(" ORDER BY t.start_utc, t.id"),
             {cid, idArray(series)});
    const QStringList notes = byCitizen("journal_note", "", "t.written_utc, t.id");
    const QStringList revisions =
        take("journal_revision",
             QStringLiteral("SELECT t.*, (SELECT n.written_utc FROM journal_note n WHERE n.id = "
                            "t.note_id) AS note_written_utc FROM journal_revision t WHERE ") +
                 inList(m_db.sql(), "t.note_id") +
                 QStringLiteral(" ORDER BY note_written_utc, t.note_id, "
                                "t.number, t.id"),
             {idArray(notes)});
    const QStringList assessments =
        take("goal_assessment",
             QStringLiteral("SELECT t.*, (SELECT s.criterion FROM subgoal s WHERE s.id = "
                            "t.subgoal_id) AS subgoal_criterion FROM goal_assessment t WHERE ") +
                 inList(m_db.sql(), "t.goal_id") + QStringLiteral(" OR ") +
                 inList(m_db.sql(), "t.subgoal_id") + QStringLiteral(" OR ") +
                 inList(m_db.sql(), "t.note_id") + QStringLiteral(" ORDER BY t.assessed_utc, t.id"),
             {idArray(goals), idArray(subgoals), idArray(notes)});
    const QStringList reviews =
        take("goal_review",
             QStringLiteral("SELECT t.*, (SELECT g.description FROM goal g WHERE g.id = "
                            "t.goal_id) AS goal_description FROM goal_review t WHERE ") +
                 inList(m_db.sql(), "t.goal_id") + QStringLiteral(" ORDER BY t.review_date, t.id"),
             {idArray(goals)});
    const QStringList attendance =
        byCitizen("attendance",
                  ", (SELECT a.start_utc FROM appointment a WHERE a.id = t.appointment_id) AS "
                  "session_start_utc, (SELECT g.name FROM appointment a JOIN support_group g ON "
                  "g.id = a.group_id WHERE a.id = t.appointment_id) AS group_name",
                  "session_start_utc, t.id");
    const QStringList members = take(
        "group_member",
        QStringLiteral("SELECT t.*, (SELECT g.name FROM support_group g WHERE g.id = "
                       "t.group_id) AS group_name FROM group_member t WHERE t.citizen_id = ? "
                       "OR ") +
            inList(m_db.sql(), "t.allocation_id") + QStringLiteral(" ORDER BY t.from_date, t.id"),
        {cid, idArray(allocations)});
    const QStringList visits =
        take("desk_visit",
             QStringLiteral("SELECT t.*, (SELECT s.name FROM site s WHERE s.id = t.site_id) AS "
                            "site_name FROM desk_visit t WHERE t.citizen_id = ? OR ") +
                 inList(m_db.sql(), "t.appointment_id") +
                 QStringLiteral(" ORDER BY t.arrived_utc, t.id"),
             {cid, idArray(appointments)});
    const QStringList everything = citizen + grants + allocations + goals + subgoals + series +
                                   appointments + notes + revisions + assessments + reviews +
                                   attendance + members + visits;
    take("followup_task",
         QStringLiteral("SELECT t.* FROM followup_task t WHERE t.citizen_id = ? OR ") +
             inList(m_db.sql(), "t.subject_id") + QStringLiteral(" ORDER BY t.due_date, t.id"),
         {cid, idArray(everything)});
    if (!error.isEmpty())
        return R::failure(error);

    found[QStringLiteral("journal_note")].rows =
        addendaFirst(found.value(QStringLiteral("journal_note")).rows);
    QList<CitizenRows> out;
    for (const char* table :
         {"goal_assessment", "goal_review", "subgoal", "goal", "journal_revision", "journal_note",
          "attendance", "group_member", "desk_visit", "followup_task", "appointment",
          "appointment_series", "allocation", "support_grant", "citizen"})
        out << found.value(QLatin1String(table));
    return out;
}

Result<QList<ClosedCaseRow>> CitizenDataQueries::closedCases() const {
    auto rows = select(
        QStringLiteral(
            "SELECT c.id, c.name, c.cpr, c.modified_utc, "
            "(SELECT max(coalesce(to_date, '')) FROM (SELECT to_date FROM support_grant WHERE "
            "citizen_id = c.id AND deleted = 0 UNION ALL SELECT to_date FROM allocation WHERE "
            "citizen_id = c.id AND deleted = 0) AS ends) AS last_end, "
            "(SELECT max(at) FROM (SELECT start_utc AS at FROM appointment WHERE citizen_id = "
            "c.id AND deleted = 0 UNION ALL SELECT written_utc FROM journal_note WHERE "
            "citizen_id = c.id AND deleted = 0) AS events) AS last_event "
            "FROM citizen c WHERE c.deleted = 0 AND c.status = 'closed' ORDER BY c.name, c.id"),
        {});
    if (!rows)
        return Result<QList<ClosedCaseRow>>(rows.error());
    QList<ClosedCaseRow> out;
    for (const QVariantMap& r : std::as_const(*rows)) {
        ClosedCaseRow c;
        c.citizenId = QUuid::fromString(r.value(QStringLiteral("id")).toString());
        c.name = r.value(QStringLiteral("name")).toString();
        c.cpr = r.value(QStringLiteral("cpr")).toString();
        c.modifiedUtc = fromDbTimestamp(r.value(QStringLiteral("modified_utc")).toString());
        c.lastEnd = fromDbDate(r.value(QStringLiteral("last_end")));
        c.lastEventUtc = fromDbTimestamp(r.value(QStringLiteral("last_event")).toString());
        out << c;
    }
    return out;
}

Status CitizenDataQueries::scrubFile() const {
    if (m_db.transactionDepth() > 0)
        return Status::failure(tr("The file can only be cleaned outside a transaction."));
    // A server's files are the server's: PostgreSQL's autovacuum reclaims the purged rows' space
    // and the server's disk encryption protects what is not yet overwritten (docs/server.md).
    if (m_db.isServer())
        return Status::success();
    if (auto s = m_db.execSql(
            QStringLiteral("INSERT INTO journal_search(journal_search) VALUES('optimize')"));
        !s)
        return Status::failure(tr("Could not optimise the search index: %1").arg(s.message()));
    if (auto s = m_db.execSql(QStringLiteral("VACUUM")); !s)
        return Status::failure(tr("Could not rebuild the database file: %1").arg(s.message()));
    QSqlQuery q(m_db.connection());
    if (auto r = m_db.exec(q, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); !r)
        return Status::failure(tr("Could not empty the write-ahead log: %1").arg(r.message()));
    if (q.next() && q.value(0).toInt() != 0)
        return Status::failure(tr("Could not empty the write-ahead log: another connection is "
                                  "reading the file. Close other windows on it and try again."));
    return Status::success();
}

QStringList CitizenDataQueries::plainSafetyCopies() const {
    if (m_db.isServer())
        return {}; // a server keeps no safety copies of its own
    const QFileInfo file(m_db.path());
    const QString name = file.fileName();
    QStringList out;
    const QDir dir = file.absoluteDir();
    for (const QString& pattern : {name + QStringLiteral(".before-schema-*.bak"),
                                   name + QStringLiteral(".before-import-*.bak")})
        for (const QString& f : dir.entryList({pattern}, QDir::Files | QDir::Hidden))
            out << dir.filePath(f);
    return out;
}

} // namespace bs
