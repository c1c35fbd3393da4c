// The rådgivning desk: who may check in, the queue, the timer against the time per visit, duty
// and bookable times.
#include "services/DeskService.h"
#include "services/Scheduler.h"
#include "support/Expect.h"
#include "support/TestDatabase.h"

using namespace bs;
using bs::test::s;
using bs::test::value;
using namespace bs::test;

namespace {

constexpr auto ok = [](const Status& status) { bs::test::requireOk(status); };

const QDate kTuesday(2025, 11, 25); // the test clock's day; the site opens Tuesdays 11–14

struct Desk {
    TestDatabase t;
    Builders b{t.reg()};
    DeskService desk{t.reg()};
    Site site = b.site();
    Staff worker = b.staff(QStringLiteral("MH"));
    Citizen karen = b.citizen(s("Karen Ø"));
    Citizen jens = counsellingCitizen(s("Jens Berg"));

    Desk() { at(11, 30); }
    void at(int h, int m, QDate date = kTuesday) { t.clock.set(localToUtc(date, QTime(h, m))); }
    void advanceMinutes(int minutes) { t.clock.advanceSecs(qint64(minutes) * 60); }

    Citizen counsellingCitizen(const QString& name) {
        Citizen c = b.citizen(name);
        Grant g = b.grant(c.meta.id, LegalBasis::P85, QDate(2025, 1, 1));
        Allocation a;
        a.citizenId = c.meta.id;
        a.grantId = g.meta.id;
        a.form = SupportForm::Counselling;
        a.cadence = Cadence::OnDemand;
        a.from = g.from;
        ok(t.reg().saveAllocation(a));
        return c;
    }
};

} // namespace

TEST_CASE("Only citizens with rådgivning may check in; anyone may be counted anonymously",
          "[desk]") {
    Desk d;
    CHECK(d.desk.eligibility(d.jens.meta.id, kTuesday).ok());

    const Status no = d.desk.eligibility(d.karen.meta.id, kTuesday);
    REQUIRE_FALSE(no.ok());
    CHECK(no.message().contains(s("Karen Ø has no grant to rådgivning")));
    CHECK_FALSE(d.desk.checkIn(d.site.meta.id, d.karen.meta.id).ok());

    // An individual support form is not rådgivning.
    Grant g = d.b.grant(d.karen.meta.id, LegalBasis::P85, QDate(2025, 1, 1));
    Allocation a;
    a.citizenId = d.karen.meta.id;
    a.grantId = g.meta.id;
    a.form = SupportForm::Individual;
    a.from = g.from;
    ok(d.t.reg().saveAllocation(a));
    CHECK_FALSE(d.desk.eligibility(d.karen.meta.id, kTuesday).ok());

    const DeskVisit anonymous = value(d.desk.checkIn(d.site.meta.id, {}));
    CHECK(anonymous.isAnonymous());
    CHECK(anonymous.arrivedUtc == d.t.clock.nowUtc());
    const DeskVisit second = value(d.desk.checkIn(d.site.meta.id, {}));
    CHECK(second.meta.id != anonymous.meta.id);
    CHECK(value(d.desk.queue(d.site.meta.id, kTuesday)).size() == 2);
}

TEST_CASE("An ended rådgivning allocation no longer gives access", "[desk]") {
    Desk d;
    auto allocations = value(d.t.reg().allocations(d.jens.meta.id));
    REQUIRE(allocations.size() == 1);
    ok(d.t.reg().endAllocation(allocations[0], kTuesday.addDays(-1)));
    CHECK_FALSE(d.desk.eligibility(d.jens.meta.id, kTuesday).ok());
    CHECK(d.desk.eligibility(d.jens.meta.id, kTuesday.addDays(-1)).ok());
}

