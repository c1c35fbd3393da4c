// The Ledelse goal figures (core/reports/GoalReports.h): indsatsmål outcomes, delmål progress by
// FFB theme and the length of § 82 b courses, on a small world with the answers worked out by hand.
#include "reports/GoalReports.h"
#include "domain/Journal.h"
#include "support/Expect.h"
#include "support/ReportCells.h"
#include "support/TestDatabase.h"

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

// The values of one column, row by row.
QList<qint64> column(const ReportTable& t, const char* key) {
    QList<qint64> out;
    for (int r = 0; r < t.rows.size(); ++r)
        out << qint64(num(t, r, key));
    return out;
}

// Karen (Alunden, contact Mette Holm of team Nord, § 85 with individual support) and Lars
// (Østergade, contact Jens Berg of team Syd, § 82 b from 1 October 2024 to 31 March 2025), plus a
// deleted citizen.
struct World {
    TestDatabase t;
    Builders b{t.reg()};
    Repository repo{*t.db};
    Site alunden = b.site(s("Alunden"));
    Site oster = b.site(s("Østergade"));
    Team nord = team(s("Team Nord"));
    Team syd = team(s("Team Syd"));
    Staff mh = staff(QStringLiteral("MH"), nord);
    Staff jb = staff(QStringLiteral("JB"), syd);
    Citizen karen = citizen(s("Karen Ø"), alunden, mh);
    Citizen lars = citizen(s("Lars Vang"), oster, jb);
    Citizen gone = citizen(s("Slettet Person"), alunden, mh);
    ReportFilter half; // first half of 2025

    World() {
        half.from = QDate(2025, 1, 1);
        half.to = QDate(2025, 6, 30);
        const Grant g = b.grant(karen.meta.id, LegalBasis::P85, QDate(2024, 1, 1));
        Allocation a;
        a.citizenId = karen.meta.id;
        a.grantId = g.meta.id;
        a.form = SupportForm::Individual;
        a.from = g.from;
        requireOk(t.reg().saveAllocation(a));
        b.grant(lars.meta.id, LegalBasis::P82b, QDate(2024, 10, 1), QDate(2025, 3, 31));
    }
    Team team(const QString& name) {
        Team x;
        x.name = name;
        requireOk(t.reg().saveTeam(x));
        return x;
    }
    Staff staff(const QString& initials, const Team& tm) {
        Staff x = b.staff(initials, initials);
        x.teamId = tm.meta.id;
        requireOk(t.reg().saveStaff(x));
        return x;
    }
    Citizen citizen(const QString& name, const Site& site, const Staff& contact) {
        Citizen c = b.citizen(name, site.meta.id);
        c.contactStaffId = contact.meta.id;
        requireOk(t.reg().saveCitizen(c));
        return c;
    }
    Goal goal(const Citizen& c, FfbTheme theme, QDate start, GoalStatus ended = GoalStatus::Active,
              QDate end = {}) {
        Goal g;
        g.citizenId = c.meta.id;
        g.theme = theme;
        g.condition = ffbConditions(theme).first().code;
        g.description = s("Jeg vil klare det selv");
        g.start = start;
        requireOk(t.reg().saveGoal(g));
        if (ended != GoalStatus::Active)
            requireOk(t.reg().endGoal(g, ended, end));
        return g;
    }
    void deleteCitizen(Citizen c) { requireOk(t.reg().setDeleted(c, true)); }
};

} // namespace

