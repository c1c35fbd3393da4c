#include "services/Scheduler.h"
#include "support/Expect.h"
#include "support/TestDatabase.h"

using namespace bs;
using bs::test::Builders;
using bs::test::s;
using bs::test::TestDatabase;
using bs::test::utc;
using Kind = CalendarWarning::Kind;

namespace {

struct Calendar {
    TestDatabase t; // clock: Tuesday 25 November 2025, 10:00 local (09:00 UTC)
    Builders b{t.reg()};
    Scheduler scheduler{t.reg()};
    Staff mh = b.staff(s("MH"), s("Mette Holm"));
    Staff jk = b.staff(s("JK"), s("Jonas Krogh"));
    Citizen jens = b.citizen(s("Jens Ågård"));
    Citizen karen = b.citizen(s("Karen Ø"));

    Appointment visit(const Staff& staff, const Citizen& citizen, QDate day, QTime start,
                      int minutes = 60) const {
        Appointment a;
        a.form = SupportForm::Individual;
        a.staffId = staff.meta.id;
        a.citizenId = citizen.meta.id;
        a.place = s("hjemme hos borgeren");
        a.startUtc = localToUtc(day, start);
        a.durationMinutes = minutes;
        return a;
    }
    Appointment session(const SupportGroup& group, QDate day, QTime start,
                        int minutes = 120) const {
        Appointment a;
        a.form = SupportForm::Group;
        a.staffId = group.facilitator1;
        a.groupId = group.meta.id;
        a.siteId = group.siteId;
        a.startUtc = localToUtc(day, start);
        a.durationMinutes = minutes;
        a.topic = s("Struktur på ugen");
        return a;
    }
    // Books and returns the stored appointment.
    Appointment booked(Appointment a) {
        auto w = scheduler.book(a);
        INFO(w.message());
        REQUIRE(w.ok());
        REQUIRE_FALSE(a.meta.isNew());
        return a;
    }
    void member(const SupportGroup& group, const Citizen& citizen, QDate from, QDate to = {}) {
        GroupMember m;
        m.groupId = group.meta.id;
        m.citizenId = citizen.meta.id;
        m.from = from;
        m.to = to;
        auto st = t.reg().saveGroupMember(m);
        INFO(st.message());
        REQUIRE(st.ok());
    }
    AppointmentSeries weekly(const Staff& staff, const Citizen& citizen, QDate first,
                             QTime start) const {
        AppointmentSeries r;
        r.form = SupportForm::Individual;
        r.staffId = staff.meta.id;
        r.citizenId = citizen.meta.id;
        r.firstDate = first;
        r.localStart = start;
        r.durationMinutes = 60;
        return r;
    }
    QList<Appointment> create(AppointmentSeries& series, Appointment tmpl = {}) {
        auto made = scheduler.createSeries(series, tmpl);
        INFO(made.message());
        REQUIRE(made.ok());
        return *made;
    }
    Appointment stored(const Appointment& a) const {
        auto r = t.registry->record<Appointment>(a.meta.id);
        REQUIRE(r.ok());
        return *r;
    }
    QList<Appointment> all(QDate from, QDate to, const CalendarFilter& filter = {}) const {
        auto r = scheduler.appointments(localToUtc(from, QTime(0, 0)),
                                        localToUtc(to.addDays(1), QTime(0, 0)), filter);
        INFO(r.message());
        REQUIRE(r.ok());
        return *r;
    }
    QList<CalendarWarning> warnings(const Appointment& a) const {
        auto w = scheduler.check(a);
        INFO(w.message());
        REQUIRE(w.ok());
        return *w;
    }
};

QList<CalendarWarning> ofKind(const QList<CalendarWarning>& all, Kind kind) {
    QList<CalendarWarning> out;
    for (const auto& w : all)
        if (w.kind == kind)
            out << w;
    return out;
}

QTime localTime(const Appointment& a) {
    return a.localStart().time();
}
QDate localDay(const Appointment& a) {
    return a.localStart().date();
}

} // namespace

// --- Series -----------------------------------------------------------------------------------

TEST_CASE("A weekly series stays at 10:00 local across both summer-time changes", "[calendar]") {
    Calendar c;
    AppointmentSeries series = c.weekly(c.mh, c.jens, QDate(2025, 3, 3), QTime(10, 0));
    series.until = QDate(2025, 11, 17);
    Appointment tmpl;
    tmpl.travelMinutes = 30;
    tmpl.travelKm = 12.5;
    const QList<Appointment> made = c.create(series, tmpl);

    REQUIRE(made.size() == 38); // 3 March to 17 November, every Monday
    CHECK_FALSE(series.meta.isNew());
    const QDate summerStarts(2025, 3, 30), summerEnds(2025, 10, 26);
    for (const Appointment& a : made) {
        INFO(a.startUtc.toString(Qt::ISODate).toStdString());
        CHECK(localTime(a) == QTime(10, 0));
        CHECK(localDay(a).dayOfWeek() == 1);
        const bool summer = localDay(a) >= summerStarts && localDay(a) < summerEnds;
        CHECK(a.startUtc.toUTC().time() == (summer ? QTime(8, 0) : QTime(9, 0)));
        CHECK(a.seriesId == series.meta.id);
        CHECK(a.travelMinutes == 30);
        CHECK(a.outcome == Outcome::Planned);
    }
    CHECK(made[3].startUtc == utc(2025, 3, 24, 9));   // last Monday of winter time
    CHECK(made[4].startUtc == utc(2025, 3, 31, 8));   // first Monday of summer time
    CHECK(made[33].startUtc == utc(2025, 10, 20, 8)); // last Monday of summer time
    CHECK(made[34].startUtc == utc(2025, 10, 27, 9)); // first Monday of winter time

    // As stored, read back through the calendar.
    const auto stored = c.all(QDate(2025, 3, 1), QDate(2025, 12, 31));
    REQUIRE(stored.size() == 38);
    CHECK(stored[4].startUtc == utc(2025, 3, 31, 8));
    CHECK(stored[34].startUtc == utc(2025, 10, 27, 9));
    CHECK(stored[34].travelKm == 12.5);
    CHECK(c.t.registry->record<AppointmentSeries>(series.meta.id)->localStart == QTime(10, 0));
}

