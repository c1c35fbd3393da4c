#include "ReportSql.h"

#include "storage/ReportQueries.h"

#include <cmath>

namespace bs::reports {

namespace {

QString localMidnightUtc(QDate date) {
    return toDbTimestamp(QDateTime(date, QTime(0, 0), Clock::localZone()).toUTC());
}

QString placeholders(qsizetype n) {
    return QStringList(n, QStringLiteral("?")).join(QLatin1Char(','));
}

// The summary rows' part of the filter: site, the staff member's team and form.
SqlCondition summaryFilter(const ReportFilter& filter) {
    SqlCondition out;
    QVariantList sites;
    for (const QUuid& id : filter.siteIds)
        sites << id.toString(QUuid::WithoutBraces);
    if (!sites.isEmpty())
        out &= {QStringLiteral("s.site_id IN (%1)").arg(placeholders(sites.size())), sites};
    QVariantList teams;
    for (const QUuid& id : filter.teamIds)
        teams << id.toString(QUuid::WithoutBraces);
    if (!teams.isEmpty())
        out &= {QStringLiteral("(SELECT st.team_id FROM staff st WHERE st.id = s.staff_id) IN "
                               "(%1)")
                    .arg(placeholders(teams.size())),
                teams};
    QVariantList forms;
    for (const SupportForm f : filter.forms)
        forms << toCode(f);
    if (!forms.isEmpty())
        out &= {QStringLiteral("s.form IN (%1)").arg(placeholders(forms.size())), forms};
    return out;
}

} // namespace

PeriodSplit splitPeriod(const ReportFilter& filter, bool monthsOnly) {
    // The whole local months of the period come from a summary; the days before the first and
    // after the last whole month from the appointments. A legal-basis filter asks about each
    // appointment's day, which the summaries do not keep: then everything is counted from the
    // appointments.
    QList<QDate> whole;
    for (const QDate& month : periodMonths(filter))
        if (month >= filter.from && month.addMonths(1).addDays(-1) <= filter.to)
            whole << month;
    PeriodSplit out;
    out.useSummary = !whole.isEmpty() && filter.bases.isEmpty();
    out.raw.sql = QStringLiteral("a.deleted = 0 AND ((a.start_utc >= ? AND a.start_utc < ?) OR "
                                 "(a.start_utc >= ? AND a.start_utc < ?))");
    if (out.useSummary) {
        out.wholeFromUtc = localMidnightUtc(whole.first());
        out.wholeToUtc = localMidnightUtc(whole.last().addMonths(1));
        out.raw.binds = {filter.fromUtcText(), out.wholeFromUtc, out.wholeToUtc,
                         filter.toUtcText()};
        // Whole years by their year rows, the other whole months by their month rows.
        QVariantList periods;
        for (const QDate& month : whole) {
            const bool wholeYear = !monthsOnly && whole.contains(QDate(month.year(), 1, 1)) &&
                                   whole.contains(QDate(month.year(), 12, 1));
            if (!wholeYear)
                periods << month.toString(QStringLiteral("yyyy-MM"));
            else if (month.month() == 1)
                periods << QString::number(month.year());
        }
        out.summary = {QStringLiteral("s.month IN (%1)").arg(placeholders(periods.size())),
                       periods};
        out.summary &= summaryFilter(filter);
    } else {
        out.raw.binds = {filter.fromUtcText(), filter.toUtcText(), filter.toUtcText(),
                         filter.toUtcText()};
    }
    out.raw &= filter.appointment("a");
    return out;
}

SqlCondition appointmentFigures(const Database& db, const ReportFilter& filter, bool byMonth) {
    const PeriodSplit split = splitPeriod(filter, byMonth);
    SqlCondition out{
        QStringLiteral("SELECT a.form AS form, a.outcome AS outcome, a.staff_id AS staff_id, "
                       "COALESCE(a.site_id, (SELECT sc.site_id FROM citizen sc WHERE sc.id = "
                       "a.citizen_id), '') AS own_site_id, %1 AS month, 1 AS n, "
                       "a.duration_minutes AS minutes, a.travel_minutes AS travel_minutes, "
                       "a.travel_km AS travel_km FROM appointment a WHERE %2")
            .arg(localMonthSql(db.sql(), QStringLiteral("a.start_utc")), split.raw.sql),
        split.raw.binds};
    if (!split.useSummary)
        return out;
    out.sql += QStringLiteral(" UNION ALL SELECT s.form, s.outcome, s.staff_id, s.own_site_id, "
                              "s.month, s.appointments, s.minutes, s.travel_minutes, s.travel_km "
                              "FROM appointment_month s WHERE %1")
                   .arg(split.summary.sql);
    out.binds += split.summary.binds;
    return out;
}

QString nIf(const QString& condition) {
    return QStringLiteral("sum(CASE WHEN %1 THEN n ELSE 0 END)").arg(condition);
}

SqlCondition appointmentsInPeriod(const ReportFilter& filter, const char* alias) {
    SqlCondition out{QStringLiteral("%1.deleted = 0 AND %1.start_utc >= ? AND %1.start_utc < ?")
                         .arg(QLatin1String(alias)),
                     {filter.fromUtcText(), filter.toUtcText()}};
    out &= filter.appointment(alias);
    return out;
}

QString localDateSql(const SqlDialect& sql, const QString& utcColumn) {
    return sqlLocalDate(sql, utcColumn);
}

QString localMonthSql(const SqlDialect& sql, const QString& utcColumn) {
    return sqlLocalMonth(sql, utcColumn);
}

QString countIf(const QString& condition) {
    return QStringLiteral("sum(%1)").arg(oneIf(condition));
}

QString oneIf(const QString& condition) {
    return QStringLiteral("CASE WHEN %1 THEN 1 ELSE 0 END").arg(condition);
}

QList<QDate> periodMonths(const ReportFilter& filter) {
    QList<QDate> out;
    if (!filter.from.isValid() || !filter.to.isValid())
        return out;
    const QDate last(filter.to.year(), filter.to.month(), 1);
    for (QDate m(filter.from.year(), filter.from.month(), 1); m <= last; m = m.addMonths(1))
        out << m;
    return out;
}

QList<QVariantList> monthRows(const ReportFilter& filter, const QList<ReportColumn>& columns) {
    QList<QVariantList> rows;
    for (const QDate& month : periodMonths(filter)) {
        QVariantList row{month};
        for (qsizetype i = 1; i < columns.size(); ++i)
            row << (columns[i].type == ColumnType::Integer ? QVariant(qint64(0))
                                                           : QVariant(double(0)));
        rows << row;
    }
    return rows;
}

int monthRow(const ReportFilter& filter, const QString& monthKey) {
    const QDate month = QDate::fromString(monthKey + QStringLiteral("-01"), Qt::ISODate);
    if (!month.isValid() || !filter.from.isValid())
        return -1;
    const int index =
        (month.year() - filter.from.year()) * 12 + month.month() - filter.from.month();
    return index >= 0 && index < periodMonths(filter).size() ? index : -1;
}

Status forEachRow(const Database& db, const QString& sql, const QVariantList& binds,
                  const std::function<void(const QSqlQuery&)>& row) {
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (auto r = db.exec(q, sql, binds); !r)
        return Status(r.error());
    while (q.next())
        row(q);
    return Status::success();
}

ReportColumn column(const char* key, const QString& label, ColumnType type, int decimals,
                    bool plotted) {
    ReportColumn c;
    c.key = QLatin1String(key);
    c.label = label;
    c.type = type;
    c.decimals = decimals;
    c.plotted = plotted;
    return c;
}

Result<bool> run(const Database& db, QSqlQuery& q, const QString& sql, const QVariantList& binds) {
    q.setForwardOnly(true);
    return db.exec(q, sql, binds);
}

double rounded(double value, int decimals) {
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

QVariant percent(qint64 part, qint64 whole, int decimals) {
    if (whole == 0)
        return QVariant();
    return rounded(100.0 * double(part) / double(whole), decimals);
}

double hoursOf(qint64 minutes) {
    return rounded(double(minutes) / 60.0, 1);
}

} // namespace bs::reports
