// The Ledelse figures for the rådgivning desk and the groups (core/reports/ServiceReports.h): a
// small hand-made world whose right answers are worked out by hand below.
#include "reports/ServiceReports.h"
#include "reports/ReportSql.h"
#include "services/GroupSessions.h"
#include "services/Scheduler.h"
#include "support/Expect.h"
#include "support/ReportCells.h"
#include "support/TestDatabase.h"

#include <QLocale>
#include <QSqlQuery>

using namespace bs;
using namespace bs::reports;
using bs::test::Builders;
using bs::test::cell;
using bs::test::isNull;
using bs::test::local;
using bs::test::num;
using bs::test::requireOk;
using bs::test::s;
using bs::test::TestDatabase;
using bs::test::value;

namespace {

QStringList categories(const ReportTable& t) {
    QStringList out;
    for (const QVariantList& row : t.rows)
        out << row.value(0).toString();
    return out;
}

// Two desks with different opening days and times per visit, one deleted site, two teams.
// Period: October and November 2025 (summer time ends 26 October).
//   Østergade: Tuesday and Thursday, 20 min per visit. October: 9 opening days, November: 8.
//   Alunden: Monday, 30 min per visit. October: 4, November: 4.
struct World {
    TestDatabase t;
    Builders b{t.reg()};
    Repository repo{*t.db};
    Team teamA = team(s("Team Nord"));
    Team teamB = team(s("Team Syd"));
    Staff mh = staff(QStringLiteral("MH"), s("Mette Holm"), teamA);
    Staff jb = staff(QStringLiteral("JB"), s("Jens Berg"), teamB);
    Site oster = site(s("Østergade"),
                      {{2, QTime(11, 0), QTime(14, 0)}, {4, QTime(11, 0), QTime(14, 0)}}, 20);
    Site alunden = site(s("Alunden"), {{1, QTime(9, 0), QTime(12, 0)}}, 30);
    ReportFilter period;

    World() {
        period.from = QDate(2025, 10, 1);
        period.to = QDate(2025, 11, 30);
    }

    Team team(const QString& name) { return b.team(name); }
    Staff staff(const QString& initials, const QString& name, const Team& in) {
        return b.staff(initials, name, in.meta.id);
    }
    Site site(const QString& name, QList<OpeningPeriod> hours, int allowance) {
        Site x;
        x.name = name;
        x.openingHours = hours;
        x.visitAllowanceMinutes = allowance;
        requireOk(t.reg().saveSite(x));
        return x;
    }
    // A visit arriving at `arrived`; waits `wait` minutes (-1: still waiting), then is helped for
    // `minutes` (-1: still in progress).
    DeskVisit visit(const Site& at, const QDateTime& arrived, int wait, int minutes,
                    const Staff* by) {
        DeskVisit v;
        v.siteId = at.meta.id;
        v.arrivedUtc = arrived;
        if (wait >= 0) {
            v.startedUtc = arrived.addSecs(qint64(wait) * 60);
            v.staffId = by ? by->meta.id : QUuid();
            if (minutes >= 0) {
                v.endedUtc = v.startedUtc.addSecs(qint64(minutes) * 60);
                v.topics = {DeskTopic::EBoks};
            }
        }
        requireOk(repo.save(v));
        return v;
    }
};

// The desk visits of the world:
//   Østergade: 2 Oct 11:00 (wait 5, visit 10, MH), 2 Oct 11:10 (15, 25, JB: over),
//     1 Nov 00:30 local = 31 Oct 23:30 UTC (10, 20, MH: exactly the allowance, November),
//     6 Nov 12:00 (still waiting), 6 Nov 12:05 (8, in progress, MH);
//     outside: 30 Sep 23:50 local, 1 Dec 00:10 local; a deleted visit on 9 Oct.
//   Alunden: 1 Oct 00:15 local = 30 Sep 22:15 UTC (4, 40, JB: over),
//     3 Nov 10:00 (6, 30, MH), 3 Nov 10:30 (20, 10, MH).
//   A deleted site open on Fridays with a visit on 10 Oct.
struct DeskWorld : World {
    DeskWorld() {
        visit(oster, local(2025, 10, 2, 11, 0), 5, 10, &mh);
        visit(oster, local(2025, 10, 2, 11, 10), 15, 25, &jb);
        visit(oster, local(2025, 11, 1, 0, 30), 10, 20, &mh);
        visit(oster, local(2025, 11, 6, 12, 0), -1, -1, nullptr);
        visit(oster, local(2025, 11, 6, 12, 5), 8, -1, &mh);
        visit(oster, local(2025, 9, 30, 23, 50), 1, 1, &mh);
        visit(oster, local(2025, 12, 1, 0, 10), 1, 1, &mh);
        DeskVisit gone = visit(oster, local(2025, 10, 9, 11, 0), 100, 100, &mh);
        requireOk(repo.markDeleted(gone));

        visit(alunden, local(2025, 10, 1, 0, 15), 4, 40, &jb);
        visit(alunden, local(2025, 11, 3, 10, 0), 6, 30, &mh);
        visit(alunden, local(2025, 11, 3, 10, 30), 20, 10, &mh);

        Site closed = site(s("Lukket"), {{5, QTime(9, 0), QTime(12, 0)}}, 30);
        visit(closed, local(2025, 10, 10, 10, 0), 1, 1, &mh);
        requireOk(t.reg().setDeleted(closed, true));
    }
};

} // namespace

