// Group sessions: planning, the session plan, the attendance register and the group note that
// goes into each present member's journal.
#include "services/GroupSessions.h"
#include "services/Scheduler.h"
#include "support/TestDatabase.h"

#include "support/Expect.h"
#include <QSqlQuery>

using namespace bs;
using bs::test::Builders;
using bs::test::requireOk;
using bs::test::s;
using bs::test::TestDatabase;
using bs::test::value;

namespace {

// Clock: Tuesday 25 November 2025, 10:00 local. The group meets Tuesdays 13:00 from 7 October.
struct Groups {
    TestDatabase t;
    Builders b{t.reg()};
    GroupSessions sessions{t.reg()};
    SupportGroup group = b.group();
    Citizen anna = b.citizen(s("Anna Bech"));
    Citizen bo = b.citizen(s("Bo Ørum"));
    Citizen carl = b.citizen(s("Carl Dam"));
    Citizen dorte = b.citizen(s("Dorte Friis"));

    Groups() {
        member(anna, QDate(2025, 1, 1));
        member(bo, QDate(2025, 10, 15));                      // joins after the first session
        member(carl, QDate(2025, 1, 1), QDate(2025, 10, 10)); // leaves after it
        member(dorte, QDate(2025, 9, 1));
    }
    void member(const Citizen& c, QDate from, QDate to = {}) {
        GroupMember m;
        m.groupId = group.meta.id;
        m.citizenId = c.meta.id;
        m.from = from;
        m.to = to;
        requireOk(t.reg().saveGroupMember(m));
    }
    SessionPlanRequest plan(QDate first = QDate(2025, 10, 7), int count = 10) const {
        SessionPlanRequest p;
        p.groupId = group.meta.id;
        p.firstDate = first;
        p.localStart = QTime(13, 0);
        p.durationMinutes = 120;
        p.count = count;
        p.staffId = group.facilitator1;
        return p;
    }
    QList<Appointment> planned() { return value(sessions.planSessions(plan())); }
    Appointment on(QDate day) {
        for (const Appointment& a : value(sessions.sessions(group.meta.id)))
            if (a.startUtc.toTimeZone(Clock::localZone()).date() == day)
                return a;
        FAIL("no session that day");
        return {};
    }
    Attendance at(const Appointment& a, const Citizen& c, AttendanceStatus status,
                  const QString& reason = {}) const {
        Attendance x;
        x.appointmentId = a.meta.id;
        x.citizenId = c.meta.id;
        x.status = status;
        x.reason = reason;
        return x;
    }
    int rows(const char* table) const {
        QSqlQuery q(t.db->connection());
        REQUIRE(q.exec(
            QStringLiteral("SELECT count(*) FROM %1 WHERE deleted = 0").arg(QLatin1String(table))));
        REQUIRE(q.next());
        return q.value(0).toInt();
    }
    QList<JournalNote> journal(const Citizen& c) { return value(sessions.journal(c.meta.id)); }
};

} // namespace