TEST_CASE("Every other week and every N weeks, by count or by an end date", "[calendar]") {
    Calendar c;
    AppointmentSeries series = c.weekly(c.mh, c.jens, QDate(2025, 9, 30), QTime(10, 0));
    series.intervalWeeks = 2;

    SECTION("by count, alternating weeks across the autumn change") {
        series.count = 4;
        const auto made = c.create(series);
        REQUIRE(made.size() == 4);
        const QList<QDate> expected{QDate(2025, 9, 30), QDate(2025, 10, 14), QDate(2025, 10, 28),
                                    QDate(2025, 11, 11)};
        for (int i = 0; i < 4; ++i) {
            CHECK(localDay(made[i]) == expected[i]);
            CHECK(localTime(made[i]) == QTime(10, 0));
            if (i > 0)
                CHECK(localDay(made[i - 1]).daysTo(localDay(made[i])) == 14);
        }
        CHECK(made[1].startUtc == utc(2025, 10, 14, 8));
        CHECK(made[2].startUtc == utc(2025, 10, 28, 9));
    }
    SECTION("by an end date: the same dates, and the end date is inclusive") {
        series.until = QDate(2025, 11, 11);
        auto made = c.create(series);
        REQUIRE(made.size() == 4);
        CHECK(localDay(made.last()) == QDate(2025, 11, 11));
        AppointmentSeries shorter = c.weekly(c.jk, c.karen, QDate(2025, 9, 30), QTime(12, 0));
        shorter.intervalWeeks = 2;
        shorter.until = QDate(2025, 11, 10); // the day before the fourth
        made = c.create(shorter);
        REQUIRE(made.size() == 3);
        CHECK(localDay(made.last()) == QDate(2025, 10, 28));
    }
    SECTION("every third week") {
        series.intervalWeeks = 3;
        series.count = 3;
        const auto made = c.create(series);
        REQUIRE(made.size() == 3);
        CHECK(localDay(made[1]) == QDate(2025, 10, 21));
        CHECK(localDay(made[2]) == QDate(2025, 11, 11));
    }
}

TEST_CASE("A series is validated and its people must exist; a refused series writes nothing",
          "[calendar]") {
    Calendar c;
    AppointmentSeries series = c.weekly(c.mh, c.jens, QDate(2025, 12, 1), QTime(10, 0));
    series.count = 3;

    SECTION("no end") {
        series.count = 0;
        auto r = c.scheduler.createSeries(series, {});
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().field == s("until"));
    }
    SECTION("an unknown citizen") {
        series.citizenId = newId();
        auto r = c.scheduler.createSeries(series, {});
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().field == s("citizen"));
    }
    SECTION("an unknown staff member") {
        series.staffId = newId();
        auto r = c.scheduler.createSeries(series, {});
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().field == s("staff"));
    }
    CHECK(series.meta.isNew());
    CHECK(series.meta.id.isNull());
    CHECK(c.all(QDate(2025, 11, 1), QDate(2026, 1, 31)).isEmpty());
}

TEST_CASE("Changing one occurrence moves only it, and it stays in its series", "[calendar]") {
    Calendar c;
    AppointmentSeries series = c.weekly(c.mh, c.jens, QDate(2025, 12, 1), QTime(10, 0));
    series.count = 4;
    const auto made = c.create(series);

    Appointment second = made[1];
    second.startUtc = localToUtc(QDate(2025, 12, 9), QTime(14, 0)); // Tuesday afternoon
    second.durationMinutes = 45;
    second.seriesId = {}; // the series cannot be changed from here
    auto w = c.scheduler.changeOne(second);
    INFO(w.message());
    REQUIRE(w.ok());
    CHECK(second.seriesId == series.meta.id);

    const auto after = c.all(QDate(2025, 12, 1), QDate(2025, 12, 31));
    REQUIRE(after.size() == 4);
    CHECK(after[1].meta.id == made[1].meta.id);
    CHECK(localDay(after[1]) == QDate(2025, 12, 9));
    CHECK(localTime(after[1]) == QTime(14, 0));
    CHECK(after[1].durationMinutes == 45);
    CHECK(after[1].seriesId == series.meta.id);
    for (int i : {0, 2, 3}) {
        CHECK(after[i].meta.id == made[i].meta.id);
        CHECK(localTime(after[i]) == QTime(10, 0));
        CHECK(after[i].durationMinutes == 60);
        CHECK(after[i].meta.revision == 1);
    }
    // The time the series gave it is kept, through a second move, and cleared on moving back.
    CHECK(after[1].originalStartUtc == made[1].startUtc);
    CHECK(after[0].originalStartUtc.isNull());
    Appointment again = after[1];
    again.startUtc = localToUtc(QDate(2025, 12, 10), QTime(9, 0));
    REQUIRE(c.scheduler.changeOne(again).ok());
    CHECK(c.stored(again).originalStartUtc == made[1].startUtc);
    again.startUtc = made[1].startUtc;
    REQUIRE(c.scheduler.changeOne(again).ok());
    CHECK(c.stored(again).originalStartUtc.isNull());

    SECTION("a change that breaks a rule is refused and leaves the value as it was") {
        Appointment third = after[2];
        third.durationMinutes = 2;
        auto r = c.scheduler.changeOne(third);
        CHECK_FALSE(r.ok());
        CHECK(c.stored(third).durationMinutes == 60);
        CHECK(third.meta.revision == 1);
    }
}

