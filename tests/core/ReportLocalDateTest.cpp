// The Ledelse figures group UTC timestamps by local (Europe/Copenhagen) date and month inside the
// database: SQLite by the EU summer-time rule, PostgreSQL by its own time-zone data. Both must
// give the dates Qt gives, so a chart has the same months on either engine. This test runs on
// both engines (ctest registers the core tests for each).
#include "reports/ReportSql.h"
#include "support/TestDatabase.h"

#include <QSqlQuery>
#include <QStringList>

using namespace bs;
using namespace bs::test;

namespace {

// The last Sunday of a month.
QDate lastSunday(int year, int month) {
    QDate d = QDate(year, month, 1).addMonths(1).addDays(-1);
    while (d.dayOfWeek() != Qt::Sunday)
        d = d.addDays(-1);
    return d;
}

// Every quarter of an hour of the UTC evenings and nights around `day`.
QList<QDateTime> around(QDate day) {
    QList<QDateTime> out;
    for (QDate d = day.addDays(-1); d <= day.addDays(1); d = d.addDays(1))
        for (int minutes = 0; minutes < 24 * 60; minutes += 15) {
            const int hour = minutes / 60;
            if (hour < 3 || hour >= 20)
                out << QDateTime(d, QTime(hour, minutes % 60), QTimeZone::utc());
        }
    return out;
}

} // namespace

TEST_CASE("Local dates and months in SQL match Copenhagen on every summer-time change 1997-2040",
          "[reports][localdate]") {
    TestDatabase t;
    QList<QDateTime> times;
    for (int year = 1997; year <= 2040; ++year) {
        times << around(lastSunday(year, 3)) << around(lastSunday(year, 10))
              << around(QDate(year, 12, 31));
        if (QDate::isLeapYear(year))
            times << around(QDate(year, 2, 29));
    }
    REQUIRE(times.size() > 5000);

    int checked = 0;
    constexpr qsizetype kBatch = 400;
    for (qsizetype first = 0; first < times.size(); first += kBatch) {
        const QList<QDateTime> batch = times.mid(first, kBatch);
        QStringList rows;
        QVariantList binds;
        for (const QDateTime& at : batch) {
            rows << QStringLiteral("(?)");
            binds << toDbTimestamp(at);
        }
        const QString sql = QStringLiteral("WITH v(ts) AS (VALUES %1) SELECT ts, %2, %3 FROM v")
                                .arg(rows.join(QStringLiteral(", ")),
                                     reports::localDateSql(t.db->sql(), QStringLiteral("v.ts")),
                                     reports::localMonthSql(t.db->sql(), QStringLiteral("v.ts")));
        QSqlQuery q(t.db->connection());
        const auto ran = t.db->exec(q, sql, binds);
        INFO(ran.message().toStdString());
        REQUIRE(ran.ok());
        while (q.next()) {
            const QDate expected =
                fromDbTimestamp(q.value(0).toString()).toTimeZone(Clock::localZone()).date();
            if (q.value(1).toString() != expected.toString(Qt::ISODate) ||
                q.value(2).toString() != expected.toString(QStringLiteral("yyyy-MM")))
                FAIL_CHECK(q.value(0).toString().toStdString()
                           << " gave " << q.value(1).toString().toStdString() << " / "
                           << q.value(2).toString().toStdString());
            ++checked;
        }
    }
    CHECK(checked == times.size());
}
