#include "Scheduler.h"

#include "storage/CalendarQueries.h"

#include <QHash>
#include <QLocale>
#include <QSet>
#include <algorithm>
#include <optional>
#include <tuple>

namespace bs {

namespace {

const char* const kServiceFrom = "service_from";
const char* const kServiceTo = "service_to";
const char* const kMinutesBetweenHomeVisits = "minutes_between_home_visits";

QString timeText(QTime t) {
    return t.toString(QStringLiteral("HH:mm"));
}
QString dateText(QDate d) {
    return QLocale().toString(d, QLocale::ShortFormat);
}
QDateTime toLocal(const QDateTime& utc) {
    return utc.toTimeZone(Clock::localZone());
}
QDate localDate(const Appointment& a) {
    return toLocal(a.startUtc).date();
}
// A meeting of a group (not one citizen's own appointment of the group form).
bool isGroupSession(const Appointment& a) {
    return a.form == SupportForm::Group && a.citizenId.isNull() && !a.groupId.isNull();
}
// One citizen's group appointment and the group's session of the same group: one meeting.
bool sameMeeting(const Appointment& a, const Appointment& b) {
    return a.form == SupportForm::Group && b.form == SupportForm::Group && !a.groupId.isNull() &&
           a.groupId == b.groupId && a.citizenId.isNull() != b.citizenId.isNull();
}
bool sameRecord(const Appointment& a, const Appointment& b) {
    return !a.meta.id.isNull() && a.meta.id == b.meta.id;
}

// Cached look-ups for one round of checks. The first storage error is kept and reported.
class Lookups {
public:
    explicit Lookups(const Registry& registry) : m_r(registry) {}

    const std::optional<Error>& error() const { return m_error; }

    const QList<SupportGroup>& groups() {
        if (!m_groups) {
            auto g = m_r.groups();
            m_groups = g ? *g : QList<SupportGroup>();
            keep(g);
        }
        return *m_groups;
    }
    std::optional<SupportGroup> group(const QUuid& id) {
        for (const auto& g : groups())
            if (g.meta.id == id)
                return g;
        return std::nullopt;
    }
    QList<GroupMember> members(const QUuid& groupId) {
        auto it = m_members.find(groupId);
        if (it == m_members.end()) {
            auto m = m_r.groupMembers(groupId);
            keep(m);
            it = m_members.insert(groupId, m ? *m : QList<GroupMember>());
        }
        return *it;
    }
    QList<QUuid> activeMembers(const QUuid& groupId, QDate day) {
        QList<QUuid> out;
        for (const auto& m : members(groupId))
            if (m.isActiveOn(day) && !out.contains(m.citizenId))
                out << m.citizenId;
        return out;
    }
    QList<Grant> grants(const QUuid& citizenId) {
        auto it = m_grants.find(citizenId);
        if (it == m_grants.end()) {
            auto g = m_r.grants(citizenId);
            keep(g);
            it = m_grants.insert(citizenId, g ? *g : QList<Grant>());
        }
        return *it;
    }
    QString initials(const QUuid& staffId) {
        auto s = m_r.record<Staff>(staffId);
        return s ? s->initials : QStringLiteral("?");
    }
    QString citizenName(const QUuid& citizenId) {
        auto c = m_r.record<Citizen>(citizenId);
        return c ? c->name : QStringLiteral("?");
    }
    QString groupName(const QUuid& groupId) {
        const auto g = group(groupId);
        return g ? g->name : QStringLiteral("?");
    }
    // "Individual, Jens Ågård" or "Group, Yngre 20+": what the other appointment is.
    QString describe(const Appointment& a) {
        return label(a.form) + QStringLiteral(", ") +
               (a.citizenId.isNull() ? groupName(a.groupId) : citizenName(a.citizenId));
    }
    // The staff an appointment occupies: its own staff and, for a group session, the group's
    // facilitators.
    QSet<QUuid> staffOf(const Appointment& a) {
        QSet<QUuid> out;
        if (!a.staffId.isNull())
            out.insert(a.staffId);
        if (a.form == SupportForm::Group && !a.groupId.isNull())
            if (const auto g = group(a.groupId))
                for (const QUuid& f : {g->facilitator1, g->facilitator2})
                    if (!f.isNull())
                        out.insert(f);
        return out;
    }
    // The citizens an appointment occupies: its citizen or, for a group session, the group's
    // members on the session's local date.
    QList<QUuid> participantsOf(const Appointment& a) {
        if (!a.citizenId.isNull())
            return {a.citizenId};
        if (isGroupSession(a))
            return activeMembers(a.groupId, localDate(a));
        return {};
    }

private:
    template <typename T> void keep(const Result<T>& r) {
        if (!r && !m_error)
            m_error = r.error();
    }