TEST_CASE("Changing this and the following splits the series and keeps occurrences with an "
          "outcome",
          "[calendar]") {
    Calendar c;
    // Six Mondays from 6 October; the summer time ends on 26 October.
    AppointmentSeries series = c.weekly(c.mh, c.jens, QDate(2025, 10, 6), QTime(10, 0));
    series.count = 6;
    const auto made = c.create(series);
    Appointment completed = made[3]; // 27 October
    REQUIRE(c.scheduler.registerOutcome(completed, Outcome::Completed, {}, c.mh.meta.id).ok());

    Appointment changed = made[2]; // 20 October: from here on 13:00, 90 minutes, Jonas
    changed.startUtc = localToUtc(QDate(2025, 10, 20), QTime(13, 0));
    changed.durationMinutes = 90;
    changed.staffId = c.jk.meta.id;
    changed.place = s("Café Kanalen");
    auto st = c.scheduler.changeFollowing(changed);
    INFO(st.message());
    REQUIRE(st.ok());

    const auto after = c.all(QDate(2025, 10, 1), QDate(2025, 11, 30));
    REQUIRE(after.size() == 6);
    // Before the split: untouched, old series.
    for (int i : {0, 1}) {
        CHECK(after[i].seriesId == series.meta.id);
        CHECK(localTime(after[i]) == QTime(10, 0));
        CHECK(after[i].staffId == c.mh.meta.id);
    }
    // The completed one keeps its time, staff, series and outcome.
    CHECK(after[3].meta.id == completed.meta.id);
    CHECK(after[3].outcome == Outcome::Completed);
    CHECK(localTime(after[3]) == QTime(10, 0));
    CHECK(after[3].staffId == c.mh.meta.id);
    CHECK(after[3].seriesId == series.meta.id);
    // This and the following planned ones: new series, 13:00 local on their own dates.
    const QUuid next = after[2].seriesId;
    CHECK_FALSE(next.isNull());
    CHECK(next != series.meta.id);
    for (int i : {2, 4, 5}) {
        CHECK(after[i].meta.id == made[i].meta.id);
        CHECK(after[i].seriesId == next);
        CHECK(localDay(after[i]) == localDay(made[i]));
        CHECK(localTime(after[i]) == QTime(13, 0));
        CHECK(after[i].durationMinutes == 90);
        CHECK(after[i].staffId == c.jk.meta.id);
        CHECK(after[i].place == s("Café Kanalen"));
    }
    CHECK(after[2].startUtc == utc(2025, 10, 20, 11)); // summer time
    CHECK(after[4].startUtc == utc(2025, 11, 3, 12));  // winter time

    const auto oldSeries = c.t.registry->record<AppointmentSeries>(series.meta.id);
    REQUIRE(oldSeries.ok());
    CHECK(oldSeries->until == QDate(2025, 10, 19));
    CHECK(oldSeries->count == 0);
    const auto newSeries = c.t.registry->record<AppointmentSeries>(next);
    REQUIRE(newSeries.ok());
    CHECK(newSeries->firstDate == QDate(2025, 10, 20));
    CHECK(newSeries->localStart == QTime(13, 0));
    CHECK(newSeries->durationMinutes == 90);
    CHECK(newSeries->staffId == c.jk.meta.id);
    CHECK(newSeries->count == 4); // 20 and 27 October, 3 and 10 November
    CHECK(newSeries->intervalWeeks == 1);
    CHECK(newSeries->citizenId == c.jens.meta.id);

    SECTION("changing from the first occurrence changes the series itself") {
        AppointmentSeries other = c.weekly(c.jk, c.karen, QDate(2025, 12, 1), QTime(9, 0));
        other.until = QDate(2025, 12, 15);
        const auto three = c.create(other);
        Appointment first = three[0];
        first.startUtc = localToUtc(QDate(2025, 12, 1), QTime(11, 30));
        REQUIRE(c.scheduler.changeFollowing(first).ok());
        const auto moved = c.all(QDate(2025, 12, 1), QDate(2025, 12, 31));
        REQUIRE(moved.size() == 3);
        for (const auto& a : moved) {
            CHECK(a.seriesId == other.meta.id);
            CHECK(localTime(a) == QTime(11, 30));
        }
        const auto same = c.t.registry->record<AppointmentSeries>(other.meta.id);
        CHECK(same->localStart == QTime(11, 30));
        CHECK(same->until == QDate(2025, 12, 15));
    }
    SECTION("an appointment outside a series is refused") {
        Appointment single = c.booked(c.visit(c.mh, c.karen, QDate(2025, 12, 3), QTime(9, 0)));
        single.startUtc = single.startUtc.addSecs(3600);
        CHECK_FALSE(c.scheduler.changeFollowing(single).ok());
        CHECK(localTime(c.stored(single)) == QTime(9, 0));
    }
}

// --- Cancellations and outcomes
// -------------------------------------------------------------------

