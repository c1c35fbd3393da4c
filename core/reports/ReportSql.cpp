#include "ReportSql.h"

#include <cmath>

namespace bs::reports {

SqlCondition appointmentsInPeriod(const ReportFilter& filter, const char* alias) {
    SqlCondition out{QStringLiteral("%1.deleted = 0 AND %1.start_utc >= ? AND %1.start_utc < ?")
                         .arg(QLatin1String(alias)),
                     {filter.fromUtcText(), filter.toUtcText()}};
    out &= filter.appointment(alias);
    return out;
}

QString localDateSql(const QString& utcColumn) {
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

QString localMonthSql(const QString& utcColumn) {
    return QStringLiteral("substr(%1, 1, 7)").arg(localDateSql(utcColumn));
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
