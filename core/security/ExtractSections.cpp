#include "ExtractSections.h"

#include "domain/Appointment.h"
#include "domain/Attendance.h"
#include "domain/DeskVisit.h"
#include "domain/Enums.h"
#include "domain/Ffb.h"
#include "domain/FollowUp.h"
#include "domain/Journal.h"

#include <QCoreApplication>

namespace bs {

namespace {

template <typename E> QString codeLabel(const QString& code) {
    const auto value = fromCode<E>(code);
    return value ? label(*value) : code;
}

QString conditionLabel(const QString& code) {
    const FfbCondition* c = findCondition(code);
    return c ? c->label() : code;
}

using K = ExtractKind;
#define T(text) QT_TRANSLATE_NOOP("CitizenExtract", text)

QList<ExtractSection> build() {
    const ExtractColumn created{"created_utc", T("Created"), K::Time};
    const ExtractColumn modified{"modified_utc", T("Last changed"), K::Time};
    const ExtractColumn deleted{"deleted", T("Marked as deleted"), K::Bool};
    const auto withMeta = [&](QList<ExtractColumn> columns) {
        return QList<ExtractColumn>{{"id", "Id", K::Id}} + columns +
               QList<ExtractColumn>{created, modified, deleted};
    };
    return {
        {"citizen", "citizen", T("The citizen"),
         withMeta({{"name", T("Name")},
                   {"cpr", T("CPR number")},
                   {"address", T("Address")},
                   {"postal_code", T("Postal code")},
                   {"city", T("City")},
                   {"phone", T("Phone")},
                   {"email", T("Email")},
                   {"target_group", T("Target group"), K::Enum, &codeLabel<TargetGroup>},
                   {"status", T("Status"), K::Enum, &codeLabel<CitizenStatus>},
                   {"virtual_contact", T("Virtual contact by"), K::Enum,
                    &codeLabel<ContactPreference>}})},
        {"support_grant", "grants", T("Grants"),
         withMeta({{"legal_basis", T("Legal basis"), K::Enum, &codeLabel<LegalBasis>},
                   {"from_date", T("From"), K::Date},
                   {"to_date", T("To"), K::Date},
                   {"purpose", T("Purpose")},
                   {"support_need", T("Support need"), K::Enum, &codeLabel<SupportNeed>},
                   {"hours_per_week", T("Hours per week"), K::Number},
                   {"uses_package", T("Package"), K::Bool},
                   {"package_name", T("Package name")},
                   {"caseworker", T("Caseworker")},
                   {"review_date", T("Review date"), K::Date}})},
        {"allocation", "allocations", T("Support forms"),
         withMeta({{"grant_id", "Grant", K::Id},
                   {"form", T("Support form"), K::Enum, &codeLabel<SupportForm>},
                   {"group_name", T("Group")},
                   {"from_date", T("From"), K::Date},
                   {"to_date", T("To"), K::Date},
                   {"cadence", T("Cadence"), K::Enum, &codeLabel<Cadence>},
                   {"planned_minutes", T("Planned minutes"), K::Number}})},
        {"group_member", "group_memberships", T("Group memberships"),
         withMeta({{"group_name", T("Group")},
                   {"from_date", T("From"), K::Date},
                   {"to_date", T("To"), K::Date}})},
        {"goal", "goals", T("Goals"),
         withMeta({{"grant_id", "Grant", K::Id},
                   {"theme", T("Theme"), K::Enum, &codeLabel<FfbTheme>},
                   {"condition", T("Condition"), K::Enum, &conditionLabel},
                   {"goal_type", T("Goal type"), K::Enum, &codeLabel<GoalType>},
                   {"current_level", T("Current level"), K::Enum, &codeLabel<FunctionLevel>},
                   {"target_level", T("Target level"), K::Enum, &codeLabel<FunctionLevel>},
                   {"description", T("Goal")},
                   {"start_date", T("Start"), K::Date},
                   {"review_date", T("Review date"), K::Date},
                   {"status", T("Status"), K::Enum, &codeLabel<GoalStatus>},
                   {"end_date", T("Ended"), K::Date}})},
        {"subgoal", "subgoals", T("Sub-goals"),
         withMeta({{"goal_id", "Goal", K::Id},
                   {"goal_description", T("Goal")},
                   {"criterion", T("Sub-goal")},
                   {"deadline", T("Deadline"), K::Date},
                   {"status", T("Status"), K::Enum, &codeLabel<GoalStatus>},
                   {"end_date", T("Ended"), K::Date}})},
        {"goal_assessment", "goal_assessments", T("Goal assessments"),
         withMeta({{"goal_id", "Goal", K::Id},
                   {"subgoal_id", "Sub-goal", K::Id},
                   {"note_id", "Note", K::Id},
                   {"subgoal_criterion", T("Sub-goal")},
                   {"assessed_utc", T("Assessed"), K::Time},
                   {"progress", T("Progress"), K::Enum, &codeLabel<Progress>},
                   {"level", T("Level"), K::Enum, &codeLabel<FunctionLevel>}})},
        {"goal_review", "goal_reviews", T("Goal reviews"),
         withMeta({{"goal_id", "Goal", K::Id},
                   {"goal_description", T("Goal")},
                   {"review_date", T("Review date"), K::Date},
                   {"status", T("Decision"), K::Enum, &codeLabel<ReviewStatus>},
                   {"summary", T("Summary")}})},
        {"appointment_series", "appointment_series", T("Recurring appointments"),
         withMeta({{"form", T("Support form"), K::Enum, &codeLabel<SupportForm>},
                   {"place", T("Place")},
                   {"first_date", T("First date"), K::Date},
                   {"local_start", T("Time")},
                   {"duration_minutes", T("Minutes"), K::Number},
                   {"interval_weeks", T("Every n weeks"), K::Number},
                   {"until_date", T("Until"), K::Date}})},
        {"appointment", "appointments", T("Appointments"),
         withMeta({{"series_id", "Series", K::Id},
                   {"form", T("Support form"), K::Enum, &codeLabel<SupportForm>},
                   {"start_utc", T("Time"), K::Time},
                   {"original_start_utc", T("Originally planned"), K::Time},
                   {"duration_minutes", T("Minutes"), K::Number},
                   {"place", T("Place")},
                   {"channel", T("Virtual by"), K::Enum, &codeLabel<ContactPreference>},
                   {"topic", T("Topic")},
                   {"learning_goal", T("Learning goal")},
                   {"outcome", T("Outcome"), K::Enum, &codeLabel<Outcome>},
                   {"outcome_reason", T("Reason")},
                   {"outcome_at_utc", T("Outcome registered"), K::Time}})},
        {"attendance", "group_attendance", T("Group sessions attended"),
         withMeta({{"appointment_id", "Session", K::Id},
                   {"group_name", T("Group")},
                   {"session_start_utc", T("Session"), K::Time},
                   {"status", T("Attendance"), K::Enum, &codeLabel<AttendanceStatus>},
                   {"reason", T("Reason")}})},
        {"desk_visit", "desk_visits", T("Visits at the counselling desk"),
         withMeta({{"appointment_id", "Appointment", K::Id},
                   {"site_name", T("Place")},
                   {"arrived_utc", T("Arrived"), K::Time},
                   {"started_utc", T("Started"), K::Time},
                   {"ended_utc", T("Ended"), K::Time},
                   {"topics", T("Topics"), K::EnumList, &codeLabel<DeskTopic>},
                   {"note", T("Note")}})},
        {"journal_note", "journal_notes", T("Journal notes"),
         withMeta({{"appointment_id", "Appointment", K::Id},
                   {"addendum_to", "Addendum to", K::Id},
                   {"written_utc", T("Written"), K::Time},
                   {"kind", T("Kind"), K::Enum, &codeLabel<NoteKind>},
                   {"form", T("Support form"), K::Enum, &codeLabel<SupportForm>},
                   {"text", T("Text")},
                   {"personal_text", T("Personal addition")},
                   {"signed_utc", T("Locked"), K::Time}})},
        {"journal_revision", "journal_revisions", T("Every saved version of the journal notes"),
         withMeta({{"note_id", "Note", K::Id},
                   {"note_written_utc", T("Note written"), K::Time},
                   {"number", T("Version"), K::Number},
                   {"saved_utc", T("Saved"), K::Time},
                   {"text", T("Text")},
                   {"personal_text", T("Personal addition")}})},
        {"followup_task", "followup_tasks", T("Follow-up tasks"),
         withMeta({{"rule", T("Task"), K::Enum, &codeLabel<TaskRule>},
                   {"due_date", T("Due"), K::Date},
                   {"reason", T("Reason")},
                   {"status", T("Status"), K::Enum, &codeLabel<TaskStatus>},
                   {"snoozed_until", T("Postponed until"), K::Date},
                   {"snooze_reason", T("Reason for postponing")},
                   {"done_note", T("Done note")},
                   {"done_utc", T("Done"), K::Time}})},
    };
}

#undef T

} // namespace

const QList<ExtractSection>& extractSections() {
    static const QList<ExtractSection> list = build();
    return list;
}

QString extractTr(const char* source) {
    return QCoreApplication::translate("CitizenExtract", source);
}

QString extractTableTitle(const QString& table) {
    for (const ExtractSection& s : extractSections())
        if (table == QLatin1String(s.table))
            return extractTr(s.title);
    return table;
}

} // namespace bs
