#include "ReportQueries.h"

#include "Migrations.h"
#include "domain/Appointment.h"

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

QString groupSiteOf(const QString& row) {
    return QStringLiteral("(SELECT sg.site_id FROM support_group sg WHERE sg.id = %1.group_id)")
        .arg(row);
}

QString citizenSiteOf(const QString& row) {
    return QStringLiteral("(SELECT sc.site_id FROM citizen sc WHERE sc.id = %1.citizen_id)")
        .arg(row);
}

// Each summary holds rows per local month ('YYYY-MM', 7 characters of the local date) and per
// local year ('YYYY', 4), so a long period reads a few year rows and the months at its ends.
constexpr int kPeriods[] = {7, 4};

QString periodOf(const SqlDialect& sql, const QString& row, int chars) {
    return QStringLiteral("substr(%1, 1, %2)")
        .arg(sqlLocalDate(sql, row + QStringLiteral(".start_utc")))
        .arg(chars);
}

// One of the two summaries: its table, key and counted columns, and which appointments count.
struct Summary {
    const char* table;
    int keyCount;
    QString columns; // keys, then counts
    // The key columns of appointment row `row` (alias, new or old) with its group's and its
    // citizen's site given (a trigger passes the site before or after a change).
    QString (*keyOf)(const QString& period, const QString& row, const QString& groupSite,
                     const QString& citizenSite);
    // The counted values of one row, `sign` times; and summed over rows `a`.
    QString (*valuesOf)(const QString& row, const QString& sign);
    QString (*sumsOf)(const QString& sign);
    // Which appointments count (besides not deleted).
    QString (*counts)(const QString& row);
};

QString keyList(const Summary& s) {
    return s.columns.split(QStringLiteral(", ")).mid(0, s.keyCount).join(QStringLiteral(", "));
}

QString ordinals(int n) {
    QStringList out;
    for (int i = 1; i <= n; ++i)
        out << QString::number(i);
    return out.join(QStringLiteral(", "));
}

const Summary kMonths{
    "appointment_month",
    6,
    QStringLiteral("month, form, outcome, staff_id, site_id, own_site_id, appointments, minutes, "
                   "travel_minutes, travel_km"),
    [](const QString& period, const QString& row, const QString& groupSite,
       const QString& citizenSite) {
        return QStringLiteral("%1, %2.form, %2.outcome, %2.staff_id, "
                              "COALESCE(%2.site_id, %3, %4, ''), COALESCE(%2.site_id, %4, '')")
            .arg(period, row, groupSite, citizenSite);
    },
    [](const QString& row, const QString& sign) {
        return QStringLiteral("%1, %1 * %2.duration_minutes, %1 * %2.travel_minutes, "
                              "%1 * %2.travel_km")
            .arg(sign, row);
    },
    [](const QString& sign) {
        return QStringLiteral("%1 * count(*), %1 * sum(a.duration_minutes), "
                              "%1 * sum(a.travel_minutes), %1 * sum(a.travel_km)")
            .arg(sign);
    },
    [](const QString&) { return QStringLiteral("1 = 1"); }};

const Summary kCitizens{
    "appointment_citizen_month",
    5,
    QStringLiteral("month, staff_id, citizen_id, form, site_id, appointments"),
    [](const QString& period, const QString& row, const QString& groupSite,
       const QString& citizenSite) {
        return QStringLiteral("%1, %2.staff_id, %2.citizen_id, %2.form, "
                              "COALESCE(%2.site_id, %3, %4, '')")
            .arg(period, row, groupSite, citizenSite);
    },
    [](const QString&, const QString& sign) { return sign; },
    [](const QString& sign) { return QStringLiteral("%1 * count(*)").arg(sign); },
    [](const QString& row) {
        return QStringLiteral("%1.outcome = '%2' AND %1.citizen_id IS NOT NULL")
            .arg(row, toCode(Outcome::Completed));
    }};

