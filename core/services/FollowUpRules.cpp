#include "FollowUpRules.h"

#include "domain/Appointment.h"
#include "domain/Attendance.h"
#include "domain/DeskVisit.h"
#include "storage/Repository.h"

#include <QLocale>
#include <QSet>
#include <algorithm>

namespace bs {

QDate nextWorkingDay(QDate date) {
    QDate d = date.addDays(1);
    while (d.dayOfWeek() > 5)
        d = d.addDays(1);
    return d;
}

namespace {

QDate localDate(const QDateTime& utc) {
    return utc.toTimeZone(Clock::localZone()).date();
}
QString longDate(QDate d) {
    return QLocale().toString(d, QStringLiteral("d MMM yyyy"));
}
QString timeText(const QDateTime& utc) {
    return utc.toTimeZone(Clock::localZone()).time().toString(QStringLiteral("HH:mm"));
}
QString isoDate(QDate d) {
    return d.toString(Qt::ISODate);
}
QString goalName(const Goal& g) {
    const QString text = g.description.simplified();
    if (text.isEmpty())
        return g.condition;
    return text.size() > 60 ? text.left(57) + QStringLiteral("…") : text;
}

// Everything the rules read, loaded once.
struct Records {
    QDate today;
    QDateTime nowUtc;
    FollowUpSettings settings;
    QHash<QUuid, Citizen> citizens; // not deleted, not closed
    QSet<QUuid> staff;
    QList<Appointment> past; // started before now, not deleted, by start
    QHash<QUuid, Appointment> pastById;
    QHash<QPair<QUuid, QUuid>, AttendanceStatus> attendance; // (session, citizen)
    QList<Grant> grants;
    QList<Allocation> allocations;
    QList<Goal> goals;
    QHash<QUuid, QList<SubGoal>> subGoals; // by goal
    QList<SupportGroup> groups;
    QList<GroupMember> members;
    QHash<QUuid, QDate> lastContact; // by citizen