TEST_CASE("Cancelling one occurrence, or this and the following", "[calendar]") {
    Calendar c;
    AppointmentSeries series = c.weekly(c.mh, c.jens, QDate(2025, 12, 1), QTime(10, 0));
    series.count = 5;
    auto made = c.create(series);

    Appointment second = made[1];
    SECTION("only a cancellation is accepted") {
        auto st = c.scheduler.cancelOne(second, Outcome::Completed, {}, c.mh.meta.id);
        CHECK_FALSE(st.ok());
        CHECK(second.outcome == Outcome::Planned);
        CHECK(c.stored(second).outcome == Outcome::Planned);
        CHECK_FALSE(
            c.scheduler.cancelFollowing(second, Outcome::NoShow, s("x"), c.mh.meta.id).ok());
    }

    REQUIRE(
        c.scheduler.cancelOne(second, Outcome::CancelledByCitizen, s("Syg"), c.mh.meta.id).ok());
    CHECK(second.outcome == Outcome::CancelledByCitizen);
    CHECK(second.outcomeReason == s("Syg"));
    CHECK(second.outcomeBy == c.mh.meta.id);
    CHECK(second.outcomeAtUtc == c.t.clock.nowUtc());
    CHECK(c.stored(second).outcome == Outcome::CancelledByCitizen);

    c.t.clock.advanceSecs(3600);
    REQUIRE(
        c.scheduler.cancelFollowing(made[2], Outcome::CancelledByStaff, s("Ferie"), c.jk.meta.id)
            .ok());
    const auto after = c.all(QDate(2025, 12, 1), QDate(2025, 12, 31));
    REQUIRE(after.size() == 5);
    CHECK(after[0].outcome == Outcome::Planned);
    CHECK(after[1].outcome == Outcome::CancelledByCitizen); // cancelled before: kept
    CHECK(after[1].outcomeBy == c.mh.meta.id);
    for (int i : {2, 3, 4}) {
        CHECK(after[i].outcome == Outcome::CancelledByStaff);
        CHECK(after[i].outcomeReason == s("Ferie"));
        CHECK(after[i].outcomeBy == c.jk.meta.id);
        CHECK(after[i].outcomeAtUtc == utc(2025, 11, 25, 10));
    }
}

TEST_CASE("Registering an outcome records who and when, and a visit cannot be completed before "
          "it starts",
          "[calendar]") {
    Calendar c;
    Appointment past = c.booked(c.visit(c.mh, c.jens, QDate(2025, 11, 24), QTime(10, 0)));
    Appointment future = c.booked(c.visit(c.mh, c.jens, QDate(2025, 11, 26), QTime(10, 0)));

    REQUIRE(c.scheduler.registerOutcome(past, Outcome::Completed, {}, c.jk.meta.id).ok());
    CHECK(past.outcome == Outcome::Completed);
    CHECK(past.outcomeBy == c.jk.meta.id);
    CHECK(past.outcomeAtUtc == utc(2025, 11, 25, 9));
    const Appointment read = c.stored(past);
    CHECK(read.outcome == Outcome::Completed);
    CHECK(read.outcomeBy == c.jk.meta.id);
    CHECK(read.outcomeAtUtc == utc(2025, 11, 25, 9));

    SECTION("a later registration wins") {
        c.t.clock.advanceSecs(2 * 3600);
        REQUIRE(c.scheduler.registerOutcome(past, Outcome::NoShow, s("Ikke hjemme"), c.mh.meta.id)
                    .ok());
        CHECK(c.stored(past).outcome == Outcome::NoShow);
        CHECK(c.stored(past).outcomeBy == c.mh.meta.id);
        CHECK(c.stored(past).outcomeAtUtc == utc(2025, 11, 25, 11));
    }
    SECTION("a no-show needs a reason") {
        Appointment other = past;
        auto st = c.scheduler.registerOutcome(other, Outcome::NoShow, s("  "), c.mh.meta.id);
        REQUIRE_FALSE(st.ok());
        CHECK(st.error().field == s("reason"));
        CHECK(other.outcome == Outcome::Completed);
        CHECK(c.stored(past).outcome == Outcome::Completed);
    }
    SECTION("a completion or no-show in the future is refused, a cancellation is not") {
        auto st = c.scheduler.registerOutcome(future, Outcome::Completed, {}, c.mh.meta.id);
        REQUIRE_FALSE(st.ok());
        CHECK(st.message().contains(s("before it has started")));
        CHECK(future.outcome == Outcome::Planned);
        CHECK(c.stored(future).outcome == Outcome::Planned);
        CHECK_FALSE(
            c.scheduler.registerOutcome(future, Outcome::NoShow, s("Glemt"), c.mh.meta.id).ok());
        CHECK(
            c.scheduler.registerOutcome(future, Outcome::CancelledByCitizen, s("Syg"), c.mh.meta.id)
                .ok());
        CHECK(c.stored(future).outcome == Outcome::CancelledByCitizen);
    }
    SECTION("the one who registers must be a staff member") {
        Appointment other = past;
        CHECK_FALSE(c.scheduler.registerOutcome(other, Outcome::Completed, {}, {}).ok());
        CHECK_FALSE(c.scheduler.registerOutcome(other, Outcome::Completed, {}, newId()).ok());
    }
}

// --- Checks -------------------------------------------------------------------------------------