// Adds the rows of `select` (columns as the summary's) to the summary.
QString upsert(const Summary& s, const QString& select) {
    QStringList sets;
    for (const QString& c : s.columns.split(QStringLiteral(", ")).mid(s.keyCount))
        sets << QStringLiteral("%2 = %1.%2 + excluded.%2").arg(QLatin1String(s.table), c);
    return QStringLiteral("INSERT INTO %1 (%2) %3 ON CONFLICT (%4) DO UPDATE SET %5")
        .arg(QLatin1String(s.table), s.columns, select, keyList(s),
             sets.join(QStringLiteral(", ")));
}

// One appointment row (new or old in a trigger) counted `sign` times, if it counts.
QString rowSelect(const Summary& s, const SqlDialect& sql, int chars, const QString& row,
                  int sign) {
    return QStringLiteral("SELECT %1, %2 WHERE %3.deleted = 0 AND %4")
        .arg(s.keyOf(periodOf(sql, row, chars), row, groupSiteOf(row), citizenSiteOf(row)),
             s.valuesOf(row, QString::number(sign)), row, s.counts(row));
}

// The appointments `a` not deleted matching `where`, grouped by the key, counted `sign` times.
QString groupedSelect(const Summary& s, const SqlDialect& sql, int chars, int sign,
                      const QString& groupSite, const QString& citizenSite, const QString& where) {
    const QString a = QStringLiteral("a");
    return QStringLiteral("SELECT %1, %2 FROM appointment a WHERE a.deleted = 0 AND %3 AND %4 "
                          "GROUP BY %5")
        .arg(s.keyOf(periodOf(sql, a, chars), a, groupSite, citizenSite),
             s.sumsOf(QString::number(sign)), s.counts(a), where, ordinals(s.keyCount));
}

// The statements that move a citizen's (or group's) appointments without a site of their own
// from the old site (`oldSite`: old.site_id, or NULL when the row is new: a sync import may apply
// a child before its parent) to the new one.
QStringList siteMove(const Summary& s, const SqlDialect& sql, bool group, const QString& oldSite) {
    const QString a = QStringLiteral("a");
    const QString where = group ? QStringLiteral("a.group_id = new.id AND a.site_id IS NULL")
                                : QStringLiteral("a.citizen_id = new.id AND a.site_id IS NULL");
    QStringList out;
    for (const int chars : kPeriods) {
        const auto moved = [&](int sign, const QString& site) {
            return upsert(s, group
                                 ? groupedSelect(s, sql, chars, sign, site, citizenSiteOf(a), where)
                                 : groupedSelect(s, sql, chars, sign, groupSiteOf(a), site, where));
        };
        out << moved(-1, oldSite) << moved(1, QStringLiteral("new.site_id"));
    }
    return out;
}

const QList<const Summary*> kSummaries{&kMonths, &kCitizens};

const QString kTriggerColumns = QStringLiteral(
    "start_utc, form, outcome, staff_id, citizen_id, group_id, site_id, duration_minutes, "
    "travel_minutes, travel_km, deleted");

// The statements of a trigger body: `make` for each summary.
template <typename F> QString body(F make) {
    QStringList out;
    for (const Summary* s : kSummaries)
        for (const int chars : kPeriods)
            out << make(*s, chars);
    return out.join(QStringLiteral("; "));
}

// A site move's statements for every summary (both periods each).
template <typename F> QString moveBody(F make) {
    QStringList out;
    for (const Summary* s : kSummaries)
        out << make(*s);
    return out.join(QStringLiteral("; "));
}

