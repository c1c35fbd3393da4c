#include "Mappers.h"

#include "Database.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace bs {

namespace {

QVariant idValue(const QUuid& id) {
    return id.isNull() ? QVariant() : QVariant(id.toString(QUuid::WithoutBraces));
}
QUuid readId(const QSqlRecord& r, const char* column) {
    return QUuid::fromString(r.value(QLatin1String(column)).toString());
}
QVariant dateValue(const QDate& d) {
    return d.isValid() ? QVariant(toDbDate(d)) : QVariant();
}
QDate readDate(const QSqlRecord& r, const char* column) {
    return fromDbDate(r.value(QLatin1String(column)));
}
QString readText(const QSqlRecord& r, const char* column) {
    return r.value(QLatin1String(column)).toString();
}
template <typename E> E readEnum(const QSqlRecord& r, const char* column, E fallback) {
    return fromCode<E>(readText(r, column)).value_or(fallback);
}
QDateTime readUtc(const QSqlRecord& r, const char* column) {
    const QString text = readText(r, column);
    return text.isEmpty() ? QDateTime() : fromDbTimestamp(text);
}
QPair<QString, QVariant> f(const char* column, QVariant value) {
    return {QLatin1String(column), std::move(value)};
}

} // namespace

SyncMeta readMeta(const QSqlRecord& r) {
    SyncMeta m;
    m.id = readId(r, "id");
    m.createdUtc = fromDbTimestamp(readText(r, "created_utc"));
    m.modifiedUtc = fromDbTimestamp(readText(r, "modified_utc"));
    m.modifiedBy = readId(r, "modified_by");
    m.deleted = r.value(QStringLiteral("deleted")).toInt() != 0;
    m.revision = r.value(QStringLiteral("revision")).toInt();
    return m;
}

// --- Team
const char* Mapper<Team>::table() {
    return "team";
}
Fields Mapper<Team>::fields(const Team& v) {
    return {f("name", v.name)};
}
Team Mapper<Team>::read(const QSqlRecord& r) {
    Team v;
    v.meta = readMeta(r);
    v.name = readText(r, "name");
    return v;
}

// --- Staff
const char* Mapper<Staff>::table() {
    return "staff";
}
Fields Mapper<Staff>::fields(const Staff& v) {
    return {f("initials", v.initials.trimmed().toUpper()), f("name", v.name),
            f("team_id", idValue(v.teamId)), f("role", toCode(v.role))};
}
Staff Mapper<Staff>::read(const QSqlRecord& r) {
    Staff v;
    v.meta = readMeta(r);
    v.initials = readText(r, "initials");
    v.name = readText(r, "name");
    v.teamId = readId(r, "team_id");
    v.role = readEnum(r, "role", StaffRole::Worker);
    return v;
}

// --- Site
const char* Mapper<Site>::table() {
    return "site";
}
Fields Mapper<Site>::fields(const Site& v) {
    return {f("name", v.name), f("address", v.address),
            f("opening_hours", openingHoursToJson(v.openingHours)),
            f("visit_allowance_minutes", v.visitAllowanceMinutes),
            f("slot_minutes", v.slotMinutes)};
}
Site Mapper<Site>::read(const QSqlRecord& r) {
    Site v;
    v.meta = readMeta(r);
    v.name = readText(r, "name");
    v.address = readText(r, "address");
    v.openingHours = openingHoursFromJson(readText(r, "opening_hours"));
    v.visitAllowanceMinutes = r.value(QStringLiteral("visit_allowance_minutes")).toInt();
    v.slotMinutes = r.value(QStringLiteral("slot_minutes")).toInt();
    return v;
}

