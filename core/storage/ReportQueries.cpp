#include "ReportQueries.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace bs {

namespace {

// Each ? is the report date as ISO text (ISO dates compare correctly as text). Plain ? bound
// once each: Qt's SQLite driver rejects a numbered ?1 that occurs more than once.
QString activeOn(const char* alias) {
    return QStringLiteral("%1.deleted = 0 AND %1.from_date <= ? "
                          "AND (%1.to_date IS NULL OR %1.to_date >= ?)")
        .arg(QLatin1String(alias));
}

QVariantList dateBinds(const QString& sql, QDate at) {
    return QVariantList(sql.count(QLatin1Char('?')), toDbDate(at));
}

// Citizens not deleted with a grant active on the date.
QString activeCitizensSql() {
    return QStringLiteral("SELECT DISTINCT g.citizen_id FROM support_grant g "
                          "JOIN citizen c ON c.id = g.citizen_id AND c.deleted = 0 WHERE ") +
           activeOn("g");
}

} // namespace

Result<QList<ReportCount>> ReportQueries::counts(const QString& sql, QDate at) const {
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (auto r = m_db.exec(q, sql, dateBinds(sql, at)); !r)
        return Result<QList<ReportCount>>(r.error());
    QList<ReportCount> out;
    const int columns = q.record().count();
    while (q.next()) {
        ReportCount row;
        row.key = q.value(0).toString();
        row.count = q.value(1).toInt();
        if (columns > 2)
            row.name = q.value(2).toString();
        if (columns > 4) {
            row.siteId = QUuid::fromString(q.value(3).toString());
            row.siteName = q.value(4).toString();
        }
        out.append(row);
    }
    return out;
}

Result<int> ReportQueries::citizensWithActiveGrant(QDate at) const {
    QSqlQuery q(m_db.connection());
    const QString sql = QStringLiteral("SELECT count(*) FROM (%1)").arg(activeCitizensSql());
    if (auto r = m_db.exec(q, sql, dateBinds(sql, at)); !r)
        return Result<int>(r.error());
    return q.next() ? q.value(0).toInt() : 0;
}

Result<QList<ReportCount>> ReportQueries::bySupportForm(QDate at) const {
    return counts(QStringLiteral("SELECT a.form, count(DISTINCT a.citizen_id) FROM allocation a "
                                 "JOIN support_grant g ON g.id = a.grant_id "
                                 "JOIN citizen c ON c.id = a.citizen_id AND c.deleted = 0 "
                                 "WHERE %1 AND %2 GROUP BY a.form")
                      .arg(activeOn("a"), activeOn("g")),
                  at);
}

Result<QList<ReportCount>> ReportQueries::byLegalBasis(QDate at) const {
    return counts(QStringLiteral("SELECT g.legal_basis, count(DISTINCT g.citizen_id) "
                                 "FROM support_grant g "
                                 "JOIN citizen c ON c.id = g.citizen_id AND c.deleted = 0 "
                                 "WHERE %1 GROUP BY g.legal_basis")
                      .arg(activeOn("g")),
                  at);
}

Result<QList<ReportCount>> ReportQueries::bySite(QDate at) const {
    // Living sites with their counts (0 included) and deleted sites that still have citizens,
    // then the citizens whose site is not set.
    return counts(
        QStringLiteral(
            "SELECT s.id, count(c.id), s.name, NULL, NULL, 0 AS nosite FROM site s "
            "LEFT JOIN citizen c ON c.site_id = s.id AND c.id IN (%1) "
            "GROUP BY s.id HAVING s.deleted = 0 OR count(c.id) > 0 "
            "UNION ALL "
            "SELECT '', n, '', NULL, NULL, 1 FROM (SELECT count(*) AS n FROM citizen c "
            "  WHERE c.id IN (%1) AND NOT EXISTS (SELECT 1 FROM site s WHERE s.id = c.site_id)) "
            "AS nosite_count WHERE n > 0 "
            "ORDER BY nosite, 3 COLLATE danish, 1")
            .arg(activeCitizensSql()),
        at);
}

Result<QList<ReportCount>> ReportQueries::byGroup(QDate at) const {
    return counts(
        QStringLiteral(
            "SELECT gr.id, count(DISTINCT m.citizen_id), gr.name, s.id, s.name "
            "FROM support_group gr "
            "LEFT JOIN site s ON s.id = gr.site_id "
            "LEFT JOIN group_member m ON m.group_id = gr.id AND %1 AND m.citizen_id IN (%2) "
            "WHERE gr.deleted = 0 "
            "GROUP BY gr.id "
            "HAVING count(m.citizen_id) > 0 OR (gr.start_date <= ? "
            "  AND (gr.end_date IS NULL OR gr.end_date >= ?)) "
            "ORDER BY gr.name COLLATE danish, s.name COLLATE danish, gr.id")
            .arg(activeOn("m"), activeCitizensSql()),
        at);
}

} // namespace bs