TEST_CASE("The local date in SQL agrees with Europe/Copenhagen around both summer-time changes",
          "[reports]") {
    TestDatabase t;
    QSqlQuery q(t.db->connection());
    // Every 30 minutes through the days around the changes of 2024 and 2025.
    for (const QDate day : {QDate(2024, 3, 30), QDate(2024, 10, 26), QDate(2025, 3, 29),
                            QDate(2025, 10, 25), QDate(2025, 12, 31)}) {
        for (QDateTime at(day, QTime(0, 0), QTimeZone::utc()); at.date() <= day.addDays(2);
             at = at.addSecs(1800)) {
            const QString sql = QStringLiteral("SELECT %1, %2")
                                    .arg(localDateSql(t.db->sql(), QStringLiteral("?")),
                                         localMonthSql(t.db->sql(), QStringLiteral("?")));
            REQUIRE(t.db->exec(q, sql, QVariantList(sql.count(QLatin1Char('?')), toDbTimestamp(at)))
                        .ok());
            REQUIRE(q.next());
            const QDate expected = at.toTimeZone(Clock::localZone()).date();
            INFO(toDbTimestamp(at).toStdString());
            CHECK(q.value(0).toString() == expected.toString(Qt::ISODate));
            CHECK(q.value(1).toString() == expected.toString(QStringLiteral("yyyy-MM")));
        }
    }
}

