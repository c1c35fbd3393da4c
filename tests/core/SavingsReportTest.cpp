// Gevinstrealisering: the kroner, hours and km saved per month and year on a small hand-made
// fixture whose answers are worked out below, the model's storage and rules, and the filters.
#include "reports/SavingsReport.h"
#include "storage/CalendarQueries.h"
#include "storage/Repository.h"
#include "support/Expect.h"
#include "support/TestDatabase.h"

#include <cmath>

using namespace bs;
using namespace bs::test;

namespace {

constexpr auto ok = [](const Status& status) { bs::test::requireOk(status); };

// Round numbers so the arithmetic can be done by hand: one home visit's travel saves
// 30 min x 600 kr./h + 10 km x 4 kr./km = 300 + 40 = 340 kr.
EconomicModel handModel() {
    EconomicModel m;
    m.staffCostPerHour = 600;
    m.travelMinutesPerVisit = 30;
    m.kmPerVisit = 10;
    m.kmRate = 4;
    m.cafeTarget = {{2025, 120000}, {2026, 240000}};
    m.groupTarget = {{2025, 60000}, {2026, 60000}};
    m.virtualTarget = {{2025, 24000}};
    return m;
}

QDateTime local(int y, int mo, int d, int h, int mi = 0) {
    return localToUtc(QDate(y, mo, d), QTime(h, mi));
}

struct Fixture {
    TestDatabase t;
    Builders b{t.reg()};
    Repository repo{*t.db};
    Team nord = team(s("Nord"));
    Team syd = team(s("Syd"));
    Site grenaa = b.site(s("AUC Grenaa"));
    Staff mh = teamStaff(s("MH"), nord);
    Staff kl = teamStaff(s("KL"), syd);
    Citizen jens = b.citizen(s("Jens Berg"), grenaa.meta.id);
    Citizen karen = b.citizen(s("Karen Ø"), grenaa.meta.id);
    SupportGroup oneLead = b.group(s("Yngre 20+"), 10);        // 1 facilitator
    SupportGroup twoLeads = b.group(s("Torsdagsgruppen"), 12); // 2 facilitators, below

    Team team(const QString& name) {
        Team x;
        x.name = name;
        ok(t.reg().saveTeam(x));
        return x;
    }
    Staff teamStaff(const QString& initials, const Team& tm) {
        Staff x;
        x.initials = initials;
        x.name = initials + s(" Hansen");
        x.teamId = tm.meta.id;
        ok(t.reg().saveStaff(x));
        return x;
    }
    Appointment appointment(SupportForm form, const Staff& staff, const QDateTime& start,
                            Outcome outcome, int minutes = 60) {
        Appointment a;
        a.form = form;
        a.staffId = staff.meta.id;
        a.citizenId = jens.meta.id;
        a.startUtc = start;
        a.durationMinutes = minutes;
        a.outcome = outcome;
        ok(repo.save(a));
        return a;
    }
    Appointment session(const SupportGroup& g, const QDateTime& start, int minutes, int present,
                        int absent, Outcome outcome = Outcome::Completed) {
        Appointment a;
        a.form = SupportForm::Group;
        a.staffId = g.facilitator1;
        a.groupId = g.meta.id;
        a.siteId = g.siteId;
        a.startUtc = start;
        a.durationMinutes = minutes;
        a.outcome = outcome;
        ok(repo.save(a));
        for (int i = 0; i < present + absent; ++i) {
            Attendance at;
            at.appointmentId = a.meta.id;
            at.citizenId = b.citizen(s("Medlem %1").arg(i)).meta.id;
            at.status = i < present ? AttendanceStatus::Present : AttendanceStatus::Absent;
            ok(repo.save(at));
        }
        return a;
    }
    DeskVisit desk(const Staff* staff, const QDateTime& arrived, bool finished,
                   const QUuid& citizenId = {}, const QUuid& appointmentId = {}) {
        DeskVisit v;
        v.siteId = grenaa.meta.id;
        v.staffId = staff ? staff->meta.id : QUuid();
        v.citizenId = citizenId;
        v.appointmentId = appointmentId;
        v.arrivedUtc = arrived;
        v.startedUtc = finished ? arrived.addSecs(300) : QDateTime();
        v.endedUtc = finished ? arrived.addSecs(1500) : QDateTime();
        v.topics = {DeskTopic::EBoks};
        ok(repo.save(v));
        return v;
    }

