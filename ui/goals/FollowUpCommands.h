#pragma once
// Undo for the follow-up: a review (the stored review, and the goal and delmål it ended) and an
// applied closing proposal (the grants and support forms it ended). Each command is pushed after
// the change was saved; undo marks the review deleted and saves the earlier values back, in one
// transaction.
#include "domain/FollowUp.h"
#include "undo/UndoContext.h"

class QUndoCommand;

namespace bs {

// The citizen's goals, delmål, grants and support forms as stored at one moment.
struct RecordSnapshot {
    QList<Goal> goals;
    QList<SubGoal> subGoals;
    QList<Grant> grants;
    QList<Allocation> allocations;

    static Result<RecordSnapshot> take(const Registry& registry, const QUuid& citizenId);
    // Saves these values over the stored records (call inside a transaction). `shortening`:
    // periods get shorter (redo of an end), so support forms are saved before their grants.
    Status restore(Registry& registry, bool shortening) const;
};

QUndoCommand* reviewCommand(UndoContext& context, const QUuid& citizenId, const GoalReview& review,
                            const RecordSnapshot& before, const RecordSnapshot& after);
QUndoCommand* proposalCommand(UndoContext& context, const QUuid& citizenId,
                              const RecordSnapshot& before, const RecordSnapshot& after);

} // namespace bs