TEST_CASE("Indsatsmål outcomes in the period and those active at its end", "[reports]") {
    World w;
    using enum GoalStatus;
    using T = FfbTheme;
    w.goal(w.karen, T::Health, QDate(2024, 6, 1), Achieved, QDate(2025, 3, 1));
    w.goal(w.karen, T::CommunityLife, QDate(2024, 6, 1), PartlyAchieved, QDate(2025, 6, 30));
    // Ended the day after the period: still active on its last day.
    w.goal(w.karen, T::Relations, QDate(2025, 1, 10), NotAchieved, QDate(2025, 7, 1));
    w.goal(w.karen, T::SelfCare, QDate(2024, 1, 1), Discontinued, QDate(2024, 12, 31));
    w.goal(w.karen, T::CommunityLife, QDate(2025, 2, 1));
    w.goal(w.karen, T::Health, QDate(2025, 7, 1)); // starts after the period
    Goal deleted = w.goal(w.karen, T::Health, QDate(2024, 1, 1));
    requireOk(w.t.reg().setDeleted(deleted, true));
    w.goal(w.lars, T::Mobility, QDate(2024, 1, 1), Achieved, QDate(2025, 5, 5));
    w.goal(w.lars, T::CommunityLife, QDate(2024, 6, 1));
    w.goal(w.lars, T::Health, QDate(2024, 1, 1), Discontinued, QDate(2025, 1, 1));
    w.goal(w.gone, T::Health, QDate(2024, 1, 1), Achieved, QDate(2025, 2, 2));
    w.deleteCitizen(w.gone);

    ReportFilter f = w.half;
    const ReportTable all = value(goalOutcomes(*w.t.db, f));
    CHECK(all.chart == ChartKind::Bar);
    CHECK_FALSE(all.description.isEmpty());
    CHECK_FALSE(all.valueAxis.isEmpty());
    REQUIRE(all.rows.size() == 5);
    CHECK(cell(all, 0, "status").toString() == label(Achieved));
    CHECK(cell(all, 1, "status").toString() == label(PartlyAchieved));
    CHECK(cell(all, 2, "status").toString() == label(NotAchieved));
    CHECK(cell(all, 3, "status").toString() == label(Discontinued));
    CHECK(cell(all, 4, "status").toString() == label(Active));
    CHECK(column(all, "goals") == QList<qint64>{2, 1, 0, 1, 3});

    SECTION("site, team and support form each select Karen") {
        f.siteIds = {w.alunden.meta.id};
        CHECK(column(value(goalOutcomes(*w.t.db, f)), "goals") == QList<qint64>{1, 1, 0, 0, 2});
        f.siteIds.clear();
        f.teamIds = {w.nord.meta.id};
        CHECK(column(value(goalOutcomes(*w.t.db, f)), "goals") == QList<qint64>{1, 1, 0, 0, 2});
        f.teamIds.clear();
        f.forms = {SupportForm::Individual};
        CHECK(column(value(goalOutcomes(*w.t.db, f)), "goals") == QList<qint64>{1, 1, 0, 0, 2});
    }
    SECTION("a legal basis selects Lars") {
        f.bases = {LegalBasis::P82b};
        CHECK(column(value(goalOutcomes(*w.t.db, f)), "goals") == QList<qint64>{1, 0, 0, 1, 1});
    }
    SECTION("a later period") {
        f.from = QDate(2025, 7, 1);
        f.to = QDate(2025, 12, 31);
        // Not achieved on 1 July; active at the end: Karen's two open goals and Lars's.
        CHECK(column(value(goalOutcomes(*w.t.db, f)), "goals") == QList<qint64>{0, 0, 1, 0, 3});
    }
    SECTION("before anything started") {
        f.from = QDate(2020, 1, 1);
        f.to = QDate(2020, 12, 31);
        CHECK(column(value(goalOutcomes(*w.t.db, f)), "goals") == QList<qint64>{0, 0, 0, 0, 0});
    }
}