TEST_CASE("Planning sessions makes a weekly series in the group's period, without duplicates",
          "[groups]") {
    Groups g;
    CHECK_FALSE(value(g.sessions.weeklySlot(g.group.meta.id)).has_value());
    const QList<Appointment> made = g.planned();
    REQUIRE(made.size() == 10);
    const QList<Appointment> listed = value(g.sessions.sessions(g.group.meta.id));
    REQUIRE(listed.size() == 10);
    for (int i = 1; i < listed.size(); ++i)
        CHECK(listed[i - 1].startUtc < listed[i].startUtc);
    CHECK(listed.first().startUtc.toTimeZone(Clock::localZone()) ==
          QDateTime(QDate(2025, 10, 7), QTime(13, 0), Clock::localZone()));
    // 13:00 local on both sides of the end of summer time (26 October).
    CHECK(listed.last().startUtc.toTimeZone(Clock::localZone()).time() == QTime(13, 0));
    CHECK(listed.first().form == SupportForm::Group);
    CHECK(listed.first().citizenId.isNull());

    const auto slot = value(g.sessions.weeklySlot(g.group.meta.id));
    REQUIRE(slot.has_value());
    CHECK(slot->weekday == 2);
    CHECK(slot->localStart == QTime(13, 0));
    CHECK(slot->durationMinutes == 120);
    CHECK(slot->staffId == g.group.facilitator1);

    SECTION("the same times again are refused") {
        auto again = g.sessions.planSessions(g.plan(QDate(2025, 12, 2), 3));
        CHECK_FALSE(again.ok());
        CHECK(again.message().contains(QStringLiteral("already meets")));
        CHECK(value(g.sessions.sessions(g.group.meta.id)).size() == 10);
    }
    SECTION("after the last session, a second run is fine and becomes the slot") {
        SessionPlanRequest p = g.plan(QDate(2025, 12, 18), 2); // Thursdays
        p.localStart = QTime(10, 0);
        CHECK(value(g.sessions.planSessions(p)).size() == 2);
        CHECK(value(g.sessions.weeklySlot(g.group.meta.id))->weekday == 4);
    }
    SECTION("outside the group's period is refused") {
        auto early = g.sessions.planSessions(g.plan(QDate(2023, 12, 5), 2));
        CHECK_FALSE(early.ok());
        CHECK(early.error().field == QStringLiteral("firstDate"));
        SupportGroup ending = g.group;
        ending.end = QDate(2026, 1, 31);
        requireOk(g.t.reg().saveGroup(ending));
        SessionPlanRequest p = g.plan(QDate(2026, 1, 6), 0);
        p.until = QDate(2026, 3, 1);
        auto late = g.sessions.planSessions(p);
        CHECK_FALSE(late.ok());
        CHECK(late.error().field == QStringLiteral("until"));
        CHECK(value(g.sessions.sessions(g.group.meta.id)).size() == 10);
    }
}

TEST_CASE("Each session keeps its own topic and learning goal", "[groups]") {
    Groups g;
    const QList<Appointment> made = g.planned();
    requireOk(g.sessions.setSessionPlan(made[1].meta.id, s(" Økonomi "), s("Lave et budget")));
    const QList<Appointment> listed = value(g.sessions.sessions(g.group.meta.id));
    CHECK(listed[1].topic == s("Økonomi"));
    CHECK(listed[1].learningGoal == s("Lave et budget"));
    CHECK(listed[0].topic.isEmpty());
    CHECK(listed[1].seriesId == made[1].seriesId);
}

TEST_CASE("The register lists exactly the members active on the session's date", "[groups]") {
    Groups g;
    g.planned();
    const auto names = [&](QDate day) {
        QStringList out;
        for (const RegisterLine& l : value(g.sessions.attendanceRegister(g.on(day).meta.id)).lines)
            out << l.name;
        return out;
    };
    CHECK(names(QDate(2025, 10, 7)) ==
          QStringList{s("Anna Bech"), s("Carl Dam"), s("Dorte Friis")});
    CHECK(names(QDate(2025, 10, 21)) ==
          QStringList{s("Anna Bech"), s("Bo Ørum"), s("Dorte Friis")});
    const auto reg = value(g.sessions.attendanceRegister(g.on(QDate(2025, 10, 21)).meta.id));
    CHECK_FALSE(reg.anyRegistered());
    CHECK(reg.group.name == g.group.name);
}

