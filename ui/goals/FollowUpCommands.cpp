#include "FollowUpCommands.h"

#include "undo/RecordCommands.h"

namespace bs {

Result<RecordSnapshot> RecordSnapshot::take(const Registry& registry, const QUuid& citizenId) {
    RecordSnapshot s;
    auto goals = registry.goals(citizenId);
    auto grants = registry.grants(citizenId);
    auto allocations = registry.allocations(citizenId);
    if (!goals)
        return Result<RecordSnapshot>(goals.error());
    if (!grants)
        return Result<RecordSnapshot>(grants.error());
    if (!allocations)
        return Result<RecordSnapshot>(allocations.error());
    s.goals = *goals;
    s.grants = *grants;
    s.allocations = *allocations;
    for (const Goal& g : std::as_const(s.goals)) {
        auto subs = registry.subGoals(g.meta.id);
        if (!subs)
            return Result<RecordSnapshot>(subs.error());
        s.subGoals += *subs;
    }
    return s;
}

Status RecordSnapshot::restore(Registry& registry, bool shortening) const {
    // A support form must lie within its grant: when periods get shorter the forms go first,
    // when they get longer the grants do.
    const auto restoreForms = [&]() -> Status {
        for (const Allocation& a : allocations)
            if (auto r = restoreValues(registry, a); !r)
                return r;
        return Status::success();
    };
    if (shortening)
        if (auto r = restoreForms(); !r)
            return r;
    for (const Grant& g : grants)
        if (auto r = restoreValues(registry, g); !r)
            return r;
    if (!shortening)
        if (auto r = restoreForms(); !r)
            return r;
    for (const Goal& g : goals)
        if (auto r = restoreValues(registry, g); !r)
            return r;
    for (const SubGoal& s : subGoals)
        if (auto r = restoreValues(registry, s); !r)
            return r;
    return Status::success();
}

namespace {

// Marks the review deleted (or restores it), with its bookkeeping as stored now.
Status setReviewDeleted(Registry& registry, const QUuid& reviewId, bool deleted) {
    auto stored = registry.record<GoalReview>(reviewId);
    if (!stored)
        return Status(stored.error());
    return registry.setDeleted(*stored, deleted);
}

} // namespace

QUndoCommand* reviewCommand(UndoContext& context, const QUuid& citizenId, const GoalReview& review,
                            const RecordSnapshot& before, const RecordSnapshot& after) {
    Registry& registry = context.registry();
    const QUuid reviewId = review.meta.id;
    auto apply = [&registry, reviewId](bool deleted, const RecordSnapshot& values) {
        return registry.database().transaction([&]() -> Status {
            if (auto r = setReviewDeleted(registry, reviewId, deleted); !r)
                return r;
            return values.restore(registry, !deleted);
        });
    };
    return new RecordCommand(
        context, citizenId, UndoContext::tr("Review of indsatsmål"),
        [apply, before] { return apply(true, before); },
        [apply, after] { return apply(false, after); });
}

QUndoCommand* proposalCommand(UndoContext& context, const QUuid& citizenId,
                              const RecordSnapshot& before, const RecordSnapshot& after) {
    Registry& registry = context.registry();
    auto apply = [&registry](const RecordSnapshot& values, bool shortening) {
        return registry.database().transaction(
            [&] { return values.restore(registry, shortening); });
    };
    return new RecordCommand(
        context, citizenId, UndoContext::tr("End grant and support forms"),
        [apply, before] { return apply(before, false); },
        [apply, after] { return apply(after, true); });
}

} // namespace bs