// --- Citizen
const char* Mapper<Citizen>::table() {
    return "citizen";
}
Fields Mapper<Citizen>::fields(const Citizen& v) {
    QString cpr = v.cpr.trimmed();
    cpr.remove(QLatin1Char('-')).remove(QLatin1Char(' '));
    return {f("name", v.name.trimmed()),
            f("cpr", cpr),
            f("address", v.address.trimmed()),
            f("postal_code", v.postalCode.trimmed()),
            f("city", v.city.trimmed()),
            f("phone", v.phone.trimmed()),
            f("email", v.email.trimmed()),
            f("site_id", idValue(v.siteId)),
            f("target_group", toCode(v.targetGroup)),
            f("contact_staff_id", idValue(v.contactStaffId)),
            f("status", toCode(v.status)),
            f("virtual_contact", toCode(v.virtualContact))};
}
Citizen Mapper<Citizen>::read(const QSqlRecord& r) {
    Citizen v;
    v.meta = readMeta(r);
    v.name = readText(r, "name");
    v.cpr = readText(r, "cpr");
    v.address = readText(r, "address");
    v.postalCode = readText(r, "postal_code");
    v.city = readText(r, "city");
    v.phone = readText(r, "phone");
    v.email = readText(r, "email");
    v.siteId = readId(r, "site_id");
    v.targetGroup = readEnum(r, "target_group", TargetGroup::Other);
    v.contactStaffId = readId(r, "contact_staff_id");
    v.status = readEnum(r, "status", CitizenStatus::Active);
    v.virtualContact = readEnum(r, "virtual_contact", ContactPreference::Video);
    return v;
}

// --- Grant
const char* Mapper<Grant>::table() {
    return "support_grant";
}
Fields Mapper<Grant>::fields(const Grant& v) {
    return {f("citizen_id", idValue(v.citizenId)),
            f("legal_basis", toCode(v.basis)),
            f("from_date", dateValue(v.from)),
            f("to_date", dateValue(v.to)),
            f("purpose", v.purpose),
            f("support_need", toCode(v.supportNeed)),
            f("uses_package", v.usesPackage ? 1 : 0),
            f("hours_per_week", v.hoursPerWeek),
            f("package_name", v.packageName),
            f("package_min_hours", v.packageMinHours),
            f("package_max_hours", v.packageMaxHours),
            f("caseworker", v.caseworker),
            f("review_date", dateValue(v.reviewDate))};
}
Grant Mapper<Grant>::read(const QSqlRecord& r) {
    Grant v;
    v.meta = readMeta(r);
    v.citizenId = readId(r, "citizen_id");
    v.basis = readEnum(r, "legal_basis", LegalBasis::P85);
    v.from = readDate(r, "from_date");
    v.to = readDate(r, "to_date");
    v.purpose = readText(r, "purpose");
    v.supportNeed = readEnum(r, "support_need", SupportNeed::NotAssessed);
    v.usesPackage = r.value(QStringLiteral("uses_package")).toInt() != 0;
    v.hoursPerWeek = r.value(QStringLiteral("hours_per_week")).toDouble();
    v.packageName = readText(r, "package_name");
    v.packageMinHours = r.value(QStringLiteral("package_min_hours")).toDouble();
    v.packageMaxHours = r.value(QStringLiteral("package_max_hours")).toDouble();
    v.caseworker = readText(r, "caseworker");
    v.reviewDate = readDate(r, "review_date");
    return v;
}

// --- Allocation
const char* Mapper<Allocation>::table() {
    return "allocation";
}
Fields Mapper<Allocation>::fields(const Allocation& v) {
    return {f("citizen_id", idValue(v.citizenId)),
            f("grant_id", idValue(v.grantId)),
            f("form", toCode(v.form)),
            f("from_date", dateValue(v.from)),
            f("to_date", dateValue(v.to)),
            f("cadence", toCode(v.cadence)),
            f("planned_minutes", v.plannedMinutes),
            f("group_id", idValue(v.groupId))};
}
Allocation Mapper<Allocation>::read(const QSqlRecord& r) {
    Allocation v;
    v.meta = readMeta(r);
    v.citizenId = readId(r, "citizen_id");
    v.grantId = readId(r, "grant_id");
    v.form = readEnum(r, "form", SupportForm::Individual);
    v.from = readDate(r, "from_date");
    v.to = readDate(r, "to_date");
    v.cadence = readEnum(r, "cadence", Cadence::Weekly);
    v.plannedMinutes = r.value(QStringLiteral("planned_minutes")).toInt();
    v.groupId = readId(r, "group_id");
    return v;
}