TEST_CASE("Desk visits per opening day, by month", "[reports]") {
    DeskWorld w;
    ReportFilter f = w.period;

    const ReportTable all = value(deskVisitsPerDay(*w.t.db, f));
    CHECK(all.chart == ChartKind::Bar);
    CHECK_FALSE(all.description.isEmpty());
    CHECK_FALSE(all.valueAxis.isEmpty());
    CHECK_FALSE(all.columns[all.columnIndex(QStringLiteral("opening_days"))].plotted);
    CHECK_FALSE(all.columns[all.columnIndex(QStringLiteral("visits"))].plotted);
    CHECK(all.columns[all.columnIndex(QStringLiteral("visits_per_day"))].plotted);
    REQUIRE(all.rows.size() == 2);
    CHECK(cell(all, 0, "month").toDate() == QDate(2025, 10, 1));
    CHECK(cell(all, 1, "month").toDate() == QDate(2025, 11, 1));
    // Mondays, Tuesdays and Thursdays; the deleted site's Fridays and visit do not count.
    CHECK(num(all, 0, "opening_days") == 13);
    CHECK(num(all, 1, "opening_days") == 12);
    // October: two at Østergade, the 00:15 arrival at Alunden; the 30 Sep 23:50 one is outside.
    CHECK(num(all, 0, "visits") == 3);
    // November: the 00:30 arrival on 1 November (31 October in UTC) counts here.
    CHECK(num(all, 1, "visits") == 5);
    CHECK(num(all, 0, "visits_per_day") == Approx(3.0 / 13));
    CHECK(num(all, 1, "visits_per_day") == Approx(5.0 / 12));

    SECTION("one site: its opening days only") {
        f.siteIds = {w.oster.meta.id};
        const ReportTable t = value(deskVisitsPerDay(*w.t.db, f));
        REQUIRE(t.rows.size() == 2);
        CHECK(num(t, 0, "opening_days") == 9);
        CHECK(num(t, 1, "opening_days") == 8);
        CHECK(num(t, 0, "visits") == 2);
        CHECK(num(t, 1, "visits") == 3);
        CHECK(num(t, 1, "visits_per_day") == Approx(3.0 / 8));
    }
    SECTION("a team: the visits its staff served; opening days stay") {
        f.teamIds = {w.teamA.meta.id};
        const ReportTable t = value(deskVisitsPerDay(*w.t.db, f));
        REQUIRE(t.rows.size() == 2);
        CHECK(num(t, 0, "opening_days") == 13);
        CHECK(num(t, 0, "visits") == 1);
        CHECK(num(t, 1, "visits") == 4);
    }
    SECTION("forms: rådgivning or nothing; legal bases do not apply") {
        f.forms = {SupportForm::Individual};
        CHECK(value(deskVisitsPerDay(*w.t.db, f)).rows.isEmpty());
        f.forms = {SupportForm::Individual, SupportForm::Counselling};
        f.bases = {LegalBasis::P82b};
        const ReportTable t = value(deskVisitsPerDay(*w.t.db, f));
        REQUIRE(t.rows.size() == 2);
        CHECK(num(t, 1, "visits") == 5);
    }
    SECTION("a period cut inside months counts only its own days") {
        f.from = QDate(2025, 10, 15);
        f.to = QDate(2025, 11, 10);
        const ReportTable t = value(deskVisitsPerDay(*w.t.db, f));
        REQUIRE(t.rows.size() == 2);
        CHECK(num(t, 0, "opening_days") == 7); // Mon 20, 27; Tue 21, 28; Thu 16, 23, 30
        CHECK(num(t, 1, "opening_days") == 4); // Mon 3, 10; Tue 4; Thu 6
        CHECK(num(t, 0, "visits") == 0);
        CHECK(num(t, 1, "visits") == 5);
    }
    SECTION("a site without opening hours: no rate") {
        Site none = w.site(s("Uden tider"), {}, 30);
        f.siteIds = {none.meta.id};
        const ReportTable t = value(deskVisitsPerDay(*w.t.db, f));
        REQUIRE(t.rows.size() == 2);
        CHECK(num(t, 0, "opening_days") == 0);
        CHECK(num(t, 0, "visits") == 0);
        CHECK(isNull(t, 0, "visits_per_day"));
    }
}

