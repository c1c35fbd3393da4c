#include "services/DayList.h"
#include "services/Scheduler.h"
#include "support/Expect.h"
#include "support/TestDatabase.h"

using namespace bs;
using bs::test::Builders;
using bs::test::s;
using bs::test::TestDatabase;

namespace {

struct Day {
    TestDatabase t; // clock: Tuesday 25 November 2025, 10:00 local
    Builders b{t.reg()};
    Scheduler scheduler{t.reg()};
    Staff mh = b.staff(s("MH"), s("Mette Holm"));
    Staff jk = b.staff(s("JK"), s("Jonas Krogh"));
    QDate day{2025, 11, 26};

    Citizen citizen(const char* name, const char* address, const char* phone) {
        Citizen c = b.citizen(s(name));
        c.address = s(address);
        c.postalCode = s("8500");
        c.city = s("Grenaa");
        c.phone = s(phone);
        REQUIRE(t.reg().saveCitizen(c).ok());
        return c;
    }
    Appointment book(const Staff& staff, const Citizen& c, QDate date, QTime start,
                     int minutes = 60) {
        Appointment a;
        a.staffId = staff.meta.id;
        a.citizenId = c.meta.id;
        a.place = s("hjemme hos borgeren");
        a.startUtc = localToUtc(date, start);
        a.durationMinutes = minutes;
        auto w = scheduler.book(a);
        INFO(w.message());
        REQUIRE(w.ok());
        return a;
    }
};

} // namespace

TEST_CASE("A day list holds the staff member's appointments of that day in order", "[daylist]") {
    Day d;
    const Citizen jens = d.citizen("Jens Ågård", "Søndergade 12", "86 32 11 00");
    const Citizen karen = d.citizen("Karen Ø", "Østergade 3", "20 30 40 50");
    d.book(d.mh, karen, d.day, QTime(13, 0), 45);
    d.book(d.mh, jens, d.day, QTime(9, 30));
    d.book(d.jk, jens, d.day, QTime(11, 0));              // someone else's
    d.book(d.mh, jens, d.day.addDays(1), QTime(9, 0));    // another day
    d.book(d.mh, jens, d.day.addDays(-1), QTime(23, 30)); // runs past midnight into the day

    auto list = DayList::collect(d.t.reg(), d.mh.meta.id, d.day);
    INFO(list.message());
    REQUIRE(list.ok());
    CHECK(list->staff.name == s("Mette Holm"));
    CHECK(list->date == d.day);
    CHECK(list->collectedAtUtc == d.t.clock.nowUtc());
    REQUIRE(list->entries.size() == 2);
    const DayListEntry& first = list->entries.at(0);
    CHECK(first.start == QTime(9, 30));
    CHECK(first.end == QTime(10, 30));
    CHECK(first.citizenName == s("Jens Ågård"));
    CHECK(first.address == s("Søndergade 12, 8500 Grenaa"));
    CHECK(first.phone == s("86 32 11 00"));
    CHECK(first.place == s("hjemme hos borgeren"));
    CHECK(list->entries.at(1).citizenName == s("Karen Ø"));
    CHECK(list->entries.at(1).end == QTime(13, 45));
}

TEST_CASE("A day list marks cancellations and names groups, topics and delmål", "[daylist]") {
    Day d;
    const Citizen jens = d.citizen("Jens Ågård", "Søndergade 12", "");
    Goal goal;
    goal.citizenId = jens.meta.id;
    goal.condition = s("community.finances");
    goal.currentLevel = FunctionLevel::Severe;
    goal.targetLevel = FunctionLevel::Moderate;
    goal.description = s("Klare økonomien selv");
    goal.start = QDate(2025, 10, 1);
    REQUIRE(d.t.reg().saveGoal(goal).ok());
    SubGoal sub;
    sub.goalId = goal.meta.id;
    sub.criterion = s("Betaler husleje til tiden");
    sub.deadline = QDate(2026, 3, 1);
    REQUIRE(d.t.reg().saveSubGoal(sub).ok());

    Appointment visit;
    visit.staffId = d.mh.meta.id;
    visit.citizenId = jens.meta.id;
    visit.startUtc = localToUtc(d.day, QTime(10, 0));
    visit.subGoalIds = {sub.meta.id};
    REQUIRE(d.scheduler.book(visit).ok());
    REQUIRE(d.scheduler.cancelOne(visit, Outcome::CancelledByCitizen, s("Syg"), d.mh.meta.id).ok());

    SupportGroup group = d.b.group(s("Yngre 20+"));
    Appointment session;
    session.form = SupportForm::Group;
    session.staffId = d.mh.meta.id;
    session.groupId = group.meta.id;
    session.siteId = group.siteId;
    session.topic = s("Søvn og døgnrytme");
    session.startUtc = localToUtc(d.day, QTime(14, 0));
    session.durationMinutes = 120;
    REQUIRE(d.scheduler.book(session).ok());

    auto list = DayList::collect(d.t.reg(), d.mh.meta.id, d.day);
    REQUIRE(list.ok());
    REQUIRE(list->entries.size() == 2);
    const DayListEntry& cancelled = list->entries.at(0);
    CHECK(cancelled.cancelled());
    CHECK(cancelled.outcomeReason == s("Syg"));
    CHECK(cancelled.subGoals == QStringList{s("Betaler husleje til tiden")});
    const DayListEntry& group1 = list->entries.at(1);
    CHECK_FALSE(group1.cancelled());
    CHECK(group1.form == SupportForm::Group);
    CHECK(group1.groupName == s("Yngre 20+"));
    CHECK(group1.topic == s("Søvn og døgnrytme"));
    CHECK(group1.siteName == s("Alunden"));
    CHECK(group1.citizenName.isEmpty());
}

TEST_CASE("A day list refuses an unknown staff member and is empty on a free day", "[daylist]") {
    Day d;
    auto unknown = DayList::collect(d.t.reg(), QUuid::createUuid(), d.day);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().field == s("staff"));
    auto noDate = DayList::collect(d.t.reg(), d.mh.meta.id, QDate());
    CHECK_FALSE(noDate.ok());
    auto free = DayList::collect(d.t.reg(), d.mh.meta.id, d.day);
    REQUIRE(free.ok());
    CHECK(free->entries.isEmpty());
}