TEST_CASE("Delmål progress by FFB theme", "[reports]") {
    World w;
    using T = FfbTheme;
    const Goal community = w.goal(w.karen, T::CommunityLife, QDate(2025, 1, 1));
    const Goal health = w.goal(w.karen, T::Health, QDate(2025, 1, 1));
    const Goal larsCommunity = w.goal(w.lars, T::CommunityLife, QDate(2025, 1, 1));
    const Goal goneGoal = w.goal(w.gone, T::Mobility, QDate(2025, 1, 1));
    const auto subGoal = [&](const Goal& g) {
        SubGoal sg;
        sg.goalId = g.meta.id;
        sg.criterion = s("Åbner sin post hver uge");
        sg.deadline = QDate(2025, 12, 31);
        requireOk(w.t.reg().saveSubGoal(sg));
        return sg;
    };
    const SubGoal sg1 = subGoal(community);
    const SubGoal sg2 = subGoal(health);
    const SubGoal sg3 = subGoal(larsCommunity);
    SubGoal sg4 = subGoal(community);
    const SubGoal sg5 = subGoal(goneGoal);
    const auto assess = [&](const SubGoal& sg, const QDateTime& at, Progress p) {
        GoalAssessment a;
        a.subGoalId = sg.meta.id;
        a.goalId = sg.goalId;
        a.authorId = w.mh.meta.id;
        a.assessedUtc = at;
        a.progress = p;
        requireOk(w.repo.save(a));
        return a;
    };
    // March 2025 (summer time starts 30 March).
    assess(sg1, local(2025, 3, 1, 0, 30), Progress::Improved); // 28 Feb in UTC: inside
    assess(sg1, local(2025, 3, 10, 10, 0), Progress::Unchanged);
    assess(sg1, local(2025, 4, 1, 0, 30), Progress::Improved); // 31 Mar in UTC: outside
    assess(sg2, local(2025, 3, 15, 10, 0), Progress::Worsened);
    GoalAssessment withdrawn = assess(sg2, local(2025, 3, 16, 10, 0), Progress::Improved);
    requireOk(w.repo.markDeleted(withdrawn));
    assess(sg3, local(2025, 3, 20, 10, 0), Progress::Improved);
    assess(sg3, local(2025, 2, 28, 23, 30), Progress::Worsened); // outside
    assess(sg4, local(2025, 3, 12, 10, 0), Progress::Improved);
    requireOk(w.t.reg().setDeleted(sg4, true));
    assess(sg5, local(2025, 3, 12, 10, 0), Progress::Improved);
    w.deleteCitizen(w.gone);

    ReportFilter f;
    f.from = QDate(2025, 3, 1);
    f.to = QDate(2025, 3, 31);
    const int communityRow = int(T::CommunityLife);
    const int healthRow = int(T::Health);

    const ReportTable all = value(subGoalProgress(*w.t.db, f));
    CHECK(all.chart == ChartKind::Heatmap);
    CHECK_FALSE(all.description.isEmpty());
    CHECK_FALSE(all.valueAxis.isEmpty());
    CHECK_FALSE(all.columns[all.columnIndex(QStringLiteral("share_improved"))].plotted);
    REQUIRE(all.rows.size() == 11);
    for (const T theme : allValues<T>())
        CHECK(cell(all, int(theme), "theme").toString() == label(theme));
    CHECK(num(all, communityRow, "improved") == 2);
    CHECK(num(all, communityRow, "unchanged") == 1);
    CHECK(num(all, communityRow, "worsened") == 0);
    CHECK(num(all, communityRow, "share_improved") == Approx(66.7)); // stored rounded
    CHECK(num(all, healthRow, "improved") == 0);
    CHECK(num(all, healthRow, "worsened") == 1);
    CHECK(num(all, healthRow, "share_improved") == 0);
    CHECK(num(all, int(T::Mobility), "improved") == 0); // the deleted citizen's
    CHECK(cell(all, int(T::Mobility), "share_improved").isNull());
    CHECK(cell(all, int(T::MentalFunctions), "share_improved").isNull());

    SECTION("Karen's site") {
        f.siteIds = {w.alunden.meta.id};
        const ReportTable t = value(subGoalProgress(*w.t.db, f));
        CHECK(num(t, communityRow, "improved") == 1);
        CHECK(num(t, communityRow, "unchanged") == 1);
        CHECK(num(t, communityRow, "share_improved") == Approx(50));
        CHECK(num(t, healthRow, "worsened") == 1);
    }
    SECTION("Lars's team, and his legal basis") {
        f.teamIds = {w.syd.meta.id};
        const ReportTable t = value(subGoalProgress(*w.t.db, f));
        CHECK(num(t, communityRow, "improved") == 1);
        CHECK(num(t, communityRow, "unchanged") == 0);
        CHECK(num(t, communityRow, "share_improved") == Approx(100));
        CHECK(cell(t, healthRow, "share_improved").isNull());
        f.teamIds.clear();
        f.bases = {LegalBasis::P82b};
        CHECK(num(value(subGoalProgress(*w.t.db, f)), communityRow, "improved") == 1);
    }
    SECTION("over two years (read in delmål order): the assessment of 28 February joins") {
        f.from = QDate(2023, 3, 31);
        const ReportTable t = value(subGoalProgress(*w.t.db, f));
        REQUIRE(t.rows.size() == 11);
        qint64 shortTotal = 0, longTotal = 0;
        for (int r = 0; r < t.rows.size(); ++r) {
            for (const char* c : {"improved", "unchanged", "worsened"}) {
                CHECK(num(t, r, c) >= num(all, r, c));
                shortTotal += qint64(num(all, r, c));
                longTotal += qint64(num(t, r, c));
            }
        }
        CHECK(longTotal == shortTotal + 1);
    }
    SECTION("a support form nobody has") {
        f.forms = {SupportForm::Virtual};
        const ReportTable t = value(subGoalProgress(*w.t.db, f));
        REQUIRE(t.rows.size() == 11);
        for (int r = 0; r < t.rows.size(); ++r)
            CHECK(cell(t, r, "share_improved").isNull());
    }
}