TEST_CASE("Attendance is saved per member, re-saved without duplicates, and completes the session",
          "[groups]") {
    Groups g;
    g.planned();
    const Appointment session = g.on(QDate(2025, 10, 21));
    const QUuid me = g.group.facilitator1;
    requireOk(
        g.sessions.saveAttendance(session.meta.id,
                                  {g.at(session, g.anna, AttendanceStatus::Present, s("ignored")),
                                   g.at(session, g.bo, AttendanceStatus::Absent, s("Syg")),
                                   g.at(session, g.dorte, AttendanceStatus::Excused)},
                                  me));
    CHECK(g.rows("attendance") == 3);
    auto reg = value(g.sessions.attendanceRegister(session.meta.id));
    REQUIRE(reg.lines.size() == 3);
    CHECK(reg.lines[0].registered);
    CHECK(reg.lines[0].attendance.reason.isEmpty()); // present: no reason kept
    CHECK(reg.lines[1].attendance.status == AttendanceStatus::Absent);
    CHECK(reg.lines[1].attendance.reason == s("Syg"));
    CHECK(reg.lines[2].attendance.status == AttendanceStatus::Excused);
    CHECK(reg.session.outcome == Outcome::Completed);
    CHECK(reg.session.outcomeBy == me);

    const auto overview = value(g.sessions.overview(g.group.meta.id));
    const auto row = std::find_if(overview.begin(), overview.end(), [&](const SessionOverview& o) {
        return o.session.meta.id == session.meta.id;
    });
    REQUIRE(row != overview.end());
    CHECK(row->members == 3);
    CHECK(row->registered == 3);
    CHECK(row->present == 1);
    CHECK_FALSE(row->noteWritten);

    SECTION("saving again replaces the member's registration") {
        requireOk(g.sessions.saveAttendance(session.meta.id,
                                            {g.at(session, g.bo, AttendanceStatus::Present)}, me));
        CHECK(g.rows("attendance") == 3);
        reg = value(g.sessions.attendanceRegister(session.meta.id));
        CHECK(reg.lines[1].attendance.status == AttendanceStatus::Present);
        CHECK(reg.lines[1].attendance.reason.isEmpty());
        CHECK(reg.lines[0].attendance.status == AttendanceStatus::Present); // kept
    }
    SECTION("non-members, sessions not started and no registrant are refused") {
        auto other = g.sessions.saveAttendance(
            session.meta.id, {g.at(session, g.carl, AttendanceStatus::Present)}, me);
        CHECK_FALSE(other.ok());
        CHECK(other.message().contains(s("Carl Dam")));
        const Appointment next = g.on(QDate(2025, 12, 2));
        auto future = g.sessions.saveAttendance(
            next.meta.id, {g.at(next, g.anna, AttendanceStatus::Present)}, me);
        CHECK_FALSE(future.ok());
        CHECK(future.message().contains(s("not started")));
        auto nobody = g.sessions.saveAttendance(
            session.meta.id, {g.at(session, g.bo, AttendanceStatus::Present)}, {});
        CHECK_FALSE(nobody.ok());
        CHECK(nobody.message().contains(s("Settings")));
        CHECK(value(g.sessions.attendanceRegister(session.meta.id)).lines[1].attendance.status ==
              AttendanceStatus::Absent);
    }
    SECTION("nobody present leaves the outcome alone") {
        const Appointment earlier = g.on(QDate(2025, 10, 14));
        requireOk(g.sessions.saveAttendance(earlier.meta.id,
                                            {g.at(earlier, g.anna, AttendanceStatus::Absent)}, me));
        CHECK(value(g.sessions.attendanceRegister(earlier.meta.id)).session.outcome ==
              Outcome::Planned);
    }
}

