#pragma once
// SQL building blocks shared by the Ledelse figures: the period condition for appointments,
// local (Europe/Copenhagen) dates of UTC timestamps computed inside the database, month rows,
// running a grouped query, and rounding and rates as the tables store them.
#include "ReportFilter.h"
#include "ReportTable.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <functional>

namespace bs::reports {

// Appointments `alias` not deleted, starting in [filter.fromUtcText(), filter.toUtcText()) and
// passing filter.appointment(alias).
SqlCondition appointmentsInPeriod(const ReportFilter& filter, const char* alias = "a");

// A period read from the monthly summaries where it can be: `summary` the condition on summary
// rows `s` (whole local months, and the filter's sites, teams and forms); `raw` the condition on
// appointments `a` for the rest of the period (with the whole filter). Without whole months, or
// with a legal-basis filter (the summaries do not keep grants), `raw` is the whole period.
struct PeriodSplit {
    bool useSummary = false;
    // With useSummary: the UTC bounds [wholeFromUtc, wholeToUtc) of the whole months read from
    // the summary, for figures that correct the summary with a few appointments.
    QString wholeFromUtc;
    QString wholeToUtc;
    SqlCondition summary;
    SqlCondition raw;
};
// Whole local years are read from year rows unless `monthsOnly` (figures per month).
PeriodSplit splitPeriod(const ReportFilter& filter, bool monthsOnly = false);

// The appointments of the period passing the filter, as rows of (form, outcome, staff_id,
// own_site_id, month, n, minutes, travel_minutes, travel_km): n appointments of that form, outcome
// and staff member at that site (the appointment's, else its citizen's) in that local month
// ('YYYY-MM'; with !byMonth it may be a whole year 'YYYY'), with their summed minutes, travel
// minutes and km. Sum over it grouped as needed: whole years and months come from the summary
// (AppointmentMonths), the rest from the appointments.
SqlCondition appointmentFigures(const Database& db, const ReportFilter& filter,
                                bool byMonth = false);
// Sums n over the rows of appointmentFigures() where `condition` holds.
QString nIf(const QString& condition);

// The local date ('YYYY-MM-DD') of a UTC timestamp column ('YYYY-MM-DDTHH:MM:SS.zzzZ') under
// the EU summer-time rule of Europe/Copenhagen (UTC+1, UTC+2 from the last Sunday of March to the
// last Sunday of October, switching at 01:00 UTC). Only evening hours (22, 23 UTC) need date
// functions, so grouping millions of rows by it stays cheap. PostgreSQL converts with its own
// time-zone data (the same dates: the EU rule has held since 1996).
QString localDateSql(const SqlDialect& sql, const QString& utcColumn);
// The local month ('YYYY-MM') of a UTC timestamp column.
QString localMonthSql(const SqlDialect& sql, const QString& utcColumn);
// Sums 1 for every row where `condition` holds (booleans are not numbers in PostgreSQL).
QString countIf(const QString& condition);
// 1 when `condition` holds, else 0.
QString oneIf(const QString& condition);

// The first day of every month from the month of filter.from to the month of filter.to.
QList<QDate> periodMonths(const ReportFilter& filter);
// One row per period month (column 0 the month's first day as a QDate) with `values` zeros
// (qint64 for Integer columns, double otherwise) after it; `columns` gives the types.
QList<QVariantList> monthRows(const ReportFilter& filter, const QList<ReportColumn>& columns);
// The row of a 'YYYY-MM' month key in rows made by monthRows(); -1 when outside.
int monthRow(const ReportFilter& filter, const QString& monthKey);

// A column of a report table, in one line.
ReportColumn column(const char* key, const QString& label, ColumnType type, int decimals = 0,
                    bool plotted = true);

// Runs a forward-only query with positional binds (the caller reads the rows).
Result<bool> run(const Database& db, QSqlQuery& q, const QString& sql, const QVariantList& binds);

// Runs a query with positional binds and calls `row` for every result row.
Status forEachRow(const Database& db, const QString& sql, const QVariantList& binds,
                  const std::function<void(const QSqlQuery&)>& row);

// Rounded to `decimals` places, as tables store decimals so chart, CSV and JSON agree.
double rounded(double value, int decimals);
// part / whole in percent with `decimals` places; null (an empty cell) when whole is 0.
QVariant percent(qint64 part, qint64 whole, int decimals = 1);
// Minutes as hours with one decimal.
double hoursOf(qint64 minutes);

} // namespace bs::reports
