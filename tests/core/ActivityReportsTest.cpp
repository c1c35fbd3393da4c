// The activity figures on a small hand-made fixture whose right answers are written below.
#include "reports/ActivityReports.h"
#include "reports/LedelseCharts.h"
#include "reports/ReportSql.h"
#include "services/GroupSessions.h"
#include "services/Scheduler.h"
#include "support/Expect.h"
#include "support/TestDatabase.h"

using namespace bs;
using bs::test::Builders;
using bs::test::requireOk;
using bs::test::s;
using bs::test::TestDatabase;
using bs::test::value;

namespace {

// Period September-October 2025 (the clock is 25 November 2025). Teams Nord (MH, AB) and Syd
// (JK, ZU); BD is deleted. Sites Alunden, Bakken, Dalen (no appointments) and Centret (deleted).
//
// Citizens (site, contact, allocations):
//   Jens  Alunden MH  individual from 1 Jan, group from 15 Sep (Torsdagsgruppen); a deleted
//                     counselling allocation
//   Karen Bakken  JK  individual 1 Jan-30 Sep, virtual from 1 Oct; group member without allocation
//   Lone  -       JK  individual 1 Jul-31 Dec (§ 82 b)
//   Ole   Alunden MH  counselling from 10 Oct; on the waiting list
//   Mia   Bakken  MH  individual from 15 Oct
//   Per   Bakken  BD  individual 1 Jan-31 Aug
//   Slet  Alunden MH  individual from 1 Jan; the citizen is deleted
//
// Appointments (local time; P planned, C completed, NS no-show, CBC/CBS cancelled by
// citizen/staff):
//   #1  ind  MH Jens   1 Sep 00:30  60  P              (the first minutes of the period)
//   #2  ind  MH Jens  10 Sep 10:00  60  C   travel 30 min 12.5 km
//   #3  ind  MH Jens  17 Sep 10:00  60  NS "Sov over"  travel 30 min 12.5 km
//   #4  ind  JK Karen 11 Sep 10:00  90  C   travel 45 min 20 km
//   #5  ind  JK Karen 18 Sep 10:00  60  CBC "syg"
//   #6  ind  JK Karen 25 Sep 10:00  60  CBC " Syg "
//   #7  ind  JK Lone   1 Oct 00:30  60  C   travel 60 min 30 km (30 Sep in UTC)
//   #8  ind  JK Lone  31 Oct 23:30  60  CBC ""          (the last minutes of the period)
//   #9  ind  JK Lone   1 Nov 00:30  60  C               (after the period)
//   #10 ind  MH Mia   31 Aug 23:30  60  C               (before the period)
//   #11 ind  MH Jens   8 Oct 10:00  60  C   travel 30 min 10 km; deleted
//   #12 ind  MH Mia   20 Oct 10:00  60  CBS "Medarbejder syg" at Alunden
//   #13 cou  AB Ole   14 Oct 13:00  30  C   at Alunden
//   #14 cou  AB Ole   21 Oct 13:00  30  NS "Glemt" at Alunden
//   #15 vir  JK Karen  6 Oct 14:00  45  C
//   #16 vir  JK Karen 13 Oct 14:00  45  P
//   #17 grp  AB group  2 Oct 15:00 120  C   Jens present, Karen absent (Alunden)
//   #18 grp  AB group  9 Oct 15:00 120  CBS "medarbejder syg"
struct Fixture {
    TestDatabase t;
    Builders b{t.reg()};
    Scheduler scheduler{t.reg()};
    GroupSessions groups{t.reg()};

    Team nord = team(s("Nord"));
    Team syd = team(s("Syd"));
    Site alunden = b.site(s("Alunden"));
    Site bakken = b.site(s("Bakken"));
    Site dalen = b.site(s("Dalen"));
    Site centret = b.site(s("Centret"));
    Staff mh = staff(s("MH"), s("Mette Holm"), nord);
    Staff jk = staff(s("JK"), s("Jonas Krogh"), syd);
    Staff ab = staff(s("AB"), s("Anne Berg"), nord);
    Staff zu = staff(s("ZU"), s("Zena Ulv"), syd);
    Staff bd = staff(s("BD"), s("Bo Dahl"), syd);
    SupportGroup group = makeGroup();

    Citizen jens = citizen(s("Jens"), alunden.meta.id, mh);
    Citizen karen = citizen(s("Karen"), bakken.meta.id, jk);
    Citizen lone = citizen(s("Lone"), {}, jk);
    Citizen ole = citizen(s("Ole"), alunden.meta.id, mh, CitizenStatus::WaitingList);
    Citizen mia = citizen(s("Mia"), bakken.meta.id, mh);
    Citizen per = citizen(s("Per"), bakken.meta.id, bd);
    Citizen slet = citizen(s("Slet"), alunden.meta.id, mh);

