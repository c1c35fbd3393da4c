#include "CitizenPlan.h"

#include <QSet>
#include <algorithm>

namespace bs {

namespace {

bool runsOnOrAfter(QDate to, QDate date) {
    return to.isNull() || to >= date;
}

} // namespace

Result<CitizenPlan> CitizenPlan::collect(Registry& registry, const QUuid& citizenId) {
    using Out = Result<CitizenPlan>;
    auto citizen = registry.existing<Citizen>(citizenId, tr("The citizen does not exist"),
                                              QStringLiteral("citizen"));
    if (!citizen)
        return Out(citizen.error());
    CitizenPlan plan;
    plan.date = registry.clock().today();
    plan.citizen = *citizen;

    auto staff = registry.staff();
    if (!staff)
        return Out(staff.error());
    for (const Staff& s : *staff) {
        plan.staffNames.insert(s.meta.id, QStringLiteral("%1 – %2").arg(s.initials, s.name));
        if (s.meta.id == plan.citizen.contactStaffId) {
            plan.contactName = s.name;
            plan.contactInitials = s.initials;
        }
    }
    if (!plan.citizen.siteId.isNull())
        if (auto site = registry.record<Site>(plan.citizen.siteId); site && !site->meta.deleted)
            plan.siteName = site->name;

    auto grants = registry.grants(citizenId);
    if (!grants)
        return Out(grants.error());
    for (const Grant& g : *grants)
        if (runsOnOrAfter(g.to, plan.date))
            plan.grants << g;
    std::sort(plan.grants.begin(), plan.grants.end(),
              [](const Grant& a, const Grant& b) { return a.from < b.from; });

    auto allocations = registry.allocations(citizenId);
    if (!allocations)
        return Out(allocations.error());
    for (const Allocation& a : *allocations)
        if (runsOnOrAfter(a.to, plan.date))
            plan.allocations << a;
    std::sort(plan.allocations.begin(), plan.allocations.end(),
              [](const Allocation& a, const Allocation& b) { return a.from < b.from; });
    if (auto groups = registry.groups())
        for (const SupportGroup& g : *groups)
            plan.groupNames.insert(g.meta.id, g.name);

    auto goals = registry.goals(citizenId);
    if (!goals)
        return Out(goals.error());
    const Repository repo(registry.database());
    QList<PlanGoal> open, ended;
    for (const Goal& g : *goals) {
        if (!g.isOpen() && (!g.endDate.isValid() || g.endDate.daysTo(plan.date) > kEndedDays))
            continue;
        PlanGoal pg;
        pg.goal = g;
        if (!g.grantId.isNull())
            if (auto grant = registry.record<Grant>(g.grantId); grant && !grant->meta.deleted)
                pg.grantText = tr("%1 from %2")
                                   .arg(label(grant->basis),
                                        grant->from.toString(QStringLiteral("dd.MM.yyyy")));
        auto subs = registry.subGoals(g.meta.id);
        if (!subs)
            return Out(subs.error());
        for (const SubGoal& s : *subs) {
            auto recent = repo.listBy<GoalAssessment>("subgoal_id", idText(s.meta.id),
                                                      QStringLiteral("assessed_utc DESC"));
            if (!recent)
                return Out(recent.error());
            PlanSubGoal ps{s, recent->mid(0, kRecent)};
            pg.subGoals << ps;
        }
        auto reviews = repo.listBy<GoalReview>(
            "goal_id", idText(g.meta.id), QStringLiteral("review_date DESC, created_utc DESC"));
        if (!reviews)
            return Out(reviews.error());
        if (!reviews->isEmpty()) {
            pg.hasReview = true;
            pg.latestReview = reviews->first();
            pg.latestReviewAuthor = plan.staffNames.value(pg.latestReview.authorId);
        }
        (g.isOpen() ? open : ended) << pg;
    }
    plan.goals = open + ended;
    return plan;
}

} // namespace bs