    Fixture() {
        twoLeads.facilitator2 = mh.meta.id;
        ok(t.reg().saveGroup(twoLeads));
        b.grant(jens.meta.id, LegalBasis::P85, QDate(2025, 1, 1));

        // November 2025.
        // Café: 3 finished desk visits (one anonymous, one checking out a booked time) and one
        // delivered counselling appointment that no visit checked out = 4 citizens served.
        desk(&mh, local(2025, 11, 4, 11), true, jens.meta.id);
        desk(&mh, local(2025, 11, 4, 12), true);
        const Appointment booked = appointment(SupportForm::Counselling, kl,
                                               local(2025, 11, 11, 11), Outcome::Completed, 30);
        desk(&kl, local(2025, 11, 11, 11), true, karen.meta.id, booked.meta.id);
        appointment(SupportForm::Counselling, mh, local(2025, 11, 18, 11), Outcome::Completed);
        // Not counted: a visitor still waiting, a deleted visit, a no-show, a visit the evening
        // before the period (local 31 Oct 23:30 is UTC 22:30, before Nov 1 00:00 = 23:00 UTC).
        desk(&mh, local(2025, 11, 25, 11), false);
        DeskVisit gone = desk(&mh, local(2025, 11, 25, 12), true);
        ok(repo.markDeleted(gone));
        appointment(SupportForm::Counselling, mh, local(2025, 11, 19, 11), Outcome::NoShow);
        desk(&mh, local(2025, 10, 31, 23, 30), true);

        // Virtual: 2 delivered, 1 cancelled.
        appointment(SupportForm::Virtual, kl, local(2025, 11, 5, 10), Outcome::Completed);
        appointment(SupportForm::Virtual, kl, local(2025, 11, 6, 10), Outcome::Completed);
        appointment(SupportForm::Virtual, kl, local(2025, 11, 7, 10), Outcome::CancelledByCitizen);

        // Groups: 90 min with 4 present (1 absent) and 1 facilitator; 60 min with 1 present and
        // 2 facilitators; a cancelled session with attendance saves nothing.
        session(oneLead, local(2025, 11, 12, 13), 90, 4, 1);
        session(twoLeads, local(2025, 11, 13, 13), 60, 1, 0);
        session(oneLead, local(2025, 11, 19, 13), 90, 3, 0, Outcome::CancelledByStaff);

        // An individual home visit is the comparison, not a saving.
        Appointment home =
            appointment(SupportForm::Individual, mh, local(2025, 11, 20, 9), Outcome::Completed);
        home.travelMinutes = 40;
        home.travelKm = 25;
        ok(repo.save(home));

        // December 2025: a virtual session at 00:30 local on 1 December (23:30 UTC on
        // 30 November) is December's, and one more on 10 December.
        appointment(SupportForm::Virtual, kl, local(2025, 12, 1, 0, 30), Outcome::Completed);
        appointment(SupportForm::Virtual, kl, local(2025, 12, 10, 10), Outcome::Completed);
    }

    ReportFilter period(QDate from = QDate(2025, 11, 1), QDate to = QDate(2025, 12, 31)) const {
        ReportFilter f;
        f.from = from;
        f.to = to;
        return f;
    }
    ReportTable perMonth(const ReportFilter& f) {
        return value(reports::savingsPerMonth(*t.db, f, handModel()));
    }
};

double cell(const ReportTable& t, const QString& row, const char* column) {
    const int r = t.rowIndex(row);
    const int c = t.columnIndex(QLatin1String(column));
    REQUIRE(r >= 0);
    REQUIRE(c >= 0);
    return t.number(r, c);
}

} // namespace