TEST_CASE("Check: a staff member booked twice at once", "[calendar]") {
    Calendar c;
    const QDate day(2025, 12, 2);
    const Appointment first = c.booked(c.visit(c.mh, c.jens, day, QTime(10, 0)));

    const auto w =
        ofKind(c.warnings(c.visit(c.mh, c.karen, day, QTime(10, 30))), Kind::StaffDoubleBooked);
    REQUIRE(w.size() == 1);
    CHECK(w[0].otherAppointment == first.meta.id);
    CHECK(w[0].message.contains(s("MH")));
    CHECK(w[0].message.contains(s("10:00")));
    CHECK(w[0].message.contains(s("Jens Ågård")));

    // Back to back is no clash, nor is another staff member at the same time.
    CHECK(ofKind(c.warnings(c.visit(c.mh, c.karen, day, QTime(11, 0))), Kind::StaffDoubleBooked)
              .isEmpty());
    CHECK(ofKind(c.warnings(c.visit(c.jk, c.karen, day, QTime(10, 30))), Kind::StaffDoubleBooked)
              .isEmpty());
    // book() saves and returns the warning.
    Appointment clash = c.visit(c.mh, c.karen, day, QTime(10, 45));
    auto booked = c.scheduler.book(clash);
    REQUIRE(booked.ok());
    CHECK(ofKind(*booked, Kind::StaffDoubleBooked).size() == 1);
    CHECK_FALSE(clash.meta.isNew());
    // An appointment does not clash with itself.
    CHECK(ofKind(c.warnings(clash), Kind::StaffDoubleBooked).size() == 1); // only with `first`

    SECTION("a cancelled appointment never clashes") {
        Appointment cancelled = first;
        REQUIRE(
            c.scheduler.cancelOne(cancelled, Outcome::CancelledByCitizen, s("Syg"), c.mh.meta.id)
                .ok());
        CHECK(ofKind(c.warnings(clash), Kind::StaffDoubleBooked).isEmpty());
    }
    SECTION("a group's facilitator is taken by the group's session") {
        const SupportGroup g = c.b.group();
        Appointment meeting = c.session(g, day, QTime(13, 0));
        meeting.staffId = c.jk.meta.id; // booked on Jonas; the facilitator is taken too
        meeting = c.booked(meeting);
        Staff facilitator;
        facilitator.meta.id = g.facilitator1;
        const auto f = ofKind(c.warnings(c.visit(facilitator, c.karen, day, QTime(14, 0))),
                              Kind::StaffDoubleBooked);
        REQUIRE(f.size() == 1);
        CHECK(f[0].otherAppointment == meeting.meta.id);
        CHECK(ofKind(c.warnings(c.visit(facilitator, c.karen, day, QTime(15, 0))),
                     Kind::StaffDoubleBooked)
                  .isEmpty());
    }
}

TEST_CASE("Check: a citizen booked twice at once, also through a group", "[calendar]") {
    Calendar c;
    const QDate day(2025, 12, 2);
    const Appointment first = c.booked(c.visit(c.mh, c.jens, day, QTime(10, 0)));

    const auto w =
        ofKind(c.warnings(c.visit(c.jk, c.jens, day, QTime(10, 30))), Kind::CitizenDoubleBooked);
    REQUIRE(w.size() == 1);
    CHECK(w[0].otherAppointment == first.meta.id);
    CHECK(w[0].message.contains(s("Jens Ågård")));
    CHECK(ofKind(c.warnings(c.visit(c.jk, c.karen, day, QTime(10, 30))), Kind::CitizenDoubleBooked)
              .isEmpty());

    const SupportGroup g = c.b.group();
    c.member(g, c.jens, QDate(2025, 11, 1));
    c.member(g, c.karen, QDate(2025, 12, 10)); // joins after the session
    const Appointment meeting = c.booked(c.session(g, day, QTime(13, 0)));
    const auto viaGroup =
        ofKind(c.warnings(c.visit(c.jk, c.jens, day, QTime(14, 0))), Kind::CitizenDoubleBooked);
    REQUIRE(viaGroup.size() == 1);
    CHECK(viaGroup[0].otherAppointment == meeting.meta.id);
    CHECK(viaGroup[0].message.contains(s("Yngre 20+")));
    CHECK(ofKind(c.warnings(c.visit(c.jk, c.karen, day, QTime(14, 0))), Kind::CitizenDoubleBooked)
              .isEmpty());
    // The other way round: the session clashes with a member's own visit.
    const auto fromSession =
        ofKind(c.warnings(c.session(g, day, QTime(9, 30))), Kind::CitizenDoubleBooked);
    REQUIRE(fromSession.size() == 1);
    CHECK(fromSession[0].otherAppointment == first.meta.id);
}

TEST_CASE("Check: outside the service hours", "[calendar]") {
    Calendar c;
    const QDate day(2025, 12, 2);
    auto early =
        ofKind(c.warnings(c.visit(c.mh, c.jens, day, QTime(6, 30))), Kind::OutsideServiceHours);
    REQUIRE(early.size() == 1);
    CHECK(early[0].message.contains(s("06:30")));
    CHECK(early[0].message.contains(s("07:00")));
    CHECK(ofKind(c.warnings(c.visit(c.mh, c.jens, day, QTime(21, 30))), Kind::OutsideServiceHours)
              .size() == 1);
    CHECK(ofKind(c.warnings(c.visit(c.mh, c.jens, day, QTime(7, 0))), Kind::OutsideServiceHours)
              .isEmpty());
    CHECK(ofKind(c.warnings(c.visit(c.mh, c.jens, day, QTime(21, 0))), Kind::OutsideServiceHours)
              .isEmpty());
    // In summer time too: local hours count, not UTC.
    CHECK(ofKind(c.warnings(c.visit(c.mh, c.jens, QDate(2025, 7, 1), QTime(7, 0))),
                 Kind::OutsideServiceHours)
              .isEmpty());

    SchedulingSettings narrower = c.scheduler.settings();
    narrower.serviceFrom = QTime(8, 0);
    REQUIRE(c.scheduler.saveSettings(narrower).ok());
    CHECK(ofKind(c.warnings(c.visit(c.mh, c.jens, day, QTime(7, 0))), Kind::OutsideServiceHours)
              .size() == 1);
}