    Fixture() {
        const QDate jan1(2025, 1, 1);
        const Grant jensGrant = b.grant(jens.meta.id, LegalBasis::P85, jan1);
        allocate(jensGrant, SupportForm::Individual, jan1);
        allocate(jensGrant, SupportForm::Group, QDate(2025, 9, 15), {}, group.meta.id);
        Allocation dropped = allocate(jensGrant, SupportForm::Counselling, QDate(2025, 9, 1));
        requireOk(t.reg().setDeleted(dropped, true));
        const Grant karenGrant = b.grant(karen.meta.id, LegalBasis::P85, jan1);
        allocate(karenGrant, SupportForm::Individual, jan1, QDate(2025, 9, 30));
        allocate(karenGrant, SupportForm::Virtual, QDate(2025, 10, 1));
        GroupMember m;
        m.groupId = group.meta.id;
        m.citizenId = karen.meta.id;
        m.from = QDate(2025, 9, 1);
        requireOk(t.reg().saveGroupMember(m));
        const QDate loneEnd(2025, 12, 31); // § 82 b lasts at most 6 months
        allocate(b.grant(lone.meta.id, LegalBasis::P82b, QDate(2025, 7, 1), loneEnd),
                 SupportForm::Individual, QDate(2025, 7, 1), loneEnd);
        allocate(b.grant(ole.meta.id, LegalBasis::P85, QDate(2025, 10, 1)),
                 SupportForm::Counselling, QDate(2025, 10, 10));
        allocate(b.grant(mia.meta.id, LegalBasis::P85, QDate(2025, 10, 15)),
                 SupportForm::Individual, QDate(2025, 10, 15));
        allocate(b.grant(per.meta.id, LegalBasis::P85, jan1, QDate(2025, 8, 31)),
                 SupportForm::Individual, jan1, QDate(2025, 8, 31));
        allocate(b.grant(slet.meta.id, LegalBasis::P85, jan1), SupportForm::Individual, jan1);
        requireOk(t.reg().setDeleted(slet, true));
        requireOk(t.reg().setDeleted(bd, true));
        requireOk(t.reg().setDeleted(centret, true));

        using O = Outcome;
        const auto I = SupportForm::Individual;
        visit(1, I, mh, jens, {}, QDate(2025, 9, 1), QTime(0, 30), 60, O::Planned);
        visit(2, I, mh, jens, {}, QDate(2025, 9, 10), QTime(10, 0), 60, O::Completed, {}, 30, 12.5);
        visit(3, I, mh, jens, {}, QDate(2025, 9, 17), QTime(10, 0), 60, O::NoShow, s("Sov over"),
              30, 12.5);
        visit(4, I, jk, karen, {}, QDate(2025, 9, 11), QTime(10, 0), 90, O::Completed, {}, 45, 20);
        visit(5, I, jk, karen, {}, QDate(2025, 9, 18), QTime(10, 0), 60, O::CancelledByCitizen,
              s("syg"));
        visit(6, I, jk, karen, {}, QDate(2025, 9, 25), QTime(10, 0), 60, O::CancelledByCitizen,
              s(" Syg "));
        visit(7, I, jk, lone, {}, QDate(2025, 10, 1), QTime(0, 30), 60, O::Completed, {}, 60, 30);
        visit(8, I, jk, lone, {}, QDate(2025, 10, 31), QTime(23, 30), 60, O::CancelledByCitizen);
        visit(9, I, jk, lone, {}, QDate(2025, 11, 1), QTime(0, 30), 60, O::Completed);
        visit(10, I, mh, mia, {}, QDate(2025, 8, 31), QTime(23, 30), 60, O::Completed);
        Appointment deleted = visit(11, I, mh, jens, {}, QDate(2025, 10, 8), QTime(10, 0), 60,
                                    O::Completed, {}, 30, 10);
        requireOk(t.reg().setDeleted(deleted, true));
        visit(12, I, mh, mia, alunden.meta.id, QDate(2025, 10, 20), QTime(10, 0), 60,
              O::CancelledByStaff, s("Medarbejder syg"));
        const auto C = SupportForm::Counselling;
        visit(13, C, ab, ole, alunden.meta.id, QDate(2025, 10, 14), QTime(13, 0), 30, O::Completed);
        visit(14, C, ab, ole, alunden.meta.id, QDate(2025, 10, 21), QTime(13, 0), 30, O::NoShow,
              s("Glemt"));
        const auto V = SupportForm::Virtual;
        visit(15, V, jk, karen, {}, QDate(2025, 10, 6), QTime(14, 0), 45, O::Completed);
        visit(16, V, jk, karen, {}, QDate(2025, 10, 13), QTime(14, 0), 45, O::Planned);

        const Appointment s17 = session(QDate(2025, 10, 2));
        requireOk(groups.saveAttendance(s17.meta.id,
                                        {attendance(s17, jens, AttendanceStatus::Present),
                                         attendance(s17, karen, AttendanceStatus::Absent)},
                                        ab.meta.id));
        Appointment s18 = session(QDate(2025, 10, 9));
        registerOutcome(s18, O::CancelledByStaff, s("medarbejder syg"));
    }