TEST_CASE("Savings per month follow the method, worked out by hand", "[reports]") {
    Fixture f;
    const ReportTable t = f.perMonth(f.period());
    REQUIRE(t.rows.size() == 2);
    CHECK(t.chart == ChartKind::StackedBar);
    CHECK_FALSE(t.description.isEmpty());
    CHECK(t.valueAxis == s("kr."));
    const QString nov = s("2025-11-01");
    const QString dec = s("2025-12-01");
    // Café: 4 served x 340 = 1360 kr.
    CHECK(cell(t, nov, "cafe") == Approx(1360));
    // Virtual: 2 x 340 = 680 kr.
    CHECK(cell(t, nov, "virtual") == Approx(680));
    // Group, 1 facilitator: 4 x (90 + 30) - 1 x 90 = 390 min = 6.5 h x 600 = 3900
    //   + 4 x 10 km x 4 = 160 -> 4060 kr.
    // Group, 2 facilitators: 1 x (60 + 30) - 2 x 60 = -30 min = -0.5 h x 600 = -300
    //   + 1 x 10 km x 4 = 40 -> -260 kr.
    // 4060 - 260 = 3800 kr.
    CHECK(cell(t, nov, "group") == Approx(3800));
    // Hours: (4 + 2) x 0.5 h travel + 6.5 - 0.5 group = 9 h.
    CHECK(cell(t, nov, "hours_saved") == Approx(9));
    // Km: (4 café + 2 virtual + 5 present) x 10 = 110 km.
    CHECK(cell(t, nov, "km_saved") == Approx(110));
    // Target: (120 000 + 60 000 + 24 000) / 12 = 17 000 kr.
    CHECK(cell(t, nov, "target") == Approx(17000));

    // December: 2 virtual (one at 00:30 local on the 1st) x 340 = 680 kr.; nothing else.
    CHECK(cell(t, dec, "virtual") == Approx(680));
    CHECK(cell(t, dec, "cafe") == 0);
    CHECK(cell(t, dec, "group") == 0);
    CHECK(cell(t, dec, "hours_saved") == Approx(1));
}

TEST_CASE("Savings per year prorate the target for a partial year", "[reports]") {
    Fixture f;
    const ReportTable t = value(reports::savingsPerYear(
        *f.t.db, f.period(QDate(2025, 11, 1), QDate(2026, 2, 28)), handModel()));
    REQUIRE(t.rows.size() == 2);
    // 2025 holds November and December: 2/12 of each target.
    CHECK(cell(t, s("2025"), "cafe") == Approx(1360));
    CHECK(cell(t, s("2025"), "cafe_target") == Approx(20000)); // 120 000 x 2/12
    CHECK(cell(t, s("2025"), "group") == Approx(3800));
    CHECK(cell(t, s("2025"), "group_target") == Approx(10000)); // 60 000 x 2/12
    CHECK(cell(t, s("2025"), "virtual") == Approx(1360));       // 4 x 340
    CHECK(cell(t, s("2025"), "total") == Approx(6520));         // 1360 + 3800 + 1360
    CHECK(cell(t, s("2025"), "total_target") == Approx(34000)); // + 24 000 x 2/12
    CHECK(cell(t, s("2025"), "hours_saved") == Approx(10));
    CHECK(cell(t, s("2025"), "km_saved") == Approx(130));
    // 2026 holds January and February: no sessions, 2/12 of 240 000 and of 60 000.
    CHECK(cell(t, s("2026"), "total") == 0);
    CHECK(cell(t, s("2026"), "cafe_target") == Approx(40000));
    CHECK(cell(t, s("2026"), "group_target") == Approx(10000));
    CHECK(cell(t, s("2026"), "total_target") == Approx(50000)); // no virtual target in 2026
}

