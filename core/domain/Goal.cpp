#include "Goal.h"

namespace bs {

namespace {
// Lower is better: NotAssessed sorts apart and is checked separately.
int severity(FunctionLevel l) {
    return static_cast<int>(l);
}
} // namespace

ValidationErrors Goal::validate() const {
    ValidationErrors e;
    if (citizenId.isNull())
        e.add(QStringLiteral("citizen"), tr("Citizen"), tr("must be chosen"));
    const FfbCondition* c = findCondition(condition);
    if (!c)
        e.add(QStringLiteral("condition"), tr("Condition"), tr("must be chosen"));
    else if (c->theme != theme)
        e.add(QStringLiteral("condition"), tr("Condition"),
              tr("does not belong to the theme %1").arg(label(theme)));
    if (checkText(e, QStringLiteral("description"), tr("Goal in the citizen's words"), description,
                  TextKind::Text) &&
        description.trimmed().isEmpty())
        e.add(QStringLiteral("description"), tr("Goal in the citizen's words"),
              tr("must be filled in"));
    if (!start.isValid())
        e.add(QStringLiteral("start"), tr("Start"), tr("must be a date"));
    if (reviewDate.isValid() && start.isValid() && reviewDate < start)
        e.add(QStringLiteral("review"), tr("Review date"), tr("must not be before the start date"));

    const bool levelsSet =
        currentLevel != FunctionLevel::NotAssessed || targetLevel != FunctionLevel::NotAssessed;
    if (!levelApplies(theme)) {
        if (levelsSet)
            e.add(QStringLiteral("level"), tr("Function level"),
                  tr("is only set for themes under Activity and participation"));
    } else if (currentLevel != FunctionLevel::NotAssessed &&
               targetLevel != FunctionLevel::NotAssessed) {
        const int cur = severity(currentLevel);
        const int tgt = severity(targetLevel);
        if (type == GoalType::Develop && tgt >= cur)
            e.add(QStringLiteral("targetLevel"), tr("Target level"),
                  tr("a goal to develop needs a target level better than the current level"));
        else if (type == GoalType::Maintain && tgt != cur)
            e.add(QStringLiteral("targetLevel"), tr("Target level"),
                  tr("a goal to maintain keeps the current level as its target"));
        else if (type == GoalType::LimitLoss && tgt < cur)
            e.add(QStringLiteral("targetLevel"), tr("Target level"),
                  tr("a goal to limit loss cannot target a better level than the current one"));
    }
    if (status != GoalStatus::Active && !endDate.isValid())
        e.add(QStringLiteral("endDate"), tr("End date"), tr("must be set when the goal is ended"));
    if (endDate.isValid() && start.isValid() && endDate < start)
        e.add(QStringLiteral("endDate"), tr("End date"), tr("must not be before the start date"));
    return e;
}

ValidationErrors SubGoal::validate() const {
    ValidationErrors e;
    if (goalId.isNull())
        e.add(QStringLiteral("goal"), tr("Goal"), tr("must be chosen"));
    if (checkText(e, QStringLiteral("criterion"), tr("Criterion"), criterion, TextKind::Text) &&
        criterion.trimmed().isEmpty())
        e.add(QStringLiteral("criterion"), tr("Criterion"), tr("must be filled in"));
    if (!deadline.isValid())
        e.add(QStringLiteral("deadline"), tr("Deadline"), tr("must be a date"));
    if (status != GoalStatus::Active && !endDate.isValid())
        e.add(QStringLiteral("endDate"), tr("End date"),
              tr("must be set when the sub-goal is ended"));
    return e;
}

} // namespace bs