TEST_CASE("The queue is in order of arrival; a citizen is checked in once", "[desk]") {
    Desk d;
    const Citizen ole = d.counsellingCitizen(QStringLiteral("Ole Dam"));
    const DeskVisit first = value(d.desk.checkIn(d.site.meta.id, ole.meta.id));
    d.advanceMinutes(2);
    value(d.desk.checkIn(d.site.meta.id, {}));
    d.advanceMinutes(2);
    const DeskVisit third = value(d.desk.checkIn(d.site.meta.id, d.jens.meta.id));

    const auto again = d.desk.checkIn(d.site.meta.id, ole.meta.id);
    REQUIRE_FALSE(again.ok());
    CHECK(again.message().contains(QStringLiteral("already checked in")));

    auto q = value(d.desk.queue(d.site.meta.id, kTuesday));
    REQUIRE(q.size() == 3);
    CHECK(q[0].citizenId == ole.meta.id);
    CHECK(q[1].isAnonymous());
    CHECK(q[2].meta.id == third.meta.id);

    // Taken back (the wrong person): out of the queue, and the citizen can check in again.
    DeskVisit wrong = q[0];
    ok(d.desk.undoCheckIn(wrong));
    CHECK(value(d.desk.queue(d.site.meta.id, kTuesday)).size() == 2);
    CHECK(d.desk.checkIn(d.site.meta.id, ole.meta.id).ok());
    CHECK(first.meta.id != QUuid());
}

TEST_CASE("A closed or deleted site refuses check-in and says when it opens", "[desk]") {
    Desk d;
    d.at(10, 0);
    auto closed = d.desk.checkIn(d.site.meta.id, {});
    REQUIRE_FALSE(closed.ok());
    CHECK(closed.message().contains(QStringLiteral("closed")));
    CHECK(closed.message().contains(QStringLiteral("11:00")));
    d.at(14, 0); // closing time: the next opening is a week on
    auto after = d.desk.checkIn(d.site.meta.id, {});
    REQUIRE_FALSE(after.ok());
    CHECK(after.message().contains(QLocale().toString(kTuesday.addDays(7), QLocale::ShortFormat)));
    const auto next = DeskService::nextOpening(d.site, d.t.clock.nowUtc());
    REQUIRE(next);
    CHECK(next->date() == kTuesday.addDays(7));
    CHECK(next->time() == QTime(11, 0));

    d.at(11, 0);
    CHECK(d.desk.checkIn(d.site.meta.id, {}).ok());
    ok(d.t.reg().setDeleted(d.site, true));
    CHECK_FALSE(d.desk.checkIn(d.site.meta.id, {}).ok());
}

TEST_CASE("Waiting and visit time run on the clock; overruns of the allowance are counted",
          "[desk]") {
    Desk d;
    d.site.visitAllowanceMinutes = 20;
    ok(d.t.reg().saveSite(d.site));

    DeskVisit visit = value(d.desk.checkIn(d.site.meta.id, d.jens.meta.id));
    d.advanceMinutes(7);
    CHECK(visit.waitingSeconds(d.t.clock.nowUtc()) == 7 * 60);
    CHECK_FALSE(d.desk.checkOut(visit, {DeskTopic::MitId}, {}).ok()); // not started
    CHECK_FALSE(d.desk.start(visit, {}).ok());                        // nobody chosen
    ok(d.desk.start(visit, d.worker.meta.id));
    CHECK(visit.state() == DeskVisit::State::InProgress);
    CHECK(visit.staffId == d.worker.meta.id);
    CHECK_FALSE(d.desk.start(visit, d.worker.meta.id).ok());
    d.t.clock.advanceSecs(12 * 60 + 5);
    CHECK(visit.visitSeconds(d.t.clock.nowUtc()) == 12 * 60 + 5);

    const Status noTopic = d.desk.checkOut(visit, {}, {});
    REQUIRE_FALSE(noTopic.ok());
    CHECK(noTopic.error().field == QStringLiteral("topics"));
    CHECK(visit.state() == DeskVisit::State::InProgress);

    d.advanceMinutes(10); // 22 minutes: over the 20 allowed
    ok(d.desk.checkOut(visit, {DeskTopic::MitId, DeskTopic::EBoks, DeskTopic::MitId},
                       QStringLiteral("  Ny MitID-app  ")));
    CHECK(visit.state() == DeskVisit::State::Done);
    CHECK(visit.topics == QList<DeskTopic>{DeskTopic::MitId, DeskTopic::EBoks});
    CHECK(visit.note == QStringLiteral("Ny MitID-app"));

    // A quick anonymous visit within the allowance.
    DeskVisit anonymous = value(d.desk.checkIn(d.site.meta.id, {}));
    d.advanceMinutes(3);
    ok(d.desk.start(anonymous, d.worker.meta.id));
    d.advanceMinutes(10);
    ok(d.desk.checkOut(anonymous, {DeskTopic::NetBank}, {}));
    value(d.desk.checkIn(d.site.meta.id, {})); // still waiting

    const DeskSummary sum = value(d.desk.summary(d.site.meta.id, kTuesday));
    CHECK(sum.visits == 3);
    CHECK(sum.anonymous == 2);
    CHECK(sum.waiting == 1);
    CHECK(sum.inProgress == 0);
    CHECK(sum.averageWaitSeconds == (7 * 60 + 3 * 60) / 2);
    CHECK(sum.averageVisitSeconds == (22 * 60 + 5 + 10 * 60) / 2);
    CHECK(sum.overAllowance == 1);
    CHECK(sum.topics.value(DeskTopic::MitId) == 1);
    CHECK(sum.topics.value(DeskTopic::NetBank) == 1);
    CHECK(sum.topics.value(DeskTopic::Other) == 0);
    CHECK(value(d.desk.visits(d.site.meta.id, kTuesday)).size() == 3);
    CHECK(value(d.desk.visits(d.site.meta.id, kTuesday.addDays(1))).isEmpty());
    CHECK(value(d.desk.queue(d.site.meta.id, kTuesday)).size() == 1);
}