QStringList sqliteTriggers() {
    const SqlDialect lite;
    const QString n = QStringLiteral("new");
    const QString o = QStringLiteral("old");
    QStringList out;
    out << QStringLiteral("CREATE TRIGGER appointment_summary_insert AFTER INSERT ON appointment "
                          "BEGIN %1; END")
               .arg(body([&](const Summary& s, int chars) {
                   return upsert(s, rowSelect(s, lite, chars, n, 1));
               }));
    out << QStringLiteral("CREATE TRIGGER appointment_summary_update AFTER UPDATE OF %1 ON "
                          "appointment BEGIN %2; %3; END")
               .arg(kTriggerColumns, body([&](const Summary& s, int chars) {
                        return upsert(s, rowSelect(s, lite, chars, o, -1));
                    }),
                    body([&](const Summary& s, int chars) {
                        return upsert(s, rowSelect(s, lite, chars, n, 1));
                    }));
    out << QStringLiteral("CREATE TRIGGER appointment_summary_delete AFTER DELETE ON appointment "
                          "BEGIN %1; END")
               .arg(body([&](const Summary& s, int chars) {
                   return upsert(s, rowSelect(s, lite, chars, o, -1));
               }));
    for (const bool group : {false, true}) {
        const QString table = group ? QStringLiteral("support_group") : QStringLiteral("citizen");
        const auto moves = [&](const QString& oldSite) {
            return moveBody([&](const Summary& s) {
                return siteMove(s, lite, group, oldSite).join(QStringLiteral("; "));
            });
        };
        out << QStringLiteral("CREATE TRIGGER %1_site_summary AFTER UPDATE OF site_id ON %1 "
                              "WHEN old.site_id IS NOT new.site_id BEGIN %2; END")
                   .arg(table, moves(QStringLiteral("old.site_id")));
        out << QStringLiteral("CREATE TRIGGER %1_new_summary AFTER INSERT ON %1 WHEN "
                              "new.site_id IS NOT NULL BEGIN %2; END")
                   .arg(table, moves(QStringLiteral("NULL")));
    }
    QStringList tagged;
    for (const QString& statement : out)
        tagged << sqliteOnly(statement);
    return tagged;
}

QStringList postgresTriggers() {
    SqlDialect pg;
    pg.kind = Dialect::Postgres;
    const QString n = QStringLiteral("new");
    const QString o = QStringLiteral("old");
    QStringList out;
    out << QStringLiteral(
               "CREATE FUNCTION appointment_summary_row() RETURNS trigger LANGUAGE plpgsql AS $$ "
               "BEGIN IF TG_OP IN ('UPDATE', 'DELETE') THEN %1; END IF; "
               "IF TG_OP IN ('INSERT', 'UPDATE') THEN %2; END IF; RETURN NULL; END $$")
               .arg(body([&](const Summary& s, int chars) {
                        return upsert(s, rowSelect(s, pg, chars, o, -1));
                    }),
                    body([&](const Summary& s, int chars) {
                        return upsert(s, rowSelect(s, pg, chars, n, 1));
                    }));
    out << QStringLiteral("CREATE TRIGGER appointment_summary_row AFTER INSERT OR DELETE OR "
                          "UPDATE OF %1 ON appointment FOR EACH ROW EXECUTE FUNCTION "
                          "appointment_summary_row()")
               .arg(kTriggerColumns);
    for (const bool group : {false, true}) {
        const QString table = group ? QStringLiteral("support_group") : QStringLiteral("citizen");
        const auto moves = [&](const QString& oldSite) {
            return moveBody([&](const Summary& s) {
                return siteMove(s, pg, group, oldSite).join(QStringLiteral("; "));
            });
        };
        out << QStringLiteral("CREATE FUNCTION %1_site_summary() RETURNS trigger LANGUAGE "
                              "plpgsql AS $$ BEGIN IF TG_OP = 'INSERT' THEN IF new.site_id IS NOT "
                              "NULL THEN %2; END IF; ELSIF old.site_id IS DISTINCT FROM "
                              "new.site_id THEN %3; END IF; RETURN NULL; END $$")
                   .arg(table, moves(QStringLiteral("NULL")), moves(QStringLiteral("old.site_id")));
        out << QStringLiteral("CREATE TRIGGER %1_site_summary AFTER INSERT OR UPDATE OF site_id "
                              "ON %1 FOR EACH ROW EXECUTE FUNCTION %1_site_summary()")
                   .arg(table);
    }
    QStringList tagged;
    for (const QString& statement : out)
        tagged << postgresOnly(statement);
    return tagged;
}

QString recount(const Summary& s, const SqlDialect& sql) {
    const QString a = QStringLiteral("a");
    QStringList parts;
    for (const int chars : kPeriods)
        parts << groupedSelect(s, sql, chars, 1, groupSiteOf(a), citizenSiteOf(a),
                               QStringLiteral("1 = 1"));
    return QStringLiteral("SELECT * FROM (%1) AS recount ORDER BY %2")
        .arg(parts.join(QStringLiteral(" UNION ALL ")), ordinals(s.keyCount));
}

