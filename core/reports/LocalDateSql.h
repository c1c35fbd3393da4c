#pragma once
// The local (Europe/Copenhagen) date of a stored UTC timestamp, as an SQL expression, so reports
// can group and compare by the day a user sees without loading rows into C++. SQLite's own
// 'localtime' follows the process's time zone, which is not the municipality's; this follows the
// EU rule Denmark has used since 1996: summer time (UTC+2) from 01:00 UTC on the last Sunday of
// March to 01:00 UTC on the last Sunday of October, otherwise UTC+1.
#include <QString>

namespace bs::reports {

// `column` holds toDbTimestamp() text ("2025-11-25T09:00:00.000Z"); the expression yields the
// local ISO date ("2025-11-25"). No bindings.
QString localDateSql(const QString& column);

// The local "yyyy-MM" month of the timestamp.
QString localMonthSql(const QString& column);

} // namespace bs::reports
