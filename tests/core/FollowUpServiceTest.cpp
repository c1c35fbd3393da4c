// The follow-up rules, one by one (a case that raises and a near miss that does not), with the
// fixed clock moving the day; idempotency (a second run raises nothing, a done task is not raised
// again, a new cause raises a new task); done, snooze (back when its date comes), reassign; the
// queue's filters; the settings.
#include "services/FollowUpService.h"
#include "services/FollowUpRules.h"
#include "services/GroupSessions.h"
#include "services/Scheduler.h"
#include "support/Expect.h"
#include "support/TestDatabase.h"

using namespace bs;
using bs::test::Builders;
using bs::test::s;
using bs::test::TestDatabase;

namespace {

// Local 10:00 on `day`, as the clock's instant.
QDateTime localMorning(QDate day) {
    return localToUtc(day, QTime(10, 0));
}

struct FollowUp {
    TestDatabase t; // Tuesday 25 November 2025, 10:00 local
    Builders b{t.reg()};
    Scheduler scheduler{t.reg()};
    FollowUpService service{t.reg()};
    Staff mh = b.staff(s("MH"), s("Mette Holm"));
    Staff jk = b.staff(s("JK"), s("Jonas Krogh"));
    Citizen jens = citizen(s("Jens Ågård"), mh);

    Citizen citizen(const QString& name, const Staff& contact) {
        Citizen c = b.citizen(name);
        c.contactStaffId = contact.meta.id;
        REQUIRE(t.reg().saveCitizen(c).ok());
        return c;
    }
    Appointment visit(const Citizen& c, QDate day, QTime start = QTime(9, 0)) {
        Appointment a;
        a.form = SupportForm::Individual;
        a.staffId = jk.meta.id;
        a.citizenId = c.meta.id;
        a.place = s("hjemme");
        a.startUtc = localToUtc(day, start);
        auto w = scheduler.book(a);
        INFO(w.message().toStdString());
        REQUIRE(w.ok());
        return a;
    }
    Appointment outcome(const Citizen& c, QDate day, Outcome o, const QString& reason = {}) {
        Appointment a = visit(c, day);
        const Status st = scheduler.registerOutcome(
            a, o, o == Outcome::NoShow && reason.isEmpty() ? s("Ikke hjemme") : reason, jk.meta.id);
        INFO(st.message().toStdString());
        REQUIRE(st.ok());
        return a;
    }
    RunSummary run() {
        auto r = service.run();
        INFO(r.message().toStdString());
        REQUIRE(r.ok());
        return *r;
    }
    QList<FollowUpItem> open(TaskFilter f = {}) {
        auto r = service.tasks(f);
        INFO(r.message().toStdString());
        REQUIRE(r.ok());
        return *r;
    }
    QList<FollowUpItem> openOf(TaskRule rule) {
        TaskFilter f;
        f.rule = rule;
        return open(f);
    }
    Goal goal(const Citizen& c, const QUuid& grantId = {}, QDate review = {}) {
        Goal g;
        g.citizenId = c.meta.id;
        g.grantId = grantId;
        g.theme = FfbTheme::PracticalTasks;
        g.condition = s("practical.cooking");
        g.description = s("Lave mad selv tre gange om ugen");
        g.start = QDate(2025, 6, 1);
        g.reviewDate = review;
        REQUIRE(t.reg().saveGoal(g).ok());
        return g;
    }
    SubGoal subGoal(const Goal& g, const QString& criterion) {
        SubGoal sg;
        sg.goalId = g.meta.id;
        sg.criterion = criterion;
        sg.deadline = QDate(2026, 1, 31);
        REQUIRE(t.reg().saveSubGoal(sg).ok());
        return sg;
    }
    Allocation allocation(const Citizen& c, QDate from) {
        const Grant g = b.grant(c.meta.id, LegalBasis::P85, QDate(2025, 1, 1));
        Allocation a;
        a.citizenId = c.meta.id;
        a.grantId = g.meta.id;
        a.form = SupportForm::Individual;
        a.from = from;
        REQUIRE(t.reg().saveAllocation(a).ok());
        return a;
    }
};

} // namespace

