#include "domain/Appointment.h"

#include <QTimeZone>
#include <catch2/catch.hpp>

using namespace bs;

namespace {
AppointmentSeries weekly() {
    AppointmentSeries s;
    s.staffId = newId();
    s.citizenId = newId();
    s.firstDate = QDate(2025, 3, 3);
    s.localStart = QTime(10, 0);
    s.count = 4;
    return s;
}
} // namespace

TEST_CASE("A series gives its local dates weekly, every other week or every N weeks") {
    AppointmentSeries s = weekly();
    CHECK(s.occurrenceDates() == QList<QDate>{QDate(2025, 3, 3), QDate(2025, 3, 10),
                                              QDate(2025, 3, 17), QDate(2025, 3, 24)});
    s.intervalWeeks = 2;
    s.count = 0;
    s.until = QDate(2025, 4, 14);
    CHECK(s.occurrenceDates() == QList<QDate>{QDate(2025, 3, 3), QDate(2025, 3, 17),
                                              QDate(2025, 3, 31), QDate(2025, 4, 14)});
    s.intervalWeeks = 3;
    CHECK(s.occurrenceDates() ==
          QList<QDate>{QDate(2025, 3, 3), QDate(2025, 3, 24), QDate(2025, 4, 14)});
    CHECK(s.validate().isEmpty());
}

TEST_CASE("A series needs an end, a sensible length and its people") {
    AppointmentSeries s = weekly();
    s.count = 0;
    CHECK(s.validate().has(QStringLiteral("until")));
    s.until = QDate(2025, 3, 1);
    CHECK(s.validate().has(QStringLiteral("until")));
    s.until = QDate(2035, 1, 1); // more than 260 weekly visits
    CHECK(s.validate().has(QStringLiteral("until")));
    s.until = QDate(2025, 6, 1);
    s.durationMinutes = 2;
    s.staffId = {};
    const auto e = s.validate();
    CHECK(e.has(QStringLiteral("duration")));
    CHECK(e.has(QStringLiteral("staff")));
    s.form = SupportForm::Group;
    CHECK(s.validate().has(QStringLiteral("group")));
}

TEST_CASE("Local times become UTC by the Danish clock, also around summer time") {
    CHECK(localToUtc(QDate(2025, 3, 24), QTime(10, 0)) ==
          QDateTime(QDate(2025, 3, 24), QTime(9, 0), QTimeZone::utc()));
    CHECK(localToUtc(QDate(2025, 3, 31), QTime(10, 0)) ==
          QDateTime(QDate(2025, 3, 31), QTime(8, 0), QTimeZone::utc()));
    CHECK(localToUtc(QDate(2025, 10, 27), QTime(10, 0)) ==
          QDateTime(QDate(2025, 10, 27), QTime(9, 0), QTimeZone::utc()));
}

TEST_CASE("A no-show needs a reason; an appointment needs staff and a citizen or group") {
    Appointment a;
    a.staffId = newId();
    a.citizenId = newId();
    a.startUtc = localToUtc(QDate(2025, 5, 6), QTime(11, 0));
    CHECK(a.validate().isEmpty());
    CHECK(a.endUtc() == a.startUtc.addSecs(3600));
    CHECK(a.localStart().time() == QTime(11, 0));
    a.outcome = Outcome::NoShow;
    CHECK(a.validate().has(QStringLiteral("reason")));
    a.outcomeReason = QStringLiteral("Ikke hjemme");
    CHECK(a.validate().isEmpty());
    a.outcome = Outcome::CancelledByCitizen;
    a.outcomeReason.clear();
    CHECK(a.validate().isEmpty());
    CHECK(a.isCancelled());
    a.form = SupportForm::Group;
    CHECK(a.validate().has(QStringLiteral("group")));
}
