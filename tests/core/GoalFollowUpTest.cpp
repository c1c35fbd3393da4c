// Goal follow-up: the timeline of an indsatsmål, its level and progress for the chart, delmål
// nobody wrote about for weeks, the FFB review and the proposal to end the grant and support
// forms once no open goal is left; and the data of the handleplan / status document.
#include "services/GoalFollowUp.h"
#include "services/CitizenPlan.h"
#include "storage/Repository.h"
#include "support/Expect.h"
#include "support/TestDatabase.h"

using namespace bs;
using bs::test::Builders;
using bs::test::requireOk;
using bs::test::s;
using bs::test::TestDatabase;
using bs::test::utc;
using bs::test::value;
using Kind = bs::TimelineEntry::Kind;

namespace {

// Clock: Tuesday 25 November 2025, 10:00 local. Jens has a § 85 grant from 1 September with
// individual support, and one indsatsmål under it with two delmål.
struct Goals {
    TestDatabase t;
    Builders b{t.reg()};
    Repository repo{*t.db};
    GoalFollowUp followUp{t.reg()};
    Staff mette = b.staff(s("MH"), s("Mette Holm"));
    Citizen jens = citizen();
    Grant grant = b.grant(jens.meta.id, LegalBasis::P85, QDate(2025, 9, 1));
    Allocation individual = allocation(grant);
    Goal goal = addGoal(s("Jeg vil selv betale mine regninger"), grant.meta.id);
    SubGoal bills = addSubGoal(goal, s("Åbner e-Boks hver uge"), QDate(2026, 1, 31));
    SubGoal budget = addSubGoal(goal, s("Laver et budget med bostøtten"), QDate(2026, 3, 1));

    Citizen citizen() {
        Citizen c;
        c.name = s("Jens Ågård");
        c.cpr = s("7501853456");
        c.address = s("Søndergade 12");
        c.postalCode = s("8500");
        c.city = s("Grenaa");
        c.contactStaffId = mette.meta.id;
        requireOk(t.reg().saveCitizen(c));
        return c;
    }
    Allocation allocation(const Grant& g) {
        Allocation a;
        a.citizenId = jens.meta.id;
        a.grantId = g.meta.id;
        a.form = SupportForm::Individual;
        a.from = g.from;
        requireOk(t.reg().saveAllocation(a));
        return a;
    }
    Goal addGoal(const QString& text, const QUuid& grantId, QDate start = QDate(2025, 9, 1)) {
        Goal g;
        g.citizenId = jens.meta.id;
        g.grantId = grantId;
        g.theme = FfbTheme::CommunityLife;
        g.condition = s("community.finances");
        g.type = GoalType::Develop;
        g.currentLevel = FunctionLevel::Moderate;
        g.targetLevel = FunctionLevel::Mild;
        g.description = text;
        g.start = start;
        requireOk(t.reg().saveGoal(g));
        return g;
    }
    SubGoal addSubGoal(const Goal& g, const QString& text, QDate deadline) {
        SubGoal sub;
        sub.goalId = g.meta.id;
        sub.criterion = text;
        sub.deadline = deadline;
        requireOk(t.reg().saveSubGoal(sub));
        return sub;
    }
    JournalNote note(const QDateTime& at, const QString& text, QList<QUuid> subGoals = {}) {
        JournalNote n;
        n.citizenId = jens.meta.id;
        n.authorId = mette.meta.id;
        n.writtenUtc = at;
        n.text = text;
        n.subGoalIds = subGoals;
        requireOk(repo.save(n));
        return n;
    }
    GoalAssessment assess(const QUuid& noteId, const SubGoal& sub, const QDateTime& at,
                          Progress progress, FunctionLevel level = FunctionLevel::NotAssessed) {
        GoalAssessment a;
        a.noteId = noteId;
        a.subGoalId = sub.meta.id;
        a.goalId = sub.goalId;
        a.authorId = mette.meta.id;
        a.assessedUtc = at;
        a.progress = progress;
        a.level = level;
        requireOk(repo.save(a));
        return a;
    }
    ReviewRequest request(const Goal& g, ReviewStatus status,
                          GoalStatus outcome = GoalStatus::Active) const {
        ReviewRequest r;
        r.goalId = g.meta.id;
        r.status = status;
        r.outcome = outcome;
        r.summary = s("Jens betaler nu selv sine regninger");
        r.date = QDate(2025, 11, 24);
        r.authorId = mette.meta.id;
        return r;
    }
    Grant storedGrant() { return value(t.reg().grant(grant.meta.id)); }
    Allocation storedAllocation() { return value(t.reg().allocation(individual.meta.id)); }
    int reviewCount(const Goal& g) { return int(value(followUp.reviews(g.meta.id)).size()); }
};

} // namespace

