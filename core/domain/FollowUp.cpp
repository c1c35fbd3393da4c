#include "FollowUp.h"

namespace bs {

template <> std::span<const EnumEntry<TaskRule>> enumEntries<TaskRule>() {
    static const EnumEntry<TaskRule> table[] = {
        {TaskRule::NoShow, "no_show", QT_TRANSLATE_NOOP("Enum", "No-show")},
        {TaskRule::RepeatedNoShows, "repeated_no_shows",
         QT_TRANSLATE_NOOP("Enum", "Repeated no-shows")},
        {TaskRule::GrantEndingSoon, "grant_ending_soon",
         QT_TRANSLATE_NOOP("Enum", "§ 82 b grant ending")},
        {TaskRule::GrantEndedOpenGoals, "grant_ended_open_goals",
         QT_TRANSLATE_NOOP("Enum", "Grant ended with open goals")},
        {TaskRule::GrantReviewDue, "grant_review_due",
         QT_TRANSLATE_NOOP("Enum", "Grant review due")},
        {TaskRule::GoalReviewDue, "goal_review_due", QT_TRANSLATE_NOOP("Enum", "Goal review due")},
        {TaskRule::SubGoalsAllMet, "subgoals_all_met", QT_TRANSLATE_NOOP("Enum", "All delmål met")},
        {TaskRule::NoContact, "no_contact", QT_TRANSLATE_NOOP("Enum", "No contact")},
        {TaskRule::GroupAbsences, "group_absences",
         QT_TRANSLATE_NOOP("Enum", "Absent from the group")},
    };
    return table;
}

template <> std::span<const EnumEntry<TaskStatus>> enumEntries<TaskStatus>() {
    static const EnumEntry<TaskStatus> table[] = {
        {TaskStatus::Open, "open", QT_TRANSLATE_NOOP("Enum", "Open")},
        {TaskStatus::Done, "done", QT_TRANSLATE_NOOP("Enum", "Done")},
        {TaskStatus::Snoozed, "snoozed", QT_TRANSLATE_NOOP("Enum", "Snoozed")},
    };
    return table;
}

template <> std::span<const EnumEntry<ReviewStatus>> enumEntries<ReviewStatus>() {
    static const EnumEntry<ReviewStatus> table[] = {
        {ReviewStatus::Continue, "continue", QT_TRANSLATE_NOOP("Enum", "Continuation")},
        {ReviewStatus::End, "end", QT_TRANSLATE_NOOP("Enum", "Ending")},
        {ReviewStatus::EndAndNewEffort, "end_and_new",
         QT_TRANSLATE_NOOP("Enum", "Ending and referral to a new effort")},
    };
    return table;
}

ValidationErrors FollowUpTask::validate() const {
    ValidationErrors e;
    if (ruleKey.isEmpty())
        e.add(QStringLiteral("ruleKey"), tr("Rule"), tr("is required"));
    if (!dueDate.isValid())
        e.add(QStringLiteral("dueDate"), tr("Due"), tr("is required"));
    checkText(e, QStringLiteral("reason"), tr("Reason"), reason, TextKind::Text);
    checkText(e, QStringLiteral("doneNote"), tr("Note"), doneNote, TextKind::Text);
    const bool snoozeOk =
        checkText(e, QStringLiteral("snoozeReason"), tr("Reason"), snoozeReason, TextKind::Line);
    if (status == TaskStatus::Snoozed) {
        if (!snoozedUntil.isValid())
            e.add(QStringLiteral("snoozedUntil"), tr("Snoozed until"), tr("is required"));
        if (snoozeOk && snoozeReason.trimmed().isEmpty())
            e.add(QStringLiteral("snoozeReason"), tr("Reason"), tr("give the reason for waiting"));
    }
    return e;
}

ValidationErrors GoalReview::validate() const {
    ValidationErrors e;
    if (goalId.isNull())
        e.add(QStringLiteral("goal"), tr("Indsatsmål"), tr("choose the goal"));
    if (!reviewDate.isValid())
        e.add(QStringLiteral("reviewDate"), tr("Review date"), tr("is required"));
    if (checkText(e, QStringLiteral("summary"), tr("Summary"), summary, TextKind::Text) &&
        summary.trimmed().isEmpty())
        e.add(QStringLiteral("summary"), tr("Summary"), tr("is required"));
    if (authorId.isNull())
        e.add(QStringLiteral("author"), tr("Author"), tr("choose who writes the review"));
    return e;
}

} // namespace bs
