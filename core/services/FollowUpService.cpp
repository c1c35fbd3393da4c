#include "FollowUpService.h"

#include "sync/Change.h"

#include "services/FollowUpRules.h"
#include "storage/CalendarQueries.h"
#include "storage/Repository.h"

#include <QSet>
#include <algorithm>

namespace bs {

namespace {

struct SettingSpec {
    const char* id;
    int FollowUpSettings::*field;
    int min;
    int max;
    const char* label; // for the range message
};

const SettingSpec kSettings[] = {
    {"followup_no_shows_in_a_row", &FollowUpSettings::noShowsInARow, 1, 20,
     QT_TRANSLATE_NOOP("FollowUpService", "No-shows in a row")},
    {"followup_no_contact_weeks", &FollowUpSettings::noContactWeeks, 1, 52,
     QT_TRANSLATE_NOOP("FollowUpService", "Weeks without contact")},
    {"followup_group_absences_in_a_row", &FollowUpSettings::groupAbsencesInARow, 1, 20,
     QT_TRANSLATE_NOOP("FollowUpService", "Group absences in a row")},
    {"followup_grant_ending_days", &FollowUpSettings::grantEndingDays, 1, 183,
     QT_TRANSLATE_NOOP("FollowUpService", "Days before a § 82 b grant ends")},
    {"followup_review_notice_days", &FollowUpSettings::reviewNoticeDays, 0, 90,
     QT_TRANSLATE_NOOP("FollowUpService", "Days before a review date")},
};

// Open tasks come back when a snooze runs out: then they are due on the snooze date.
QDate effectiveDue(const FollowUpTask& t) {
    if (t.status == TaskStatus::Snoozed && t.snoozedUntil.isValid() && t.snoozedUntil > t.dueDate)
        return t.snoozedUntil;
    return t.dueDate;
}

} // namespace

FollowUpService::FollowUpService(Registry& registry) : m_registry(registry) {
}

bool FollowUpService::isOpenOn(const FollowUpTask& task, QDate today) {
    if (task.meta.deleted)
        return false;
    return task.status == TaskStatus::Open ||
           (task.status == TaskStatus::Snoozed && task.snoozedUntil <= today);
}

// --- Settings -----------------------------------------------------------------------------------

FollowUpSettings FollowUpService::settings() const {
    FollowUpSettings s;
    auto rows = CalendarQueries(m_registry.database()).settings();
    if (!rows)
        return s;
    for (const SettingSpec& spec : kSettings) {
        bool ok = false;
        const int value = rows->value(QLatin1String(spec.id)).toInt(&ok);
        if (ok && value >= spec.min && value <= spec.max)
            s.*spec.field = value;
    }
    return s;
}

Status FollowUpService::saveSettings(const FollowUpSettings& s) {
    for (const SettingSpec& spec : kSettings) {
        const int value = s.*spec.field;
        if (value < spec.min || value > spec.max)
            return Status::failure(
                tr("%1: between %2 and %3")
                    .arg(tr(spec.label), QString::number(spec.min), QString::number(spec.max)),
                QLatin1String(spec.id));
    }
    const CalendarQueries queries(m_registry.database());
    return m_registry.database().transaction([&]() -> Status {
        for (const SettingSpec& spec : kSettings)
            if (auto r =
                    queries.saveSetting(QLatin1String(spec.id), QString::number(s.*spec.field));
                !r)
                return r;
        return Status::success();
    });
}

// --- Running the rules --------------------------------------------------------------------------

Result<RunSummary> FollowUpService::run() {
    RunSummary summary;
    summary.today = m_registry.clock().today();
    auto candidates = FollowUpRules::evaluate(m_registry, settings());
    if (!candidates)
        return Result<RunSummary>(candidates.error());
    Repository repo(m_registry.database());
    const Status written = m_registry.database().transaction([&]() -> Status {
        auto stored = repo.list<FollowUpTask>();
        if (!stored)
            return Status(stored.error());
        QSet<QString> keys;
        for (const FollowUpTask& t : *stored)
            keys.insert(t.ruleKey);
        for (FollowUpTask& t : *candidates) {
            if (keys.contains(t.ruleKey))
                continue;
            if (auto s = t.validate().toStatus(); !s)
                return s;
            // The same id at every site for the same rule and subject, so tasks raised at two
            // sites merge into one.
            t.meta.id = sync::stableId(QStringLiteral("followup"), t.ruleKey);
            if (auto earlier = repo.get<FollowUpTask>(t.meta.id)) {
                t.meta = earlier->meta;
                t.meta.deleted = false;
            }
            if (auto s = repo.save(t); !s)
                return s;
            keys.insert(t.ruleKey);
            ++summary.raised;
            ++summary.raisedPer[t.rule];
        }
        return Status::success();
    });
    if (!written)
        return Result<RunSummary>(written.error());
    return summary;
}

// --- The queue ----------------------------------------------------------------------------------

Result<QList<FollowUpItem>> FollowUpService::tasks(const TaskFilter& filter) const {
    using Items = QList<FollowUpItem>;
    const QDate today = m_registry.clock().today();
    auto stored = Repository(m_registry.database()).list<FollowUpTask>();
    if (!stored)
        return Result<Items>(stored.error());
    auto staff = m_registry.staff();
    if (!staff)
        return Result<Items>(staff.error());
    auto citizens = m_registry.citizens();
    if (!citizens)
        return Result<Items>(citizens.error());
    QHash<QUuid, Staff> staffById;
    for (const Staff& s : *staff)
        staffById.insert(s.meta.id, s);
    QHash<QUuid, QString> names;
    for (const Citizen& c : *citizens)
        names.insert(c.meta.id, c.name);

    Items out;
    for (const FollowUpTask& t : *stored) {
        const bool open = isOpenOn(t, today);
        const bool done = t.status == TaskStatus::Done;
        const bool waiting = !open && t.status == TaskStatus::Snoozed;
        if (!open && !(done && filter.includeDone) && !(waiting && filter.includeSnoozed))
            continue;
        if (!filter.assigneeId.isNull() && t.assigneeId != filter.assigneeId)
            continue;
        if (!filter.teamId.isNull() && staffById.value(t.assigneeId).teamId != filter.teamId)
            continue;
        if (filter.rule && t.rule != *filter.rule)
            continue;
        if (!filter.citizenId.isNull() && t.citizenId != filter.citizenId)
            continue;
        const QDate due = effectiveDue(t);
        if (filter.dueBefore.isValid() && due > filter.dueBefore)
            continue;
        FollowUpItem item;
        item.task = t;
        item.due = due;
        item.citizenName = names.value(t.citizenId);
        if (const auto s = staffById.constFind(t.assigneeId); s != staffById.cend()) {
            item.assigneeInitials = s->initials;
            item.assigneeName = s->name;
        }
        item.open = open;
        item.overdue = open && due < today;
        out << item;
    }
    std::stable_sort(out.begin(), out.end(), [&](const FollowUpItem& a, const FollowUpItem& b) {
        if (a.due != b.due)
            return a.due < b.due;
        return QString::localeAwareCompare(a.citizenName, b.citizenName) < 0;
    });
    return out;
}

Result<FollowUpItem> FollowUpService::item(const QUuid& taskId) const {
    TaskFilter all;
    all.includeDone = true;
    all.includeSnoozed = true;
    auto items = tasks(all);
    if (!items)
        return Result<FollowUpItem>(items.error());
    for (const FollowUpItem& i : *items)
        if (i.task.meta.id == taskId)
            return i;
    return Result<FollowUpItem>::failure(tr("The task no longer exists."));
}

// --- Acting on a task ---------------------------------------------------------------------------

Result<FollowUpTask> FollowUpService::openTask(const QUuid& taskId) const {
    auto t = m_registry.existing<FollowUpTask>(taskId, tr("The task no longer exists."),
                                               QStringLiteral("task"));
    if (t && t->status == TaskStatus::Done)
        return Result<FollowUpTask>::failure(tr("The task is already done."),
                                             QStringLiteral("task"));
    return t;
}

Status FollowUpService::done(const QUuid& taskId, const QString& note, const QUuid& by) {
    auto t = openTask(taskId);
    if (!t)
        return Status(t.error());
    if (note.trimmed().isEmpty())
        return Status::failure(tr("Note: write what was done"), QStringLiteral("doneNote"));
    auto staff = m_registry.existing<Staff>(by, tr("Done by: choose who you are under Settings"),
                                            QStringLiteral("doneBy"));
    if (!staff)
        return Status(staff.error());
    t->status = TaskStatus::Done;
    t->doneNote = note.trimmed();
    t->doneBy = by;
    t->doneUtc = m_registry.clock().nowUtc();
    if (auto s = t->validate().toStatus(); !s)
        return s;
    return m_registry.database().transaction(
        [&] { return Repository(m_registry.database()).save(*t); });
}

Status FollowUpService::snooze(const QUuid& taskId, QDate until, const QString& reason,
                               const QUuid& by) {
    auto t = openTask(taskId);
    if (!t)
        return Status(t.error());
    const QDate today = m_registry.clock().today();
    if (!until.isValid() || until <= today)
        return Status::failure(tr("Snooze until: choose a date after today"),
                               QStringLiteral("snoozedUntil"));
    if (reason.trimmed().isEmpty())
        return Status::failure(tr("Reason: give the reason for waiting"),
                               QStringLiteral("snoozeReason"));
    auto staff = m_registry.existing<Staff>(by, tr("Snoozed by: choose who you are under Settings"),
                                            QStringLiteral("snoozedBy"));
    if (!staff)
        return Status(staff.error());
    t->status = TaskStatus::Snoozed;
    t->snoozedUntil = until;
    t->snoozeReason = reason.trimmed();
    if (auto s = t->validate().toStatus(); !s)
        return s;
    return m_registry.database().transaction(
        [&] { return Repository(m_registry.database()).save(*t); });
}

Status FollowUpService::reassign(const QUuid& taskId, const QUuid& staffId) {
    auto t = openTask(taskId);
    if (!t)
        return Status(t.error());
    auto staff = m_registry.existing<Staff>(staffId, tr("Assignee: choose a staff member"),
                                            QStringLiteral("assignee"));
    if (!staff)
        return Status(staff.error());
    t->assigneeId = staffId;
    return m_registry.database().transaction(
        [&] { return Repository(m_registry.database()).save(*t); });
}

Status FollowUpService::restore(const FollowUpTask& earlier) {
    auto t = m_registry.existing<FollowUpTask>(earlier.meta.id, tr("The task no longer exists."),
                                               QStringLiteral("task"));
    if (!t)
        return Status(t.error());
    t->status = earlier.status;
    t->snoozedUntil = earlier.snoozedUntil;
    t->snoozeReason = earlier.snoozeReason;
    t->doneNote = earlier.doneNote;
    t->doneBy = earlier.doneBy;
    t->doneUtc = earlier.doneUtc;
    t->assigneeId = earlier.assigneeId;
    return m_registry.database().transaction(
        [&] { return Repository(m_registry.database()).save(*t); });
}

} // namespace bs