TEST_CASE("Desk duty is kept per site and day", "[desk]") {
    Desk d;
    const Staff other = d.b.staff(QStringLiteral("AB"), QStringLiteral("Anne Bak"));
    CHECK(value(d.desk.onDuty(d.site.meta.id, kTuesday)).isEmpty());
    value(d.desk.addDuty(d.site.meta.id, kTuesday, d.worker.meta.id));
    value(d.desk.addDuty(d.site.meta.id, kTuesday, other.meta.id));
    CHECK_FALSE(d.desk.addDuty(d.site.meta.id, kTuesday, other.meta.id).ok());
    CHECK_FALSE(d.desk.addDuty(d.site.meta.id, kTuesday, {}).ok());

    auto staff = value(d.desk.onDuty(d.site.meta.id, kTuesday));
    REQUIRE(staff.size() == 2);
    CHECK(staff[0].name == QStringLiteral("Anne Bak"));
    CHECK(value(d.desk.onDuty(d.site.meta.id, kTuesday.addDays(7))).isEmpty());
    auto sites = value(d.desk.deskSitesOnDuty(d.worker.meta.id, kTuesday));
    REQUIRE(sites.size() == 1);
    CHECK(sites[0].meta.id == d.site.meta.id);

    ok(d.desk.removeDuty(d.site.meta.id, kTuesday, d.worker.meta.id));
    CHECK(value(d.desk.onDuty(d.site.meta.id, kTuesday)).size() == 1);
    CHECK(value(d.desk.deskSitesOnDuty(d.worker.meta.id, kTuesday)).isEmpty());
    CHECK_FALSE(d.desk.removeDuty(d.site.meta.id, kTuesday, d.worker.meta.id).ok());
}