TEST_CASE("Filters change the savings", "[reports]") {
    Fixture f;
    const QString nov = s("2025-11-01");

    SECTION("forms: group only, and only its target") {
        ReportFilter p = f.period();
        p.forms = {SupportForm::Group};
        const ReportTable t = f.perMonth(p);
        CHECK(cell(t, nov, "cafe") == 0);
        CHECK(cell(t, nov, "virtual") == 0);
        CHECK(cell(t, nov, "group") == Approx(3800));
        CHECK(cell(t, nov, "target") == Approx(5000)); // 60 000 / 12
    }
    SECTION("sites: the groups' sites have no desk") {
        ReportFilter p = f.period();
        p.siteIds = {f.oneLead.siteId, f.twoLeads.siteId};
        const ReportTable t = f.perMonth(p);
        CHECK(cell(t, nov, "cafe") == 0);
        CHECK(cell(t, nov, "group") == Approx(3800));
    }
    SECTION("teams: Nord's desk visits and counselling") {
        ReportFilter p = f.period();
        p.teamIds = {f.nord.meta.id};
        const ReportTable t = f.perMonth(p);
        // MH helped 2 visits and held 1 counselling appointment: 3 x 340 = 1020 kr.
        CHECK(cell(t, nov, "cafe") == Approx(1020));
        CHECK(cell(t, nov, "virtual") == 0); // KL's, team Syd
        CHECK(cell(t, nov, "group") == 0);   // facilitators without a team
    }
    SECTION("bases: § 85 citizens only") {
        ReportFilter p = f.period();
        p.bases = {LegalBasis::P85};
        const ReportTable t = f.perMonth(p);
        // Jens (§ 85): his desk visit and his counselling appointment; every appointment in the
        // fixture is his except the group sessions, whose members have no grant.
        CHECK(cell(t, nov, "cafe") == Approx(680));
        CHECK(cell(t, nov, "virtual") == Approx(680));
        CHECK(cell(t, nov, "group") == 0);
    }
}

TEST_CASE("The stored model: defaults, round trip, and bad values rejected", "[reports]") {
    TestDatabase t;
    const EconomicModel d = value(EconomicModel::load(*t.db));
    CHECK(d == EconomicModel::defaults());
    CHECK(d.cafeTarget.value(2026) == 227000);
    CHECK(d.groupTarget.value(2028) == 180000);
    CHECK(d.kmRate == Approx(3.81));
    // The table's default overload uses the stored model.
    ReportFilter p;
    p.from = QDate(2025, 1, 1);
    p.to = QDate(2025, 12, 31);
    const ReportTable y = value(reports::savingsPerYear(*t.db, p));
    CHECK(y.number(0, y.columnIndex(s("cafe_target"))) == Approx(100000));

    EconomicModel m = handModel();
    m.kmRate = 3.51;
    ok(m.save(*t.db));
    CHECK(value(EconomicModel::load(*t.db)) == m);
    CHECK(value(reports::savingsPerYear(*t.db, p)).number(0, 2) == Approx(120000));

    SECTION("bad values are rejected and nothing is stored") {
        const auto rejects = [&](EconomicModel bad, const char* field) {
            const Status st = bad.save(*t.db);
            REQUIRE_FALSE(st.ok());
            CHECK(st.error().field == QLatin1String(field));
            CHECK(value(EconomicModel::load(*t.db)) == m);
        };
        EconomicModel bad = m;
        bad.staffCostPerHour = -1;
        rejects(bad, "staff_cost_per_hour");
        bad = m;
        bad.travelMinutesPerVisit = 1000;
        rejects(bad, "travel_minutes_per_visit");
        bad = m;
        bad.kmPerVisit = std::nan("");
        rejects(bad, "km_per_visit");
        bad = m;
        bad.kmRate = 500;
        rejects(bad, "km_rate");
        bad = m;
        bad.groupTarget.insert(2027, -5);
        rejects(bad, "targets");
        bad = m;
        bad.cafeTarget.insert(1850, 10);
        rejects(bad, "targets");
        // The report refuses a bad model rather than computing with it.
        CHECK_FALSE(reports::savingsPerMonth(*t.db, p, bad).ok());
    }
    SECTION("a damaged stored model is a clear failure, not silent defaults") {
        ok(CalendarQueries(*t.db).saveSetting(s("economic_model"), s("{not json")));
        const auto r = EconomicModel::load(*t.db);
        REQUIRE_FALSE(r.ok());
        CHECK_FALSE(r.message().isEmpty());
    }
}

TEST_CASE("The method text carries the model's numbers", "[reports]") {
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Danish, QLocale::Denmark));
    EconomicModel m = handModel();
    m.kmRate = 3.81;
    const QString text = m.methodText();
    CHECK(text.contains(s("600,00")));
    CHECK(text.contains(s("3,81")));
    CHECK(text.contains(s("30")));
    // 0.5 h x 600 + 10 km x 3.81 = 338.10 kr. per home visit's travel
    CHECK(text.contains(s("338,10")));
    m.staffCostPerHour = 500;
    CHECK(m.methodText().contains(s("500,00")));
    QLocale::setDefault(before);
}