// --- No-shows -----------------------------------------------------------------------------------

TEST_CASE("a no-show raises a task for the contact person, due the next working day",
          "[followup]") {
    FollowUp f;
    const Appointment noShow = f.outcome(f.jens, QDate(2025, 11, 21), Outcome::NoShow); // Friday
    f.outcome(f.jens, QDate(2025, 11, 24), Outcome::Completed);

    const RunSummary summary = f.run();
    CHECK(summary.raisedPer.value(TaskRule::NoShow) == 1);
    const auto tasks = f.openOf(TaskRule::NoShow);
    REQUIRE(tasks.size() == 1);
    const FollowUpTask& task = tasks.first().task;
    CHECK(task.ruleKey == s("no_show:") + idText(noShow.meta.id));
    CHECK(task.subjectId == noShow.meta.id);
    CHECK(task.citizenId == f.jens.meta.id);
    CHECK(task.assigneeId == f.mh.meta.id);
    CHECK(task.dueDate == QDate(2025, 11, 24)); // Friday's no-show: due Monday
    CHECK(task.reason.contains(s("09:00")));
    CHECK(task.reason.contains(s("Ikke hjemme")));
    CHECK(tasks.first().citizenName == f.jens.name);
    CHECK(tasks.first().assigneeInitials == s("MH"));
    CHECK(tasks.first().overdue);
}

TEST_CASE("a no-show without a contact person goes to the staff member who had the visit",
          "[followup]") {
    FollowUp f;
    const Citizen karen = f.b.citizen(s("Karen Ø"));
    f.outcome(karen, QDate(2025, 11, 24), Outcome::NoShow);
    f.run();
    const auto tasks = f.openOf(TaskRule::NoShow);
    REQUIRE(tasks.size() == 1);
    CHECK(tasks.first().task.assigneeId == f.jk.meta.id);
    CHECK(tasks.first().task.dueDate == QDate(2025, 11, 25));
    CHECK_FALSE(tasks.first().overdue);
}

TEST_CASE("no-shows long ago, cancellations and completed visits raise nothing", "[followup]") {
    FollowUp f;
    f.outcome(f.jens, QDate(2025, 10, 20), Outcome::NoShow); // 36 days ago
    f.outcome(f.jens, QDate(2025, 11, 20), Outcome::Completed);
    f.outcome(f.jens, QDate(2025, 11, 21), Outcome::CancelledByCitizen, s("Syg"));
    CHECK(f.run().raised == 0);
    CHECK(f.open().isEmpty());
}

TEST_CASE("N no-shows in a row raise one readiness task; a visit in between breaks the run",
          "[followup]") {
    FollowUp f;
    f.outcome(f.jens, QDate(2025, 11, 10), Outcome::NoShow);
    f.outcome(f.jens, QDate(2025, 11, 13), Outcome::NoShow);
    f.outcome(f.jens, QDate(2025, 11, 17), Outcome::Completed);
    f.outcome(f.jens, QDate(2025, 11, 18), Outcome::NoShow);
    f.outcome(f.jens, QDate(2025, 11, 19), Outcome::NoShow);
    f.run();
    CHECK(f.openOf(TaskRule::RepeatedNoShows).isEmpty()); // two in a row, then two
    CHECK(f.openOf(TaskRule::NoShow).size() == 4);

    // A cancellation neither breaks nor extends the run.
    f.outcome(f.jens, QDate(2025, 11, 20), Outcome::CancelledByStaff, s("Sygdom"));
    const Appointment third = f.outcome(f.jens, QDate(2025, 11, 21), Outcome::NoShow);
    f.run();
    const auto repeated = f.openOf(TaskRule::RepeatedNoShows);
    REQUIRE(repeated.size() == 1);
    CHECK(repeated.first().task.ruleKey ==
          s("repeated_no_shows:%1:%2").arg(idText(f.jens.meta.id), idText(third.meta.id)));
    CHECK(repeated.first().task.reason.contains(s("3")));
    CHECK(repeated.first().task.dueDate == QDate(2025, 11, 24));

    // A fourth no-show is its own no-show task but the same run: no second readiness task.
    f.outcome(f.jens, QDate(2025, 11, 24), Outcome::NoShow);
    const RunSummary again = f.run();
    CHECK(again.raised == 1);
    CHECK(again.raisedPer.value(TaskRule::NoShow) == 1);
    CHECK(f.openOf(TaskRule::RepeatedNoShows).size() == 1);
}

