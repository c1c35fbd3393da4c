#pragma once
// Opfølgning: the follow-up queue. Rules look at the register, the calendar, the groups, the desk
// and the journal on the clock's today and raise tasks, each with a concrete reason, a link to
// what caused it and a deterministic key, so running them again raises nothing new and a task
// that was done or snoozed is never raised again for the same cause. Tasks are assigned (by
// default to the citizen's contact person), done with a note, snoozed with a reason until a date
// or reassigned. The thresholds (N no-shows, N weeks, N absences, days before a grant ends) are
// municipality-wide settings in the `setting` table.
#include "domain/FollowUp.h"
#include "services/Registry.h"

#include <QMap>
#include <optional>

namespace bs {

struct FollowUpSettings {
    int noShowsInARow = 3;       // then: assess the citizen's readiness for the support form
    int noContactWeeks = 4;      // an active citizen without contact for this long
    int groupAbsencesInARow = 3; // a group member absent this many sessions in a row
    int grantEndingDays = 30;    // a § 82 b grant ending within this many days
    int reviewNoticeDays = 14;   // a review date this close (or passed) raises a task

    bool operator==(const FollowUpSettings&) const = default;
};

// What one run of the rules raised.
struct RunSummary {
    QDate today;
    int raised = 0;                // new tasks
    QMap<TaskRule, int> raisedPer; // new tasks per rule
};

// Which tasks the queue shows. Null ids and an empty rule are not filtered on.
struct TaskFilter {
    QUuid assigneeId;
    QUuid teamId; // tasks assigned to a member of the team
    std::optional<TaskRule> rule;
    QDate dueBefore;             // due on or before this date
    bool includeDone = false;    // also tasks that are done
    bool includeSnoozed = false; // also tasks snoozed until after today
    QUuid citizenId;
};

// A task as the queue shows it.
struct FollowUpItem {
    FollowUpTask task;
    QDate due; // the due date, or the snooze date when that is later
    QString citizenName;
    QString assigneeInitials; // empty: nobody
    QString assigneeName;
    bool open = false;    // open, or snoozed until today or earlier
    bool overdue = false; // open and due before today
};

class FollowUpService {
    Q_DECLARE_TR_FUNCTIONS(FollowUpService)
public:
    // Raised tasks look this far back for no-shows and absences: older ones are history.
    static constexpr int kRecentDays = 30;

    explicit FollowUpService(Registry& registry);

    FollowUpSettings settings() const;
    Status saveSettings(const FollowUpSettings& settings);

    // Evaluates every rule on the clock's today and stores the tasks whose key is new, in one
    // transaction.
    Result<RunSummary> run();

    // The tasks matching `filter`, by due date (then citizen).
    Result<QList<FollowUpItem>> tasks(const TaskFilter& filter = {}) const;
    Result<FollowUpItem> item(const QUuid& taskId) const;

    // Marks the task done with what was done; `by` is the staff member doing it.
    Status done(const QUuid& taskId, const QString& note, const QUuid& by);
    // Hides the task until `until` (after today) for `reason`.
    Status snooze(const QUuid& taskId, QDate until, const QString& reason, const QUuid& by);
    // Gives the task to another staff member (a null id: nobody).
    Status reassign(const QUuid& taskId, const QUuid& staffId);
    // Saves the stored task's status, snooze, note and assignee back to `earlier` (undo).
    Status restore(const FollowUpTask& earlier);

    // Open on `today`: status open, or snoozed until `today` or earlier.
    static bool isOpenOn(const FollowUpTask& task, QDate today);

private:
    Result<FollowUpTask> openTask(const QUuid& taskId) const;

    Registry& m_registry;
};

} // namespace bs