TEST_CASE("The group note goes into each present member's journal with their addition",
          "[groups]") {
    Groups g;
    g.planned();
    Appointment session = g.on(QDate(2025, 10, 21));
    const QUuid me = g.group.facilitator1;
    // A delmål of Anna's that the session works on.
    Goal goal;
    goal.citizenId = g.anna.meta.id;
    goal.condition = QStringLiteral("community.finances");
    goal.description = s("Jeg vil selv betale mine regninger");
    goal.start = QDate(2025, 9, 1);
    requireOk(g.t.reg().saveGoal(goal));
    SubGoal sub;
    sub.goalId = goal.meta.id;
    sub.criterion = s("Betaler husleje til tiden");
    sub.deadline = QDate(2026, 3, 1);
    requireOk(g.t.reg().saveSubGoal(sub));
    session.subGoalIds = {sub.meta.id};
    REQUIRE(Scheduler(g.t.reg()).changeOne(session).ok());

    auto early = g.sessions.writeGroupNote(session.meta.id, s("Vi talte om budget."), me);
    CHECK_FALSE(early.ok());
    CHECK(early.message().contains(s("attendance")));

    requireOk(g.sessions.saveAttendance(session.meta.id,
                                        {g.at(session, g.anna, AttendanceStatus::Present),
                                         g.at(session, g.bo, AttendanceStatus::Absent, s("Syg")),
                                         g.at(session, g.dorte, AttendanceStatus::Present)},
                                        me));
    const GroupNote note =
        value(g.sessions.writeGroupNote(session.meta.id, s("Vi talte om budget."), me,
                                        {{g.anna.meta.id, s("Anna lavede sit eget budget.")}}));
    CHECK(g.rows("group_note") == 1);
    CHECK(g.rows("journal_note") == 2);
    const QList<JournalNote> anna = g.journal(g.anna);
    REQUIRE(anna.size() == 1);
    CHECK(anna[0].form == SupportForm::Group);
    CHECK(anna[0].groupNoteId == note.meta.id);
    CHECK(anna[0].appointmentId == session.meta.id);
    CHECK(anna[0].authorId == me);
    CHECK(anna[0].writtenUtc == g.t.clock.nowUtc());
    CHECK(anna[0].text == s("Vi talte om budget."));
    CHECK(anna[0].personalText == s("Anna lavede sit eget budget."));
    CHECK(anna[0].subGoalIds == QList<QUuid>{sub.meta.id});
    const QList<JournalNote> dorte = g.journal(g.dorte);
    REQUIRE(dorte.size() == 1);
    CHECK(dorte[0].personalText.isEmpty());
    CHECK(dorte[0].subGoalIds.isEmpty());
    CHECK(g.journal(g.bo).isEmpty());
    CHECK(value(g.sessions.sessionNote(session.meta.id)).personal.value(g.anna.meta.id) ==
          s("Anna lavede sit eget budget."));

    SECTION("an addition for an absent member is refused") {
        auto absent = g.sessions.writeGroupNote(session.meta.id, s("Ny tekst"), me,
                                                {{g.bo.meta.id, s("Bo var syg")}});
        CHECK_FALSE(absent.ok());
        CHECK(g.journal(g.bo).isEmpty());
        CHECK(g.journal(g.anna)[0].text == s("Vi talte om budget."));
    }
    SECTION("within 24 hours it can be rewritten, following the attendance; then it locks") {
        g.t.clock.advanceSecs(23 * 3600);
        requireOk(g.sessions.saveAttendance(session.meta.id,
                                            {g.at(session, g.dorte, AttendanceStatus::Absent),
                                             g.at(session, g.bo, AttendanceStatus::Present)},
                                            me));
        value(g.sessions.writeGroupNote(session.meta.id, s("Vi talte om budget og regninger."), me,
                                        {{g.bo.meta.id, s("Bo kom alligevel.")}}));
        CHECK(g.rows("group_note") == 1);
        CHECK(g.rows("journal_note") == 2); // Anna and Bo; Dorte's note is gone
        CHECK(g.journal(g.dorte).isEmpty());
        const QList<JournalNote> annaNow = g.journal(g.anna);
        REQUIRE(annaNow.size() == 1);
        CHECK(annaNow[0].text == s("Vi talte om budget og regninger."));
        CHECK(annaNow[0].personalText.isEmpty());
        CHECK(annaNow[0].writtenUtc == anna[0].writtenUtc); // still the first writing
        CHECK(g.journal(g.bo)[0].personalText == s("Bo kom alligevel."));

        g.t.clock.advanceSecs(2 * 3600);
        CHECK(value(g.sessions.sessionNote(session.meta.id)).locked);
        auto locked = g.sessions.writeGroupNote(session.meta.id, s("For sent"), me);
        CHECK_FALSE(locked.ok());
        CHECK(locked.message().contains(s("locked")));
        CHECK(g.journal(g.anna)[0].text == s("Vi talte om budget og regninger."));
    }
}