TEST_CASE("Duration of § 82 b courses", "[reports]") {
    World w; // Lars: § 82 b from 1 October 2024 to 31 March 2025, Østergade
    const auto citizen = [&](const char* name) { return w.citizen(s(name), w.alunden, w.mh); };
    const auto grant = [&](const Citizen& c, QDate from, QDate to,
                           LegalBasis basis = LegalBasis::P82b) {
        return w.b.grant(c.meta.id, basis, from, to);
    };
    const Citizen per = w.citizen(s("Per"), w.oster, w.jb);
    grant(per, QDate(2025, 1, 1), QDate(2025, 3, 1));             // 59 days
    grant(citizen("Pia"), QDate(2025, 1, 1), QDate(2025, 4, 2));  // 91 days: 2.99 months
    grant(citizen("Poul"), QDate(2025, 1, 1), QDate(2025, 4, 3)); // 92 days: 3.02 months
    grant(w.lars, QDate(2025, 4, 1), QDate(2025, 9, 30));         // renewed the day after
    const Citizen pernille = citizen("Pernille"); // four grants, one overlapping, running on
    grant(pernille, QDate(2024, 1, 1), QDate(2024, 6, 30));
    grant(pernille, QDate(2024, 7, 1), QDate(2024, 12, 31));
    grant(pernille, QDate(2024, 12, 15), QDate(2025, 6, 14));
    grant(pernille, QDate(2025, 6, 15), QDate(2025, 12, 14));
    grant(citizen("Preben"), QDate(2024, 7, 1), QDate(2024, 12, 31)); // ended before
    grant(citizen("Pelle"), QDate(2025, 7, 1), QDate(2025, 12, 31));  // starts after
    const Citizen petra = citizen("Petra"); // 302 days, ends on the period's last day
    grant(petra, QDate(2024, 9, 1), QDate(2025, 2, 28));
    grant(petra, QDate(2025, 3, 1), QDate(2025, 6, 30));
    const Citizen pil = citizen("Pil"); // a gap: two courses, the first before the period
    grant(pil, QDate(2024, 6, 1), QDate(2024, 11, 30));
    grant(pil, QDate(2025, 1, 10), QDate(2025, 3, 10));
    grant(citizen("Paw"), QDate(2025, 1, 1), {}, LegalBasis::P85);
    Grant deleted = grant(citizen("Palle"), QDate(2025, 1, 1), QDate(2025, 6, 30));
    requireOk(w.t.reg().setDeleted(deleted, true));
    grant(w.gone, QDate(2025, 1, 1), QDate(2025, 6, 30));
    w.deleteCitizen(w.gone);

    ReportFilter f = w.half;
    const ReportTable all = value(p82bDurations(*w.t.db, f));
    CHECK(all.chart == ChartKind::Bar);
    CHECK_FALSE(all.description.isEmpty());
    CHECK_FALSE(all.valueAxis.isEmpty());
    REQUIRE(all.rows.size() == 5);
    CHECK(cell(all, 0, "duration").toString() == s("0–3 months"));
    CHECK(cell(all, 1, "duration").toString() == s("3–6 months"));
    CHECK(cell(all, 4, "duration").toString() == s("over 12 months"));
    // Per, Pia, Pil | Poul | Lars (272 days so far) | Petra | Pernille (546 days so far).
    CHECK(column(all, "ended") == QList<qint64>{3, 1, 0, 1, 0});
    CHECK(column(all, "running") == QList<qint64>{0, 0, 1, 0, 1});

    SECTION("site and team select Per and Lars") {
        f.siteIds = {w.oster.meta.id};
        CHECK(column(value(p82bDurations(*w.t.db, f)), "ended") == QList<qint64>{1, 0, 0, 0, 0});
        CHECK(column(value(p82bDurations(*w.t.db, f)), "running") == QList<qint64>{0, 0, 1, 0, 0});
        f.siteIds.clear();
        f.teamIds = {w.syd.meta.id};
        CHECK(column(value(p82bDurations(*w.t.db, f)), "ended") == QList<qint64>{1, 0, 0, 0, 0});
    }
    SECTION("citizens with other bases or forms only") {
        f.bases = {LegalBasis::P85};
        CHECK(column(value(p82bDurations(*w.t.db, f)), "running") == QList<qint64>{0, 0, 0, 0, 0});
        f.bases.clear();
        f.forms = {SupportForm::Individual};
        CHECK(column(value(p82bDurations(*w.t.db, f)), "ended") == QList<qint64>{0, 0, 0, 0, 0});
    }
    SECTION("a shorter period: courses ending after it are still running") {
        f.to = QDate(2025, 2, 28);
        const ReportTable t = value(p82bDurations(*w.t.db, f));
        CHECK(column(t, "ended") == QList<qint64>{0, 0, 0, 0, 0});
        // Per, Pia, Poul (58 days), Pil (49) | Lars (150), Petra (180: her first grant ends on
        // the 28th, but the course goes on) | Pernille (424).
        CHECK(column(t, "running") == QList<qint64>{4, 2, 0, 0, 1});
    }
}