// --- SupportGroup
const char* Mapper<SupportGroup>::table() {
    return "support_group";
}
Fields Mapper<SupportGroup>::fields(const SupportGroup& v) {
    return {f("site_id", idValue(v.siteId)),
            f("name", v.name),
            f("theme", v.theme),
            f("facilitator1_id", idValue(v.facilitator1)),
            f("facilitator2_id", idValue(v.facilitator2)),
            f("capacity", v.capacity),
            f("start_date", dateValue(v.start)),
            f("end_date", dateValue(v.end))};
}
SupportGroup Mapper<SupportGroup>::read(const QSqlRecord& r) {
    SupportGroup v;
    v.meta = readMeta(r);
    v.siteId = readId(r, "site_id");
    v.name = readText(r, "name");
    v.theme = readText(r, "theme");
    v.facilitator1 = readId(r, "facilitator1_id");
    v.facilitator2 = readId(r, "facilitator2_id");
    v.capacity = r.value(QStringLiteral("capacity")).toInt();
    v.start = readDate(r, "start_date");
    v.end = readDate(r, "end_date");
    return v;
}

// --- GroupMember
const char* Mapper<GroupMember>::table() {
    return "group_member";
}
Fields Mapper<GroupMember>::fields(const GroupMember& v) {
    return {f("group_id", idValue(v.groupId)), f("citizen_id", idValue(v.citizenId)),
            f("from_date", dateValue(v.from)), f("to_date", dateValue(v.to)),
            f("allocation_id", idValue(v.allocationId))};
}
GroupMember Mapper<GroupMember>::read(const QSqlRecord& r) {
    GroupMember v;
    v.meta = readMeta(r);
    v.groupId = readId(r, "group_id");
    v.citizenId = readId(r, "citizen_id");
    v.from = readDate(r, "from_date");
    v.to = readDate(r, "to_date");
    v.allocationId = readId(r, "allocation_id");
    return v;
}

// --- Goal
const char* Mapper<Goal>::table() {
    return "goal";
}
Fields Mapper<Goal>::fields(const Goal& v) {
    return {f("citizen_id", idValue(v.citizenId)),
            f("grant_id", idValue(v.grantId)),
            f("theme", toCode(v.theme)),
            f("condition", v.condition),
            f("goal_type", toCode(v.type)),
            f("current_level", toCode(v.currentLevel)),
            f("target_level", toCode(v.targetLevel)),
            f("description", v.description),
            f("start_date", dateValue(v.start)),
            f("review_date", dateValue(v.reviewDate)),
            f("status", toCode(v.status)),
            f("end_date", dateValue(v.endDate))};
}
Goal Mapper<Goal>::read(const QSqlRecord& r) {
    Goal v;
    v.meta = readMeta(r);
    v.citizenId = readId(r, "citizen_id");
    v.grantId = readId(r, "grant_id");
    v.theme = readEnum(r, "theme", FfbTheme::CommunityLife);
    v.condition = readText(r, "condition");
    v.type = readEnum(r, "goal_type", GoalType::Develop);
    v.currentLevel = readEnum(r, "current_level", FunctionLevel::NotAssessed);
    v.targetLevel = readEnum(r, "target_level", FunctionLevel::NotAssessed);
    v.description = readText(r, "description");
    v.start = readDate(r, "start_date");
    v.reviewDate = readDate(r, "review_date");
    v.status = readEnum(r, "status", GoalStatus::Active);
    v.endDate = readDate(r, "end_date");
    return v;
}

