#pragma once
// The data of the handleplan / status document a worker brings to the meeting with the citizen:
// who the citizen is, the contact person, the running grants with their legal basis and period,
// the support forms, and every open goal (and goals ended lately) with its delmål, the latest
// assessments of each and the latest review. Collected from the stored data only, so the printed
// plan never says anything the record does not.
#include "domain/FollowUp.h"
#include "domain/Journal.h"
#include "services/Registry.h"

namespace bs {

struct PlanSubGoal {
    SubGoal subGoal;
    QList<GoalAssessment> recent; // the latest assessments, newest first (at most kRecent)
};

struct PlanGoal {
    Goal goal;
    QString grantText; // "§ 85 from 01.12.2025", empty without a grant
    QList<PlanSubGoal> subGoals;
    bool hasReview = false;
    GoalReview latestReview;
    QString latestReviewAuthor;
};

struct CitizenPlan {
    Q_DECLARE_TR_FUNCTIONS(CitizenPlan)
public:
    static constexpr int kRecent = 3;
    static constexpr int kEndedDays = 90; // ended goals are shown this long after their end

    QDate date; // the plan's date (today)
    Citizen citizen;
    QString siteName;
    QString contactName; // the contact person's name, empty if none
    QString contactInitials;
    QList<Grant> grants;           // running on `date` or starting later, by start
    QList<Allocation> allocations; // running on `date` or starting later, by start
    QHash<QUuid, QString> groupNames;
    QList<PlanGoal> goals;            // open first, then recently ended; each by start
    QHash<QUuid, QString> staffNames; // authors, "MH – Mette Holm"

    // The plan for the citizen as of the clock's today.
    static Result<CitizenPlan> collect(Registry& registry, const QUuid& citizenId);
};

} // namespace bs