// --- Grants -------------------------------------------------------------------------------------

TEST_CASE("a § 82 b grant ending within the setting's days raises a task as the clock moves",
          "[followup]") {
    FollowUp f;
    const Grant soon = f.b.grant(f.jens.meta.id, LegalBasis::P82b, QDate(2025, 7, 1),
                                 QDate(2025, 12, 16)); // 21 days left
    const Citizen karen = f.citizen(s("Karen Ø"), f.jk);
    const Grant later = f.b.grant(karen.meta.id, LegalBasis::P82b, QDate(2025, 7, 1),
                                  QDate(2025, 12, 26)); // 31 days left: not yet
    f.b.grant(karen.meta.id, LegalBasis::P85, QDate(2025, 1, 1), QDate(2025, 12, 10)); // § 85

    f.run();
    auto tasks = f.openOf(TaskRule::GrantEndingSoon);
    REQUIRE(tasks.size() == 1);
    CHECK(tasks.first().task.ruleKey == s("grant_ending:") + idText(soon.meta.id));
    CHECK(tasks.first().task.reason.contains(s("21")));
    CHECK(tasks.first().task.dueDate == QDate(2025, 12, 2)); // 14 days before the end
    CHECK(tasks.first().task.assigneeId == f.mh.meta.id);

    f.t.clock.set(localMorning(QDate(2025, 11, 26)));
    f.run();
    tasks = f.openOf(TaskRule::GrantEndingSoon);
    REQUIRE(tasks.size() == 2);
    CHECK(tasks.at(1).task.subjectId == later.meta.id);
    CHECK(tasks.at(1).task.assigneeId == f.jk.meta.id);
}

TEST_CASE("a § 82 b grant that ended with open goals raises a task; with goals ended it does not",
          "[followup]") {
    FollowUp f;
    const Grant ended =
        f.b.grant(f.jens.meta.id, LegalBasis::P82b, QDate(2025, 5, 1), QDate(2025, 10, 31));
    const Goal open = f.goal(f.jens, ended.meta.id);
    const Citizen karen = f.citizen(s("Karen Ø"), f.jk);
    const Grant closed =
        f.b.grant(karen.meta.id, LegalBasis::P82b, QDate(2025, 5, 1), QDate(2025, 10, 31));
    Goal done = f.goal(karen, closed.meta.id);
    REQUIRE(f.t.reg().endGoal(done, GoalStatus::Achieved, QDate(2025, 10, 30)).ok());

    f.run();
    const auto tasks = f.openOf(TaskRule::GrantEndedOpenGoals);
    REQUIRE(tasks.size() == 1);
    CHECK(tasks.first().task.ruleKey == s("grant_ended_open_goals:") + idText(ended.meta.id));
    CHECK(tasks.first().task.reason.contains(open.description));
    CHECK(tasks.first().task.dueDate == QDate(2025, 11, 3)); // the working day after
}