TEST_CASE("A group note that cannot be written to every member writes nothing", "[groups]") {
    Groups g;
    g.planned();
    const Appointment session = g.on(QDate(2025, 10, 21));
    const QUuid me = g.group.facilitator1;
    requireOk(g.sessions.saveAttendance(session.meta.id,
                                        {g.at(session, g.anna, AttendanceStatus::Present),
                                         g.at(session, g.dorte, AttendanceStatus::Present)},
                                        me));
    SECTION("a present member's record was deleted") {
        Citizen dorte = g.dorte;
        requireOk(g.t.reg().setDeleted(dorte, true));
        auto r = g.sessions.writeGroupNote(session.meta.id, s("Tekst"), me,
                                           {{g.anna.meta.id, s("Anna")}});
        CHECK_FALSE(r.ok());
    }
    SECTION("the author was deleted") {
        Staff author = value(g.t.reg().record<Staff>(me));
        requireOk(g.t.reg().setDeleted(author, true));
        auto r = g.sessions.writeGroupNote(session.meta.id, s("Tekst"), me);
        CHECK_FALSE(r.ok());
        CHECK(r.error().field == QStringLiteral("author"));
    }
    SECTION("nobody was present") {
        requireOk(g.sessions.saveAttendance(session.meta.id,
                                            {g.at(session, g.anna, AttendanceStatus::Absent),
                                             g.at(session, g.dorte, AttendanceStatus::Excused)},
                                            me));
        auto r = g.sessions.writeGroupNote(session.meta.id, s("Tekst"), me);
        CHECK_FALSE(r.ok());
        CHECK(r.message().contains(s("nobody")));
    }
    CHECK(g.rows("group_note") == 0);
    CHECK(g.rows("journal_note") == 0);
    CHECK(g.journal(g.anna).isEmpty());
}

TEST_CASE("Attendance and a refused note are saved together or not at all", "[groups]") {
    Groups g;
    g.planned();
    const Appointment session = g.on(QDate(2025, 10, 21));
    const QUuid me = g.group.facilitator1;
    // An addition for a member marked absent is refused, so the attendance is not kept either.
    const Status refused =
        g.sessions.saveAttendanceAndNote(session.meta.id,
                                         {g.at(session, g.anna, AttendanceStatus::Present),
                                          g.at(session, g.bo, AttendanceStatus::Absent, s("Syg"))},
                                         me, s("Vi talte om budget."), {{g.bo.meta.id, s("Bo")}});
    CHECK_FALSE(refused.ok());
    CHECK(g.rows("attendance") == 0);
    CHECK(g.rows("group_note") == 0);
    CHECK(value(g.sessions.attendanceRegister(session.meta.id)).session.outcome ==
          Outcome::Planned);
    // Without a note, the attendance alone is saved.
    requireOk(g.sessions.saveAttendanceAndNote(
        session.meta.id, {g.at(session, g.anna, AttendanceStatus::Present)}, me, s("  "), {}));
    CHECK(g.rows("attendance") == 1);
    CHECK(g.rows("group_note") == 0);
    requireOk(g.sessions.saveAttendanceAndNote(session.meta.id,
                                               {g.at(session, g.bo, AttendanceStatus::Present)}, me,
                                               s("Budget"), {{g.bo.meta.id, s("Bo")}}));
    CHECK(g.rows("journal_note") == 2);
}