TEST_CASE("Desk waiting and visit times per site", "[reports]") {
    DeskWorld w;
    ReportFilter f = w.period;

    const ReportTable all = value(deskDurations(*w.t.db, f));
    CHECK(all.chart == ChartKind::Bar);
    CHECK_FALSE(all.description.isEmpty());
    CHECK_FALSE(all.valueAxis.isEmpty());
    CHECK(all.columns[all.columnIndex(QStringLiteral("allowance"))].targetLine);
    CHECK_FALSE(all.columns[all.columnIndex(QStringLiteral("visits"))].plotted);
    CHECK_FALSE(all.columns[all.columnIndex(QStringLiteral("over_allowance"))].plotted);
    REQUIRE(categories(all) == QStringList{s("Alunden"), s("Østergade")});
    // Alunden: waits 4, 6, 20; visits 40, 30, 10; one of three over 30 minutes.
    CHECK(num(all, 0, "visits") == 3);
    CHECK(num(all, 0, "median_wait") == Approx(6));
    CHECK(num(all, 0, "median_visit") == Approx(30));
    CHECK(num(all, 0, "allowance") == 30);
    CHECK(num(all, 0, "over_allowance") == Approx(33.3));
    // Østergade: five visits; waits of the four started 5, 8, 10, 15; visits of the three
    // ended 10, 20, 25; 20 is not over the 20 minutes, 25 is.
    CHECK(num(all, 1, "visits") == 5);
    CHECK(num(all, 1, "median_wait") == Approx(9));
    CHECK(num(all, 1, "median_visit") == Approx(20));
    CHECK(num(all, 1, "allowance") == 20);
    CHECK(num(all, 1, "over_allowance") == Approx(33.3));

    SECTION("a team") {
        f.teamIds = {w.teamA.meta.id};
        const ReportTable t = value(deskDurations(*w.t.db, f));
        REQUIRE(t.rows.size() == 2);
        CHECK(num(t, 0, "visits") == 2);
        CHECK(num(t, 0, "median_wait") == Approx(13));
        CHECK(num(t, 0, "median_visit") == Approx(20));
        CHECK(num(t, 0, "over_allowance") == 0);
        CHECK(num(t, 1, "visits") == 3);
        CHECK(num(t, 1, "median_wait") == Approx(8));
        CHECK(num(t, 1, "median_visit") == Approx(15));
    }
    SECTION("a site") {
        f.siteIds = {w.alunden.meta.id};
        CHECK(categories(value(deskDurations(*w.t.db, f))) == QStringList{s("Alunden")});
    }
    SECTION("forms without rådgivning") {
        f.forms = {SupportForm::Group};
        CHECK(value(deskDurations(*w.t.db, f)).rows.isEmpty());
    }
    SECTION("a day with a visitor waiting and one in progress: no visit median, no share") {
        f.from = f.to = QDate(2025, 11, 6);
        const ReportTable t = value(deskDurations(*w.t.db, f));
        REQUIRE(categories(t) == QStringList{s("Østergade")});
        CHECK(num(t, 0, "visits") == 2);
        CHECK(num(t, 0, "median_wait") == Approx(8));
        CHECK(isNull(t, 0, "median_visit"));
        CHECK(isNull(t, 0, "over_allowance"));
    }
    SECTION("the period's last local day ends at local midnight") {
        f.from = QDate(2025, 10, 1);
        f.to = QDate(2025, 10, 31);
        const ReportTable t = value(deskDurations(*w.t.db, f));
        REQUIRE(t.rows.size() == 2);
        CHECK(num(t, 0, "visits") == 1); // Alunden 1 Oct 00:15 local
        CHECK(num(t, 1, "visits") == 2); // not the 1 Nov 00:30 one
    }
}

namespace {

// Two groups. "Yngre 20+" (Alunden, Mette Holm, team A) meets Tuesdays 13:00 from 7 October:
//   members Anna (all along, § 82 a), Bo (from 15 October), Carl (until 10 October), Dorte
//   (from 1 September); plus a night meeting 15 October 00:30 local (14 October in UTC).
//   7 Oct: Anna present, Carl absent, Dorte excused.
//   14 Oct: Anna present, Dorte present.
//   15 Oct 00:30: nobody registered (Anna, Bo and Dorte are members that day).
//   21 Oct: Anna absent, Bo present (Dorte not registered); a deleted registration of Dorte.
//   28 Oct: cancelled.
// "Ældre 60+" (Østergade, Jens Berg, team B), member Erik (§ 85): 4 Nov Erik present; a deleted
//   session on 11 Nov with Erik present.
struct GroupWorld : World {
    GroupSessions sessions{t.reg()};
    Scheduler scheduler{t.reg()};
    SupportGroup young = group(s("Yngre 20+"), alunden, mh);
    SupportGroup old = group(s("Ældre 60+"), oster, jb);
    Citizen anna = b.citizen(s("Anna Bech"));
    Citizen bo = b.citizen(s("Bo Ørum"));
    Citizen carl = b.citizen(s("Carl Dam"));
    Citizen dorte = b.citizen(s("Dorte Friis"));
    Citizen erik = b.citizen(s("Erik Lund"));

