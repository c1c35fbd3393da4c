// Reading report tables back in tests: a cell by row and column key, its number, and local times.
#pragma once
#include "domain/Appointment.h"
#include "reports/ReportTable.h"

#include <catch2/catch.hpp>

namespace bs::test {

inline QDateTime local(int y, int m, int d, int h, int min) {
    return localToUtc(QDate(y, m, d), QTime(h, min));
}

// The cell of a row by column key (the column must exist).
inline QVariant cell(const ReportTable& t, int row, const char* key) {
    const int c = t.columnIndex(QLatin1String(key));
    REQUIRE(c >= 0);
    REQUIRE(row >= 0);
    REQUIRE(row < t.rows.size());
    return t.rows[row].value(c);
}

// A cell that must hold a number.
inline double num(const ReportTable& t, int row, const char* key) {
    const QVariant v = cell(t, row, key);
    INFO("column " << key << ", row " << row);
    REQUIRE_FALSE(v.isNull());
    return v.toDouble();
}

inline bool isNull(const ReportTable& t, int row, const char* key) {
    return cell(t, row, key).isNull();
}

} // namespace bs::test