TEST_CASE("The timeline lists start, notes, assessments and reviews in order", "[goals]") {
    Goals g;
    const JournalNote october =
        g.note(utc(2025, 10, 1, 8), s("Vi åbnede e-Boks sammen"), {g.bills.meta.id});
    g.assess(october.meta.id, g.bills, utc(2025, 10, 1, 8), Progress::Improved,
             FunctionLevel::Moderate);
    // Linked only through the assessment made in it.
    const JournalNote november = g.note(utc(2025, 11, 10, 13), s("Budgettet er lagt"));
    g.assess(november.meta.id, g.budget, utc(2025, 11, 10, 13), Progress::Unchanged,
             FunctionLevel::Mild);
    g.note(utc(2025, 10, 15), s("Snak om vejret")); // about no delmål
    const Goal other = g.addGoal(s("Jeg vil handle ind selv"), g.grant.meta.id);
    const SubGoal shopping = g.addSubGoal(other, s("Skriver indkøbsliste"), QDate(2026, 1, 1));
    g.note(utc(2025, 10, 20), s("Indkøb i Netto"), {shopping.meta.id}); // another goal's
    value(g.followUp.review(g.request(g.goal, ReviewStatus::Continue)));

    const auto entries = value(g.followUp.timeline(g.goal.meta.id));
    REQUIRE(entries.size() == 6);
    CHECK(entries[0].kind == Kind::Start);
    CHECK(entries[0].date == QDate(2025, 9, 1));
    CHECK(entries[0].text == s("Jeg vil selv betale mine regninger"));
    CHECK(entries[1].kind == Kind::Note);
    CHECK(entries[1].noteId == october.meta.id);
    CHECK(entries[1].subGoal == s("Åbner e-Boks hver uge"));
    CHECK(entries[1].authorName == s("MH – Mette Holm"));
    CHECK(entries[2].kind == Kind::Assessment);
    CHECK(entries[2].progress == Progress::Improved);
    CHECK(entries[2].level == FunctionLevel::Moderate);
    CHECK(entries[2].noteId == october.meta.id);
    CHECK(entries[3].kind == Kind::Note);
    CHECK(entries[3].text == s("Budgettet er lagt"));
    CHECK(entries[4].kind == Kind::Assessment);
    CHECK(entries[4].subGoal == s("Laver et budget med bostøtten"));
    CHECK(entries[5].kind == Kind::Review);
    CHECK(entries[5].date == QDate(2025, 11, 24));
    CHECK(entries[5].reviewStatus == ReviewStatus::Continue);

    const auto levels = value(g.followUp.levelSeries(g.goal.meta.id));
    REQUIRE(levels.size() == 2);
    CHECK(levels[0].date == QDate(2025, 10, 1));
    CHECK(levels[0].value == 2);
    CHECK(levels[1].level == FunctionLevel::Mild);
    CHECK(levels[1].value == 1);

    const auto months = value(g.followUp.progressCounts(g.goal.meta.id));
    REQUIRE(months.size() == 2);
    CHECK(months[0].month == QDate(2025, 10, 1));
    CHECK(months[0].improved == 1);
    CHECK(months[1].month == QDate(2025, 11, 1));
    CHECK(months[1].unchanged == 1);
    CHECK(months[1].improved == 0);
}

TEST_CASE("Ending a goal closes the timeline with its outcome", "[goals]") {
    Goals g;
    const auto result = value(g.followUp.review(
        g.request(g.goal, ReviewStatus::EndAndNewEffort, GoalStatus::PartlyAchieved)));
    CHECK(result.goal.status == GoalStatus::PartlyAchieved);
    const auto entries = value(g.followUp.timeline(g.goal.meta.id));
    REQUIRE(entries.size() == 3);
    CHECK(entries[1].kind == Kind::Review);
    CHECK(entries[1].reviewStatus == ReviewStatus::EndAndNewEffort);
    CHECK(entries[2].kind == Kind::End);
    CHECK(entries[2].goalStatus == GoalStatus::PartlyAchieved);
    // Its delmål ended with it.
    CHECK(value(g.t.reg().subGoal(g.bills.meta.id)).status == GoalStatus::PartlyAchieved);
}

