#include "ReportQueries.h"

#include "Migrations.h"

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
    const QString sql =
        QStringLiteral("SELECT count(*) FROM (%1) AS active").arg(activeCitizensSql());
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
            "SELECT id, n, name, NULL, NULL FROM ("
            "SELECT s.id AS id, count(c.id) AS n, s.name AS name, 0 AS nosite FROM site s "
            "LEFT JOIN citizen c ON c.site_id = s.id AND c.id IN (%1) "
            "GROUP BY s.id, s.name, s.deleted HAVING s.deleted = 0 OR count(c.id) > 0 "
            "UNION ALL "
            "SELECT '', n, '', 1 FROM (SELECT count(*) AS n FROM citizen c "
            "  WHERE c.id IN (%1) AND NOT EXISTS (SELECT 1 FROM site s WHERE s.id = c.site_id)) "
            "AS nosite_count WHERE n > 0) AS counted "
            "ORDER BY nosite, name COLLATE danish, id")
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
            "GROUP BY gr.id, gr.name, gr.start_date, gr.end_date, s.id, s.name "
            "HAVING count(m.citizen_id) > 0 OR (gr.start_date <= ? "
            "  AND (gr.end_date IS NULL OR gr.end_date >= ?)) "
            "ORDER BY gr.name COLLATE danish, s.name COLLATE danish, gr.id")
            .arg(activeOn("m"), activeCitizensSql()),
        at);
}

} // namespace bs

