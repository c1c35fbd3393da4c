#pragma once
// Appointments: a visit, a virtual session, a rådgivning visit or a group session. Each
// occurrence of a series is stored as its own appointment (so outcomes, moves and reports work
// per occurrence); the series keeps the rule it was made from. Times are stored in UTC and made
// from a local (Europe/Copenhagen) date and time, so a weekly 10:00 stays 10:00 across summer time.
#include "Enums.h"
#include "SyncMeta.h"
#include "Validation.h"
#include <QCoreApplication>
#include <QDateTime>

namespace bs {

enum class Outcome { Planned, Completed, CancelledByCitizen, CancelledByStaff, NoShow };
template <> std::span<const EnumEntry<Outcome>> enumEntries<Outcome>();
inline bool isCancellation(Outcome o) {
    return o == Outcome::CancelledByCitizen || o == Outcome::CancelledByStaff;
}

struct AppointmentSeries {
    Q_DECLARE_TR_FUNCTIONS(AppointmentSeries)
public:
    SyncMeta meta;
    SupportForm form = SupportForm::Individual;
    QUuid staffId;
    QUuid citizenId; // null for a group session
    QUuid groupId;   // group sessions
    QUuid siteId;    // optional: where (rådgivning, group)
    QString place;   // free text, e.g. "hjemme hos borgeren"
    QDate firstDate; // local date of the first occurrence
    QTime localStart;
    int durationMinutes = 60;
    int intervalWeeks = 1; // 1 weekly, 2 every other week, N every N weeks
    QDate until;           // last possible date (inclusive), or
    int count = 0;         // number of occurrences (0: use `until`)

    static constexpr int kMaxOccurrences = 260; // five years of weekly visits

    ValidationErrors validate() const;
    // Local dates of the occurrences, in order.
    QList<QDate> occurrenceDates() const;
};

struct Appointment {
    Q_DECLARE_TR_FUNCTIONS(Appointment)
public:
    SyncMeta meta;
    QUuid seriesId; // null for a single appointment
    SupportForm form = SupportForm::Individual;
    QUuid staffId;
    QUuid citizenId; // null for a group session
    QUuid groupId;
    QUuid siteId;
    QString place;
    QDateTime startUtc;
    // For an occurrence of a series moved to another time: the start its series gave it (an
    // iCalendar RECURRENCE-ID). Null when it was never moved.
    QDateTime originalStartUtc;
    int durationMinutes = 60;
    ContactPreference channel = ContactPreference::Video; // virtual sessions
    int travelMinutes = 0;                                // individual visits, both ways
    double travelKm = 0;
    QString topic;        // group sessions: the meeting's topic
    QString learningGoal; // group sessions: what the meeting should teach
    Outcome outcome = Outcome::Planned;
    QString outcomeReason;
    QUuid outcomeBy; // staff who registered the outcome
    QDateTime outcomeAtUtc;
    QList<QUuid> subGoalIds; // delmål the appointment works on

    ValidationErrors validate() const;
    QDateTime endUtc() const { return startUtc.addSecs(qint64(durationMinutes) * 60); }
    QDateTime localStart() const;
    bool isCancelled() const { return isCancellation(outcome); }
};

// A local date and time in Europe/Copenhagen as UTC. A time that does not exist (the hour
// skipped when summer time starts) moves forward by the gap, as a wall clock would.
QDateTime localToUtc(QDate date, QTime time);

} // namespace bs
