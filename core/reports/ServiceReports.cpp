#include "ServiceReports.h"

#include "ReportSql.h"
#include "domain/Organisation.h"

#include <QHash>
#include <QLocale>
#include <QSet>
#include <QSqlQuery>
#include <algorithm>

namespace bs::reports {

namespace {

struct ServiceText {
    Q_DECLARE_TR_FUNCTIONS(ServiceReports)
};

QVariant nullable(const QVariant& v) {
    return v.isNull() ? QVariant() : QVariant(v.toDouble());
}

// Desk visits count as rådgivning: a form filter without it leaves nothing.
bool formsExcludeDesk(const ReportFilter& filter) {
    return !filter.forms.isEmpty() && !filter.forms.contains(SupportForm::Counselling);
}

// Desk visits not deleted, at a site not deleted, arrived in the period, passing the site filter
// and (through the staff member who served them) the team filter. Alias d, site s.
SqlCondition deskVisitsCondition(const ReportFilter& filter) {
    SqlCondition c{QStringLiteral("d.deleted = 0 AND s.deleted = 0 AND d.arrived_utc >= ? AND "
                                  "d.arrived_utc < ?"),
                   {filter.fromUtcText(), filter.toUtcText()}};
    c &= filter.siteColumn(QStringLiteral("d.site_id"));
    c &= filter.staffColumn(QStringLiteral("d.staff_id"));
    return c;
}

// Group sessions not deleted nor cancelled, of a group not deleted, starting in the period and
// passing filter.appointment(); a session without a site is at its group's site (as the
// calendar places it). Alias a, group g.
SqlCondition groupSessionCondition(const Database& db, const ReportFilter& filter) {
    // Sessions not yet begun have no attendance to show; a leader's chart ends at today.
    SqlCondition c{QStringLiteral("a.deleted = 0 AND g.deleted = 0 AND a.citizen_id IS NULL AND "
                                  "a.start_utc >= ? AND a.start_utc < ? AND a.start_utc < ? AND "
                                  "a.outcome NOT IN ('cancelled_by_citizen', "
                                  "'cancelled_by_staff')"),
                   {filter.fromUtcText(), filter.toUtcText(), db.nowText()}};
    c &= filter.appointment("a"); // a session without a site counts under its group's site
    return c;
}

// The weekdays (1..7) on which any of the filter's sites (all sites when none is chosen) has
// opening hours.
Result<QSet<int>> openWeekdays(const Database& db, const ReportFilter& filter) {
    SqlCondition c{QStringLiteral("deleted = 0"), {}};
    c &= filter.siteColumn(QStringLiteral("id"));
    QSqlQuery q(db.connection());
    if (auto r = run(db, q, QStringLiteral("SELECT opening_hours FROM site WHERE %1").arg(c.sql),
                     c.binds);
        !r)
        return Result<QSet<int>>(r.error());
    QSet<int> days;
    while (q.next())
        for (const OpeningPeriod& p : openingHoursFromJson(q.value(0).toString()))
            days.insert(p.weekday);
    return days;
}

ReportTable attendanceTable(const QString& description) {
    ReportTable t;
    t.description = description;
    t.valueAxis = ServiceText::tr("Registrations");
    return t;
}

} // namespace

Result<ReportTable> deskVisitsPerDay(const Database& db, const ReportFilter& filter) {
    ReportTable t;
    t.chart = ChartKind::Bar;
    t.description = ServiceText::tr(
        "Visits to the rådgivning desk per month divided by the days in the month on which a "
        "chosen site is open by its opening hours. Anonymous visitors count too.");
    t.valueAxis = ServiceText::tr("Visits per opening day");
    t.columns = {
        column("month", ServiceText::tr("Month"), ColumnType::Month),
        column("opening_days", ServiceText::tr("Opening days"), ColumnType::Integer, 0, false),
        column("visits", ServiceText::tr("Visits"), ColumnType::Integer, 0, false),
        column("visits_per_day", ServiceText::tr("Visits per opening day"), ColumnType::Decimal,
               1)};
    if (formsExcludeDesk(filter))
        return t;

    auto weekdays = openWeekdays(db, filter);
    if (!weekdays)
        return Result<ReportTable>(weekdays.error());

    const SqlCondition c = deskVisitsCondition(filter);
    QSqlQuery q(db.connection());
    if (auto r = run(db, q,
                     QStringLiteral("SELECT %1, count(*) FROM desk_visit d JOIN site s ON s.id = "
                                    "d.site_id WHERE %2 GROUP BY 1")
                         .arg(localMonthSql(db.sql(), QStringLiteral("d.arrived_utc")), c.sql),
                     c.binds);
        !r)
        return Result<ReportTable>(r.error());
    QHash<QString, qint64> visits;
    while (q.next())
        visits.insert(q.value(0).toString(), q.value(1).toLongLong());

    for (QDate month(filter.from.year(), filter.from.month(), 1); month <= filter.to;
         month = month.addMonths(1)) {
        const QDate first = std::max(month, filter.from);
        const QDate last = std::min(month.addMonths(1).addDays(-1), filter.to);
        qint64 openDays = 0;
        for (QDate d = first; d <= last; d = d.addDays(1))
            if (weekdays->contains(d.dayOfWeek()))
                ++openDays;
        const qint64 n = visits.value(month.toString(QStringLiteral("yyyy-MM")));
        t.rows.append({month, openDays, n,
                       openDays == 0 ? QVariant() : QVariant(double(n) / double(openDays))});
    }
    return t;
}

Result<ReportTable> deskDurations(const Database& db, const ReportFilter& filter) {
    ReportTable t;
    t.chart = ChartKind::Bar;
    t.description = ServiceText::tr(
        "Median minutes from arrival to the start of help, and from the start to the end of the "
        "visit, per site, against the site's time per visit. Visits still waiting or in progress "
        "are left out of the medians they have no time for.");
    t.valueAxis = ServiceText::tr("Minutes");
    ReportColumn allowance =
        column("allowance", ServiceText::tr("Time per visit"), ColumnType::Integer);
    allowance.targetLine = true;
    t.columns = {
        column("site", ServiceText::tr("Site"), ColumnType::Text),
        column("visits", ServiceText::tr("Visits"), ColumnType::Integer, 0, false),
        column("median_wait", ServiceText::tr("Median wait (min.)"), ColumnType::Decimal, 1),
        column("median_visit", ServiceText::tr("Median visit (min.)"), ColumnType::Decimal, 1),
        allowance,
        column("over_allowance", ServiceText::tr("Over the time per visit"), ColumnType::Percent, 1,
               false)};
    if (formsExcludeDesk(filter))
        return t;

    // Minutes from whole seconds, so equal times compare equal. The medians: the middle row, or
    // the mean of the two middle rows, of each site's sorted times.
    const SqlCondition c = deskVisitsCondition(filter);
    const QString sql =
        QStringLiteral(
            "WITH v AS (SELECT d.site_id AS site, "
            "  CASE WHEN d.started_utc IS NOT NULL THEN %2 / 60.0 END AS wait, "
            "  CASE WHEN d.started_utc IS NOT NULL AND d.ended_utc IS NOT NULL THEN "
            "    %3 / 60.0 END AS visit "
            "  FROM desk_visit d JOIN site s ON s.id = d.site_id WHERE %1), "
            "w AS (SELECT site, wait AS x, row_number() OVER (PARTITION BY site ORDER BY wait) AS "
            "rn, "
            "  count(*) OVER (PARTITION BY site) AS n FROM v WHERE wait IS NOT NULL), "
            "u AS (SELECT site, visit AS x, row_number() OVER (PARTITION BY site ORDER BY visit) "
            "  AS rn, count(*) OVER (PARTITION BY site) AS n FROM v WHERE visit IS NOT NULL), "
            "mw AS (SELECT site, avg(x) AS m FROM w WHERE rn IN ((n + 1) / 2, (n + 2) / 2) "
            "  GROUP BY site), "
            "mu AS (SELECT site, avg(x) AS m FROM u WHERE rn IN ((n + 1) / 2, (n + 2) / 2) "
            "  GROUP BY site) "
            "SELECT s.name, count(*), mw.m, mu.m, s.visit_allowance_minutes, "
            "  count(v.visit), %4 "
            "FROM v JOIN site s ON s.id = v.site LEFT JOIN mw ON mw.site = v.site "
            "LEFT JOIN mu ON mu.site = v.site "
            "GROUP BY v.site, s.name, s.visit_allowance_minutes, mw.m, mu.m "
            "ORDER BY s.name COLLATE danish, v.site")
            .arg(c.sql,
                 db.sql().secondsBetween(QStringLiteral("d.arrived_utc"),
                                         QStringLiteral("d.started_utc")),
                 db.sql().secondsBetween(QStringLiteral("d.started_utc"),
                                         QStringLiteral("d.ended_utc")),
                 countIf(QStringLiteral("v.visit > s.visit_allowance_minutes")));
    QSqlQuery q(db.connection());
    if (auto r = run(db, q, sql, c.binds); !r)
        return Result<ReportTable>(r.error());
    while (q.next()) {
        t.rows.append({q.value(0).toString(), q.value(1).toLongLong(), nullable(q.value(2)),
                       nullable(q.value(3)), q.value(4).toLongLong(),
                       percent(q.value(6).toLongLong(), q.value(5).toLongLong())});
    }
    return t;
}

Result<ReportTable> groupSessions(const Database& db, const ReportFilter& filter) {
    ReportTable t = attendanceTable(ServiceText::tr(
        "Attendance registered per group session. Not registered: members on the session's day "
        "without a registration. Attendance rate: present out of those registered. Cancelled "
        "sessions and sessions not yet held are left out."));
    t.chart = ChartKind::StackedBar;
    t.columns = {
        column("session", ServiceText::tr("Session"), ColumnType::Text),
        column("present", ServiceText::tr("Present"), ColumnType::Integer),
        column("absent", ServiceText::tr("Absent"), ColumnType::Integer),
        column("excused", ServiceText::tr("Excused"), ColumnType::Integer),
        column("not_registered", ServiceText::tr("Not registered"), ColumnType::Integer, 0, false),
        column("attendance_rate", ServiceText::tr("Attendance rate"), ColumnType::Percent, 1,
               false)};

    const SqlCondition c = groupSessionCondition(db, filter);
    const QString sql =
        QStringLiteral(
            "WITH sess AS (SELECT a.id AS id, a.start_utc AS start, a.group_id AS gid, "
            "  g.name AS gname, %1 AS day "
            "  FROM appointment a JOIN support_group g ON g.id = a.group_id WHERE %2), "
            "att AS (SELECT x.appointment_id AS aid, %3 AS p, %4 AS ab, %5 AS ex "
            "  FROM sess JOIN attendance x ON x.appointment_id = sess.id AND x.deleted = 0 "
            "  JOIN citizen xc ON xc.id = x.citizen_id AND xc.deleted = 0 "
            "  GROUP BY x.appointment_id) "
            "SELECT sess.day, sess.gname, coalesce(att.p, 0), coalesce(att.ab, 0), "
            "  coalesce(att.ex, 0), (SELECT count(DISTINCT m.citizen_id) FROM group_member m "
            "    JOIN citizen mc ON mc.id = m.citizen_id AND mc.deleted = 0 "
            "    WHERE m.group_id = sess.gid AND m.deleted = 0 AND m.from_date <= sess.day "
            "    AND (m.to_date IS NULL OR m.to_date >= sess.day) AND NOT EXISTS (SELECT 1 FROM "
            "    attendance y WHERE y.appointment_id = sess.id AND y.citizen_id = m.citizen_id "
            "    AND y.deleted = 0)) "
            "FROM sess LEFT JOIN att ON att.aid = sess.id "
            "ORDER BY sess.start, sess.gname COLLATE danish, sess.id")
            .arg(localDateSql(db.sql(), QStringLiteral("a.start_utc")), c.sql,
                 countIf(QStringLiteral("x.status = 'present'")),
                 countIf(QStringLiteral("x.status = 'absent'")),
                 countIf(QStringLiteral("x.status = 'excused'")));
    QSqlQuery q(db.connection());
    if (auto r = run(db, q, sql, c.binds); !r)
        return Result<ReportTable>(r.error());
    const QLocale locale;
    while (q.next()) {
        const QDate day = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        const qint64 present = q.value(2).toLongLong();
        const qint64 absent = q.value(3).toLongLong();
        const qint64 excused = q.value(4).toLongLong();
        t.rows.append(
            {QStringLiteral("%1  %2").arg(locale.toString(day, QStringLiteral("d. MMM yyyy")),
                                          q.value(1).toString()),
             present, absent, excused, q.value(5).toLongLong(),
             percent(present, present + absent + excused)});
    }
    return t;
}

Result<ReportTable> groupMembers(const Database& db, const ReportFilter& filter) {
    ReportTable t = attendanceTable(ServiceText::tr(
        "Each member's registered attendance at the group's sessions in the period. Attendance "
        "rate: present out of those registered."));
    t.chart = ChartKind::HorizontalBar;
    t.columns = {column("member", ServiceText::tr("Member"), ColumnType::Text),
                 column("present", ServiceText::tr("Present"), ColumnType::Integer),
                 column("absent", ServiceText::tr("Absent"), ColumnType::Integer),
                 column("excused", ServiceText::tr("Excused"), ColumnType::Integer),
                 column("attendance_rate", ServiceText::tr("Attendance rate"), ColumnType::Percent,
                        1, false)};

    const SqlCondition c = groupSessionCondition(db, filter);
    const QString sql =
        QStringLiteral("SELECT c.name, g.name, %2, %3, %4 "
                       "FROM appointment a JOIN support_group g ON g.id = a.group_id "
                       "JOIN attendance x ON x.appointment_id = a.id AND x.deleted = 0 "
                       "JOIN citizen c ON c.id = x.citizen_id AND c.deleted = 0 "
                       "WHERE %1 GROUP BY c.id, g.id, c.name, g.name "
                       "ORDER BY c.name COLLATE danish, g.name COLLATE danish, c.id, g.id")
            .arg(c.sql, countIf(QStringLiteral("x.status = 'present'")),
                 countIf(QStringLiteral("x.status = 'absent'")),
                 countIf(QStringLiteral("x.status = 'excused'")));
    QSqlQuery q(db.connection());
    if (auto r = run(db, q, sql, c.binds); !r)
        return Result<ReportTable>(r.error());
    while (q.next()) {
        const qint64 present = q.value(2).toLongLong();
        const qint64 absent = q.value(3).toLongLong();
        const qint64 excused = q.value(4).toLongLong();
        t.rows.append({QStringLiteral("%1 – %2").arg(q.value(0).toString(), q.value(1).toString()),
                       present, absent, excused, percent(present, present + absent + excused)});
    }
    return t;
}

} // namespace bs::reports
