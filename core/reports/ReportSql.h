#pragma once
// SQL building blocks shared by the Ledelse figures: the period condition for appointments,
// local (Europe/Copenhagen) dates of UTC timestamps computed inside SQLite, month rows, running a
// grouped query, and rounding and rates as the tables store them.
#include "ReportFilter.h"
#include "ReportTable.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <functional>

namespace bs::reports {

// Appointments `alias` not deleted, starting in [filter.fromUtcText(), filter.toUtcText()) and
// passing filter.appointment(alias).
SqlCondition appointmentsInPeriod(const ReportFilter& filter, const char* alias = "a");

// The local date ('YYYY-MM-DD') of a UTC timestamp column ('YYYY-MM-DDTHH:MM:SS.zzzZ') under
// the EU summer-time rule of Europe/Copenhagen (UTC+1, UTC+2 from the last Sunday of March to the
// last Sunday of October, switching at 01:00 UTC). Only evening hours (22, 23 UTC) need date
// functions, so grouping millions of rows by it stays cheap.
QString localDateSql(const QString& utcColumn);
// The local month ('YYYY-MM') of a UTC timestamp column.
QString localMonthSql(const QString& utcColumn);

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