TEST_CASE("Delmål without a note for the set number of weeks are flagged", "[goals]") {
    Goals g;
    CHECK(g.followUp.staleWeeks() == 4);
    g.note(utc(2025, 10, 1), s("e-Boks"), {g.bills.meta.id});   // 8 weeks ago
    g.note(utc(2025, 11, 10), s("Budget"), {g.budget.meta.id}); // 2 weeks ago
    auto stale = value(g.followUp.staleSubGoals(g.jens.meta.id));
    REQUIRE(stale.size() == 1);
    CHECK(stale[0].subGoal.meta.id == g.bills.meta.id);
    CHECK(stale[0].lastActivity == QDate(2025, 10, 1));
    CHECK(stale[0].weeks == 7);
    CHECK(stale[0].citizenName == s("Jens Ågård"));

    // An assessment counts as being written about.
    g.assess({}, g.bills, utc(2025, 11, 20), Progress::Unchanged);
    CHECK(value(g.followUp.staleSubGoals(g.jens.meta.id)).isEmpty());

    // The setting decides; 0 is refused.
    requireOk(g.followUp.setStaleWeeks(1));
    CHECK(g.followUp.staleWeeks() == 1);
    stale = value(g.followUp.staleSubGoals({}));
    REQUIRE(stale.size() == 1);
    CHECK(stale[0].subGoal.meta.id == g.budget.meta.id);
    CHECK_FALSE(g.followUp.setStaleWeeks(0).ok());
    CHECK(g.followUp.staleWeeks() == 1);

    // Never written about: counted from when it was set; ended delmål are not flagged.
    const SubGoal fresh = g.addSubGoal(g.goal, s("Ringer til banken"), QDate(2026, 2, 1));
    CHECK(value(g.followUp.staleSubGoals(g.jens.meta.id, 4)).isEmpty());
    g.t.clock.advanceSecs(5 * 7 * 24 * 3600);
    stale = value(g.followUp.staleSubGoals(g.jens.meta.id, 4));
    REQUIRE(stale.size() == 3);
    const auto freshEntry = std::find_if(stale.begin(), stale.end(), [&](const StaleSubGoal& x) {
        return x.subGoal.meta.id == fresh.meta.id;
    });
    REQUIRE(freshEntry != stale.end());
    CHECK_FALSE(freshEntry->lastActivity.isValid());
    CHECK(freshEntry->weeks == 5);
    SubGoal ended = fresh;
    requireOk(g.t.reg().endSubGoal(ended, GoalStatus::Achieved, QDate(2025, 12, 1)));
    CHECK(value(g.followUp.staleSubGoals(g.jens.meta.id, 4)).size() == 2);
}

TEST_CASE("A review to continue keeps the goal open and can set the next review", "[goals]") {
    Goals g;
    ReviewRequest r = g.request(g.goal, ReviewStatus::Continue);
    r.nextReview = QDate(2026, 5, 1);
    const auto result = value(g.followUp.review(r));
    CHECK(result.goal.isOpen());
    CHECK(result.proposal.isEmpty());
    CHECK(value(g.t.reg().goal(g.goal.meta.id)).reviewDate == QDate(2026, 5, 1));
    const auto reviews = value(g.followUp.reviews(g.goal.meta.id));
    REQUIRE(reviews.size() == 1);
    CHECK(reviews[0].summary == s("Jens betaler nu selv sine regninger"));
    CHECK(reviews[0].authorId == g.mette.meta.id);
}

TEST_CASE("A review with bad input says why and writes nothing", "[goals]") {
    Goals g;
    ReviewRequest empty = g.request(g.goal, ReviewStatus::Continue);
    empty.summary = s("   ");
    auto r = g.followUp.review(empty);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field == s("summary"));

    ReviewRequest future = g.request(g.goal, ReviewStatus::Continue);
    future.date = QDate(2025, 11, 26);
    CHECK(g.followUp.review(future).error().field == s("reviewDate"));

    // Ending needs an outcome.
    r = g.followUp.review(g.request(g.goal, ReviewStatus::End));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field == s("outcome"));

    ReviewRequest nobody = g.request(g.goal, ReviewStatus::Continue);
    nobody.authorId = {};
    CHECK(g.followUp.review(nobody).error().field == s("author"));

    CHECK(g.reviewCount(g.goal) == 0);
    CHECK(value(g.t.reg().goal(g.goal.meta.id)).isOpen());
}

TEST_CASE("Closing the last goal under a grant proposes ending the grant and its support forms",
          "[goals]") {
    Goals g;
    const Goal second = g.addGoal(s("Jeg vil handle ind selv"), g.grant.meta.id);

    // Another goal is still open under the grant: nothing to propose.
    auto first =
        value(g.followUp.review(g.request(g.goal, ReviewStatus::End, GoalStatus::Achieved)));
    CHECK(first.goal.status == GoalStatus::Achieved);
    CHECK(first.goal.endDate == QDate(2025, 11, 24));
    CHECK(first.proposal.isEmpty());

    auto last =
        value(g.followUp.review(g.request(second, ReviewStatus::End, GoalStatus::NotAchieved)));
    REQUIRE(last.proposal.grants.size() == 1);
    CHECK(last.proposal.grants[0].meta.id == g.grant.meta.id);
    REQUIRE(last.proposal.allocations.size() == 1);
    CHECK(last.proposal.allocations[0].meta.id == g.individual.meta.id);
    CHECK(last.proposal.date == QDate(2025, 11, 24));

    SECTION("declined: nothing ends") {
        CHECK(g.storedGrant().to.isNull());
        CHECK(g.storedAllocation().to.isNull());
    }
    SECTION("applied: the grant and the support form end on the review date") {
        requireOk(g.followUp.applyProposal(last.proposal));
        CHECK(g.storedGrant().to == QDate(2025, 11, 24));
        CHECK(g.storedAllocation().to == QDate(2025, 11, 24));
    }
    SECTION("only the support form confirmed: the grant runs on") {
        ClosingProposal onlyForm = last.proposal;
        onlyForm.grants.clear();
        requireOk(g.followUp.applyProposal(onlyForm));
        CHECK(g.storedGrant().to.isNull());
        CHECK(g.storedAllocation().to == QDate(2025, 11, 24));
    }
    // A goal that has ended cannot be reviewed again.
    CHECK_FALSE(g.followUp.review(g.request(second, ReviewStatus::Continue)).ok());
}