    GroupWorld() {
        b.grant(anna.meta.id, LegalBasis::P82a, QDate(2025, 1, 1));
        b.grant(erik.meta.id, LegalBasis::P85, QDate(2025, 1, 1));
        member(young, anna, QDate(2025, 1, 1));
        member(young, bo, QDate(2025, 10, 15));
        member(young, carl, QDate(2025, 1, 1), QDate(2025, 10, 10));
        member(young, dorte, QDate(2025, 9, 1));
        member(old, erik, QDate(2025, 1, 1));

        SessionPlanRequest p;
        p.groupId = young.meta.id;
        p.firstDate = QDate(2025, 10, 7);
        p.localStart = QTime(13, 0);
        p.durationMinutes = 120;
        p.count = 4;
        p.staffId = mh.meta.id;
        const QList<Appointment> weekly = value(sessions.planSessions(p));
        REQUIRE(weekly.size() == 4);
        attend(weekly[0], {{anna, AttendanceStatus::Present},
                           {carl, AttendanceStatus::Absent},
                           {dorte, AttendanceStatus::Excused}});
        attend(weekly[1], {{anna, AttendanceStatus::Present}, {dorte, AttendanceStatus::Present}});
        attend(weekly[2], {{anna, AttendanceStatus::Absent},
                           {bo, AttendanceStatus::Present},
                           {dorte, AttendanceStatus::Present}});
        Attendance dorte21 =
            value(repo.list<Attendance>(QStringLiteral("appointment_id = ? AND citizen_id = ?"),
                                        {idText(weekly[2].meta.id), idText(dorte.meta.id)}))
                .value(0);
        requireOk(repo.markDeleted(dorte21));
        Appointment cancelled = weekly[3];
        requireOk(scheduler.cancelOne(cancelled, Outcome::CancelledByStaff, s("Syg"), mh.meta.id));

        Appointment night = weekly[0];
        night.meta = {};
        night.seriesId = {};
        night.startUtc = local(2025, 10, 15, 0, 30);
        night.outcome = Outcome::Planned;
        night.outcomeBy = {};
        night.outcomeAtUtc = {};
        requireOk(repo.save(night));

        p.groupId = old.meta.id;
        p.firstDate = QDate(2025, 11, 4);
        p.localStart = QTime(10, 0);
        p.count = 2;
        p.staffId = jb.meta.id;
        const QList<Appointment> older = value(sessions.planSessions(p));
        REQUIRE(older.size() == 2);
        attend(older[0], {{erik, AttendanceStatus::Present}});
        attend(older[1], {{erik, AttendanceStatus::Present}});
        Appointment gone = value(t.reg().record<Appointment>(older[1].meta.id));
        requireOk(repo.markDeleted(gone));

        // A session planned after "now" (25 November 2025, 10:00) but inside the period.
        Appointment future = night;
        future.meta = {};
        future.startUtc = local(2025, 11, 27, 10, 0);
        requireOk(repo.save(future));
    }