    bool recent(QDate d) const { return d >= today.addDays(-FollowUpService::kRecentDays); }
    // The citizen's contact person, or `fallback` when there is none (or it is not stored).
    QUuid assignee(const Citizen& c, const QUuid& fallback = {}) const {
        if (staff.contains(c.contactStaffId))
            return c.contactStaffId;
        return staff.contains(fallback) ? fallback : QUuid();
    }
};

template <typename T> Status loadAll(const Repository& repo, QList<T>& into) {
    auto rows = repo.list<T>();
    if (!rows)
        return Status(rows.error());
    into = std::move(*rows);
    return Status::success();
}

void noteContact(Records& r, const QUuid& citizenId, QDate day) {
    if (citizenId.isNull() || !day.isValid() || day > r.today)
        return;
    QDate& last = r.lastContact[citizenId];
    if (!last.isValid() || day > last)
        last = day;
}

Result<Records> load(const Registry& registry, const FollowUpSettings& settings) {
    Records r;
    r.nowUtc = registry.clock().nowUtc();
    r.today = registry.clock().today();
    r.settings = settings;
    const Repository repo(registry.database());

    QList<Citizen> citizens;
    QList<Staff> staff;
    QList<Appointment> appointments;
    QList<Attendance> attendance;
    QList<DeskVisit> visits;
    QList<JournalNote> notes;
    QList<SubGoal> subGoals;
    for (const Status& s :
         {loadAll(repo, citizens), loadAll(repo, staff), loadAll(repo, appointments),
          loadAll(repo, attendance), loadAll(repo, visits), loadAll(repo, notes),
          loadAll(repo, r.grants), loadAll(repo, r.allocations), loadAll(repo, r.goals),
          loadAll(repo, subGoals), loadAll(repo, r.groups), loadAll(repo, r.members)})
        if (!s)
            return Result<Records>(s.error());

    for (const Citizen& c : citizens)
        if (c.status != CitizenStatus::Closed)
            r.citizens.insert(c.meta.id, c);
    for (const Staff& s : staff)
        r.staff.insert(s.meta.id);
    for (const Appointment& a : appointments)
        if (a.startUtc.isValid() && a.startUtc <= r.nowUtc)
            r.past.append(a);
    std::sort(r.past.begin(), r.past.end(),
              [](const Appointment& a, const Appointment& b) { return a.startUtc < b.startUtc; });
    for (const Appointment& a : r.past)
        r.pastById.insert(a.meta.id, a);
    for (const SubGoal& s : subGoals)
        r.subGoals[s.goalId].append(s);

    // Contact: a completed appointment, presence at a group session, a desk visit, a note.
    for (const Appointment& a : r.past)
        if (a.outcome == Outcome::Completed)
            noteContact(r, a.citizenId, localDate(a.startUtc));
    for (const Attendance& at : attendance) {
        r.attendance.insert({at.appointmentId, at.citizenId}, at.status);
        const auto session = r.pastById.constFind(at.appointmentId);
        if (at.status == AttendanceStatus::Present && session != r.pastById.cend() &&
            !session->isCancelled())
            noteContact(r, at.citizenId, localDate(session->startUtc));
    }
    for (const DeskVisit& v : visits)
        if (v.arrivedUtc.isValid() && v.arrivedUtc <= r.nowUtc)
            noteContact(r, v.citizenId, localDate(v.arrivedUtc));
    for (const JournalNote& n : notes)
        if (n.writtenUtc.isValid() && n.writtenUtc <= r.nowUtc)
            noteContact(r, n.citizenId, localDate(n.writtenUtc));
    return r;
}

FollowUpTask task(TaskRule rule, const QString& key, const QUuid& citizenId, const QUuid& subjectId,
                  const QUuid& assignee, QDate due, const QString& reason) {
    FollowUpTask t;
    t.rule = rule;
    t.ruleKey = key;
    t.citizenId = citizenId;
    t.subjectId = subjectId;
    t.assigneeId = assignee;
    t.dueDate = due;
    t.reason = reason;
    return t;
}

// --- Appointments -------------------------------------------------------------------------------

void noShows(const Records& r, QList<FollowUpTask>& out) {
    QHash<QUuid, QList<Appointment>> attended; // completed or no-show, by citizen, by start
    for (const Appointment& a : r.past) {
        const auto citizen = r.citizens.constFind(a.citizenId);
        if (citizen == r.citizens.cend())
            continue;
        if (a.outcome == Outcome::Completed || a.outcome == Outcome::NoShow)
            attended[a.citizenId].append(a);
        if (a.outcome != Outcome::NoShow || !r.recent(localDate(a.startUtc)))
            continue;
        const QString when = longDate(localDate(a.startUtc));
        const QString reason =
            a.outcomeReason.trimmed().isEmpty()
                ? FollowUpRules::tr("No-show on %1 at %2").arg(when, timeText(a.startUtc))
                : FollowUpRules::tr("No-show on %1 at %2 (%3)")
                      .arg(when, timeText(a.startUtc), a.outcomeReason.trimmed());
        out << task(TaskRule::NoShow, QStringLiteral("no_show:%1").arg(idText(a.meta.id)),
                    a.citizenId, a.meta.id, r.assignee(*citizen, a.staffId),
                    nextWorkingDay(localDate(a.startUtc)), reason);
    }

    const int n = std::max(1, r.settings.noShowsInARow);
    for (auto it = attended.cbegin(); it != attended.cend(); ++it) {
        const QList<Appointment>& list = it.value();
        qsizetype first = list.size(); // the start of the trailing run of no-shows
        while (first > 0 && list.at(first - 1).outcome == Outcome::NoShow)
            --first;
        const qsizetype run = list.size() - first;
        if (run < n || !r.recent(localDate(list.last().startUtc)))
            continue;
        const Appointment& trigger = list.at(first + n - 1);
        const Appointment& latest = list.last();
        out << task(TaskRule::RepeatedNoShows,
                    QStringLiteral("repeated_no_shows:%1:%2")
                        .arg(idText(it.key()), idText(trigger.meta.id)),
                    it.key(), latest.meta.id,
                    r.assignee(r.citizens.value(it.key()), latest.staffId),
                    nextWorkingDay(localDate(latest.startUtc)),
                    FollowUpRules::tr("%1 no-shows in a row, the latest on %2: assess the "
                                      "citizen's readiness for %3 support")
                        .arg(QString::number(run), longDate(localDate(latest.startUtc)),
                             label(latest.form).toLower()));
    }
}

// --- Grants and goals ---------------------------------------------------------------------------

void grants(const Records& r, QList<FollowUpTask>& out) {
    for (const Grant& g : r.grants) {
        const auto citizen = r.citizens.constFind(g.citizenId);
        if (citizen == r.citizens.cend())
            continue;
        const QUuid assignee = r.assignee(*citizen);
        const bool ended = g.to.isValid() && g.to < r.today;
        if (g.basis == LegalBasis::P82b && g.to.isValid() && !ended &&
            r.today.daysTo(g.to) <= r.settings.grantEndingDays) {
            const qint64 left = r.today.daysTo(g.to);
            const QString reason =
                left == 0
                    ? FollowUpRules::tr("§ 82 b grant ends today (%1)").arg(longDate(g.to))
                    : FollowUpRules::tr("§ 82 b grant ends %1 — %n day(s) left", "", int(left))
                          .arg(longDate(g.to));
            out << task(TaskRule::GrantEndingSoon,
                        QStringLiteral("grant_ending:%1").arg(idText(g.meta.id)), g.citizenId,
                        g.meta.id, assignee, std::max(r.today, g.to.addDays(-14)), reason);
        }
        if (g.basis == LegalBasis::P82b && ended) {
            QStringList open;
            for (const Goal& goal : r.goals)
                if (goal.grantId == g.meta.id && goal.isOpen())
                    open << goalName(goal);
            if (!open.isEmpty())
                out << task(TaskRule::GrantEndedOpenGoals,
                            QStringLiteral("grant_ended_open_goals:%1").arg(idText(g.meta.id)),
                            g.citizenId, g.meta.id, assignee, nextWorkingDay(g.to),
                            FollowUpRules::tr("§ 82 b grant ended %1 with %n indsatsmål still "
                                              "open: %2",
                                              "", int(open.size()))
                                .arg(longDate(g.to), open.join(QStringLiteral("; "))));
        }
        if (!ended && g.reviewDate.isValid() &&
            g.reviewDate <= r.today.addDays(r.settings.reviewNoticeDays))
            out << task(
                TaskRule::GrantReviewDue,
                QStringLiteral("grant_review:%1:%2").arg(idText(g.meta.id), isoDate(g.reviewDate)),
                g.citizenId, g.meta.id, assignee, g.reviewDate,
                FollowUpRules::tr("Review of the %1 grant due %2: %3")
                    .arg(label(g.basis), longDate(g.reviewDate), g.purpose.simplified()));
    }
}

void goals(const Records& r, QList<FollowUpTask>& out) {
    for (const Goal& g : r.goals) {
        const auto citizen = r.citizens.constFind(g.citizenId);
        if (citizen == r.citizens.cend() || !g.isOpen())
            continue;
        const QUuid assignee = r.assignee(*citizen);
        if (g.reviewDate.isValid() && g.reviewDate <= r.today.addDays(r.settings.reviewNoticeDays))
            out << task(
                TaskRule::GoalReviewDue,
                QStringLiteral("goal_review:%1:%2").arg(idText(g.meta.id), isoDate(g.reviewDate)),
                g.citizenId, g.meta.id, assignee, g.reviewDate,
                FollowUpRules::tr("Review of the indsatsmål \"%1\" due %2")
                    .arg(goalName(g), longDate(g.reviewDate)));
        const QList<SubGoal> subs = r.subGoals.value(g.meta.id);
        const bool allMet =
            !subs.isEmpty() && std::all_of(subs.begin(), subs.end(), [](const SubGoal& s) {
                return s.status == GoalStatus::Achieved;
            });
        if (!allMet)
            continue;
        QDate lastMet;
        for (const SubGoal& s : subs)
            if (s.endDate.isValid() && (!lastMet.isValid() || s.endDate > lastMet))
                lastMet = s.endDate;
        out << task(TaskRule::SubGoalsAllMet,
                    QStringLiteral("subgoals_met:%1").arg(idText(g.meta.id)), g.citizenId,
                    g.meta.id, assignee, lastMet.isValid() ? nextWorkingDay(lastMet) : r.today,
                    FollowUpRules::tr("All %n delmål of \"%1\" are met: propose closing the "
                                      "indsatsmål",
                                      "", int(subs.size()))
                        .arg(goalName(g)));
    }
}

// --- Contact and groups -------------------------------------------------------------------------

void noContact(const Records& r, QList<FollowUpTask>& out) {
    const int days = 7 * std::max(1, r.settings.noContactWeeks);
    QHash<QUuid, QDate> supportStart; // earliest start of the allocations active today
    for (const Allocation& a : r.allocations)
        if (a.isActiveOn(r.today)) {
            QDate& start = supportStart[a.citizenId];
            if (!start.isValid() || a.from < start)
                start = a.from;
        }
    for (auto it = supportStart.cbegin(); it != supportStart.cend(); ++it) {
        const auto citizen = r.citizens.constFind(it.key());
        if (citizen == r.citizens.cend() || citizen->status != CitizenStatus::Active)
            continue;
        const QDate last = r.lastContact.value(it.key());
        const QDate since = last.isValid() ? last : it.value();
        if (since.daysTo(r.today) < days)
            continue;
        const int weeks = int(since.daysTo(r.today) / 7);
        const QString reason =
            last.isValid()
                ? FollowUpRules::tr("No contact since %1 (%n week(s))", "", weeks)
                      .arg(longDate(last))
                : FollowUpRules::tr("No contact registered since the support began %1 (%n "
                                    "week(s))",
                                    "", weeks)
                      .arg(longDate(it.value()));
        out << task(
            TaskRule::NoContact,
            QStringLiteral("no_contact:%1:%2")
                .arg(idText(it.key()), last.isValid() ? isoDate(last) : QStringLiteral("never")),
            it.key(), {}, r.assignee(*citizen), r.today, reason);
    }
}

void groupAbsences(const Records& r, QList<FollowUpTask>& out) {
    const int n = std::max(1, r.settings.groupAbsencesInARow);
    for (const SupportGroup& g : r.groups) {
        QList<Appointment> sessions;
        for (const Appointment& a : r.past)
            if (a.groupId == g.meta.id && a.citizenId.isNull() && !a.isCancelled())
                sessions << a;
        for (const GroupMember& m : r.members) {
            const auto citizen = r.citizens.constFind(m.citizenId);
            if (m.groupId != g.meta.id || !m.isActiveOn(r.today) || citizen == r.citizens.cend())
                continue;
            // Sessions with the member's attendance registered, in order.
            QList<QPair<Appointment, AttendanceStatus>> registered;
            for (const Appointment& s : sessions) {
                const auto status = r.attendance.constFind({s.meta.id, m.citizenId});
                if (status != r.attendance.cend())
                    registered.append({s, *status});
            }
            qsizetype first = registered.size();
            while (first > 0 && registered.at(first - 1).second != AttendanceStatus::Present)
                --first;
            const qsizetype run = registered.size() - first;
            if (run < n || !r.recent(localDate(registered.last().first.startUtc)))
                continue;
            const Appointment& trigger = registered.at(first + n - 1).first;
            const Appointment& latest = registered.last().first;
            out << task(
                TaskRule::GroupAbsences,
                QStringLiteral("group_absences:%1:%2:%3")
                    .arg(idText(g.meta.id), idText(m.citizenId), idText(trigger.meta.id)),
                m.citizenId, g.meta.id, r.assignee(*citizen, g.facilitator1),
                nextWorkingDay(localDate(latest.startUtc)),
                FollowUpRules::tr("Absent from %1 sessions in a row of %2, the latest "
                                  "on %3")
                    .arg(QString::number(run), g.name, longDate(localDate(latest.startUtc))));
        }
    }
}

} // namespace

Result<QList<FollowUpTask>> FollowUpRules::evaluate(const Registry& registry,
                                                    const FollowUpSettings& settings) {
    auto records = load(registry, settings);
    if (!records)
        return Result<QList<FollowUpTask>>(records.error());
    QList<FollowUpTask> out;
    noShows(*records, out);
    grants(*records, out);
    goals(*records, out);
    noContact(*records, out);
    groupAbsences(*records, out);
    return out;
}

} // namespace bs