TEST_CASE("a grant review date close or passed raises a task due on the review date",
          "[followup]") {
    FollowUp f;
    Grant g = f.b.grant(f.jens.meta.id, LegalBasis::P85, QDate(2025, 1, 1));
    g.reviewDate = QDate(2025, 12, 20); // 25 days: beyond the 14 days' notice
    REQUIRE(f.t.reg().saveGrant(g).ok());
    f.run();
    CHECK(f.openOf(TaskRule::GrantReviewDue).isEmpty());

    f.t.clock.set(localMorning(QDate(2025, 12, 6)));
    f.run();
    auto tasks = f.openOf(TaskRule::GrantReviewDue);
    REQUIRE(tasks.size() == 1);
    CHECK(tasks.first().task.ruleKey == s("grant_review:%1:2025-12-20").arg(idText(g.meta.id)));
    CHECK(tasks.first().task.dueDate == QDate(2025, 12, 20));

    // A new review date is a new cause.
    REQUIRE(f.service.done(tasks.first().task.meta.id, s("Revideret"), f.mh.meta.id).ok());
    g = *f.t.reg().grant(g.meta.id);
    g.reviewDate = QDate(2025, 12, 8);
    REQUIRE(f.t.reg().saveGrant(g).ok());
    CHECK(f.run().raisedPer.value(TaskRule::GrantReviewDue) == 1);
}

// --- Goals --------------------------------------------------------------------------------------

TEST_CASE("an indsatsmål review date raises a task; an ended goal's does not", "[followup]") {
    FollowUp f;
    const Goal g = f.goal(f.jens, {}, QDate(2025, 12, 1));
    Goal ended = f.goal(f.jens, {}, QDate(2025, 12, 1));
    REQUIRE(f.t.reg().endGoal(ended, GoalStatus::Discontinued, QDate(2025, 11, 20)).ok());
    f.goal(f.jens, {}, QDate(2026, 2, 1)); // far ahead

    f.run();
    const auto tasks = f.openOf(TaskRule::GoalReviewDue);
    REQUIRE(tasks.size() == 1);
    CHECK(tasks.first().task.ruleKey == s("goal_review:%1:2025-12-01").arg(idText(g.meta.id)));
    CHECK(tasks.first().task.dueDate == QDate(2025, 12, 1));
}

TEST_CASE("all delmål met proposes closing the indsatsmål", "[followup]") {
    FollowUp f;
    const Goal g = f.goal(f.jens);
    SubGoal first = f.subGoal(g, s("Handle ind efter liste"));
    SubGoal second = f.subGoal(g, s("Lave en ret fra bunden"));
    REQUIRE(f.t.reg().endSubGoal(first, GoalStatus::Achieved, QDate(2025, 11, 10)).ok());
    f.run();
    CHECK(f.openOf(TaskRule::SubGoalsAllMet).isEmpty()); // one of two

    REQUIRE(f.t.reg().endSubGoal(second, GoalStatus::PartlyAchieved, QDate(2025, 11, 20)).ok());
    f.run();
    CHECK(f.openOf(TaskRule::SubGoalsAllMet).isEmpty()); // partly is not met

    second = *f.t.reg().subGoal(second.meta.id);
    second.status = GoalStatus::Achieved;
    REQUIRE(f.t.reg().saveSubGoal(second).ok());
    f.run();
    const auto tasks = f.openOf(TaskRule::SubGoalsAllMet);
    REQUIRE(tasks.size() == 1);
    CHECK(tasks.first().task.ruleKey == s("subgoals_met:") + idText(g.meta.id));
    CHECK(tasks.first().task.dueDate == QDate(2025, 11, 21));
}

// --- Contact ------------------------------------------------------------------------------------

TEST_CASE("no contact for N weeks with an active citizen raises a task", "[followup]") {
    FollowUp f;
    f.allocation(f.jens, QDate(2025, 9, 1));
    f.outcome(f.jens, QDate(2025, 10, 29), Outcome::Completed); // 27 days ago
    f.outcome(f.jens, QDate(2025, 11, 3), Outcome::CancelledByCitizen, s("Syg"));
    f.run();
    CHECK(f.openOf(TaskRule::NoContact).isEmpty());

    f.t.clock.set(localMorning(QDate(2025, 11, 26))); // 28 days
    f.run();
    const auto tasks = f.openOf(TaskRule::NoContact);
    REQUIRE(tasks.size() == 1);
    CHECK(tasks.first().task.ruleKey == s("no_contact:%1:2025-10-29").arg(idText(f.jens.meta.id)));
    CHECK(tasks.first().task.dueDate == QDate(2025, 11, 26));

    SECTION("a citizen without an active allocation is not followed") {
        const Citizen waiting = f.citizen(s("Karen Ø"), f.jk);
        f.run();
        CHECK(f.openOf(TaskRule::NoContact).size() == 1);
    }
}