// --- SubGoal
const char* Mapper<SubGoal>::table() {
    return "subgoal";
}
Fields Mapper<SubGoal>::fields(const SubGoal& v) {
    return {f("goal_id", idValue(v.goalId)), f("criterion", v.criterion),
            f("deadline", dateValue(v.deadline)), f("status", toCode(v.status)),
            f("end_date", dateValue(v.endDate))};
}
SubGoal Mapper<SubGoal>::read(const QSqlRecord& r) {
    SubGoal v;
    v.meta = readMeta(r);
    v.goalId = readId(r, "goal_id");
    v.criterion = readText(r, "criterion");
    v.deadline = readDate(r, "deadline");
    v.status = readEnum(r, "status", GoalStatus::Active);
    v.endDate = readDate(r, "end_date");
    return v;
}

// --- AppointmentSeries
const char* Mapper<AppointmentSeries>::table() {
    return "appointment_series";
}
Fields Mapper<AppointmentSeries>::fields(const AppointmentSeries& v) {
    return {f("form", toCode(v.form)),
            f("staff_id", idValue(v.staffId)),
            f("citizen_id", idValue(v.citizenId)),
            f("group_id", idValue(v.groupId)),
            f("site_id", idValue(v.siteId)),
            f("place", v.place),
            f("first_date", dateValue(v.firstDate)),
            f("local_start", v.localStart.toString(QStringLiteral("HH:mm"))),
            f("duration_minutes", v.durationMinutes),
            f("interval_weeks", v.intervalWeeks),
            f("until_date", dateValue(v.until)),
            f("occurrence_count", v.count)};
}
AppointmentSeries Mapper<AppointmentSeries>::read(const QSqlRecord& r) {
    AppointmentSeries v;
    v.meta = readMeta(r);
    v.form = readEnum(r, "form", SupportForm::Individual);
    v.staffId = readId(r, "staff_id");
    v.citizenId = readId(r, "citizen_id");
    v.groupId = readId(r, "group_id");
    v.siteId = readId(r, "site_id");
    v.place = readText(r, "place");
    v.firstDate = readDate(r, "first_date");
    v.localStart = QTime::fromString(readText(r, "local_start"), QStringLiteral("HH:mm"));
    v.durationMinutes = r.value(QStringLiteral("duration_minutes")).toInt();
    v.intervalWeeks = r.value(QStringLiteral("interval_weeks")).toInt();
    v.until = readDate(r, "until_date");
    v.count = r.value(QStringLiteral("occurrence_count")).toInt();
    return v;
}

// --- Appointment
namespace {
QString idsToJson(const QList<QUuid>& ids) {
    QJsonArray arr;
    for (const QUuid& id : ids)
        arr.append(id.toString(QUuid::WithoutBraces));
    return QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Compact));
}
QList<QUuid> idsFromJson(const QString& json) {
    QList<QUuid> out;
    for (const auto& v : QJsonDocument::fromJson(json.toUtf8()).array())
        out.append(QUuid::fromString(v.toString()));
    return out;
}
QVariant timestampValue(const QDateTime& utc) {
    return utc.isValid() ? QVariant(toDbTimestamp(utc)) : QVariant();
}
} // namespace