    Team team(const QString& name) { return b.team(name); }
    Staff staff(const QString& initials, const QString& name, const Team& in) {
        return b.staff(initials, name, in.meta.id);
    }
    SupportGroup makeGroup() {
        SupportGroup g;
        g.siteId = alunden.meta.id;
        g.name = s("Torsdagsgruppen");
        g.facilitator1 = ab.meta.id;
        g.start = QDate(2024, 1, 1);
        requireOk(t.reg().saveGroup(g));
        return g;
    }
    Citizen citizen(const QString& name, const QUuid& siteId, const Staff& contact,
                    CitizenStatus status = CitizenStatus::Active) {
        Citizen c;
        c.name = name;
        c.siteId = siteId;
        c.contactStaffId = contact.meta.id;
        c.status = status;
        requireOk(t.reg().saveCitizen(c));
        return c;
    }
    Allocation allocate(const Grant& grant, SupportForm form, QDate from, QDate to = {},
                        const QUuid& groupId = {}) {
        Allocation a;
        a.citizenId = grant.citizenId;
        a.grantId = grant.meta.id;
        a.form = form;
        a.from = from;
        a.to = to;
        a.groupId = groupId;
        requireOk(t.reg().saveAllocation(a));
        return a;
    }
    // Registered an hour after the start, so the first written reason is well defined.
    void registerOutcome(Appointment& a, Outcome outcome, const QString& reason = {}) {
        if (outcome != Outcome::Planned)
            requireOk(
                scheduler.registerOutcome(a, outcome, reason, a.staffId, a.startUtc.addSecs(3600)));
    }
    Appointment visit(int number, SupportForm form, const Staff& by, const Citizen& c,
                      const QUuid& siteId, QDate day, QTime start, int minutes, Outcome outcome,
                      const QString& reason = {}, int travelMinutes = 0, double km = 0) {
        INFO("appointment #" << number);
        Appointment a;
        a.form = form;
        a.staffId = by.meta.id;
        a.citizenId = c.meta.id;
        a.siteId = siteId;
        a.startUtc = localToUtc(day, start);
        a.durationMinutes = minutes;
        a.travelMinutes = travelMinutes;
        a.travelKm = km;
        REQUIRE(scheduler.book(a).ok());
        registerOutcome(a, outcome, reason);
        return a;
    }
    static Attendance attendance(const Appointment& session, const Citizen& c,
                                 AttendanceStatus status) {
        Attendance a;
        a.appointmentId = session.meta.id;
        a.citizenId = c.meta.id;
        a.status = status;
        a.reason = status == AttendanceStatus::Present ? QString() : s("syg");
        return a;
    }
    Appointment session(QDate day) {
        Appointment a;
        a.form = SupportForm::Group;
        a.staffId = ab.meta.id;
        a.groupId = group.meta.id;
        a.siteId = alunden.meta.id;
        a.startUtc = localToUtc(day, QTime(15, 0));
        a.durationMinutes = 120;
        REQUIRE(scheduler.book(a).ok());
        return a;
    }