    SupportGroup group(const QString& name, const Site& at, const Staff& facilitator) {
        SupportGroup g;
        g.siteId = at.meta.id;
        g.name = name;
        g.facilitator1 = facilitator.meta.id;
        g.capacity = 10;
        g.start = QDate(2024, 1, 1);
        requireOk(t.reg().saveGroup(g));
        return g;
    }
    void member(const SupportGroup& g, const Citizen& c, QDate from, QDate to = {}) {
        GroupMember m;
        m.groupId = g.meta.id;
        m.citizenId = c.meta.id;
        m.from = from;
        m.to = to;
        requireOk(t.reg().saveGroupMember(m));
    }
    void attend(const Appointment& a, const QList<std::pair<Citizen, AttendanceStatus>>& who) {
        QList<Attendance> list;
        for (const auto& [c, status] : who) {
            Attendance x;
            x.appointmentId = a.meta.id;
            x.citizenId = c.meta.id;
            x.status = status;
            list << x;
        }
        requireOk(sessions.saveAttendance(a.meta.id, list, a.staffId));
    }
    static QString label(QDate day, const SupportGroup& g) {
        return QStringLiteral("%1  %2").arg(QLocale().toString(day, QStringLiteral("d. MMM yyyy")),
                                            g.name);
    }
};

} // namespace

TEST_CASE("Group attendance per session", "[reports]") {
    GroupWorld w;
    ReportFilter f = w.period;
    const auto young = [&](int m, int d) { return GroupWorld::label(QDate(2025, m, d), w.young); };

    const ReportTable all = value(groupSessions(*w.t.db, f));
    CHECK(all.chart == ChartKind::StackedBar);
    CHECK_FALSE(all.description.isEmpty());
    CHECK_FALSE(all.valueAxis.isEmpty());
    CHECK_FALSE(all.columns[all.columnIndex(QStringLiteral("not_registered"))].plotted);
    CHECK_FALSE(all.columns[all.columnIndex(QStringLiteral("attendance_rate"))].plotted);
    // The cancelled 28 October, the deleted 11 November and the 27 November not yet held are
    // left out.
    REQUIRE(categories(all) == QStringList{young(10, 7), young(10, 14), young(10, 15),
                                           young(10, 21),
                                           GroupWorld::label(QDate(2025, 11, 4), w.old)});
    CHECK(num(all, 0, "present") == 1);
    CHECK(num(all, 0, "absent") == 1);
    CHECK(num(all, 0, "excused") == 1);
    CHECK(num(all, 0, "not_registered") == 0);
    CHECK(num(all, 0, "attendance_rate") == Approx(33.3));

    CHECK(num(all, 1, "present") == 2);
    CHECK(num(all, 1, "not_registered") == 0); // Carl left, Bo had not joined
    CHECK(num(all, 1, "attendance_rate") == Approx(100));

    // The night meeting is on 15 October locally: Bo is a member that day.
    CHECK(num(all, 2, "present") == 0);
    CHECK(num(all, 2, "not_registered") == 3);
    CHECK(isNull(all, 2, "attendance_rate"));

    // Dorte's registration was deleted: she counts as not registered.
    CHECK(num(all, 3, "present") == 1);
    CHECK(num(all, 3, "absent") == 1);
    CHECK(num(all, 3, "excused") == 0);
    CHECK(num(all, 3, "not_registered") == 1);
    CHECK(num(all, 3, "attendance_rate") == Approx(50));

    CHECK(num(all, 4, "present") == 1);
    CHECK(num(all, 4, "attendance_rate") == Approx(100));

    SECTION("a site: the group's") {
        f.siteIds = {w.oster.meta.id};
        CHECK(categories(value(groupSessions(*w.t.db, f))) ==
              QStringList{GroupWorld::label(QDate(2025, 11, 4), w.old)});
    }
    SECTION("a team: the facilitator's") {
        f.teamIds = {w.teamA.meta.id};
        CHECK(value(groupSessions(*w.t.db, f)).rows.size() == 4);
    }
    SECTION("forms and legal bases") {
        f.forms = {SupportForm::Individual};
        CHECK(value(groupSessions(*w.t.db, f)).rows.isEmpty());
        f.forms = {SupportForm::Group};
        f.bases = {LegalBasis::P85};
        CHECK(categories(value(groupSessions(*w.t.db, f))) ==
              QStringList{GroupWorld::label(QDate(2025, 11, 4), w.old)});
    }
    SECTION("period boundaries are local days") {
        f.from = QDate(2025, 10, 15);
        f.to = QDate(2025, 10, 21);
        CHECK(categories(value(groupSessions(*w.t.db, f))) ==
              QStringList{young(10, 15), young(10, 21)});
        f.from = QDate(2025, 12, 1);
        f.to = QDate(2025, 12, 31);
        CHECK(value(groupSessions(*w.t.db, f)).rows.isEmpty());
    }
}