TEST_CASE("never any contact counts from the start of the support", "[followup]") {
    FollowUp f;
    f.allocation(f.jens, QDate(2025, 11, 1)); // 24 days
    const Citizen karen = f.citizen(s("Karen Ø"), f.jk);
    f.allocation(karen, QDate(2025, 10, 1));
    f.run();
    const auto tasks = f.openOf(TaskRule::NoContact);
    REQUIRE(tasks.size() == 1);
    CHECK(tasks.first().task.ruleKey == s("no_contact:%1:never").arg(idText(karen.meta.id)));
    CHECK(tasks.first().task.assigneeId == f.jk.meta.id);
}

// --- Groups -------------------------------------------------------------------------------------

TEST_CASE("a member absent N sessions in a row raises a task; presence counts as contact",
          "[followup]") {
    FollowUp f;
    const SupportGroup group = f.b.group();
    const Citizen karen = f.b.citizen(s("Karen Ø")); // no contact person
    GroupSessions sessions(f.t.reg());
    for (const Citizen& c : {f.jens, karen}) {
        GroupMember m;
        m.groupId = group.meta.id;
        m.citizenId = c.meta.id;
        m.from = QDate(2025, 9, 1);
        REQUIRE(f.t.reg().saveGroupMember(m).ok());
    }
    QList<Appointment> held;
    for (const QDate day : {QDate(2025, 11, 4), QDate(2025, 11, 11), QDate(2025, 11, 18)}) {
        Appointment a;
        a.form = SupportForm::Group;
        a.staffId = group.facilitator1;
        a.groupId = group.meta.id;
        a.siteId = group.siteId;
        a.startUtc = localToUtc(day, QTime(13, 0));
        a.durationMinutes = 120;
        REQUIRE(f.scheduler.book(a).ok());
        held << a;
    }
    const auto attend = [&](const Appointment& a, AttendanceStatus jens, AttendanceStatus k) {
        Attendance forJens{{}, a.meta.id, f.jens.meta.id, jens, {}};
        Attendance forKaren{{}, a.meta.id, karen.meta.id, k, {}};
        const Status st = sessions.saveAttendance(a.meta.id, {forJens, forKaren}, f.mh.meta.id);
        INFO(st.message().toStdString());
        REQUIRE(st.ok());
    };
    attend(held.at(0), AttendanceStatus::Absent, AttendanceStatus::Present);
    attend(held.at(1), AttendanceStatus::Excused, AttendanceStatus::Absent);
    attend(held.at(2), AttendanceStatus::Absent, AttendanceStatus::Absent);

    f.run();
    const auto tasks = f.openOf(TaskRule::GroupAbsences);
    REQUIRE(tasks.size() == 1); // Karen: two in a row
    CHECK(tasks.first().task.ruleKey ==
          s("group_absences:%1:%2:%3")
              .arg(idText(group.meta.id), idText(f.jens.meta.id), idText(held.at(2).meta.id)));
    CHECK(tasks.first().task.assigneeId == f.mh.meta.id);
    CHECK(tasks.first().task.dueDate == QDate(2025, 11, 19));
    CHECK(tasks.first().task.reason.contains(group.name));

    // With two in a row as the setting, Karen's task goes to the facilitator.
    FollowUpSettings settings = f.service.settings();
    settings.groupAbsencesInARow = 2;
    REQUIRE(f.service.saveSettings(settings).ok());
    f.run();
    TaskFilter forKaren;
    forKaren.citizenId = karen.meta.id;
    const auto karens = f.open(forKaren);
    REQUIRE(karens.size() == 1);
    CHECK(karens.first().task.assigneeId == group.facilitator1);

    // Karen was present on 4 November: contact, so a no-contact run counts from there.
    f.allocation(karen, QDate(2025, 9, 1));
    f.t.clock.set(localMorning(QDate(2025, 12, 2)));
    f.run();
    TaskFilter noContact;
    noContact.rule = TaskRule::NoContact;
    noContact.citizenId = karen.meta.id;
    const auto nc = f.open(noContact);
    REQUIRE(nc.size() == 1);
    CHECK(nc.first().task.ruleKey.endsWith(s(":2025-11-04")));
}