    static ReportFilter period(QDate from = QDate(2025, 9, 1), QDate to = QDate(2025, 10, 31)) {
        ReportFilter f;
        f.from = from;
        f.to = to;
        return f;
    }
    const Database& db() const { return *t.db; }
};

// A cell by row category and column key; fails the test when either is missing.
QVariant cell(const ReportTable& t, const QString& row, const char* column) {
    const int r = t.rowIndex(row);
    const int c = t.columnIndex(QLatin1String(column));
    INFO("row " << row.toStdString() << ", column " << column);
    REQUIRE(r >= 0);
    REQUIRE(c >= 0);
    return t.rows[r][c];
}
double num(const ReportTable& t, const QString& row, const char* column) {
    const QVariant v = cell(t, row, column);
    REQUIRE_FALSE(v.isNull());
    return v.toDouble();
}
bool isEmpty(const ReportTable& t, const QString& row, const char* column) {
    return cell(t, row, column).isNull();
}
QStringList categories(const ReportTable& t) {
    QStringList out;
    for (const QVariantList& row : t.rows)
        out << (row[0].typeId() == QMetaType::QDate ? row[0].toDate().toString(Qt::ISODate)
                                                    : row[0].toString());
    return out;
}
bool plotted(const ReportTable& t, const char* column) {
    return t.columns.value(t.columnIndex(QLatin1String(column))).plotted;
}
void describedWith(const ReportTable& t, const char* key) {
    CHECK(t.key == QLatin1String(key));
    CHECK_FALSE(t.title.isEmpty());
    CHECK_FALSE(t.description.isEmpty());
    CHECK_FALSE(t.valueAxis.isEmpty());
    for (const ReportColumn& c : t.columns)
        CHECK_FALSE(c.label.isEmpty());
    for (const QVariantList& row : t.rows)
        CHECK(row.size() == t.columns.size());
}

const QString Ind = QStringLiteral("Individual");
const QString Cou = QStringLiteral("Counselling");
const QString Grp = QStringLiteral("Group");
const QString Vir = QStringLiteral("Virtual");
const QString Sep = QStringLiteral("2025-09-01");
const QString Oct = QStringLiteral("2025-10-01");

} // namespace

TEST_CASE("A report filter needs a period of at most 20 years", "[reports]") {
    ReportFilter f;
    CHECK(f.validate().error().field == QStringLiteral("period"));
    f.from = QDate(2025, 9, 1);
    CHECK_FALSE(f.validate().ok());
    f.to = QDate(2025, 8, 31);
    CHECK(f.validate().message().contains(QStringLiteral("before it starts")));
    f.to = f.from;
    CHECK(f.validate().ok());
    f.to = QDate(2045, 9, 1);
    CHECK(f.validate().ok());
    f.to = QDate(2045, 9, 2);
    CHECK(f.validate().message().contains(QStringLiteral("20 years")));

    TestDatabase t;
    ReportFilter bad;
    bad.from = QDate(2025, 9, 2);
    bad.to = QDate(2025, 9, 1);
    CHECK_FALSE(computeChart(*t.db, ChartId::Sessions, bad).ok());
}

TEST_CASE("Local dates in SQL follow Copenhagen's summer time", "[reports]") {
    TestDatabase t;
    const QString sql = QStringLiteral("SELECT %1 FROM (SELECT ? AS ts) AS one")
                            .arg(reports::localDateSql(t.db->sql(), QStringLiteral("ts")));
    int checked = 0;
    for (QDate d(2024, 1, 1); d <= QDate(2026, 12, 31); d = d.addDays(1)) {
        for (const int hour : {0, 21, 22, 23}) {
            const QDateTime utc(d, QTime(hour, 30), QTimeZone::utc());
            QString local;
            requireOk(
                reports::forEachRow(*t.db, sql, {toDbTimestamp(utc)},
                                    [&](const QSqlQuery& q) { local = q.value(0).toString(); }));
            const QString expected =
                utc.toTimeZone(Clock::localZone()).date().toString(Qt::ISODate);
            if (local != expected)
                FAIL_CHECK(toDbTimestamp(utc).toStdString() << " gave " << local.toStdString());
            ++checked;
        }
    }
    CHECK(checked == 1096 * 4);
}