const char* Mapper<Appointment>::table() {
    return "appointment";
}
Fields Mapper<Appointment>::fields(const Appointment& v) {
    return {f("series_id", idValue(v.seriesId)),
            f("form", toCode(v.form)),
            f("staff_id", idValue(v.staffId)),
            f("citizen_id", idValue(v.citizenId)),
            f("group_id", idValue(v.groupId)),
            f("site_id", idValue(v.siteId)),
            f("place", v.place),
            f("start_utc", timestampValue(v.startUtc)),
            f("original_start_utc", timestampValue(v.originalStartUtc)),
            f("duration_minutes", v.durationMinutes),
            f("channel", toCode(v.channel)),
            f("travel_minutes", v.travelMinutes),
            f("travel_km", v.travelKm),
            f("topic", v.topic),
            f("learning_goal", v.learningGoal),
            f("outcome", toCode(v.outcome)),
            f("outcome_reason", v.outcomeReason),
            f("outcome_by", idValue(v.outcomeBy)),
            f("outcome_at_utc", timestampValue(v.outcomeAtUtc)),
            f("subgoal_ids", idsToJson(v.subGoalIds))};
}
Appointment Mapper<Appointment>::read(const QSqlRecord& r) {
    Appointment v;
    v.meta = readMeta(r);
    v.seriesId = readId(r, "series_id");
    v.form = readEnum(r, "form", SupportForm::Individual);
    v.staffId = readId(r, "staff_id");
    v.citizenId = readId(r, "citizen_id");
    v.groupId = readId(r, "group_id");
    v.siteId = readId(r, "site_id");
    v.place = readText(r, "place");
    v.startUtc = fromDbTimestamp(readText(r, "start_utc"));
    v.durationMinutes = r.value(QStringLiteral("duration_minutes")).toInt();
    v.channel = readEnum(r, "channel", ContactPreference::Video);
    v.travelMinutes = r.value(QStringLiteral("travel_minutes")).toInt();
    v.travelKm = r.value(QStringLiteral("travel_km")).toDouble();
    v.topic = readText(r, "topic");
    v.learningGoal = readText(r, "learning_goal");
    v.outcome = readEnum(r, "outcome", Outcome::Planned);
    v.outcomeReason = readText(r, "outcome_reason");
    v.outcomeBy = readId(r, "outcome_by");
    v.outcomeAtUtc = readUtc(r, "outcome_at_utc");
    v.originalStartUtc = readUtc(r, "original_start_utc");
    v.subGoalIds = idsFromJson(readText(r, "subgoal_ids"));
    return v;
}

// --- DeskVisit
const char* Mapper<DeskVisit>::table() {
    return "desk_visit";
}
Fields Mapper<DeskVisit>::fields(const DeskVisit& v) {
    return {f("site_id", idValue(v.siteId)),
            f("citizen_id", idValue(v.citizenId)),
            f("staff_id", idValue(v.staffId)),
            f("appointment_id", idValue(v.appointmentId)),
            f("arrived_utc", timestampValue(v.arrivedUtc)),
            f("started_utc", timestampValue(v.startedUtc)),
            f("ended_utc", timestampValue(v.endedUtc)),
            f("topics", topicsToJson(v.topics)),
            f("note", v.note)};
}
DeskVisit Mapper<DeskVisit>::read(const QSqlRecord& r) {
    DeskVisit v;
    v.meta = readMeta(r);
    v.siteId = readId(r, "site_id");
    v.citizenId = readId(r, "citizen_id");
    v.staffId = readId(r, "staff_id");
    v.appointmentId = readId(r, "appointment_id");
    v.arrivedUtc = readUtc(r, "arrived_utc");
    v.startedUtc = readUtc(r, "started_utc");
    v.endedUtc = readUtc(r, "ended_utc");
    v.topics = topicsFromJson(readText(r, "topics"));
    v.note = readText(r, "note");
    return v;
}

// --- Attendance
const char* Mapper<Attendance>::table() {
    return "attendance";
}
Fields Mapper<Attendance>::fields(const Attendance& v) {
    return {f("appointment_id", idValue(v.appointmentId)), f("citizen_id", idValue(v.citizenId)),
            f("status", toCode(v.status)), f("reason", v.reason)};
}
Attendance Mapper<Attendance>::read(const QSqlRecord& r) {
    Attendance v;
    v.meta = readMeta(r);
    v.appointmentId = readId(r, "appointment_id");
    v.citizenId = readId(r, "citizen_id");
    v.status = readEnum(r, "status", AttendanceStatus::Present);
    v.reason = readText(r, "reason");
    return v;
}