TEST_CASE("Check: outside a site's opening hours for rådgivning and group", "[calendar]") {
    Calendar c;
    const Site auc = c.b.site(); // Tuesdays 11–14
    const QDate tuesday(2025, 12, 2);
    Appointment counselling = c.visit(c.mh, c.jens, tuesday, QTime(13, 30));
    counselling.form = SupportForm::Counselling;
    counselling.siteId = auc.meta.id;

    const auto w = ofKind(c.warnings(counselling), Kind::OutsideOpeningHours);
    REQUIRE(w.size() == 1);
    CHECK(w[0].message.contains(s("AUC Grenaa")));
    CHECK(w[0].message.contains(s("13:30")));

    counselling.startUtc = localToUtc(tuesday, QTime(11, 0));
    counselling.durationMinutes = 180; // exactly the opening hours
    CHECK(ofKind(c.warnings(counselling), Kind::OutsideOpeningHours).isEmpty());
    counselling.startUtc = localToUtc(tuesday.addDays(1), QTime(11, 0)); // closed on Wednesdays
    counselling.durationMinutes = 30;
    CHECK(ofKind(c.warnings(counselling), Kind::OutsideOpeningHours).size() == 1);

    // An individual visit with the site named is not checked; a site without hours never warns.
    Appointment home = c.visit(c.mh, c.jens, tuesday.addDays(1), QTime(11, 0));
    home.siteId = auc.meta.id;
    CHECK(ofKind(c.warnings(home), Kind::OutsideOpeningHours).isEmpty());
    Site open;
    open.name = s("Socialpsykiatrien");
    REQUIRE(c.t.reg().saveSite(open).ok());
    counselling.siteId = open.meta.id;
    CHECK(ofKind(c.warnings(counselling), Kind::OutsideOpeningHours).isEmpty());

    // A group session at the group's site (Builders: Tuesdays 11–14).
    const SupportGroup g = c.b.group();
    CHECK(ofKind(c.warnings(c.session(g, tuesday, QTime(11, 0), 180)), Kind::OutsideOpeningHours)
              .isEmpty());
    CHECK(ofKind(c.warnings(c.session(g, tuesday, QTime(12, 0), 180)), Kind::OutsideOpeningHours)
              .size() == 1);
}

TEST_CASE("Check: too little travel time between two home visits", "[calendar]") {
    Calendar c;
    const QDate day(2025, 12, 2);
    const Appointment first = c.booked(c.visit(c.mh, c.jens, day, QTime(10, 0))); // to 11:00

    const auto w =
        ofKind(c.warnings(c.visit(c.mh, c.karen, day, QTime(11, 10))), Kind::TooLittleTravelTime);
    REQUIRE(w.size() == 1);
    CHECK(w[0].otherAppointment == first.meta.id);
    CHECK(w[0].message.contains(s("MH")));
    CHECK(w[0].message.contains(s(" 10 ")));
    CHECK(w[0].message.contains(s("15")));
    // Before the other visit as well (9:00–9:50, ten minutes before 10:00).
    CHECK(
        ofKind(c.warnings(c.visit(c.mh, c.karen, day, QTime(9, 0), 50)), Kind::TooLittleTravelTime)
            .size() == 1);
    // Enough time, another staff member, or not a home visit: no warning.
    CHECK(ofKind(c.warnings(c.visit(c.mh, c.karen, day, QTime(11, 15))), Kind::TooLittleTravelTime)
              .isEmpty());
    CHECK(ofKind(c.warnings(c.visit(c.jk, c.karen, day, QTime(11, 5))), Kind::TooLittleTravelTime)
              .isEmpty());
    Appointment video = c.visit(c.mh, c.karen, day, QTime(11, 5));
    video.form = SupportForm::Virtual;
    CHECK(ofKind(c.warnings(video), Kind::TooLittleTravelTime).isEmpty());
    // A long drive: half of the visit's travel minutes (both ways) is needed.
    Appointment far = c.visit(c.mh, c.karen, day, QTime(11, 15));
    far.travelMinutes = 50;
    const auto farW = ofKind(c.warnings(far), Kind::TooLittleTravelTime);
    REQUIRE(farW.size() == 1);
    CHECK(farW[0].message.contains(s("25")));
    far.startUtc = localToUtc(day, QTime(11, 25));
    CHECK(ofKind(c.warnings(far), Kind::TooLittleTravelTime).isEmpty());
}

TEST_CASE("Check: a group session for a citizen whose only grant is § 82 b", "[calendar]") {
    Calendar c;
    const QDate day(2025, 12, 2);
    c.b.grant(c.jens.meta.id, LegalBasis::P82b, QDate(2025, 9, 1), QDate(2026, 2, 28));
    c.b.grant(c.karen.meta.id, LegalBasis::P85, QDate(2025, 1, 1));
    const SupportGroup g = c.b.group();
    c.member(g, c.karen, QDate(2025, 11, 1));

    const Citizen noGrant = c.b.citizen(s("Ole Uden Bevilling"));
    c.member(g, noGrant, QDate(2025, 11, 1)); // § 82 a needs no grant
    CHECK(ofKind(c.warnings(c.session(g, day, QTime(11, 0))), Kind::GroupUnder82b).isEmpty());
    c.member(g, c.jens, QDate(2025, 11, 1));
    const auto w = ofKind(c.warnings(c.session(g, day, QTime(11, 0))), Kind::GroupUnder82b);
    REQUIRE(w.size() == 1);
    CHECK(w[0].message.contains(s("Jens Ågård")));
    CHECK(w[0].message.contains(s("§ 82 b")));

    // One citizen's appointment of the group form.
    Appointment own = c.visit(c.mh, c.jens, day, QTime(13, 0));
    own.form = SupportForm::Group;
    own.groupId = g.meta.id;
    CHECK(ofKind(c.warnings(own), Kind::GroupUnder82b).size() == 1);
    own.citizenId = c.karen.meta.id;
    CHECK(ofKind(c.warnings(own), Kind::GroupUnder82b).isEmpty());
    // An individual visit under § 82 b is fine.
    CHECK(ofKind(c.warnings(c.visit(c.mh, c.jens, day, QTime(13, 0))), Kind::GroupUnder82b)
              .isEmpty());
}