TEST_CASE("Citizens per support form by month", "[reports]") {
    Fixture f;
    ReportTable t = value(reports::citizensPerForm(f.db(), f.period()));
    describedWith(t, "activity.citizens_per_form");
    CHECK(t.chart == ChartKind::Line);
    CHECK(categories(t) == QStringList{Sep, Oct});
    CHECK(t.columns[0].type == ColumnType::Month);
    // September: Jens, Karen, Lone individual; Jens in the group from the 15th.
    CHECK(num(t, Sep, "individual") == 3);
    CHECK(num(t, Sep, "counselling") == 0);
    CHECK(num(t, Sep, "group") == 1);
    CHECK(num(t, Sep, "virtual") == 0);
    CHECK(num(t, Sep, "total") == 3);
    // October: Karen moved to virtual, Mia and Ole started.
    CHECK(num(t, Oct, "individual") == 3);
    CHECK(num(t, Oct, "counselling") == 1);
    CHECK(num(t, Oct, "group") == 1);
    CHECK(num(t, Oct, "virtual") == 1);
    CHECK(num(t, Oct, "total") == 5);
    CHECK(plotted(t, "individual"));
    CHECK_FALSE(plotted(t, "total"));

    SECTION("the first and last month count only days in the period") {
        t = value(reports::citizensPerForm(f.db(), f.period({2025, 9, 20}, {2025, 10, 12})));
        CHECK(num(t, Sep, "individual") == 3);
        CHECK(num(t, Oct, "individual") == 2); // Mia starts on the 15th
        CHECK(num(t, Oct, "counselling") == 1);
        CHECK(num(t, Oct, "total") == 4);
    }
    SECTION("months without anyone are rows of 0") {
        t = value(reports::citizensPerForm(f.db(), f.period({2024, 11, 1}, {2024, 12, 31})));
        CHECK(categories(t) == QStringList{s("2024-11-01"), s("2024-12-01")});
        CHECK(num(t, s("2024-11-01"), "individual") == 0); // every allocation starts in 2025
        CHECK(num(t, s("2024-12-01"), "total") == 0);
    }
    SECTION("site") {
        ReportFilter p = f.period();
        p.siteIds = {f.alunden.meta.id};
        t = value(reports::citizensPerForm(f.db(), p));
        CHECK(num(t, Sep, "individual") == 1);
        CHECK(num(t, Sep, "total") == 1);
        CHECK(num(t, Oct, "counselling") == 1);
        CHECK(num(t, Oct, "total") == 2);
    }
    SECTION("team of the contact person") {
        ReportFilter p = f.period();
        p.teamIds = {f.syd.meta.id};
        t = value(reports::citizensPerForm(f.db(), p));
        CHECK(num(t, Sep, "individual") == 2);
        CHECK(num(t, Oct, "individual") == 1);
        CHECK(num(t, Oct, "virtual") == 1);
        CHECK(num(t, Oct, "total") == 2);
    }
    SECTION("form: citizens with it, the total counts only it, only it is plotted") {
        ReportFilter p = f.period();
        p.forms = {SupportForm::Virtual};
        t = value(reports::citizensPerForm(f.db(), p));
        CHECK(num(t, Sep, "individual") == 1); // Karen
        CHECK(num(t, Sep, "total") == 0);
        CHECK(num(t, Oct, "virtual") == 1);
        CHECK(num(t, Oct, "total") == 1);
        CHECK(plotted(t, "virtual"));
        CHECK_FALSE(plotted(t, "individual"));
    }
    SECTION("legal basis") {
        ReportFilter p = f.period();
        p.bases = {LegalBasis::P82b};
        t = value(reports::citizensPerForm(f.db(), p));
        CHECK(num(t, Sep, "individual") == 1);
        CHECK(num(t, Oct, "total") == 1);
    }
}

TEST_CASE("Combinations of support forms", "[reports]") {
    Fixture f;
    ReportTable t = value(reports::formCombinations(f.db(), f.period()));
    describedWith(t, "activity.form_combinations");
    CHECK(categories(t) ==
          QStringList{Ind, Cou, s("Individual + Group"), s("Individual + Virtual")});
    CHECK(num(t, Ind, "citizens") == 2); // Lone and Mia; not Per (ended) nor Slet (deleted)
    CHECK(num(t, s("Individual + Group"), "citizens") == 1);

    ReportFilter p = f.period();
    p.siteIds = {f.bakken.meta.id};
    t = value(reports::formCombinations(f.db(), p));
    CHECK(categories(t) == QStringList{Ind, s("Individual + Virtual")});
    CHECK(num(t, Ind, "citizens") == 1);

    p = f.period();
    p.forms = {SupportForm::Group};
    t = value(reports::formCombinations(f.db(), p));
    CHECK(categories(t) == QStringList{s("Individual + Group")});

    p = f.period();
    p.bases = {LegalBasis::P82b};
    t = value(reports::formCombinations(f.db(), p));
    CHECK(categories(t) == QStringList{Ind});

    p = f.period();
    p.teamIds = {f.nord.meta.id};
    t = value(reports::formCombinations(f.db(), p));
    CHECK(categories(t) == QStringList{Cou, Ind, s("Individual + Group")}); // Ole, Mia, Jens

    t = value(reports::formCombinations(f.db(), f.period({2023, 1, 1}, {2023, 12, 31})));
    CHECK(t.rows.isEmpty());
}

