#pragma once
// Follow-up: the tasks the rules raise (Opfølgning), and the FFB review of an indsatsmål
// ("status på indsats": fortsættelse / afslutning / afslutning og visitation til ny indsats).
#include "Enums.h"
#include "SyncMeta.h"
#include "Validation.h"
#include <QCoreApplication>
#include <QDateTime>
#include <span>

namespace bs {

enum class TaskRule {
    NoShow,              // each no-show
    RepeatedNoShows,     // N no-shows in a row: assess readiness for the support form
    GrantEndingSoon,     // § 82 b grant ending within 30 days
    GrantEndedOpenGoals, // § 82 b grant ended with goals still open
    GrantReviewDue,
    GoalReviewDue,
    SubGoalsAllMet, // all delmål met: propose closing the indsatsmål
    NoContact,      // no contact with an active citizen for N weeks
    GroupAbsences   // a group member absent N sessions in a row
};
template <> std::span<const EnumEntry<TaskRule>> enumEntries<TaskRule>();

enum class TaskStatus { Open, Done, Snoozed };
template <> std::span<const EnumEntry<TaskStatus>> enumEntries<TaskStatus>();

struct FollowUpTask {
    Q_DECLARE_TR_FUNCTIONS(FollowUpTask)
public:
    SyncMeta meta;
    TaskRule rule = TaskRule::NoShow;
    QString ruleKey; // deterministic: the same cause never raises a second task
    QUuid citizenId;
    QUuid subjectId;  // what caused it: an appointment, grant, goal or group
    QUuid assigneeId; // staff (default: the contact person)
    QDate dueDate;
    QString reason; // why, in the user's language when raised
    TaskStatus status = TaskStatus::Open;
    QDate snoozedUntil;
    QString snoozeReason;
    QString doneNote;
    QUuid doneBy;
    QDateTime doneUtc;
    ValidationErrors validate() const;
};

enum class ReviewStatus { Continue, End, EndAndNewEffort };
template <> std::span<const EnumEntry<ReviewStatus>> enumEntries<ReviewStatus>();

struct GoalReview {
    Q_DECLARE_TR_FUNCTIONS(GoalReview)
public:
    SyncMeta meta;
    QUuid goalId;
    QDate reviewDate;
    ReviewStatus status = ReviewStatus::Continue;
    QString summary;
    QUuid authorId;
    ValidationErrors validate() const;
};

} // namespace bs