TEST_CASE("Check: an appointment after the citizen's grant ends", "[calendar]") {
    Calendar c;
    c.b.grant(c.jens.meta.id, LegalBasis::P85, QDate(2025, 1, 1), QDate(2025, 11, 30));

    const auto w = ofKind(c.warnings(c.visit(c.mh, c.jens, QDate(2025, 12, 2), QTime(10, 0))),
                          Kind::AfterGrantEnds);
    REQUIRE(w.size() == 1);
    CHECK(w[0].message.contains(s("Jens Ågård")));
    CHECK(w[0].message.contains(s("ended")));
    // On the last day of the grant: fine. A citizen without grants is not warned about.
    CHECK(ofKind(c.warnings(c.visit(c.mh, c.jens, QDate(2025, 11, 30), QTime(10, 0))),
                 Kind::AfterGrantEnds)
              .isEmpty());
    CHECK(ofKind(c.warnings(c.visit(c.mh, c.karen, QDate(2025, 12, 2), QTime(10, 0))),
                 Kind::AfterGrantEnds)
              .isEmpty());
    // Before a grant starts.
    c.b.grant(c.karen.meta.id, LegalBasis::P85, QDate(2026, 1, 1));
    const auto early = ofKind(c.warnings(c.visit(c.mh, c.karen, QDate(2025, 12, 2), QTime(10, 0))),
                              Kind::AfterGrantEnds);
    REQUIRE(early.size() == 1);
    CHECK(early[0].message.contains(s("starts")));

    // A group session: each member on the session's date.
    const SupportGroup g = c.b.group();
    c.member(g, c.jens, QDate(2025, 11, 1));
    CHECK(ofKind(c.warnings(c.session(g, QDate(2025, 11, 25), QTime(11, 0))), Kind::AfterGrantEnds)
              .isEmpty());
    const auto members =
        ofKind(c.warnings(c.session(g, QDate(2025, 12, 2), QTime(11, 0))), Kind::AfterGrantEnds);
    REQUIRE(members.size() == 1);
    CHECK(members[0].message.contains(s("Jens Ågård")));
}

// --- Indkøring ----------------------------------------------------------------------------------

TEST_CASE("Indkøring alternates weeks of group sessions and individual visits", "[calendar]") {
    Calendar c;
    const SupportGroup g = c.b.group();
    c.b.grant(c.jens.meta.id, LegalBasis::P85, QDate(2025, 1, 1));
    c.member(g, c.jens, QDate(2025, 11, 1));

    Indkoering plan;
    plan.citizenId = c.jens.meta.id;
    plan.groupId = g.meta.id;
    plan.groupStaffId = g.facilitator1;
    plan.groupLocalStart = QTime(11, 0);
    plan.groupDurationMinutes = 120;
    plan.individualStaffId = c.mh.meta.id;
    plan.individualLocalStart = QTime(13, 0);
    plan.firstDate = QDate(2025, 12, 2);            // Tuesday, week 49
    plan.firstIndividualDate = QDate(2025, 12, 11); // Thursday, week 50
    plan.weeks = 6;

    SECTION("three sessions and three visits, in alternating weeks") {
        // The group already meets on 16 December: that session is used, not duplicated.
        const Appointment existing = c.booked(c.session(g, QDate(2025, 12, 16), QTime(11, 0)));

        auto made = c.scheduler.setUpIndkoering(plan);
        INFO(made.message());
        REQUIRE(made.ok());
        REQUIRE(made->size() == 6);
        const QList<QDate> days{QDate(2025, 12, 2),  QDate(2025, 12, 11), QDate(2025, 12, 16),
                                QDate(2025, 12, 25), QDate(2025, 12, 30), QDate(2026, 1, 8)};
        for (int i = 0; i < 6; ++i) {
            const Appointment& a = (*made)[i];
            CHECK(localDay(a) == days[i]);
            CHECK_FALSE(a.meta.isNew());
            if (i % 2 == 0) {
                CHECK(a.form == SupportForm::Group);
                CHECK(a.groupId == g.meta.id);
                CHECK(a.citizenId.isNull());
                CHECK(a.siteId == g.siteId);
                CHECK(localTime(a) == QTime(11, 0));
            } else {
                CHECK(a.form == SupportForm::Individual);
                CHECK(a.citizenId == c.jens.meta.id);
                CHECK(a.staffId == c.mh.meta.id);
                CHECK(localTime(a) == QTime(13, 0));
                CHECK(a.seriesId == (*made)[1].seriesId);
            }
        }
        CHECK((*made)[2].meta.id == existing.meta.id);
        CHECK((*made)[0].seriesId == (*made)[4].seriesId);
        CHECK((*made)[0].seriesId != (*made)[1].seriesId);
        CalendarFilter group;
        group.groupId = g.meta.id;
        CHECK(c.all(QDate(2025, 12, 16), QDate(2025, 12, 16), group).size() == 1);
        CHECK(c.all(QDate(2025, 12, 1), QDate(2026, 1, 31)).size() == 6);
        // Jens's calendar shows all six.
        CalendarFilter jens;
        jens.citizenId = c.jens.meta.id;
        CHECK(c.all(QDate(2025, 12, 1), QDate(2026, 1, 31), jens).size() == 6);
    }
    SECTION("refused for a citizen who is not a member of the group then") {
        plan.citizenId = c.karen.meta.id;
        auto r = c.scheduler.setUpIndkoering(plan);
        REQUIRE_FALSE(r.ok());
        CHECK(r.message().contains(s("not a member")));
        CHECK(r.message().contains(s("Karen Ø")));
        CHECK(c.all(QDate(2025, 12, 1), QDate(2026, 1, 31)).isEmpty());
    }
    SECTION("refused when the only grant is § 82 b") {
        c.b.grant(c.karen.meta.id, LegalBasis::P82b, QDate(2025, 10, 1), QDate(2026, 3, 31));
        c.member(g, c.karen, QDate(2025, 11, 1));
        plan.citizenId = c.karen.meta.id;
        auto r = c.scheduler.setUpIndkoering(plan);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().field == s("grant"));
        CHECK(r.message().contains(s("§ 82 b")));
        CHECK(c.all(QDate(2025, 12, 1), QDate(2026, 1, 31)).isEmpty());
    }
    SECTION("refused when the individual visit is not in the following week") {
        plan.firstIndividualDate = QDate(2025, 12, 4);
        auto r = c.scheduler.setUpIndkoering(plan);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().field == s("firstIndividualDate"));
    }
}

