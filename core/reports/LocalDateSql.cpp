#include "LocalDateSql.h"

namespace bs::reports {

QString localDateSql(const QString& column) {
    // The last Sunday of a month ending on the 31st is the first Sunday on or after the 25th.
    return QStringLiteral("date(%1, CASE WHEN %1 >= date(substr(%1, 1, 4) || '-03-25', "
                          "'weekday 0') || 'T01:00' AND %1 < date(substr(%1, 1, 4) || "
                          "'-10-25', 'weekday 0') || 'T01:00' THEN '+2 hours' ELSE '+1 hour' END)")
        .arg(column);
}

QString localMonthSql(const QString& column) {
    return QStringLiteral("substr(%1, 1, 7)").arg(localDateSql(column));
}

} // namespace bs::reports