TEST_CASE("Planned and delivered sessions per form", "[reports]") {
    Fixture f;
    ReportTable t = value(reports::sessions(f.db(), f.period()));
    describedWith(t, "activity.sessions");
    CHECK(categories(t) == QStringList{Ind, Cou, Grp, Vir});
    CHECK(num(t, Ind, "planned") == 9);
    CHECK(num(t, Ind, "delivered") == 3);
    CHECK(num(t, Ind, "delivery_rate") == 37.5); // 3 of 8 with an outcome
    CHECK(num(t, Cou, "planned") == 2);
    CHECK(num(t, Cou, "delivery_rate") == 50);
    CHECK(num(t, Grp, "planned") == 2);
    CHECK(num(t, Grp, "delivered") == 1);
    CHECK(num(t, Vir, "delivery_rate") == 100); // the planned one has no outcome yet
    CHECK_FALSE(plotted(t, "delivery_rate"));

    SECTION("the period is whole local days") {
        t = value(reports::sessions(f.db(), f.period({2025, 9, 1}, {2025, 9, 1})));
        CHECK(num(t, Ind, "planned") == 1); // #1 at 00:30, not #10 at 23:30 the day before
        CHECK(isEmpty(t, Ind, "delivery_rate"));
        t = value(reports::sessions(f.db(), f.period({2025, 10, 31}, {2025, 10, 31})));
        CHECK(num(t, Ind, "planned") == 1); // #8 at 23:30, not #9 at 00:30 the day after
        t = value(reports::sessions(f.db(), f.period({2025, 11, 1}, {2025, 11, 1})));
        CHECK(num(t, Ind, "planned") == 1);
        CHECK(num(t, Ind, "delivered") == 1);
    }
    SECTION("site: the appointment's, else the citizen's") {
        ReportFilter p = f.period();
        p.siteIds = {f.alunden.meta.id};
        t = value(reports::sessions(f.db(), p));
        CHECK(num(t, Ind, "planned") == 4); // #1-3 (Jens) and #12 (Mia at Alunden)
        CHECK(num(t, Ind, "delivery_rate") == Approx(33.3));
        CHECK(num(t, Vir, "planned") == 0);
        CHECK(isEmpty(t, Vir, "delivery_rate"));
    }
    SECTION("team of the staff member") {
        ReportFilter p = f.period();
        p.teamIds = {f.syd.meta.id};
        t = value(reports::sessions(f.db(), p));
        CHECK(num(t, Ind, "planned") == 5);
        CHECK(num(t, Ind, "delivery_rate") == 40);
        CHECK(num(t, Grp, "planned") == 0);
        CHECK(isEmpty(t, Grp, "delivery_rate"));
    }
    SECTION("form") {
        ReportFilter p = f.period();
        p.forms = {SupportForm::Virtual};
        t = value(reports::sessions(f.db(), p));
        CHECK(num(t, Ind, "planned") == 0);
        CHECK(isEmpty(t, Ind, "delivery_rate"));
        CHECK(num(t, Vir, "planned") == 2);
    }
    SECTION("legal basis of a grant active that day; a group session's through its members") {
        ReportFilter p = f.period();
        p.bases = {LegalBasis::P82b};
        t = value(reports::sessions(f.db(), p));
        CHECK(num(t, Ind, "planned") == 2);
        CHECK(num(t, Ind, "delivery_rate") == 50);
        CHECK(num(t, Grp, "planned") == 0);
        p.bases = {LegalBasis::P85};
        t = value(reports::sessions(f.db(), p));
        CHECK(num(t, Ind, "planned") == 7);
        CHECK(num(t, Grp, "planned") == 2);
        CHECK(num(t, Cou, "planned") == 2);
    }
}

TEST_CASE("Planned and delivered hours per form", "[reports]") {
    Fixture f;
    ReportTable t = value(reports::hours(f.db(), f.period()));
    describedWith(t, "activity.hours");
    CHECK(categories(t) == QStringList{Ind, Cou, Grp, Vir});
    CHECK(num(t, Ind, "planned_hours") == 9.5);
    CHECK(num(t, Ind, "delivered_hours") == 3.5);
    CHECK(num(t, Cou, "planned_hours") == 1);
    CHECK(num(t, Cou, "delivered_hours") == 0.5);
    CHECK(num(t, Grp, "planned_hours") == 4);
    CHECK(num(t, Grp, "delivered_hours") == 2);
    CHECK(num(t, Vir, "planned_hours") == 1.5);
    CHECK(num(t, Vir, "delivered_hours") == 0.8); // 45 minutes, one decimal
    CHECK(t.columns[1].type == ColumnType::Decimal);

    ReportFilter p = f.period();
    p.forms = {SupportForm::Group};
    t = value(reports::hours(f.db(), p));
    CHECK(num(t, Ind, "planned_hours") == 0);
    CHECK(num(t, Grp, "planned_hours") == 4);
}