// --- Settings and the calendar view
// -----------------------------------------------------------------

TEST_CASE("Scheduling settings have defaults and are stored", "[calendar]") {
    Calendar c;
    SchedulingSettings d = c.scheduler.settings();
    CHECK(d.serviceFrom == QTime(7, 0));
    CHECK(d.serviceTo == QTime(22, 0));
    CHECK(d.minutesBetweenHomeVisits == 15);

    SchedulingSettings changed;
    changed.serviceFrom = QTime(8, 0);
    changed.serviceTo = QTime(20, 30);
    changed.minutesBetweenHomeVisits = 25;
    REQUIRE(c.scheduler.saveSettings(changed).ok());
    REQUIRE(c.scheduler.saveSettings(changed).ok()); // again: an update, not a second row
    const SchedulingSettings read = Scheduler(c.t.reg()).settings();
    CHECK(read.serviceFrom == QTime(8, 0));
    CHECK(read.serviceTo == QTime(20, 30));
    CHECK(read.minutesBetweenHomeVisits == 25);

    SchedulingSettings wrong = changed;
    wrong.serviceTo = QTime(7, 0);
    auto st = c.scheduler.saveSettings(wrong);
    REQUIRE_FALSE(st.ok());
    CHECK(st.message().contains(s("07:00")));
    CHECK(c.scheduler.settings().serviceTo == QTime(20, 30));
}

TEST_CASE("The calendar lists appointments overlapping a period, by staff, citizen, site or group",
          "[calendar]") {
    Calendar c;
    const QDate day(2025, 12, 2);
    const SupportGroup g = c.b.group();
    c.member(g, c.jens, QDate(2025, 12, 1));
    c.member(g, c.karen, QDate(2025, 12, 3)); // joins the day after
    const Appointment jensVisit = c.booked(c.visit(c.mh, c.jens, day, QTime(10, 0)));
    const Appointment karenVisit = c.booked(c.visit(c.jk, c.karen, day, QTime(12, 0)));
    Appointment meeting = c.session(g, day, QTime(14, 0));
    meeting.siteId = {}; // the group's site is where it meets
    meeting = c.booked(meeting);
    const Appointment nextDay = c.booked(c.visit(c.mh, c.karen, day.addDays(1), QTime(10, 0)));

    const auto ids = [](const QList<Appointment>& list) {
        QList<QUuid> out;
        for (const auto& a : list)
            out << a.meta.id;
        return out;
    };
    CHECK(ids(c.all(day, day)) ==
          QList<QUuid>{jensVisit.meta.id, karenVisit.meta.id, meeting.meta.id});
    CHECK(c.all(day, day.addDays(1)).size() == 4);

    // Overlap: an appointment running into the period counts; touching ends do not.
    const auto range = [&](QTime from, QTime to) {
        return ids(*c.scheduler.appointments(localToUtc(day, from), localToUtc(day, to)));
    };
    CHECK(range(QTime(10, 30), QTime(10, 45)) == QList<QUuid>{jensVisit.meta.id});
    CHECK(range(QTime(11, 0), QTime(12, 0)).isEmpty());
    CHECK(range(QTime(15, 59), QTime(16, 0)) == QList<QUuid>{meeting.meta.id});
    CHECK_FALSE(
        c.scheduler.appointments(localToUtc(day, QTime(12, 0)), localToUtc(day, QTime(11, 0)))
            .ok());

    CalendarFilter f;
    f.staffId = c.mh.meta.id;
    CHECK(ids(c.all(day, day.addDays(1), f)) == QList<QUuid>{jensVisit.meta.id, nextDay.meta.id});
    f = {};
    f.citizenId = c.jens.meta.id; // his visit and the session of his group
    CHECK(ids(c.all(day, day.addDays(1), f)) == QList<QUuid>{jensVisit.meta.id, meeting.meta.id});
    f.citizenId = c.karen.meta.id; // not yet a member on the 2nd
    CHECK(ids(c.all(day, day.addDays(1), f)) == QList<QUuid>{karenVisit.meta.id, nextDay.meta.id});
    f = {};
    f.siteId = g.siteId;
    CHECK(ids(c.all(day, day.addDays(1), f)) == QList<QUuid>{meeting.meta.id});
    f = {};
    f.groupId = g.meta.id;
    f.staffId = g.facilitator1;
    CHECK(ids(c.all(day, day.addDays(1), f)) == QList<QUuid>{meeting.meta.id});
    f.staffId = c.mh.meta.id; // both conditions must hold
    CHECK(c.all(day, day.addDays(1), f).isEmpty());

    // Deleted appointments are left out.
    Appointment gone = jensVisit;
    REQUIRE(c.t.reg().setDeleted(gone, true).ok());
    CHECK(ids(c.all(day, day)) == QList<QUuid>{karenVisit.meta.id, meeting.meta.id});
}