// --- GroupNote
const char* Mapper<GroupNote>::table() {
    return "group_note";
}
Fields Mapper<GroupNote>::fields(const GroupNote& v) {
    return {f("appointment_id", idValue(v.appointmentId)), f("author_id", idValue(v.authorId)),
            f("written_utc", timestampValue(v.writtenUtc)), f("text", v.text)};
}
GroupNote Mapper<GroupNote>::read(const QSqlRecord& r) {
    GroupNote v;
    v.meta = readMeta(r);
    v.appointmentId = readId(r, "appointment_id");
    v.authorId = readId(r, "author_id");
    v.writtenUtc = readUtc(r, "written_utc");
    v.text = readText(r, "text");
    return v;
}

// --- JournalNote
const char* Mapper<JournalNote>::table() {
    return "journal_note";
}
Fields Mapper<JournalNote>::fields(const JournalNote& v) {
    return {f("citizen_id", idValue(v.citizenId)),
            f("appointment_id", idValue(v.appointmentId)),
            f("group_note_id", idValue(v.groupNoteId)),
            f("author_id", idValue(v.authorId)),
            f("form", toCode(v.form)),
            f("kind", toCode(v.kind)),
            f("addendum_to", idValue(v.addendumTo)),
            f("signed_utc", timestampValue(v.signedUtc)),
            f("written_utc", timestampValue(v.writtenUtc)),
            f("text", v.text),
            f("personal_text", v.personalText),
            f("subgoal_ids", idsToJson(v.subGoalIds))};
}
JournalNote Mapper<JournalNote>::read(const QSqlRecord& r) {
    JournalNote v;
    v.meta = readMeta(r);
    v.citizenId = readId(r, "citizen_id");
    v.appointmentId = readId(r, "appointment_id");
    v.groupNoteId = readId(r, "group_note_id");
    v.authorId = readId(r, "author_id");
    v.form = readEnum(r, "form", SupportForm::Individual);
    v.kind = readEnum(r, "kind", NoteKind::Note);
    v.addendumTo = readId(r, "addendum_to");
    v.signedUtc = readUtc(r, "signed_utc");
    v.writtenUtc = readUtc(r, "written_utc");
    v.text = readText(r, "text");
    v.personalText = readText(r, "personal_text");
    v.subGoalIds = idsFromJson(readText(r, "subgoal_ids"));
    return v;
}

// --- RotaDuty
const char* Mapper<RotaDuty>::table() {
    return "rota_duty";
}
Fields Mapper<RotaDuty>::fields(const RotaDuty& v) {
    return {f("duty_date", dateValue(v.date)), f("role", toCode(v.role)),
            f("staff_id", idValue(v.staffId)), f("site_id", idValue(v.siteId)), f("note", v.note)};
}
RotaDuty Mapper<RotaDuty>::read(const QSqlRecord& r) {
    RotaDuty v;
    v.meta = readMeta(r);
    v.date = readDate(r, "duty_date");
    v.role = readEnum(r, "role", RotaRole::OnCall);
    v.staffId = readId(r, "staff_id");
    v.siteId = readId(r, "site_id");
    v.note = readText(r, "note");
    return v;
}

// --- JournalRevision
const char* Mapper<JournalRevision>::table() {
    return "journal_revision";
}
Fields Mapper<JournalRevision>::fields(const JournalRevision& v) {
    return {f("note_id", idValue(v.noteId)),
            f("number", v.number),
            f("author_id", idValue(v.authorId)),
            f("saved_utc", timestampValue(v.savedUtc)),
            f("text", v.text),
            f("personal_text", v.personalText),
            f("parent_ids", idsToJson(v.parentIds))};
}
JournalRevision Mapper<JournalRevision>::read(const QSqlRecord& r) {
    JournalRevision v;
    v.meta = readMeta(r);
    v.noteId = readId(r, "note_id");
    v.number = r.value(QStringLiteral("number")).toInt();
    v.authorId = readId(r, "author_id");
    v.savedUtc = readUtc(r, "saved_utc");
    v.text = readText(r, "text");
    v.personalText = readText(r, "personal_text");
    v.parentIds = idsFromJson(readText(r, "parent_ids"));
    return v;
}

