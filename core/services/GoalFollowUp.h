#pragma once
// Follow-up of an indsatsmål: what happened to it over time (its start, the journal notes about
// its delmål, the progress assessments, the FFB reviews and its end), the level and progress for
// a chart, the delmål nobody has written about for a while, and the review itself ("status på
// indsats"). Ending the citizen's last open goal under a grant proposes ending the grant and its
// support forms; nothing is ended unless the user applies the proposal. Notes and assessments
// are only read here (the journal writes them).
#include "domain/Attendance.h"
#include "domain/FollowUp.h"
#include "domain/Journal.h"
#include "services/Registry.h"

namespace bs {

// One line of a goal's timeline.
struct TimelineEntry {
    enum class Kind { Start, Note, Assessment, Review, End };
    Kind kind = Kind::Note;
    QDate date;        // local date
    QDateTime whenUtc; // notes and assessments; null for the date-only events
    QUuid subGoalId;   // assessments
    QString subGoal;   // the delmål's criterion (assessments; notes: the delmål they name)
    Progress progress = Progress::Unchanged;
    FunctionLevel level = FunctionLevel::NotAssessed;
    QUuid authorId;
    QString authorName; // "MH – Mette Holm", empty if unknown
    QUuid noteId;       // the note (notes, and assessments made in one)
    QString text;       // the note's text, the review's summary
    ReviewStatus reviewStatus = ReviewStatus::Continue;
    GoalStatus goalStatus = GoalStatus::Active; // the end's outcome
};

// The function level an assessment gave, as a number for a chart (0 no reduction … 4 complete).
struct LevelPoint {
    QDate date;
    FunctionLevel level = FunctionLevel::NotAssessed;
    int value = 0;
};

// Assessments per calendar month (`month` is its first day).
struct MonthProgress {
    QDate month;
    int improved = 0;
    int unchanged = 0;
    int worsened = 0;
};

// An open delmål that no note or assessment has touched for the set number of weeks.
struct StaleSubGoal {
    SubGoal subGoal;
    Goal goal;
    QString citizenName;
    QDate lastActivity; // the latest note or assessment; null when there has been none
    QDate since;        // what the weeks count from: the last activity, or when it was set
    int weeks = 0;      // whole weeks since then
};

// What a review records. `outcome` is how the goal ended (required when ending; ignored for
// Continue). `nextReview` (Continue only, optional) becomes the goal's next review date.
struct ReviewRequest {
    QUuid goalId;
    ReviewStatus status = ReviewStatus::Continue;
    GoalStatus outcome = GoalStatus::Active;
    QString summary;
    QDate date;
    QUuid authorId;
    QDate nextReview;
};

// Grants and support forms that could end now that no open goal remains under them.
struct ClosingProposal {
    QUuid citizenId;
    QDate date; // the proposed end date (the review's date)
    QList<Grant> grants;
    QList<Allocation> allocations; // running under the proposed grants on `date`
    bool isEmpty() const { return grants.isEmpty() && allocations.isEmpty(); }
};

struct ReviewResult {
    GoalReview review;
    Goal goal; // as stored after the review
    ClosingProposal proposal;
};

class GoalFollowUp {
    Q_DECLARE_TR_FUNCTIONS(GoalFollowUp)
public:
    static constexpr int kDefaultStaleWeeks = 4;
    static constexpr const char* kStaleWeeksSetting = "stale_subgoal_weeks";

    explicit GoalFollowUp(Registry& registry);

    // Oldest first: start, notes and assessments in time order, reviews, end (on one date the
    // start comes first and the end last; a note before the assessments made in it).
    Result<QList<TimelineEntry>> timeline(const QUuid& goalId) const;
    // The levels the assessments gave (the latest per date), oldest first.
    Result<QList<LevelPoint>> levelSeries(const QUuid& goalId) const;
    // Every month from the first to the last assessment, empty months included.
    Result<QList<MonthProgress>> progressCounts(const QUuid& goalId) const;
    Result<QList<GoalReview>> reviews(const QUuid& goalId) const;

    // Weeks without a note before a delmål is flagged (the `setting` table; default 4).
    int staleWeeks() const;
    Status setStaleWeeks(int weeks);
    // Open delmål of open goals (of one citizen, or of all active citizens when `citizenId` is
    // null) with no note or assessment for `weeks` weeks (≤ 0: the setting), as of today.
    Result<QList<StaleSubGoal>> staleSubGoals(const QUuid& citizenId, int weeks = 0) const;

    // Stores the review; Ending ends the goal (and its open delmål) with the outcome in the same
    // transaction. The proposal lists what could end when no open goal is left under a grant.
    Result<ReviewResult> review(const ReviewRequest& request);
    // Ends the proposal's grants (with every support form under them) and its allocations on
    // `proposal.date`, in one transaction. Leave out what the user did not confirm.
    Status applyProposal(const ClosingProposal& proposal);

private:
    Result<ClosingProposal> proposalAfterEnding(const Goal& ended, QDate date) const;
    Result<QList<JournalNote>> notesAbout(const Goal& goal, const QList<SubGoal>& subGoals,
                                          const QList<GoalAssessment>& assessments) const;
    // The same, picked from the citizen's notes already read.
    QList<JournalNote> notesAbout(const QList<SubGoal>& subGoals,
                                  const QList<GoalAssessment>& assessed,
                                  const QList<JournalNote>& citizenNotes) const;
    Result<QList<GoalAssessment>> assessments(const QUuid& goalId,
                                              const QList<SubGoal>& subGoals) const;
    QString staffName(const QUuid& id) const;

    Registry& m_registry;
    Repository m_repo;
};

} // namespace bs