    const Registry& m_r;
    std::optional<Error> m_error;
    std::optional<QList<SupportGroup>> m_groups;
    QHash<QUuid, QList<GroupMember>> m_members;
    QHash<QUuid, QList<Grant>> m_grants;
};

// Whether the site's opening periods on `weekday` cover [from, to] without a gap (adjacent
// periods join).
bool coversWholeVisit(const Site& site, int weekday, QTime from, QTime to) {
    QTime t = from;
    while (t < to) {
        bool advanced = false;
        for (const auto& p : site.openingHours)
            if (p.weekday == weekday && p.from <= t && t < p.to) {
                t = p.to;
                advanced = true;
                break;
            }
        if (!advanced)
            return false;
    }
    return true;
}

void setOutcome(Appointment& a, Outcome outcome, const QString& reason, const QUuid& by,
                const QDateTime& nowUtc) {
    a.outcome = outcome;
    if (outcome == Outcome::Planned) {
        a.outcomeReason.clear();
        a.outcomeBy = {};
        a.outcomeAtUtc = {};
        return;
    }
    a.outcomeReason = reason.trimmed();
    a.outcomeBy = by;
    a.outcomeAtUtc = nowUtc;
}

Status mustBeCancellation(Outcome o) {
    if (!isCancellation(o))
        return Status::failure(
            Scheduler::tr("Cancelled by: choose whether the citizen or the staff cancelled"),
            QStringLiteral("outcome"));
    return Status::success();
}

} // namespace

Scheduler::Scheduler(Registry& registry) : m_registry(registry) {
}

// --- Settings ---------------------------------------------------------------------------------

SchedulingSettings Scheduler::settings() const {
    SchedulingSettings s;
    auto rows = CalendarQueries(m_registry.database()).settings();
    if (!rows)
        return s;
    const auto time = [&](const char* id, QTime fallback) {
        const QTime t = QTime::fromString(rows->value(QLatin1String(id)), QStringLiteral("HH:mm"));
        return t.isValid() ? t : fallback;
    };
    const QTime from = time(kServiceFrom, s.serviceFrom);
    const QTime to = time(kServiceTo, s.serviceTo);
    if (from < to) {
        s.serviceFrom = from;
        s.serviceTo = to;
    }
    bool ok = false;
    const int minutes = rows->value(QLatin1String(kMinutesBetweenHomeVisits)).toInt(&ok);
    if (ok && minutes >= 0)
        s.minutesBetweenHomeVisits = minutes;
    return s;
}

Status Scheduler::saveSettings(const SchedulingSettings& s) {
    if (!s.serviceFrom.isValid() || !s.serviceTo.isValid())
        return Status::failure(tr("Service hours: give a start and an end time"),
                               QStringLiteral("serviceFrom"));
    if (s.serviceFrom >= s.serviceTo)
        return Status::failure(tr("Service hours: the end (%1) must be after the start (%2)")
                                   .arg(timeText(s.serviceTo), timeText(s.serviceFrom)),
                               QStringLiteral("serviceTo"));
    if (s.minutesBetweenHomeVisits < 0 || s.minutesBetweenHomeVisits > 240)
        return Status::failure(tr("Time between home visits: between 0 and 240 minutes"),
                               QStringLiteral("minutesBetweenHomeVisits"));
    const CalendarQueries queries(m_registry.database());
    return m_registry.database().transaction([&]() -> Status {
        if (auto r = queries.saveSetting(QLatin1String(kServiceFrom), timeText(s.serviceFrom)); !r)
            return r;
        if (auto r = queries.saveSetting(QLatin1String(kServiceTo), timeText(s.serviceTo)); !r)
            return r;
        return queries.saveSetting(QLatin1String(kMinutesBetweenHomeVisits),
                                   QString::number(s.minutesBetweenHomeVisits));
    });
}

// --- Checks -----------------------------------------------------------------------------------

Result<QList<CalendarWarning>> Scheduler::check(const Appointment& a) const {
    using Warnings = QList<CalendarWarning>;
    Warnings out;
    // A cancelled appointment takes no one's time.
    if (a.isCancelled() || a.meta.deleted || !a.startUtc.isValid())
        return out;
    Lookups look(m_registry);
    const CalendarQueries queries(m_registry.database());
    const SchedulingSettings set = settings();
    const QDateTime localStart = toLocal(a.startUtc);
    const QDateTime localEnd = toLocal(a.endUtc());
    const QDate day = localStart.date();
    const auto span = [](const Appointment& other) {
        const QDateTime s = toLocal(other.startUtc);
        return std::make_tuple(dateText(s.date()), timeText(s.time()),
                               timeText(toLocal(other.endUtc()).time()));
    };

    // Double bookings: anything overlapping that shares a staff member or a citizen.
    const QSet<QUuid> staff = look.staffOf(a);
    const QList<QUuid> people = look.participantsOf(a);
    AppointmentsInvolving involving;
    involving.staffIds = staff.values();
    involving.citizenIds = people;
    for (const auto& g : look.groups()) {
        bool involved = staff.contains(g.facilitator1) || staff.contains(g.facilitator2);
        if (!people.isEmpty())
            for (const auto& m : look.members(g.meta.id))
                involved = involved || people.contains(m.citizenId);
        if (involved)
            involving.groupIds << g.meta.id;
    }
    Warnings staffClashes, citizenClashes;
    if (!staff.isEmpty() || !people.isEmpty()) {
        auto others = queries.overlapping(a.startUtc, a.endUtc(), involving);
        if (!others)
            return Result<Warnings>(others.error());
        for (const Appointment& other : *others) {
            if (sameRecord(a, other) || other.isCancelled())
                continue;
            const auto [date, from, to] = span(other);
            const QSet<QUuid> otherStaff = look.staffOf(other);
            for (const QUuid& s : otherStaff)
                if (staff.contains(s)) {
                    staffClashes.append(
                        {CalendarWarning::Kind::StaffDoubleBooked,
                         tr("Staff double booking: %1 already has an appointment on %2 at "
                            "%3–%4 (%5)")
                             .arg(look.initials(s), date, from, to, look.describe(other)),
                         other.meta.id});
                    break;
                }
            if (sameMeeting(a, other))
                continue;
            for (const QUuid& c : look.participantsOf(other))
                if (people.contains(c)) {
                    citizenClashes.append(
                        {CalendarWarning::Kind::CitizenDoubleBooked,
                         tr("Citizen double booking: %1 already has an appointment on %2 at "
                            "%3–%4 (%5)")
                             .arg(look.citizenName(c), date, from, to, look.describe(other)),
                         other.meta.id});
                    break;
                }
        }
    }
    out << staffClashes << citizenClashes;

    // Service hours (local).
    const bool endsSameDay = localEnd.date() == day;
    if (localStart.time() < set.serviceFrom || !endsSameDay || localEnd.time() > set.serviceTo)
        out.append({CalendarWarning::Kind::OutsideServiceHours,
                    tr("Outside service hours: the appointment runs %1–%2, and support is given "
                       "%3–%4")
                        .arg(timeText(localStart.time()), timeText(localEnd.time()),
                             timeText(set.serviceFrom), timeText(set.serviceTo)),
                    {}});

    // A site's opening hours, for rådgivning and group appointments.
    if (a.form == SupportForm::Counselling || a.form == SupportForm::Group) {
        QUuid siteId = a.siteId;
        if (siteId.isNull() && !a.groupId.isNull())
            if (const auto g = look.group(a.groupId))
                siteId = g->siteId;
        if (!siteId.isNull())
            if (auto site = m_registry.record<Site>(siteId); site && !site->openingHours.isEmpty())
                if (!endsSameDay ||
                    !coversWholeVisit(*site, day.dayOfWeek(), localStart.time(), localEnd.time()))
                    out.append({CalendarWarning::Kind::OutsideOpeningHours,
                                tr("Outside opening hours: %1 is open %2, and the appointment "
                                   "runs %3 %4–%5")
                                    .arg(site->name, site->openingHoursText(),
                                         QLocale().dayName(day.dayOfWeek(), QLocale::ShortFormat),
                                         timeText(localStart.time()), timeText(localEnd.time())),
                                {}});
    }

    // Travel time between two home visits by the same staff member on the same day.
    if (a.form == SupportForm::Individual && !a.staffId.isNull()) {
        const int needed = std::max(set.minutesBetweenHomeVisits, a.travelMinutes / 2);
        AppointmentFilter sameStaff;
        sameStaff.staffId = a.staffId;
        auto sameDay = queries.overlapping(localToUtc(day, QTime(0, 0)),
                                           localToUtc(day.addDays(1), QTime(0, 0)), sameStaff);
        if (!sameDay)
            return Result<Warnings>(sameDay.error());
        for (const Appointment& other : *sameDay) {
            if (sameRecord(a, other) || other.isCancelled() ||
                other.form != SupportForm::Individual || localDate(other) != day)
                continue;
            qint64 gapSecs = -1;
            if (other.endUtc() <= a.startUtc)
                gapSecs = other.endUtc().secsTo(a.startUtc);
            else if (other.startUtc >= a.endUtc())
                gapSecs = a.endUtc().secsTo(other.startUtc);
            if (gapSecs < 0 || gapSecs >= qint64(needed) * 60) // overlaps are double bookings
                continue;
            const auto [date, from, to] = span(other);
            out.append({CalendarWarning::Kind::TooLittleTravelTime,
                        tr("Too little travel time: %1 has only %2 minutes between this home "
                           "visit and the one at %3–%4 (%5); at least %6 minutes are needed")
                            .arg(look.initials(a.staffId), QString::number(gapSecs / 60), from, to,
                                 look.describe(other), QString::number(needed)),
                        other.meta.id});
        }
    }

    // § 82 b is never delivered as group support.
    if (a.form == SupportForm::Group) {
        const QList<QUuid> citizens =
            a.citizenId.isNull() ? look.activeMembers(a.groupId, day) : QList<QUuid>{a.citizenId};
        for (const QUuid& c : citizens) {
            bool any = false;
            bool allowsGroup = false;
            for (const Grant& g : look.grants(c))
                if (g.isActiveOn(day)) {
                    any = true;
                    allowsGroup = allowsGroupSupport(g.basis) || allowsGroup;
                }
            if (any && !allowsGroup)
                out.append({CalendarWarning::Kind::GroupUnder82b,
                            tr("§ 82 b: %1's grant on %2 is § 82 b, which is never delivered as "
                               "group support")
                                .arg(look.citizenName(c), dateText(day)),
                            {}});
        }
    }

    // An appointment outside every grant of the citizen (citizens without grants are not
    // warned about: § 82 a group support needs none).
    for (const QUuid& c : people) {
        const QList<Grant> grants = look.grants(c);
        if (grants.isEmpty() || std::any_of(grants.begin(), grants.end(),
                                            [&](const Grant& g) { return g.isActiveOn(day); }))
            continue;
        QDate lastEnd, firstStart;
        for (const Grant& g : grants) {
            if (g.to.isValid() && g.to < day && (!lastEnd.isValid() || g.to > lastEnd))
                lastEnd = g.to;
            if (g.from > day && (!firstStart.isValid() || g.from < firstStart))
                firstStart = g.from;
        }
        const QString message =
            lastEnd.isValid()
                ? tr("No grant: %1's grant ended on %2, before the appointment on %3")
                      .arg(look.citizenName(c), dateText(lastEnd), dateText(day))
                : tr("No grant: %1's grant only starts on %2, after the appointment on %3")
                      .arg(look.citizenName(c), dateText(firstStart), dateText(day));
        out.append({CalendarWarning::Kind::AfterGrantEnds, message, {}});
    }

    if (look.error())
        return Result<Warnings>(*look.error());
    return out;
}

// --- Validation shared by the writes ------------------------------------------------------------

namespace {

// Completed and no-show are facts: they cannot be registered before the appointment starts.
Status checkOutcomeTime(const Registry& r, const Appointment& a) {
    if (a.startUtc <= r.clock().nowUtc())
        return Status::success();
    const QDateTime local = toLocal(a.startUtc);
    if (a.outcome == Outcome::Completed)
        return Status::failure(
            Scheduler::tr("Outcome: you cannot register that a visit took place before it has "
                          "started (%1 %2)")
                .arg(dateText(local.date()), timeText(local.time())),
            QStringLiteral("outcome"));
    if (a.outcome == Outcome::NoShow)
        return Status::failure(
            Scheduler::tr("Outcome: you cannot register a no-show before the appointment has "
                          "started (%1 %2)")
                .arg(dateText(local.date()), timeText(local.time())),
            QStringLiteral("outcome"));
    return Status::success();
}

// The value's own rules, the records it names and an outcome no earlier than the appointment.
// The series is not checked here (createSeries writes it in the same step).
Status checkAppointment(const Registry& r, const Appointment& a) {
    if (auto s = a.validate().toStatus(); !s)
        return s;
    if (auto st = r.existing<Staff>(a.staffId,
                                    Scheduler::tr("Staff: the chosen staff member does not exist"),
                                    QStringLiteral("staff"));
        !st)
        return Status(st.error());
    if (!a.citizenId.isNull())
        if (auto c = r.existing<Citizen>(
                a.citizenId, Scheduler::tr("Citizen: the chosen citizen does not exist"),
                QStringLiteral("citizen"));
            !c)
            return Status(c.error());
    if (!a.groupId.isNull())
        if (auto g = r.existing<SupportGroup>(
                a.groupId, Scheduler::tr("Group: the chosen group does not exist"),
                QStringLiteral("group"));
            !g)
            return Status(g.error());
    if (!a.siteId.isNull())
        if (auto s =
                r.existing<Site>(a.siteId, Scheduler::tr("Site: the chosen site does not exist"),
                                 QStringLiteral("site"));
            !s)
            return Status(s.error());
    for (const QUuid& id : a.subGoalIds)
        if (auto sg =
                r.existing<SubGoal>(id, Scheduler::tr("Sub-goals: a chosen delmål does not exist"),
                                    QStringLiteral("subGoals"));
            !sg)
            return Status(sg.error());
    if (!a.outcomeBy.isNull())
        if (auto st = r.record<Staff>(a.outcomeBy); !st)
            return Status::failure(
                Scheduler::tr("Registered by: the chosen staff member does not exist"),
                QStringLiteral("outcomeBy"));
    return checkOutcomeTime(r, a);
}

Status checkSeriesExists(const Registry& r, const QUuid& seriesId) {
    if (seriesId.isNull())
        return Status::success();
    if (auto s = r.existing<AppointmentSeries>(
            seriesId, Scheduler::tr("Series: the appointment's series does not exist"),
            QStringLiteral("series"));
        !s)
        return Status(s.error());
    return Status::success();
}

Status checkRegisteredBy(const Registry& r, const QUuid& staffId) {
    if (staffId.isNull())
        return Status::failure(Scheduler::tr("Registered by: choose the staff member who "
                                             "registers the outcome"),
                               QStringLiteral("outcomeBy"));
    if (auto st = r.existing<Staff>(
            staffId, Scheduler::tr("Registered by: the chosen staff member does not exist"),
            QStringLiteral("outcomeBy"));
        !st)
        return Status(st.error());
    return Status::success();
}

// The occurrence of `series` on the local `date`, made from the template `tmpl`: the series'
// people, place and duration at its local time, planned.
Appointment occurrenceOf(const AppointmentSeries& series, const Appointment& tmpl, QDate date) {
    Appointment a = tmpl;
    a.meta = SyncMeta{};
    a.seriesId = series.meta.id;
    a.form = series.form;
    a.staffId = series.staffId;
    a.citizenId = series.citizenId;
    a.groupId = series.groupId;
    a.siteId = series.siteId;
    a.place = series.place;
    a.durationMinutes = series.durationMinutes;
    a.startUtc = localToUtc(date, series.localStart);
    setOutcome(a, Outcome::Planned, {}, {}, {});
    return a;
}

Status notStored() {
    return Status::failure(
        Scheduler::tr("The appointment is not stored yet: book it before changing it"));
}

} // namespace

// --- Booking and changes ----------------------------------------------------------------------

Result<QList<CalendarWarning>> Scheduler::book(Appointment& appointment) {
    using Warnings = QList<CalendarWarning>;
    if (auto s = checkAppointment(m_registry, appointment); !s)
        return Result<Warnings>(s.error());
    if (auto s = checkSeriesExists(m_registry, appointment.seriesId); !s)
        return Result<Warnings>(s.error());
    auto warnings = check(appointment);
    if (!warnings)
        return warnings;
    Appointment updated = appointment;
    Repository repo(m_registry.database());
    if (auto s = m_registry.database().transaction([&] { return repo.save(updated); }); !s)
        return Result<Warnings>(s.error());
    appointment = updated;
    return warnings;
}

Result<QList<Appointment>> Scheduler::createSeries(AppointmentSeries& series,
                                                   const Appointment& occurrence) {
    using Made = QList<Appointment>;
    if (!series.meta.isNew())
        return Result<Made>::failure(
            tr("The series is already stored: change its occurrences instead"));
    AppointmentSeries updated = series;
    if (updated.siteId.isNull())
        updated.siteId = occurrence.siteId;
    if (updated.place.isEmpty())
        updated.place = occurrence.place;
    if (auto s = updated.validate().toStatus(); !s)
        return Result<Made>(s.error());
    if (updated.meta.id.isNull())
        updated.meta.id = newId();
    Made made;
    for (const QDate& d : updated.occurrenceDates()) {
        Appointment a = occurrenceOf(updated, occurrence, d);
        if (made.isEmpty())
            if (auto s = checkAppointment(m_registry, a); !s)
                return Result<Made>(s.error());
        if (auto s = a.validate().toStatus(); !s)
            return Result<Made>(s.error());
        made.append(a);
    }
    Repository repo(m_registry.database());
    const Status s = m_registry.database().transaction([&]() -> Status {
        if (auto r = repo.save(updated); !r)
            return r;
        for (Appointment& a : made)
            if (auto r = repo.save(a); !r)
                return r;
        return Status::success();
    });
    if (!s)
        return Result<Made>(s.error());
    series = updated;
    return made;
}

Result<QList<CalendarWarning>> Scheduler::changeOne(Appointment& appointment) {
    using Warnings = QList<CalendarWarning>;
    if (appointment.meta.isNew())
        return Result<Warnings>(notStored().error());
    Repository repo(m_registry.database());
    auto stored = repo.get<Appointment>(appointment.meta.id);
    if (!stored)
        return Result<Warnings>(stored.error());
    Appointment updated = appointment;
    updated.seriesId = stored->seriesId; // it stays in its series
    // The series' own time of a moved occurrence is kept (for the iCalendar RECURRENCE-ID).
    updated.originalStartUtc = stored->originalStartUtc;
    if (!updated.seriesId.isNull() && updated.originalStartUtc.isNull() &&
        updated.startUtc != stored->startUtc)
        updated.originalStartUtc = stored->startUtc;
    if (updated.originalStartUtc == updated.startUtc)
        updated.originalStartUtc = QDateTime(); // moved back
    if (auto s = checkAppointment(m_registry, updated); !s)
        return Result<Warnings>(s.error());
    auto warnings = check(updated);
    if (!warnings)
        return warnings;
    if (auto s = m_registry.database().transaction([&] { return repo.save(updated); }); !s)
        return Result<Warnings>(s.error());
    appointment = updated;
    return warnings;
}

Status Scheduler::changeFollowing(const Appointment& changed) {
    if (changed.meta.isNew())
        return notStored();
    Repository repo(m_registry.database());
    auto stored = repo.get<Appointment>(changed.meta.id);
    if (!stored)
        return Status(stored.error());
    if (stored->seriesId.isNull())
        return Status::failure(
            tr("The appointment is not part of a series: change it on its own instead"));
    auto old = repo.get<AppointmentSeries>(stored->seriesId);
    if (!old)
        return Status(old.error());
    auto occurrences = CalendarQueries(m_registry.database()).seriesOccurrences(old->meta.id);
    if (!occurrences)
        return Status(occurrences.error());

    Appointment anchor = changed;
    if (auto s = checkAppointment(m_registry, anchor); !s)
        return s;
    const QDate oldDay = localDate(*stored);
    const QDateTime newLocal = toLocal(changed.startUtc);
    const qint64 shift = oldDay.daysTo(newLocal.date());
    const QTime newTime = newLocal.time();

    // The rule from here on. With earlier occurrences the series is split: the old one ends the
    // day before and a new one starts; otherwise the series itself changes.
    const bool split = old->firstDate < oldDay;
    AppointmentSeries ended = *old;
    AppointmentSeries next = *old;
    if (split) {
        next.meta = SyncMeta{};
        next.meta.id = newId();
        ended.until = oldDay.addDays(-1);
        ended.count = 0;
        if (auto s = ended.validate().toStatus(); !s)
            return s;
    }
    if (old->count > 0) {
        const QList<QDate> dates = old->occurrenceDates();
        const auto remaining =
            std::count_if(dates.begin(), dates.end(), [&](const QDate& d) { return d >= oldDay; });
        next.count = std::max<int>(1, int(remaining));
        next.until = {};
    } else {
        next.until = old->until.addDays(shift);
    }
    next.firstDate = newLocal.date();
    next.localStart = newTime;
    next.durationMinutes = changed.durationMinutes;
    next.staffId = changed.staffId;
    next.place = changed.place;
    next.siteId = changed.siteId;
    if (auto s = next.validate().toStatus(); !s)
        return s;
    anchor.seriesId = next.meta.id;
    anchor.originalStartUtc = QDateTime();

    // The following occurrences without an outcome move to the new time on their own dates.
    QList<Appointment> following;
    for (Appointment a : *occurrences) {
        if (a.meta.id == anchor.meta.id || a.startUtc < stored->startUtc ||
            a.outcome != Outcome::Planned)
            continue;
        a.startUtc = localToUtc(localDate(a).addDays(shift), newTime);
        a.durationMinutes = changed.durationMinutes;
        a.staffId = changed.staffId;
        a.place = changed.place;
        a.siteId = changed.siteId;
        a.seriesId = next.meta.id;
        a.originalStartUtc = QDateTime(); // on the new series' rule
        if (auto s = a.validate().toStatus(); !s)
            return s;
        following.append(a);
    }

    return m_registry.database().transaction([&]() -> Status {
        if (split)
            if (auto r = repo.save(ended); !r)
                return r;
        if (auto r = repo.save(next); !r)
            return r;
        if (auto r = repo.save(anchor); !r)
            return r;
        for (Appointment& a : following)
            if (auto r = repo.save(a); !r)
                return r;
        return Status::success();
    });
}

// --- Cancellations and outcomes ---------------------------------------------------------------

Status Scheduler::cancelOne(Appointment& appointment, Outcome cancelledBy, const QString& reason,
                            const QUuid& registeredBy) {
    if (auto s = mustBeCancellation(cancelledBy); !s)
        return s;
    return registerOutcome(appointment, cancelledBy, reason, registeredBy);
}

Status Scheduler::cancelFollowing(const Appointment& from, Outcome cancelledBy,
                                  const QString& reason, const QUuid& registeredBy) {
    if (auto s = mustBeCancellation(cancelledBy); !s)
        return s;
    if (from.meta.isNew())
        return notStored();
    if (auto s = checkRegisteredBy(m_registry, registeredBy); !s)
        return s;
    Repository repo(m_registry.database());
    auto stored = repo.get<Appointment>(from.meta.id);
    if (!stored)
        return Status(stored.error());
    QList<Appointment> all;
    if (stored->seriesId.isNull()) {
        all = {*stored};
    } else {
        auto occurrences =
            CalendarQueries(m_registry.database()).seriesOccurrences(stored->seriesId);
        if (!occurrences)
            return Status(occurrences.error());
        all = *occurrences;
    }
    QList<Appointment> cancelled;
    const QDateTime now = m_registry.clock().nowUtc();
    for (Appointment a : all) {
        if (a.startUtc < stored->startUtc || a.outcome != Outcome::Planned)
            continue;
        setOutcome(a, cancelledBy, reason, registeredBy, now);
        if (auto s = a.validate().toStatus(); !s)
            return s;
        cancelled.append(a);
    }
    return m_registry.database().transaction([&]() -> Status {
        for (Appointment& a : cancelled)
            if (auto r = repo.save(a); !r)
                return r;
        return Status::success();
    });
}

Status Scheduler::registerOutcome(Appointment& appointment, Outcome outcome, const QString& reason,
                                  const QUuid& registeredBy, const QDateTime& registeredAtUtc) {
    if (appointment.meta.isNew())
        return notStored();
    const QDateTime now = m_registry.clock().nowUtc();
    if (registeredAtUtc.isValid() && registeredAtUtc > now)
        return Status::failure(tr("An outcome cannot be registered in the future"));
    if (outcome != Outcome::Planned)
        if (auto s = checkRegisteredBy(m_registry, registeredBy); !s)
            return s;
    Appointment updated = appointment;
    setOutcome(updated, outcome, reason, registeredBy,
               registeredAtUtc.isValid() ? registeredAtUtc : now);
    if (auto s = updated.validate().toStatus(); !s)
        return s;
    if (auto s = checkOutcomeTime(m_registry, updated); !s)
        return s;
    Repository repo(m_registry.database());
    const Status s = m_registry.database().transaction([&] { return repo.save(updated); });
    if (s)
        appointment = updated;
    return s;
}

// --- Indkøring --------------------------------------------------------------------------------

Result<QList<Appointment>> Scheduler::setUpIndkoering(const Indkoering& plan) {
    using Made = QList<Appointment>;
    const auto fail = [](const QString& message, const char* field) {
        return Result<Made>::failure(message, QLatin1String(field));
    };
    if (!plan.firstDate.isValid())
        return fail(tr("First group date: must be a date"), "firstDate");
    const QDate monday = plan.firstDate.addDays(1 - plan.firstDate.dayOfWeek());
    if (!plan.firstIndividualDate.isValid() || plan.firstIndividualDate < monday.addDays(7) ||
        plan.firstIndividualDate >= monday.addDays(14))
        return fail(tr("First individual visit: must be a date in the week after the first group "
                       "session"),
                    "firstIndividualDate");
    if (plan.weeks < 2 || plan.weeks > 52)
        return fail(tr("Weeks: between 2 and 52"), "weeks");
    if (!plan.groupLocalStart.isValid() || !plan.individualLocalStart.isValid())
        return fail(tr("Time: give the time of the group session and of the individual visit"),
                    "time");

    auto citizen = m_registry.existing<Citizen>(plan.citizenId,
                                                tr("Citizen: the chosen citizen does not exist"),
                                                QStringLiteral("citizen"));
    if (!citizen)
        return Result<Made>(citizen.error());
    auto group = m_registry.existing<SupportGroup>(
        plan.groupId, tr("Group: the chosen group does not exist"), QStringLiteral("group"));
    if (!group)
        return Result<Made>(group.error());
    auto members = m_registry.groupMembers(plan.groupId);
    if (!members)
        return Result<Made>(members.error());
    if (std::none_of(members->begin(), members->end(), [&](const GroupMember& m) {
            return m.citizenId == plan.citizenId && m.isActiveOn(plan.firstDate);
        }))
        return fail(tr("Group: %1 is not a member of %2 on %3; add the citizen to the group first")
                        .arg(citizen->name, group->name, dateText(plan.firstDate)),
                    "group");
    auto grants = m_registry.grants(plan.citizenId);
    if (!grants)
        return Result<Made>(grants.error());
    bool anyGrant = false;
    bool groupAllowed = false;
    for (const Grant& g : *grants)
        if (g.isActiveOn(plan.firstDate)) {
            anyGrant = true;
            groupAllowed = groupAllowed || allowsGroupSupport(g.basis);
        }
    if (anyGrant && !groupAllowed)
        return fail(tr("Grant: %1's grant on %2 is § 82 b, which is never delivered as group "
                       "support, so indkøring in a group is not possible")
                        .arg(citizen->name, dateText(plan.firstDate)),
                    "grant");

    const QUuid individualStaff =
        plan.individualStaffId.isNull() ? citizen->contactStaffId : plan.individualStaffId;
    const QUuid groupStaff = plan.groupStaffId.isNull() ? group->facilitator1 : plan.groupStaffId;

    AppointmentSeries groupSeries;
    groupSeries.meta.id = newId();
    groupSeries.form = SupportForm::Group;
    groupSeries.staffId = groupStaff;
    groupSeries.groupId = plan.groupId;
    groupSeries.siteId = group->siteId;
    groupSeries.firstDate = plan.firstDate;
    groupSeries.localStart = plan.groupLocalStart;
    groupSeries.durationMinutes = plan.groupDurationMinutes;
    groupSeries.intervalWeeks = 2;
    groupSeries.count = (plan.weeks + 1) / 2;
    if (auto s = groupSeries.validate().toStatus(); !s)
        return Result<Made>(s.error());

    AppointmentSeries visitSeries;
    visitSeries.meta.id = newId();
    visitSeries.form = SupportForm::Individual;
    visitSeries.staffId = individualStaff;
    visitSeries.citizenId = plan.citizenId;
    visitSeries.firstDate = plan.firstIndividualDate;
    visitSeries.localStart = plan.individualLocalStart;
    visitSeries.durationMinutes = plan.individualDurationMinutes;
    visitSeries.intervalWeeks = 2;
    visitSeries.count = plan.weeks / 2;
    if (auto s = visitSeries.validate().toStatus(); !s)
        return Result<Made>(s.error());

    // The group's sessions: an existing session at that time is used, not duplicated.
    const CalendarQueries queries(m_registry.database());
    Made plannedSessions; // existing and new, in order
    Made newSessions;
    for (const QDate& d : groupSeries.occurrenceDates()) {
        Appointment session = occurrenceOf(groupSeries, Appointment{}, d);
        session.meta.id = newId(); // known before it is stored, to return it as stored
        AppointmentFilter sameGroup;
        sameGroup.groupId = plan.groupId;
        auto existing = queries.overlapping(session.startUtc, session.endUtc(), sameGroup);
        if (!existing)
            return Result<Made>(existing.error());
        const auto found = std::find_if(existing->begin(), existing->end(), [&](const auto& e) {
            return isGroupSession(e) && !e.isCancelled() && e.startUtc == session.startUtc;
        });
        if (found != existing->end()) {
            plannedSessions.append(*found);
            continue;
        }
        if (auto s = checkAppointment(m_registry, session); !s)
            return Result<Made>(s.error());
        newSessions.append(session);
        plannedSessions.append(session);
    }
    Made visits;
    for (const QDate& d : visitSeries.occurrenceDates()) {
        Appointment visit = occurrenceOf(visitSeries, Appointment{}, d);
        if (auto s = checkAppointment(m_registry, visit); !s)
            return Result<Made>(s.error());
        visits.append(visit);
    }

    Repository repo(m_registry.database());
    const Status s = m_registry.database().transaction([&]() -> Status {
        if (!newSessions.isEmpty())
            if (auto r = repo.save(groupSeries); !r)
                return r;
        if (auto r = repo.save(visitSeries); !r)
            return r;
        for (Made* list : {&newSessions, &visits})
            for (Appointment& a : *list)
                if (auto r = repo.save(a); !r)
                    return r;
        return Status::success();
    });
    if (!s)
        return Result<Made>(s.error());
    // The new sessions as stored (with their sync columns), the reused ones as they were.
    Made out;
    for (const Appointment& a : plannedSessions) {
        const auto saved = std::find_if(newSessions.begin(), newSessions.end(),
                                        [&](const auto& n) { return n.meta.id == a.meta.id; });
        out.append(saved != newSessions.end() ? *saved : a);
    }
    out << visits;
    std::sort(out.begin(), out.end(),
              [](const Appointment& x, const Appointment& y) { return x.startUtc < y.startUtc; });
    return out;
}

// --- Views ------------------------------------------------------------------------------------

Result<QList<Appointment>> Scheduler::appointments(const QDateTime& fromUtc, const QDateTime& toUtc,
                                                   const CalendarFilter& filter) const {
    if (!fromUtc.isValid() || !toUtc.isValid() || toUtc <= fromUtc)
        return Result<QList<Appointment>>::failure(tr("Period: the end must be after the start"),
                                                   QStringLiteral("period"));
    AppointmentFilter f;
    f.staffId = filter.staffId;
    f.siteId = filter.siteId;
    f.citizenId = filter.citizenId;
    f.groupId = filter.groupId;
    return CalendarQueries(m_registry.database()).overlapping(fromUtc, toUtc, f);
}

} // namespace bs