TEST_CASE("Group attendance per member", "[reports]") {
    GroupWorld w;
    ReportFilter f = w.period;
    const auto name = [](const Citizen& c, const SupportGroup& g) {
        return QStringLiteral("%1 – %2").arg(c.name, g.name);
    };

    const ReportTable all = value(groupMembers(*w.t.db, f));
    CHECK(all.chart == ChartKind::HorizontalBar);
    CHECK_FALSE(all.description.isEmpty());
    CHECK_FALSE(all.valueAxis.isEmpty());
    CHECK_FALSE(all.columns[all.columnIndex(QStringLiteral("attendance_rate"))].plotted);
    REQUIRE(categories(all) == QStringList{name(w.anna, w.young), name(w.bo, w.young),
                                           name(w.carl, w.young), name(w.dorte, w.young),
                                           name(w.erik, w.old)});
    // Anna: present 7 and 14 Oct, absent 21 Oct.
    CHECK(num(all, 0, "present") == 2);
    CHECK(num(all, 0, "absent") == 1);
    CHECK(num(all, 0, "excused") == 0);
    CHECK(num(all, 0, "attendance_rate") == Approx(66.7));
    CHECK(num(all, 1, "present") == 1);
    CHECK(num(all, 1, "attendance_rate") == Approx(100));
    CHECK(num(all, 2, "absent") == 1);
    CHECK(num(all, 2, "attendance_rate") == 0);
    // Dorte: excused 7 Oct, present 14 Oct; the deleted 21 Oct registration does not count.
    CHECK(num(all, 3, "present") == 1);
    CHECK(num(all, 3, "excused") == 1);
    CHECK(num(all, 3, "attendance_rate") == Approx(50));
    // Erik: only 4 Nov; the deleted session does not count.
    CHECK(num(all, 4, "present") == 1);
    CHECK(num(all, 4, "attendance_rate") == Approx(100));

    SECTION("a shorter period") {
        f.from = QDate(2025, 10, 8);
        f.to = QDate(2025, 10, 31);
        const ReportTable t = value(groupMembers(*w.t.db, f));
        REQUIRE(categories(t) ==
                QStringList{name(w.anna, w.young), name(w.bo, w.young), name(w.dorte, w.young)});
        CHECK(num(t, 0, "present") == 1);
        CHECK(num(t, 0, "absent") == 1);
        CHECK(num(t, 2, "excused") == 0);
    }
    SECTION("filters") {
        f.teamIds = {w.teamB.meta.id};
        CHECK(categories(value(groupMembers(*w.t.db, f))) == QStringList{name(w.erik, w.old)});
        f.teamIds.clear();
        f.siteIds = {w.alunden.meta.id};
        CHECK(value(groupMembers(*w.t.db, f)).rows.size() == 4);
        f.siteIds.clear();
        f.bases = {LegalBasis::P82a};
        CHECK(value(groupMembers(*w.t.db, f)).rows.size() == 4);
        f.bases.clear();
        f.forms = {SupportForm::Virtual};
        CHECK(value(groupMembers(*w.t.db, f)).rows.isEmpty());
    }
    SECTION("nothing in the period") {
        f.from = QDate(2026, 1, 1);
        f.to = QDate(2026, 1, 31);
        CHECK(value(groupMembers(*w.t.db, f)).rows.isEmpty());
    }
}
