#pragma once
// The calendar: booking single appointments and series, changing or cancelling one occurrence or
// all following, registering outcomes, "indkøring" (alternating weeks of group and individual
// support), and the checks that warn the user (double bookings, service and opening hours,
// travel time between home visits, group sessions under § 82 b, appointments after a grant
// ends). Warnings never block a booking; rule violations (Appointment::validate) do.
#include "domain/Appointment.h"
#include "services/Registry.h"

namespace bs {

struct CalendarWarning {
    enum class Kind {
        StaffDoubleBooked,
        CitizenDoubleBooked,
        OutsideServiceHours,
        OutsideOpeningHours,
        TooLittleTravelTime,
        GroupUnder82b,
        AfterGrantEnds
    };
    Kind kind;
    QString message;        // translated, says why
    QUuid otherAppointment; // the clashing appointment, if any
};

// Which appointments a calendar view shows; null ids are not filtered on.
struct CalendarFilter {
    QUuid staffId;
    QUuid siteId;
    QUuid citizenId;
    QUuid groupId;
};

// Municipality-wide settings, stored in the `setting` table.
struct SchedulingSettings {
    QTime serviceFrom{7, 0}; // support is given between these local times every day
    QTime serviceTo{22, 0};
    int minutesBetweenHomeVisits = 15; // at least this much between two home visits
};

// One action for a citizen moving into a group: group sessions and individual visits in
// alternating weeks, from `firstDate` for `weeks` weeks.
struct Indkoering {
    QUuid citizenId;
    QUuid groupId;
    QUuid groupStaffId;    // a facilitator
    QTime groupLocalStart; // the group's weekly slot
    int groupDurationMinutes = 120;
    QUuid individualStaffId; // usually the contact person
    QTime individualLocalStart;
    int individualDurationMinutes = 60;
    QDate firstDate;           // the first group week (a date in that week, the day of the meeting)
    QDate firstIndividualDate; // the day of the individual visit in the following week
    int weeks = 8;             // total weeks: weeks/2 group sessions and weeks/2 visits
};

class Scheduler {
    Q_DECLARE_TR_FUNCTIONS(Scheduler)
public:
    explicit Scheduler(Registry& registry);

    SchedulingSettings settings() const;
    Status saveSettings(const SchedulingSettings& settings);

    // The warnings for an appointment as it would be stored (itself excluded from clashes).
    Result<QList<CalendarWarning>> check(const Appointment& appointment) const;

    // A single appointment. Returns the warnings the user should see.
    Result<QList<CalendarWarning>> book(Appointment& appointment);
    // The series and every occurrence (copies of `occurrence` at each local date and the
    // series' local time, converted to UTC per date), in one transaction. The series' form,
    // people and duration win over the template's; a series without a site or place takes the
    // template's. Occurrences start out planned.
    Result<QList<Appointment>> createSeries(AppointmentSeries& series,
                                            const Appointment& occurrence);
    // One occurrence moved or changed; it stays in its series.
    Result<QList<CalendarWarning>> changeOne(Appointment& appointment);
    // This and all following occurrences get the new local start time, duration, staff and
    // place (and site) of `changed`; the series is split there (the old one ends the day before,
    // a new one starts; from the first occurrence the series itself changes). Following
    // occurrences with an outcome are kept as they are, in the old series. If `changed` moves to
    // another day, the following move by the same number of days.
    Status changeFollowing(const Appointment& changed);
    // Cancels one occurrence, or this and all following (those without an outcome yet).
    Status cancelOne(Appointment& appointment, Outcome cancelledBy, const QString& reason,
                     const QUuid& registeredBy);
    Status cancelFollowing(const Appointment& from, Outcome cancelledBy, const QString& reason,
                           const QUuid& registeredBy);
    // Gennemført, udeblevet (with a reason), aflyst af borger/medarbejder; who and when is
    // recorded from `registeredBy` and the clock. The latest registration wins; Planned clears
    // it. Completed and no-show are refused before the appointment starts. `registeredAtUtc`
    // records a registration made earlier (on paper, or the demo's history); never in the future.
    Status registerOutcome(Appointment& appointment, Outcome outcome, const QString& reason,
                           const QUuid& registeredBy, const QDateTime& registeredAtUtc = {});
    // Refused when the citizen is not a member of the group on `firstDate` or the grants active
    // then are all § 82 b. Returns the plan's appointments by start: the group sessions (an
    // existing session of the group at that time is used, not duplicated) and the visits.
    Result<QList<Appointment>> setUpIndkoering(const Indkoering& plan);

    // Appointments overlapping [fromUtc, toUtc) (starting before `toUtc`, ending after
    // `fromUtc`), ordered by start. Filters combine; a citizen's calendar includes the sessions of
    // groups the citizen is a member of on the session's date, a site's the group sessions
    // without a site of groups at the site.
    Result<QList<Appointment>> appointments(const QDateTime& fromUtc, const QDateTime& toUtc,
                                            const CalendarFilter& filter = {}) const;

private:
    Registry& m_registry;
};

} // namespace bs