TEST_CASE("A goal without a grant proposes the running grants once no goal is open", "[goals]") {
    Goals g;
    const Goal loose = g.addGoal(s("Jeg vil se min søster"), {});
    auto r = value(g.followUp.review(g.request(loose, ReviewStatus::End, GoalStatus::Achieved)));
    CHECK(r.proposal.isEmpty()); // the grant still has its open goal

    SECTION("the other order: the grant's goal first, then the last one without a grant") {
        Goals h;
        const Goal other = h.addGoal(s("Jeg vil se min søster"), {});
        r = value(h.followUp.review(h.request(h.goal, ReviewStatus::End, GoalStatus::Achieved)));
        CHECK(r.proposal.grants.size() == 1); // declined here
        r = value(h.followUp.review(h.request(other, ReviewStatus::End, GoalStatus::Achieved)));
        REQUIRE(r.proposal.grants.size() == 1);
        CHECK(r.proposal.grants[0].meta.id == h.grant.meta.id);
    }
}

TEST_CASE("The citizen plan collects grants, support forms, goals, delmål and recent progress",
          "[goals]") {
    Goals g;
    for (int day = 1; day <= 4; ++day)
        g.assess({}, g.bills, utc(2025, 11, day),
                 day == 4 ? Progress::Worsened : Progress::Improved);
    value(g.followUp.review(g.request(g.goal, ReviewStatus::Continue)));
    const Goal old = g.addGoal(s("Gammelt mål"), {}, QDate(2025, 1, 1));
    Goal oldEnded = old;
    requireOk(g.t.reg().endGoal(oldEnded, GoalStatus::Achieved, QDate(2025, 6, 1)));
    const Goal recent = g.addGoal(s("Nyligt afsluttet"), {}, QDate(2025, 9, 1));
    Goal recentEnded = recent;
    requireOk(g.t.reg().endGoal(recentEnded, GoalStatus::Discontinued, QDate(2025, 11, 1)));
    // An ended grant is not part of the plan.
    g.b.grant(g.jens.meta.id, LegalBasis::P82b, QDate(2025, 1, 1), QDate(2025, 6, 30));

    const CitizenPlan plan = value(CitizenPlan::collect(g.t.reg(), g.jens.meta.id));
    CHECK(plan.date == QDate(2025, 11, 25));
    CHECK(plan.citizen.name == s("Jens Ågård"));
    CHECK(plan.contactName == s("Mette Holm"));
    REQUIRE(plan.grants.size() == 1);
    CHECK(plan.grants[0].basis == LegalBasis::P85);
    REQUIRE(plan.allocations.size() == 1);
    REQUIRE(plan.goals.size() == 2);
    const PlanGoal& pg = plan.goals[0];
    CHECK(pg.goal.meta.id == g.goal.meta.id);
    CHECK(pg.grantText.contains(s("01.09.2025")));
    REQUIRE(pg.subGoals.size() == 2);
    CHECK(pg.subGoals[0].subGoal.meta.id == g.bills.meta.id);
    REQUIRE(pg.subGoals[0].recent.size() == 3);
    CHECK(pg.subGoals[0].recent[0].progress == Progress::Worsened); // newest first
    CHECK(pg.subGoals[0].recent[2].assessedUtc == utc(2025, 11, 2));
    CHECK(pg.subGoals[1].recent.isEmpty());
    CHECK(pg.hasReview);
    CHECK(pg.latestReview.summary == s("Jens betaler nu selv sine regninger"));
    CHECK(pg.latestReviewAuthor == s("MH – Mette Holm"));
    CHECK(plan.goals[1].goal.meta.id == recent.meta.id);
    CHECK_FALSE(plan.goals[1].hasReview);

    CHECK_FALSE(CitizenPlan::collect(g.t.reg(), QUuid::createUuid()).ok());
}