TEST_CASE("No-shows and cancellations per form", "[reports]") {
    Fixture f;
    ReportTable t = value(reports::noShowsByForm(f.db(), f.period()));
    describedWith(t, "activity.no_shows_by_form");
    CHECK(categories(t) == QStringList{Ind, Cou, Grp, Vir});
    CHECK(num(t, Ind, "appointments") == 8);
    CHECK(num(t, Ind, "no_shows") == 1);
    CHECK(num(t, Ind, "cancelled_by_citizen") == 3);
    CHECK(num(t, Ind, "cancelled_by_staff") == 1);
    CHECK(num(t, Ind, "no_show_rate") == 12.5);
    CHECK(num(t, Ind, "cancellation_rate") == 50);
    CHECK(num(t, Cou, "no_show_rate") == 50);
    CHECK(num(t, Cou, "cancellation_rate") == 0);
    CHECK(num(t, Grp, "cancellation_rate") == 50);
    CHECK(num(t, Vir, "appointments") == 1);
    CHECK(num(t, Vir, "no_show_rate") == 0);
    CHECK(plotted(t, "no_show_rate"));
    CHECK_FALSE(plotted(t, "appointments"));

    ReportFilter p = f.period();
    p.teamIds = {f.nord.meta.id};
    t = value(reports::noShowsByForm(f.db(), p));
    CHECK(num(t, Ind, "appointments") == 3); // #2, #3, #12
    CHECK(num(t, Ind, "no_show_rate") == Approx(33.3));
    CHECK(isEmpty(t, Vir, "no_show_rate"));
    CHECK(isEmpty(t, Vir, "cancellation_rate"));
}

TEST_CASE("No-shows and cancellations per site", "[reports]") {
    Fixture f;
    ReportTable t = value(reports::noShowsBySite(f.db(), f.period()));
    describedWith(t, "activity.no_shows_by_site");
    const QString none = QStringLiteral("No site");
    // Centret is deleted; Dalen has no appointments; Lone has no site.
    CHECK(categories(t) == QStringList{s("Alunden"), s("Bakken"), s("Dalen"), none});
    CHECK(num(t, s("Alunden"), "appointments") == 7);
    CHECK(num(t, s("Alunden"), "no_shows") == 2);
    CHECK(num(t, s("Alunden"), "cancelled_by_staff") == 2);
    CHECK(num(t, s("Alunden"), "no_show_rate") == Approx(28.6));
    CHECK(num(t, s("Alunden"), "cancellation_rate") == Approx(28.6));
    CHECK(num(t, s("Bakken"), "appointments") == 4);
    CHECK(num(t, s("Bakken"), "cancellation_rate") == 50);
    CHECK(num(t, s("Dalen"), "appointments") == 0);
    CHECK(isEmpty(t, s("Dalen"), "no_show_rate"));
    CHECK(num(t, none, "appointments") == 2);
    CHECK(num(t, none, "cancelled_by_citizen") == 1);

    ReportFilter p = f.period();
    p.siteIds = {f.bakken.meta.id};
    t = value(reports::noShowsBySite(f.db(), p));
    CHECK(categories(t) == QStringList{s("Bakken")});

    p = f.period();
    p.bases = {LegalBasis::P82b};
    t = value(reports::noShowsBySite(f.db(), p));
    CHECK(num(t, none, "appointments") == 2);
    CHECK(num(t, s("Alunden"), "appointments") == 0);

    t = value(reports::noShowsBySite(f.db(), f.period({2025, 9, 1}, {2025, 9, 30})));
    CHECK(categories(t).last() == s("Dalen")); // no appointment without a site in September
}

TEST_CASE("Reasons for no-shows and cancellations", "[reports]") {
    Fixture f;
    ReportTable t = value(reports::cancellationReasons(f.db(), f.period()));
    describedWith(t, "activity.cancellation_reasons");
    // Case and spaces do not matter; the text first written is shown.
    CHECK(categories(t) == QStringList{s("medarbejder syg"), s("syg"), s("Glemt"),
                                       s("No reason given"), s("Sov over")});
    CHECK(num(t, s("syg"), "cancelled_by_citizen") == 2);
    CHECK(num(t, s("syg"), "total") == 2);
    CHECK(num(t, s("medarbejder syg"), "cancelled_by_staff") == 2);
    CHECK(num(t, s("No reason given"), "cancelled_by_citizen") == 1);
    CHECK(num(t, s("Sov over"), "no_shows") == 1);
    CHECK_FALSE(plotted(t, "total"));

    ReportFilter p = f.period();
    p.forms = {SupportForm::Group};
    t = value(reports::cancellationReasons(f.db(), p));
    CHECK(categories(t) == QStringList{s("medarbejder syg")});
    CHECK(num(t, s("medarbejder syg"), "total") == 1);

    SECTION("the 15 most frequent, then the rest together") {
        for (int i = 1; i <= 12; ++i) {
            f.visit(100 + i, SupportForm::Individual, f.mh, f.jens, {}, QDate(2025, 9, 3),
                    QTime(7 + i, 0), 30, Outcome::NoShow,
                    QStringLiteral("Grund %1").arg(i, 2, 10, QLatin1Char('0')));
        }
        t = value(reports::cancellationReasons(f.db(), f.period()));
        REQUIRE(t.rows.size() == 16);
        CHECK(categories(t)[2] == s("Glemt"));
        CHECK(categories(t)[14] == s("Grund 12"));
        CHECK(categories(t)[15] == s("Other reasons"));
        CHECK(num(t, s("Other reasons"), "no_shows") == 1);             // Sov over
        CHECK(num(t, s("Other reasons"), "cancelled_by_citizen") == 1); // no reason
        CHECK(num(t, s("Other reasons"), "total") == 2);
    }
}