// --- Idempotency, done, snooze, reassign --------------------------------------------------------

TEST_CASE("running the rules twice raises nothing new; done tasks are not raised again",
          "[followup]") {
    FollowUp f;
    f.outcome(f.jens, QDate(2025, 11, 24), Outcome::NoShow);
    f.goal(f.jens, {}, QDate(2025, 12, 1));
    CHECK(f.run().raised == 2);
    CHECK(f.run().raised == 0);
    CHECK(f.open().size() == 2);

    const QUuid first = f.openOf(TaskRule::NoShow).first().task.meta.id;
    REQUIRE(f.service.done(first, s("Ringet op, ny tid aftalt"), f.mh.meta.id).ok());
    CHECK(f.run().raised == 0);
    CHECK(f.open().size() == 1);

    TaskFilter withDone;
    withDone.includeDone = true;
    const auto all = f.open(withDone);
    REQUIRE(all.size() == 2);
    const auto doneItem = f.service.item(first);
    REQUIRE(doneItem.ok());
    CHECK(doneItem->task.status == TaskStatus::Done);
    CHECK(doneItem->task.doneNote == s("Ringet op, ny tid aftalt"));
    CHECK(doneItem->task.doneBy == f.mh.meta.id);
    CHECK(doneItem->task.doneUtc == f.t.clock.nowUtc());
    CHECK_FALSE(doneItem->open);

    // A new no-show is a new cause.
    f.t.clock.set(localMorning(QDate(2025, 11, 26)));
    f.outcome(f.jens, QDate(2025, 11, 25), Outcome::NoShow);
    CHECK(f.run().raisedPer.value(TaskRule::NoShow) == 1);
    CHECK(f.openOf(TaskRule::NoShow).size() == 1);

    CHECK_FALSE(f.service.done(first, s("igen"), f.mh.meta.id).ok()); // already done
}

TEST_CASE("done needs a note and a staff member", "[followup]") {
    FollowUp f;
    f.outcome(f.jens, QDate(2025, 11, 24), Outcome::NoShow);
    f.run();
    const QUuid id = f.open().first().task.meta.id;
    const Status noNote = f.service.done(id, s("  "), f.mh.meta.id);
    CHECK(noNote.error().field == s("doneNote"));
    CHECK_FALSE(f.service.done(id, s("Ringet"), QUuid()).ok());
    CHECK(f.open().size() == 1);
}

TEST_CASE("a snoozed task is hidden until its date and then open again", "[followup]") {
    FollowUp f;
    f.outcome(f.jens, QDate(2025, 11, 24), Outcome::NoShow);
    f.run();
    const QUuid id = f.open().first().task.meta.id;

    CHECK(f.service.snooze(id, QDate(2025, 11, 25), s("Venter"), f.mh.meta.id).error().field ==
          s("snoozedUntil"));
    CHECK(f.service.snooze(id, QDate(2025, 12, 1), s(""), f.mh.meta.id).error().field ==
          s("snoozeReason"));
    REQUIRE(f.service.snooze(id, QDate(2025, 12, 1), s("Borgeren er på ferie"), f.mh.meta.id).ok());
    CHECK(f.open().isEmpty());
    CHECK(f.run().raised == 0);
    TaskFilter withSnoozed;
    withSnoozed.includeSnoozed = true;
    REQUIRE(f.open(withSnoozed).size() == 1);
    CHECK(f.open(withSnoozed).first().due == QDate(2025, 12, 1));

    f.t.clock.set(localMorning(QDate(2025, 11, 30)));
    CHECK(f.open().isEmpty());
    f.t.clock.set(localMorning(QDate(2025, 12, 1)));
    const auto back = f.open();
    REQUIRE(back.size() == 1);
    CHECK(back.first().due == QDate(2025, 12, 1));
    CHECK_FALSE(back.first().overdue);
    CHECK(back.first().task.snoozeReason == s("Borgeren er på ferie"));
}