TEST_CASE("Bookable times are free or booked; a booked slot's visit completes the appointment",
          "[desk]") {
    Desk d;
    CHECK_FALSE(d.desk.bookableSlots(d.site.meta.id, kTuesday).ok()); // walk-in only
    d.site.slotMinutes = 45;
    ok(d.t.reg().saveSite(d.site));

    auto times = value(d.desk.bookableSlots(d.site.meta.id, kTuesday));
    REQUIRE(times.size() == 4); // 11:00, 11:45, 12:30, 13:15 (14:00 would end after closing)
    CHECK(times[0].startUtc == localToUtc(kTuesday, QTime(11, 0)));
    CHECK(times[3].startUtc == localToUtc(kTuesday, QTime(13, 15)));
    CHECK(value(d.desk.bookableSlots(d.site.meta.id, kTuesday.addDays(1))).isEmpty());

    const QDateTime at1230 = localToUtc(kTuesday, QTime(12, 30));
    const Appointment booked =
        value(d.desk.bookSlot(d.site.meta.id, d.jens.meta.id, at1230, d.worker.meta.id));
    CHECK(booked.form == SupportForm::Counselling);
    CHECK(booked.durationMinutes == 45);
    CHECK(booked.siteId == d.site.meta.id);

    times = value(d.desk.bookableSlots(d.site.meta.id, kTuesday));
    CHECK_FALSE(times[1].isBooked());
    REQUIRE(times[2].isBooked());
    CHECK(times[2].appointmentId == booked.meta.id);
    CHECK(times[2].citizenId == d.jens.meta.id);

    const Citizen ole = d.counsellingCitizen(QStringLiteral("Ole Dam"));
    const auto taken = d.desk.bookSlot(d.site.meta.id, ole.meta.id, at1230, d.worker.meta.id);
    REQUIRE_FALSE(taken.ok());
    CHECK(taken.message().contains(QStringLiteral("already booked")));
    CHECK_FALSE(d.desk
                    .bookSlot(d.site.meta.id, d.karen.meta.id, localToUtc(kTuesday, QTime(13, 15)),
                              d.worker.meta.id)
                    .ok()); // no grant
    CHECK_FALSE(d.desk
                    .bookSlot(d.site.meta.id, ole.meta.id, localToUtc(kTuesday, QTime(12, 0)),
                              d.worker.meta.id)
                    .ok()); // not a slot start
    CHECK_FALSE(d.desk
                    .bookSlot(d.site.meta.id, ole.meta.id, localToUtc(kTuesday, QTime(11, 0)),
                              d.worker.meta.id)
                    .ok()); // passed (it is 11:30)

    // Jens comes for his time, is helped from 12:31 and checked out: the appointment took place.
    d.at(12, 25);
    DeskVisit visit = value(d.desk.checkIn(d.site.meta.id, d.jens.meta.id, booked.meta.id));
    d.at(12, 31);
    ok(d.desk.start(visit, d.worker.meta.id));
    d.at(13, 0);
    ok(d.desk.checkOut(visit, {DeskTopic::Authority}, {}));
    Appointment after = value(d.t.reg().record<Appointment>(booked.meta.id));
    CHECK(after.outcome == Outcome::Completed);
    CHECK(after.outcomeBy == d.worker.meta.id);

    // Undo of the check-out reopens the visit and takes the outcome back; redo completes again.
    DeskVisit open = visit;
    open.endedUtc = {};
    open.topics.clear();
    ok(d.desk.restore(open));
    CHECK(value(d.t.reg().record<DeskVisit>(visit.meta.id)).state() ==
          DeskVisit::State::InProgress);
    CHECK(value(d.t.reg().record<Appointment>(booked.meta.id)).outcome == Outcome::Planned);
    ok(d.desk.restore(visit));
    CHECK(value(d.t.reg().record<Appointment>(booked.meta.id)).outcome == Outcome::Completed);
}

TEST_CASE("A visit helped before its booked time moves the appointment to when it happened",
          "[desk]") {
    Desk d;
    d.site.slotMinutes = 30;
    ok(d.t.reg().saveSite(d.site));
    const QDateTime at13 = localToUtc(kTuesday, QTime(13, 0));
    const Appointment booked =
        value(d.desk.bookSlot(d.site.meta.id, d.jens.meta.id, at13, d.worker.meta.id));
    DeskVisit visit = value(d.desk.checkIn(d.site.meta.id, d.jens.meta.id, booked.meta.id));
    ok(d.desk.start(visit, d.worker.meta.id));
    d.advanceMinutes(15);
    ok(d.desk.checkOut(visit, {DeskTopic::Structure}, {}));
    const Appointment after = value(d.t.reg().record<Appointment>(booked.meta.id));
    CHECK(after.outcome == Outcome::Completed);
    CHECK(after.startUtc == visit.startedUtc);

    // Someone else's appointment is not a booked time for this visitor.
    const Citizen ole = d.counsellingCitizen(QStringLiteral("Ole Dam"));
    CHECK_FALSE(d.desk.checkIn(d.site.meta.id, ole.meta.id, booked.meta.id).ok());
}