QString tableRows(const Summary& s) {
    return QStringLiteral("SELECT %1 FROM %2 WHERE appointments <> 0 ORDER BY %3")
        .arg(s.columns, QLatin1String(s.table), ordinals(s.keyCount));
}

} // namespace

QStringList AppointmentMonths::migration() {
    SqlDialect pg;
    pg.kind = Dialect::Postgres;
    const QString a = QStringLiteral("a");
    QStringList out{
        QStringLiteral("CREATE TABLE appointment_month (month TEXT NOT NULL, form TEXT NOT NULL, "
                       "outcome TEXT NOT NULL, staff_id TEXT NOT NULL, site_id TEXT NOT NULL, "
                       "own_site_id TEXT NOT NULL, appointments INTEGER NOT NULL, minutes "
                       "INTEGER NOT NULL, travel_minutes INTEGER NOT NULL, travel_km REAL NOT "
                       "NULL, PRIMARY KEY (month, form, outcome, staff_id, site_id, "
                       "own_site_id)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE appointment_citizen_month (month TEXT NOT NULL, staff_id "
                       "TEXT NOT NULL, citizen_id TEXT NOT NULL, form TEXT NOT NULL, site_id "
                       "TEXT NOT NULL, appointments INTEGER NOT NULL, PRIMARY KEY (month, "
                       "staff_id, citizen_id, form, site_id)) WITHOUT ROWID"),
    };
    for (const Summary* s : kSummaries) {
        const QString fill =
            QStringLiteral("INSERT INTO %1 (%2) ").arg(QLatin1String(s->table), s->columns);
        const QString all = QStringLiteral("1 = 1");
        for (const int chars : kPeriods)
            out << sqliteOnly(fill + groupedSelect(*s, SqlDialect{}, chars, 1, groupSiteOf(a),
                                                   citizenSiteOf(a), all))
                << postgresOnly(fill + groupedSelect(*s, pg, chars, 1, groupSiteOf(a),
                                                     citizenSiteOf(a), all));
    }
    return out + sqliteTriggers() + postgresTriggers() +
           QStringList{
               QStringLiteral("CREATE INDEX appointment_not_delivered ON appointment(start_utc, "
                              "outcome, outcome_reason, outcome_at_utc, form, staff_id, "
                              "citizen_id, site_id, group_id) WHERE deleted = 0 AND %1")
                   .arg(notDeliveredSql(QString())),
               QStringLiteral("CREATE INDEX appointment_savings ON appointment(outcome, "
                              "start_utc) WHERE deleted = 0 AND %1")
                   .arg(savingsFormsSql(QString())),
               // Delmål progress over years: every assessment in subgoal order, so counting per
               // delmål needs no sort (GoalReports.cpp).
               QStringLiteral("CREATE INDEX goal_assessment_progress ON goal_assessment("
                              "subgoal_id, assessed_utc, progress) WHERE deleted = 0"),
           };
}

QString AppointmentMonths::recountSql(const SqlDialect& sql) {
    return recount(kMonths, sql);
}

QString AppointmentMonths::tableSql() {
    return tableRows(kMonths);
}

QString AppointmentMonths::citizenRecountSql(const SqlDialect& sql) {
    return recount(kCitizens, sql);
}

QString AppointmentMonths::citizenTableSql() {
    return tableRows(kCitizens);
}

QString AppointmentMonths::notDeliveredSql(const QString& alias) {
    return QStringLiteral("%1outcome IN ('%2', '%3', '%4')")
        .arg(alias, toCode(Outcome::NoShow), toCode(Outcome::CancelledByCitizen),
             toCode(Outcome::CancelledByStaff));
}

QString AppointmentMonths::savingsFormsSql(const QString& alias) {
    return QStringLiteral("%1form IN ('%2', '%3', '%4')")
        .arg(alias, toCode(SupportForm::Counselling), toCode(SupportForm::Group),
             toCode(SupportForm::Virtual));
}

} // namespace bs