TEST_CASE("reassign, restore and the queue's filters", "[followup]") {
    FollowUp f;
    Team north;
    north.name = s("Nord");
    REQUIRE(f.t.reg().saveTeam(north).ok());
    f.jk.teamId = north.meta.id;
    REQUIRE(f.t.reg().saveStaff(f.jk).ok());
    const Citizen karen = f.citizen(s("Karen Ø"), f.jk);
    f.outcome(f.jens, QDate(2025, 11, 24), Outcome::NoShow);
    f.outcome(karen, QDate(2025, 11, 20), Outcome::NoShow);
    f.goal(f.jens, {}, QDate(2025, 12, 5));
    f.run();

    TaskFilter mine;
    mine.assigneeId = f.mh.meta.id;
    CHECK(f.open(mine).size() == 2);
    TaskFilter team;
    team.teamId = north.meta.id;
    REQUIRE(f.open(team).size() == 1);
    CHECK(f.open(team).first().citizenName == karen.name);
    TaskFilter week;
    week.dueBefore = QDate(2025, 12, 2);
    const auto dueSoon = f.open(week);
    REQUIRE(dueSoon.size() == 2);
    CHECK(dueSoon.at(0).task.dueDate == QDate(2025, 11, 21)); // by due date
    CHECK(dueSoon.at(1).task.dueDate == QDate(2025, 11, 25));
    CHECK(f.openOf(TaskRule::GoalReviewDue).size() == 1);

    const FollowUpTask before = f.open(team).first().task;
    REQUIRE(f.service.reassign(before.meta.id, f.mh.meta.id).ok());
    CHECK(f.open(mine).size() == 3);
    CHECK(f.open(team).isEmpty());
    CHECK_FALSE(f.service.reassign(before.meta.id, QUuid::createUuid()).ok());
    REQUIRE(f.service.restore(before).ok());
    CHECK(f.open(team).size() == 1);
}

// --- Settings -----------------------------------------------------------------------------------

TEST_CASE("the follow-up settings are stored and change what the rules raise", "[followup]") {
    FollowUp f;
    CHECK(f.service.settings() == FollowUpSettings{});
    FollowUpSettings changed;
    changed.noShowsInARow = 2;
    changed.noContactWeeks = 6;
    changed.groupAbsencesInARow = 4;
    changed.grantEndingDays = 45;
    changed.reviewNoticeDays = 7;
    REQUIRE(f.service.saveSettings(changed).ok());
    CHECK(FollowUpService(f.t.reg()).settings() == changed);

    FollowUpSettings bad = changed;
    bad.noShowsInARow = 0;
    const Status refused = f.service.saveSettings(bad);
    CHECK_FALSE(refused.ok());
    CHECK(refused.error().field == s("followup_no_shows_in_a_row"));
    CHECK(f.service.settings() == changed);

    f.outcome(f.jens, QDate(2025, 11, 20), Outcome::NoShow);
    f.outcome(f.jens, QDate(2025, 11, 24), Outcome::NoShow);
    f.run();
    CHECK(f.openOf(TaskRule::RepeatedNoShows).size() == 1);
}

TEST_CASE("the next working day skips the weekend", "[followup]") {
    CHECK(nextWorkingDay(QDate(2025, 11, 27)) == QDate(2025, 11, 28));
    CHECK(nextWorkingDay(QDate(2025, 11, 28)) == QDate(2025, 12, 1));
    CHECK(nextWorkingDay(QDate(2025, 11, 29)) == QDate(2025, 12, 1));
}