// --- GoalAssessment
const char* Mapper<GoalAssessment>::table() {
    return "goal_assessment";
}
Fields Mapper<GoalAssessment>::fields(const GoalAssessment& v) {
    return {f("note_id", idValue(v.noteId)),
            f("subgoal_id", idValue(v.subGoalId)),
            f("goal_id", idValue(v.goalId)),
            f("author_id", idValue(v.authorId)),
            f("assessed_utc", timestampValue(v.assessedUtc)),
            f("progress", toCode(v.progress)),
            f("level", toCode(v.level))};
}
GoalAssessment Mapper<GoalAssessment>::read(const QSqlRecord& r) {
    GoalAssessment v;
    v.meta = readMeta(r);
    v.noteId = readId(r, "note_id");
    v.subGoalId = readId(r, "subgoal_id");
    v.goalId = readId(r, "goal_id");
    v.authorId = readId(r, "author_id");
    v.assessedUtc = readUtc(r, "assessed_utc");
    v.progress = readEnum(r, "progress", Progress::Unchanged);
    v.level = readEnum(r, "level", FunctionLevel::NotAssessed);
    return v;
}

// --- FollowUpTask
const char* Mapper<FollowUpTask>::table() {
    return "followup_task";
}
Fields Mapper<FollowUpTask>::fields(const FollowUpTask& v) {
    return {f("rule", toCode(v.rule)),
            f("rule_key", v.ruleKey),
            f("citizen_id", idValue(v.citizenId)),
            f("subject_id", idValue(v.subjectId)),
            f("assignee_id", idValue(v.assigneeId)),
            f("due_date", dateValue(v.dueDate)),
            f("reason", v.reason),
            f("status", toCode(v.status)),
            f("snoozed_until", dateValue(v.snoozedUntil)),
            f("snooze_reason", v.snoozeReason),
            f("done_note", v.doneNote),
            f("done_by", idValue(v.doneBy)),
            f("done_utc", timestampValue(v.doneUtc))};
}
FollowUpTask Mapper<FollowUpTask>::read(const QSqlRecord& r) {
    FollowUpTask v;
    v.meta = readMeta(r);
    v.rule = readEnum(r, "rule", TaskRule::NoShow);
    v.ruleKey = readText(r, "rule_key");
    v.citizenId = readId(r, "citizen_id");
    v.subjectId = readId(r, "subject_id");
    v.assigneeId = readId(r, "assignee_id");
    v.dueDate = readDate(r, "due_date");
    v.reason = readText(r, "reason");
    v.status = readEnum(r, "status", TaskStatus::Open);
    v.snoozedUntil = readDate(r, "snoozed_until");
    v.snoozeReason = readText(r, "snooze_reason");
    v.doneNote = readText(r, "done_note");
    v.doneBy = readId(r, "done_by");
    v.doneUtc = readUtc(r, "done_utc");
    return v;
}

// --- GoalReview
const char* Mapper<GoalReview>::table() {
    return "goal_review";
}
Fields Mapper<GoalReview>::fields(const GoalReview& v) {
    return {f("goal_id", idValue(v.goalId)), f("review_date", dateValue(v.reviewDate)),
            f("status", toCode(v.status)), f("summary", v.summary),
            f("author_id", idValue(v.authorId))};
}
GoalReview Mapper<GoalReview>::read(const QSqlRecord& r) {
    GoalReview v;
    v.meta = readMeta(r);
    v.goalId = readId(r, "goal_id");
    v.reviewDate = readDate(r, "review_date");
    v.status = readEnum(r, "status", ReviewStatus::Continue);
    v.summary = readText(r, "summary");
    v.authorId = readId(r, "author_id");
    return v;
}

} // namespace bs