namespace bs {

QString sqlLocalDate(const SqlDialect& sql, const QString& utcColumn) {
    if (sql.postgres())
        return QStringLiteral("to_char((CAST(%1 AS timestamp) AT TIME ZONE 'UTC') AT TIME ZONE "
                              "'Europe/Copenhagen', 'YYYY-MM-DD')")
            .arg(utcColumn);
    // Before 22:00 UTC the local date is the UTC date (at most 23:59 local); from 23:00 UTC it is
    // the next day. At 22:xx UTC it is the next day only in summer time: April to September, March
    // from its last Sunday, October before its last Sunday (the change is at 01:00 UTC).
    const QString summer = QStringLiteral(
        "(substr(%1, 6, 2) BETWEEN '04' AND '09' OR (substr(%1, 6, 2) = '03' AND "
        "substr(%1, 1, 10) >= date(substr(%1, 1, 4) || '-03-25', 'weekday 0')) OR "
        "(substr(%1, 6, 2) = '10' AND substr(%1, 1, 10) < date(substr(%1, 1, 4) || '-10-25', "
        "'weekday 0')))");
    return QStringLiteral("(CASE WHEN substr(%1, 12, 2) < '22' THEN substr(%1, 1, 10) "
                          "WHEN substr(%1, 12, 2) = '22' AND NOT %2 THEN substr(%1, 1, 10) "
                          "ELSE date(substr(%1, 1, 10), '+1 day') END)")
        .arg(utcColumn, summer.arg(utcColumn));
}

QString sqlLocalMonth(const SqlDialect& sql, const QString& utcColumn) {
    return QStringLiteral("substr(%1, 1, 7)").arg(sqlLocalDate(sql, utcColumn));
}

namespace {

const QString kMonthColumns =
    QStringLiteral("month, form, outcome, staff_id, site_id, own_site_id, appointments, minutes, "
                   "travel_minutes, travel_km");
const QString kMonthKey = QStringLiteral("month, form, outcome, staff_id, site_id, own_site_id");

QString groupSiteOf(const QString& row) {
    return QStringLiteral("(SELECT sg.site_id FROM support_group sg WHERE sg.id = %1.group_id)")
        .arg(row);
}

QString citizenSiteOf(const QString& row) {
    return QStringLiteral("(SELECT sc.site_id FROM citizen sc WHERE sc.id = %1.citizen_id)")
        .arg(row);
}

// The key columns of appointment row `row` (a table alias, new or old), with its group's and
// its citizen's site given (a trigger passes the site before or after a change).
QString monthKeyOf(const SqlDialect& sql, const QString& row, const QString& groupSite,
                   const QString& citizenSite) {
    return QStringLiteral("%1, %2.form, %2.outcome, %2.staff_id, COALESCE(%2.site_id, %3, %4, ''), "
                          "COALESCE(%2.site_id, %4, '')")
        .arg(sqlLocalMonth(sql, row + QStringLiteral(".start_utc")), row, groupSite, citizenSite);
}

// Adds the rows of `select` (columns as kMonthColumns) to the summary.
QString upsert(const QString& select) {
    return QStringLiteral("INSERT INTO appointment_month (%1) %2 ON CONFLICT (%3) DO UPDATE SET "
                          "appointments = appointment_month.appointments + excluded.appointments, "
                          "minutes = appointment_month.minutes + excluded.minutes, "
                          "travel_minutes = appointment_month.travel_minutes + "
                          "excluded.travel_minutes, "
                          "travel_km = appointment_month.travel_km + excluded.travel_km")
        .arg(kMonthColumns, select, kMonthKey);
}

// One appointment row (new or old in a trigger) counted `sign` times, if not deleted.
QString rowSelect(const SqlDialect& sql, const QString& row, int sign) {
    return QStringLiteral("SELECT %1, %2, %2 * %3.duration_minutes, %2 * %3.travel_minutes, "
                          "%2 * %3.travel_km WHERE %3.deleted = 0")
        .arg(monthKeyOf(sql, row, groupSiteOf(row), citizenSiteOf(row)), QString::number(sign),
             row);
}

// The appointments `a` not deleted matching `where`, grouped by the key, counted `sign` times.
QString groupedSelect(const SqlDialect& sql, int sign, const QString& groupSite,
                      const QString& citizenSite, const QString& where) {
    return QStringLiteral("SELECT %1, %2 * count(*), %2 * sum(a.duration_minutes), "
                          "%2 * sum(a.travel_minutes), %2 * sum(a.travel_km) FROM appointment a "
                          "WHERE a.deleted = 0 AND %3 GROUP BY 1, 2, 3, 4, 5, 6")
        .arg(monthKeyOf(sql, QStringLiteral("a"), groupSite, citizenSite), QString::number(sign),
             where);
}

// The statements that move a citizen's (or group's) appointments without a site of their own
// from the old site to the new one.
QStringList siteMove(const SqlDialect& sql, bool group) {
    const QString a = QStringLiteral("a");
    const QString where = group ? QStringLiteral("a.group_id = new.id AND a.site_id IS NULL")
                                : QStringLiteral("a.citizen_id = new.id AND a.site_id IS NULL");
    const auto moved = [&](int sign, const QString& site) {
        return upsert(group ? groupedSelect(sql, sign, site, citizenSiteOf(a), where)
                            : groupedSelect(sql, sign, groupSiteOf(a), site, where));
    };
    return {moved(-1, QStringLiteral("old.site_id")), moved(1, QStringLiteral("new.site_id"))};
}

QStringList sqliteTriggers() {
    const SqlDialect lite;
    const QString n = QStringLiteral("new");
    const QString o = QStringLiteral("old");
    const QString columns = QStringLiteral(
        "start_utc, form, outcome, staff_id, citizen_id, group_id, site_id, duration_minutes, "
        "travel_minutes, travel_km, deleted");
    QStringList out;
    out << QStringLiteral("CREATE TRIGGER appointment_month_insert AFTER INSERT ON appointment "
                          "BEGIN %1; END")
               .arg(upsert(rowSelect(lite, n, 1)));
    out << QStringLiteral("CREATE TRIGGER appointment_month_update AFTER UPDATE OF %1 ON "
                          "appointment BEGIN %2; %3; END")
               .arg(columns, upsert(rowSelect(lite, o, -1)), upsert(rowSelect(lite, n, 1)));
    out << QStringLiteral("CREATE TRIGGER appointment_month_delete AFTER DELETE ON appointment "
                          "BEGIN %1; END")
               .arg(upsert(rowSelect(lite, o, -1)));
    for (const bool group : {false, true}) {
        const QStringList move = siteMove(lite, group);
        out << QStringLiteral("CREATE TRIGGER %1_site_month AFTER UPDATE OF site_id ON %2 "
                              "WHEN old.site_id IS NOT new.site_id BEGIN %3; %4; END")
                   .arg(group ? QStringLiteral("support_group") : QStringLiteral("citizen"),
                        group ? QStringLiteral("support_group") : QStringLiteral("citizen"),
                        move[0], move[1]);
    }
    QStringList tagged;
    for (const QString& s : out)
        tagged << sqliteOnly(s);
    return tagged;
}

QStringList postgresTriggers() {
    SqlDialect pg;
    pg.kind = Dialect::Postgres;
    const QString columns = QStringLiteral(
        "start_utc, form, outcome, staff_id, citizen_id, group_id, site_id, duration_minutes, "
        "travel_minutes, travel_km, deleted");
    QStringList out;
    out << QStringLiteral(
               "CREATE FUNCTION appointment_month_row() RETURNS trigger LANGUAGE plpgsql AS $$ "
               "BEGIN IF TG_OP IN ('UPDATE', 'DELETE') THEN %1; END IF; "
               "IF TG_OP IN ('INSERT', 'UPDATE') THEN %2; END IF; RETURN NULL; END $$")
               .arg(upsert(rowSelect(pg, QStringLiteral("old"), -1)),
                    upsert(rowSelect(pg, QStringLiteral("new"), 1)));
    out << QStringLiteral("CREATE TRIGGER appointment_month_row AFTER INSERT OR DELETE OR UPDATE "
                          "OF %1 ON appointment FOR EACH ROW EXECUTE FUNCTION "
                          "appointment_month_row()")
               .arg(columns);
    for (const bool group : {false, true}) {
        const QString table = group ? QStringLiteral("support_group") : QStringLiteral("citizen");
        const QStringList move = siteMove(pg, group);
        out << QStringLiteral("CREATE FUNCTION %1_site_month() RETURNS trigger LANGUAGE plpgsql "
                              "AS $$ BEGIN IF old.site_id IS DISTINCT FROM new.site_id THEN %2; "
                              "%3; END IF; RETURN NULL; END $$")
                   .arg(table, move[0], move[1]);
        out << QStringLiteral("CREATE TRIGGER %1_site_month AFTER UPDATE OF site_id ON %1 FOR "
                              "EACH ROW EXECUTE FUNCTION %1_site_month()")
                   .arg(table);
    }
    QStringList tagged;
    for (const QString& s : out)
        tagged << postgresOnly(s);
    return tagged;
}

} // namespace

QStringList AppointmentMonths::migration() {
    SqlDialect pg;
    pg.kind = Dialect::Postgres;
    const QString fill = QStringLiteral("INSERT INTO appointment_month (%1) ").arg(kMonthColumns);
    const QString everything = QStringLiteral("1 = 1");
    const QString a = QStringLiteral("a");
    return QStringList{
               QStringLiteral(
                   "CREATE TABLE appointment_month (month TEXT NOT NULL, form TEXT NOT NULL, "
                   "outcome TEXT NOT NULL, staff_id TEXT NOT NULL, site_id TEXT NOT NULL, "
                   "own_site_id TEXT NOT NULL, appointments INTEGER NOT NULL, minutes INTEGER "
                   "NOT NULL, travel_minutes INTEGER NOT NULL, travel_km REAL NOT NULL, "
                   "PRIMARY KEY (month, form, outcome, staff_id, site_id, own_site_id)) "
                   "WITHOUT ROWID"),
               sqliteOnly(fill + groupedSelect(SqlDialect{}, 1, groupSiteOf(a), citizenSiteOf(a),
                                               everything)),
               postgresOnly(fill +
                            groupedSelect(pg, 1, groupSiteOf(a), citizenSiteOf(a), everything)),
           } +
           sqliteTriggers() + postgresTriggers();
}

QString AppointmentMonths::recountSql(const SqlDialect& sql) {
    const QString a = QStringLiteral("a");
    return QStringLiteral("SELECT * FROM (%1) AS recount ORDER BY 1, 2, 3, 4, 5, 6")
        .arg(groupedSelect(sql, 1, groupSiteOf(a), citizenSiteOf(a), QStringLiteral("1 = 1")));
}

QString AppointmentMonths::tableSql() {
    return QStringLiteral("SELECT %1 FROM appointment_month WHERE appointments <> 0 ORDER BY 1, 2, "
                          "3, 4, 5, 6")
        .arg(kMonthColumns);
}

} // namespace bs
