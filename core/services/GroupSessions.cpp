#include "GroupSessions.h"

#include "sync/Change.h"

#include "services/JournalService.h"
#include "services/Scheduler.h"
#include "storage/Repository.h"

#include <QLocale>
#include <QSet>
#include <algorithm>

namespace bs {

namespace {

QDateTime toLocal(const QDateTime& utc) {
    return utc.toTimeZone(Clock::localZone());
}
QString dateText(QDate d) {
    return QLocale().toString(d, QLocale::ShortFormat);
}
QString timeText(QTime t) {
    return t.toString(QStringLiteral("HH:mm"));
}
bool isGroupSession(const Appointment& a) {
    return a.form == SupportForm::Group && a.citizenId.isNull() && !a.groupId.isNull();
}
// The end of the window sessions are looked for in: the group's end, or far enough ahead for
// the longest series.
QDate windowEnd(const SupportGroup& g, QDate today) {
    if (g.end.isValid())
        return g.end.addDays(1);
    return std::max(g.start, today).addYears(6);
}

} // namespace

bool AttendanceRegister::anyRegistered() const {
    return std::any_of(lines.begin(), lines.end(),
                       [](const RegisterLine& l) { return l.registered; });
}

GroupSessions::GroupSessions(Registry& registry) : m_registry(registry) {
}

// --- Reading ------------------------------------------------------------------------------------

Result<QList<Appointment>> GroupSessions::sessions(const QUuid& groupId) const {
    using List = QList<Appointment>;
    auto group = m_registry.existing<SupportGroup>(
        groupId, tr("Group: the chosen group does not exist"), QStringLiteral("group"));
    if (!group)
        return Result<List>(group.error());
    const QDate from = group->start.isValid() ? group->start : QDate(2000, 1, 1);
    auto all =
        Scheduler(m_registry)
            .appointments(localToUtc(from, QTime(0, 0)),
                          localToUtc(windowEnd(*group, m_registry.clock().today()), QTime(0, 0)),
                          CalendarFilter{{}, {}, {}, groupId});
    if (!all)
        return all;
    List out;
    for (const Appointment& a : std::as_const(*all))
        if (isGroupSession(a) && a.groupId == groupId)
            out.append(a);
    return out;
}

Result<QList<SessionOverview>> GroupSessions::overview(const QUuid& groupId) const {
    using List = QList<SessionOverview>;
    auto list = sessions(groupId);
    if (!list)
        return Result<List>(list.error());
    auto members = m_registry.groupMembers(groupId);
    if (!members)
        return Result<List>(members.error());
    Repository repo(m_registry.database());
    List out;
    for (const Appointment& a : std::as_const(*list)) {
        SessionOverview o;
        o.session = a;
        const QDate day = toLocal(a.startUtc).date();
        QSet<QUuid> active;
        for (const GroupMember& m : std::as_const(*members))
            if (m.isActiveOn(day))
                active.insert(m.citizenId);
        o.members = int(active.size());
        auto stored = storedAttendance(a.meta.id);
        if (!stored)
            return Result<List>(stored.error());
        for (const Attendance& at : std::as_const(*stored)) {
            ++o.registered;
            o.present += at.status == AttendanceStatus::Present ? 1 : 0;
        }
        auto notes = repo.listBy<GroupNote>("appointment_id", idText(a.meta.id));
        if (!notes)
            return Result<List>(notes.error());
        o.noteWritten = !notes->isEmpty();
        out.append(o);
    }
    return out;
}

Result<std::optional<WeeklySlot>> GroupSessions::weeklySlot(const QUuid& groupId) const {
    using Slot = std::optional<WeeklySlot>;
    Repository repo(m_registry.database());
    auto series = repo.list<AppointmentSeries>(
        QStringLiteral("group_id = ? AND citizen_id IS NULL"), {idText(groupId)}, false,
        QStringLiteral("first_date DESC, created_utc DESC"));
    if (!series)
        return Result<Slot>(series.error());
    if (series->isEmpty())
        return Slot();
    const AppointmentSeries& s = series->first();
    return Slot(
        WeeklySlot{s.firstDate.dayOfWeek(), s.localStart, s.durationMinutes, s.staffId, s.meta.id});
}

Result<Appointment> GroupSessions::session(const QUuid& appointmentId) const {
    auto a = m_registry.existing<Appointment>(
        appointmentId, tr("Session: the chosen session does not exist"), QStringLiteral("session"));
    if (a && !isGroupSession(*a))
        return Result<Appointment>::failure(tr("Session: the appointment is not a group session"),
                                            QStringLiteral("session"));
    return a;
}

Result<QList<Attendance>> GroupSessions::storedAttendance(const QUuid& appointmentId) const {
    return Repository(m_registry.database())
        .listBy<Attendance>("appointment_id", idText(appointmentId));
}

Result<QList<QUuid>> GroupSessions::activeMembers(const Appointment& a) const {
    auto members = m_registry.groupMembers(a.groupId);
    if (!members)
        return Result<QList<QUuid>>(members.error());
    const QDate day = toLocal(a.startUtc).date();
    QList<QUuid> out;
    for (const GroupMember& m : std::as_const(*members))
        if (m.isActiveOn(day) && !out.contains(m.citizenId))
            out.append(m.citizenId);
    return out;
}

Result<AttendanceRegister> GroupSessions::attendanceRegister(const QUuid& appointmentId) const {
    using R = Result<AttendanceRegister>;
    AttendanceRegister reg;
    auto a = session(appointmentId);
    if (!a)
        return R(a.error());
    reg.session = *a;
    auto group = m_registry.record<SupportGroup>(a->groupId);
    if (!group)
        return R(group.error());
    reg.group = *group;
    auto members = activeMembers(*a);
    if (!members)
        return R(members.error());
    auto stored = storedAttendance(appointmentId);
    if (!stored)
        return R(stored.error());
    for (const QUuid& id : std::as_const(*members)) {
        RegisterLine line;
        line.citizenId = id;
        auto citizen = m_registry.record<Citizen>(id);
        line.name = citizen ? citizen->name : tr("(unknown citizen)");
        line.attendance.appointmentId = appointmentId;
        line.attendance.citizenId = id;
        for (const Attendance& at : std::as_const(*stored))
            if (at.citizenId == id) {
                line.attendance = at;
                line.registered = true;
            }
        reg.lines.append(line);
    }
    std::sort(reg.lines.begin(), reg.lines.end(), [](const RegisterLine& x, const RegisterLine& y) {
        return QString::localeAwareCompare(x.name, y.name) < 0;
    });
    return reg;
}

Result<SessionNote> GroupSessions::sessionNote(const QUuid& appointmentId) const {
    Repository repo(m_registry.database());
    auto notes = repo.listBy<GroupNote>("appointment_id", idText(appointmentId),
                                        QStringLiteral("written_utc"));
    if (!notes)
        return Result<SessionNote>(notes.error());
    SessionNote out;
    if (notes->isEmpty())
        return out;
    out.note = notes->first();
    out.locked =
        out.note->writtenUtc.addSecs(qint64(kNoteEditHours) * 3600) < m_registry.clock().nowUtc();
    auto journal = repo.listBy<JournalNote>("group_note_id", idText(out.note->meta.id));
    if (!journal)
        return Result<SessionNote>(journal.error());
    for (const JournalNote& j : std::as_const(*journal))
        out.personal.insert(j.citizenId, j.personalText);
    return out;
}

Result<QList<JournalNote>> GroupSessions::journal(const QUuid& citizenId) const {
    return Repository(m_registry.database())
        .listBy<JournalNote>("citizen_id", idText(citizenId),
                             QStringLiteral("written_utc DESC, created_utc DESC"));
}

// --- Planning -----------------------------------------------------------------------------------

Result<QList<Appointment>> GroupSessions::planSessions(const SessionPlanRequest& plan) {
    using Made = QList<Appointment>;
    auto group = m_registry.existing<SupportGroup>(
        plan.groupId, tr("Group: the chosen group does not exist"), QStringLiteral("group"));
    if (!group)
        return Result<Made>(group.error());
    if (plan.staffId.isNull())
        return Result<Made>::failure(tr("Facilitator: choose who runs the sessions"),
                                     QStringLiteral("staff"));
    AppointmentSeries series;
    series.form = SupportForm::Group;
    series.groupId = plan.groupId;
    series.siteId = group->siteId;
    series.staffId = plan.staffId;
    series.firstDate = plan.firstDate;
    series.localStart = plan.localStart;
    series.durationMinutes = plan.durationMinutes;
    series.until = plan.count > 0 ? QDate() : plan.until;
    series.count = plan.count;
    if (auto s = series.validate().toStatus(); !s)
        return Result<Made>(s.error());
    const QList<QDate> dates = series.occurrenceDates();
    if (dates.isEmpty())
        return Result<Made>::failure(tr("Sessions: the plan gives no meetings"),
                                     QStringLiteral("until"));
    if (group->start.isValid() && dates.first() < group->start)
        return Result<Made>::failure(
            tr("First date: the group starts on %1; sessions cannot come before")
                .arg(dateText(group->start)),
            QStringLiteral("firstDate"));
    if (group->end.isValid() && dates.last() > group->end)
        return Result<Made>::failure(tr("Sessions: the group ends on %1, and the plan runs until "
                                        "%2")
                                         .arg(dateText(group->end), dateText(dates.last())),
                                     plan.count > 0 ? QStringLiteral("count")
                                                    : QStringLiteral("until"));
    // No second meeting of the group at the same time.
    auto existing = Scheduler(m_registry)
                        .appointments(localToUtc(dates.first(), QTime(0, 0)),
                                      localToUtc(dates.last().addDays(1), QTime(0, 0)),
                                      CalendarFilter{{}, {}, {}, plan.groupId});
    if (!existing)
        return Result<Made>(existing.error());
    for (const QDate& d : dates) {
        const QDateTime start = localToUtc(d, plan.localStart);
        const QDateTime end = start.addSecs(qint64(plan.durationMinutes) * 60);
        for (const Appointment& a : std::as_const(*existing))
            if (isGroupSession(a) && a.groupId == plan.groupId && !a.isCancelled() &&
                a.startUtc < end && start < a.endUtc())
                return Result<Made>::failure(
                    tr("Sessions: %1 already meets on %2 at %3; plan from a later date or at "
                       "another time")
                        .arg(group->name, dateText(d), timeText(toLocal(a.startUtc).time())),
                    QStringLiteral("firstDate"));
    }
    Appointment tmpl;
    tmpl.form = SupportForm::Group;
    tmpl.groupId = plan.groupId;
    tmpl.siteId = group->siteId;
    return Scheduler(m_registry).createSeries(series, tmpl);
}

Status GroupSessions::setSessionPlan(const QUuid& appointmentId, const QString& topic,
                                     const QString& learningGoal) {
    auto a = session(appointmentId);
    if (!a)
        return Status(a.error());
    Appointment changed = *a;
    changed.topic = topic.trimmed();
    changed.learningGoal = learningGoal.trimmed();
    auto r = Scheduler(m_registry).changeOne(changed);
    return r ? Status::success() : Status(r.error());
}

// --- Attendance ---------------------------------------------------------------------------------

Status GroupSessions::saveAttendance(const QUuid& appointmentId,
                                     const QList<Attendance>& attendance,
                                     const QUuid& registeredBy) {
    auto a = session(appointmentId);
    if (!a)
        return Status(a.error());
    if (registeredBy.isNull())
        return Status::failure(tr("Registered by: choose who you are under Settings"),
                               QStringLiteral("registeredBy"));
    if (auto st = m_registry.existing<Staff>(
            registeredBy, tr("Registered by: the chosen staff member does not exist"),
            QStringLiteral("registeredBy"));
        !st)
        return Status(st.error());
    if (a->isCancelled())
        return Status::failure(tr("Attendance: the session was cancelled"),
                               QStringLiteral("session"));
    const QDateTime local = toLocal(a->startUtc);
    if (a->startUtc > m_registry.clock().nowUtc())
        return Status::failure(tr("Attendance: the session on %1 at %2 has not started yet")
                                   .arg(dateText(local.date()), timeText(local.time())),
                               QStringLiteral("session"));
    if (attendance.isEmpty())
        return Status::failure(tr("Attendance: register at least one member"),
                               QStringLiteral("attendance"));
    auto members = activeMembers(*a);
    if (!members)
        return Status(members.error());
    QSet<QUuid> seen;
    for (const Attendance& at : attendance) {
        if (!members->contains(at.citizenId)) {
            auto c = m_registry.record<Citizen>(at.citizenId);
            return Status::failure(
                tr("Attendance: %1 is not a member of the group on %2")
                    .arg(c ? c->name : tr("the citizen"), dateText(local.date())),
                QStringLiteral("attendance"));
        }
        if (seen.contains(at.citizenId))
            return Status::failure(tr("Attendance: a member is registered twice"),
                                   QStringLiteral("attendance"));
        seen.insert(at.citizenId);
    }
    auto stored = storedAttendance(appointmentId);
    if (!stored)
        return Status(stored.error());
    Repository repo(m_registry.database());
    return m_registry.database().transaction([&]() -> Status {
        bool anyPresent = false;
        for (const Attendance& given : attendance) {
            Attendance row;
            for (const Attendance& s : std::as_const(*stored))
                if (s.citizenId == given.citizenId)
                    row = s;
            if (row.meta.isNew()) {
                // The same id at every site, so registrations made at two sites merge.
                row.meta.id = sync::stableId(QStringLiteral("attendance"),
                                             idText(appointmentId) + idText(given.citizenId));
                if (auto earlier = repo.get<Attendance>(row.meta.id)) {
                    row.meta = earlier->meta;
                    row.meta.deleted = false;
                }
            }
            row.appointmentId = appointmentId;
            row.citizenId = given.citizenId;
            row.status = given.status;
            row.reason =
                given.status == AttendanceStatus::Present ? QString() : given.reason.trimmed();
            if (auto s = row.validate().toStatus(); !s)
                return s;
            if (auto s = repo.save(row); !s)
                return s;
        }
        // Members registered earlier and not in this call keep their registration.
        auto after = storedAttendance(appointmentId);
        if (!after)
            return Status(after.error());
        for (const Attendance& s : std::as_const(*after))
            anyPresent = anyPresent || s.status == AttendanceStatus::Present;
        Appointment updated = *a;
        if (anyPresent && updated.outcome != Outcome::Completed)
            return Scheduler(m_registry)
                .registerOutcome(updated, Outcome::Completed, {}, registeredBy);
        return Status::success();
    });
}

Status GroupSessions::saveAttendanceAndNote(const QUuid& appointmentId,
                                            const QList<Attendance>& attendance,
                                            const QUuid& staffId, const QString& noteText,
                                            const QHash<QUuid, QString>& personal) {
    return m_registry.database().transaction([&]() -> Status {
        if (auto s = saveAttendance(appointmentId, attendance, staffId); !s)
            return s;
        if (noteText.trimmed().isEmpty())
            return Status::success();
        auto note = writeGroupNote(appointmentId, noteText, staffId, personal);
        return note ? Status::success() : Status(note.error());
    });
}

// --- The group note -----------------------------------------------------------------------------

Result<GroupNote> GroupSessions::writeGroupNote(const QUuid& appointmentId, const QString& text,
                                                const QUuid& authorId,
                                                const QHash<QUuid, QString>& personal,
                                                const QDateTime& writtenAtUtc) {
    using R = Result<GroupNote>;
    const QDateTime now = m_registry.clock().nowUtc();
    if (writtenAtUtc.isValid() && writtenAtUtc > now)
        return R::failure(tr("Group note: a note cannot be written in the future"));
    auto a = session(appointmentId);
    if (!a)
        return R(a.error());
    if (authorId.isNull())
        return R::failure(tr("Author: choose who you are under Settings"),
                          QStringLiteral("author"));
    auto stored = storedAttendance(appointmentId);
    if (!stored)
        return R(stored.error());
    if (stored->isEmpty())
        return R::failure(tr("Group note: register the attendance before writing the note"),
                          QStringLiteral("attendance"));
    QList<QUuid> present;
    for (const Attendance& at : std::as_const(*stored))
        if (at.status == AttendanceStatus::Present)
            present.append(at.citizenId);
    if (present.isEmpty())
        return R::failure(tr("Group note: nobody was present, so there is no one to write it to"),
                          QStringLiteral("attendance"));
    for (auto it = personal.begin(); it != personal.end(); ++it)
        if (!present.contains(it.key()) && !it.value().trimmed().isEmpty()) {
            auto c = m_registry.record<Citizen>(it.key());
            return R::failure(tr("Personal addition: %1 was not present at the session")
                                  .arg(c ? c->name : tr("the citizen")),
                              QStringLiteral("personal"));
        }
    auto before = sessionNote(appointmentId);
    if (!before)
        return R(before.error());
    if (before->note && before->locked)
        return R::failure(
            tr("Group note: the note was written on %1 and is locked %2 hours after "
               "it was written")
                .arg(QLocale().toString(toLocal(before->note->writtenUtc), QLocale::ShortFormat),
                     QString::number(kNoteEditHours)),
            QStringLiteral("text"));

    // The appointment's delmål, per citizen whose goals they belong to.
    QHash<QUuid, QList<QUuid>> subGoalsOf;
    for (const QUuid& id : std::as_const(a->subGoalIds)) {
        auto sg = m_registry.record<SubGoal>(id);
        auto goal = sg ? m_registry.record<Goal>(sg->goalId) : Result<Goal>::failure({});
        if (goal)
            subGoalsOf[goal->citizenId].append(id);
    }

    Repository repo(m_registry.database());
    JournalService journalService(m_registry);
    GroupNote note = before->note.value_or(GroupNote{});
    const Status s = m_registry.database().transaction([&]() -> Status {
        if (auto st = m_registry.existing<Staff>(
                authorId, tr("Author: the chosen staff member does not exist"),
                QStringLiteral("author"));
            !st)
            return Status(st.error());
        note.appointmentId = appointmentId;
        note.authorId = authorId;
        if (!note.writtenUtc.isValid())
            note.writtenUtc = writtenAtUtc.isValid() ? writtenAtUtc : now;
        note.text = text.trimmed();
        if (auto v = note.validate().toStatus(); !v)
            return v;
        if (auto v = repo.save(note); !v)
            return v;
        auto journal = repo.listBy<JournalNote>("group_note_id", idText(note.meta.id));
        if (!journal)
            return Status(journal.error());
        for (JournalNote j : std::as_const(*journal))
            if (!present.contains(j.citizenId)) {
                if (auto v = repo.markDeleted(j); !v)
                    return v;
                if (auto v = journalService.unindex(j.meta.id); !v)
                    return v;
            }
        for (const QUuid& citizenId : std::as_const(present)) {
            auto citizen = m_registry.existing<Citizen>(
                citizenId, tr("Group note: a present member's record no longer exists"),
                QStringLiteral("attendance"));
            if (!citizen)
                return Status(citizen.error());
            JournalNote j;
            for (const JournalNote& existing : std::as_const(*journal))
                if (existing.citizenId == citizenId)
                    j = existing;
            j.citizenId = citizenId;
            j.appointmentId = appointmentId;
            j.groupNoteId = note.meta.id;
            j.kind = NoteKind::Group;
            j.authorId = authorId;
            j.form = SupportForm::Group;
            if (!j.writtenUtc.isValid())
                j.writtenUtc = note.writtenUtc;
            j.text = note.text;
            j.personalText = personal.value(citizenId).trimmed();
            j.subGoalIds = subGoalsOf.value(citizenId);
            if (auto v = j.validate().toStatus(); !v)
                return v;
            if (auto v = repo.save(j); !v)
                return v;
            // Revision and search index, as for any journal note.
            if (auto v = journalService.recordSave(j, authorId); !v)
                return v;
        }
        return Status::success();
    });
    if (!s)
        return R(s.error());
    return note;
}

} // namespace bs