TEST_CASE("Caseload per staff member", "[reports]") {
    Fixture f;
    ReportTable t = value(reports::caseload(f.db(), f.period()));
    describedWith(t, "activity.caseload");
    const QString ab = s("Anne Berg (AB)"), jk = s("Jonas Krogh (JK)"), mh = s("Mette Holm (MH)");
    // Zena Ulv has nothing; Bo Dahl is deleted.
    CHECK(categories(t) == QStringList{ab, jk, mh});
    CHECK(num(t, mh, "contact_citizens") == 2); // Jens, Mia (Ole waits, Slet is deleted)
    CHECK(num(t, mh, "citizens_seen") == 1);    // Jens (#11 is deleted)
    CHECK(num(t, mh, "planned_hours") == 4);
    CHECK(num(t, mh, "delivered_hours") == 1);
    CHECK(num(t, jk, "contact_citizens") == 2);
    CHECK(num(t, jk, "citizens_seen") == 2); // Karen twice, Lone
    CHECK(num(t, jk, "planned_hours") == 7);
    CHECK(num(t, jk, "delivered_hours") == 3.3);
    CHECK(num(t, ab, "contact_citizens") == 0);
    CHECK(num(t, ab, "citizens_seen") == 2); // Ole, and Jens present in the group (not Karen)
    CHECK(num(t, ab, "planned_hours") == 5);
    CHECK(num(t, ab, "delivered_hours") == 2.5);
    CHECK_FALSE(plotted(t, "planned_hours"));

    ReportFilter p = f.period();
    p.teamIds = {f.nord.meta.id};
    t = value(reports::caseload(f.db(), p));
    CHECK(categories(t) == QStringList{ab, mh});

    p = f.period();
    p.forms = {SupportForm::Individual};
    t = value(reports::caseload(f.db(), p));
    CHECK(categories(t) == QStringList{jk, mh}); // Anne Berg has no individual support
    CHECK(num(t, mh, "contact_citizens") == 2);
    CHECK(num(t, jk, "citizens_seen") == 2);
    CHECK(num(t, jk, "planned_hours") == 5.5);

    p = f.period();
    p.siteIds = {f.bakken.meta.id};
    t = value(reports::caseload(f.db(), p));
    CHECK(num(t, mh, "contact_citizens") == 1); // Mia
    CHECK(num(t, mh, "planned_hours") == 0);    // Mia's #12 was at Alunden
    CHECK(num(t, jk, "citizens_seen") == 1);
}

TEST_CASE("Travel for individual visits per month", "[reports]") {
    Fixture f;
    ReportTable t = value(reports::travel(f.db(), f.period({2025, 7, 1}, {2025, 10, 31})));
    describedWith(t, "activity.travel");
    CHECK(categories(t) == QStringList{s("2025-07-01"), s("2025-08-01"), Sep, Oct});
    CHECK(num(t, s("2025-07-01"), "visits") == 0);
    CHECK(num(t, s("2025-07-01"), "km") == 0);
    CHECK(num(t, s("2025-08-01"), "visits") == 1); // #10 at 23:30 on 31 August
    // Delivered visits only: not #3 (no-show) nor #11 (deleted).
    CHECK(num(t, Sep, "visits") == 2);
    CHECK(num(t, Sep, "travel_hours") == 1.3); // 75 minutes
    CHECK(num(t, Sep, "km") == 32.5);
    CHECK(num(t, Oct, "visits") == 1); // #7 at 00:30 on 1 October (30 September in UTC)
    CHECK(num(t, Oct, "travel_hours") == 1);
    CHECK(num(t, Oct, "km") == 30);
    CHECK_FALSE(plotted(t, "visits"));

    ReportFilter p = f.period();
    p.teamIds = {f.nord.meta.id};
    t = value(reports::travel(f.db(), p));
    CHECK(num(t, Sep, "visits") == 1);
    CHECK(num(t, Sep, "km") == 12.5);
    CHECK(num(t, Oct, "visits") == 0);

    p = f.period();
    p.forms = {SupportForm::Virtual};
    t = value(reports::travel(f.db(), p));
    CHECK(num(t, Sep, "visits") == 0);
}
