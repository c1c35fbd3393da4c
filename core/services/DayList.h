#pragma once
// A staff member's day on paper, "for the day the network or the PC fails": every appointment of
// the day in order, with what the worker needs to find and help the citizen (address, phone,
// place, the delmål worked on). Cancelled appointments stay on the list, marked, so the worker
// knows not to go. Core collects the day; ui/calendar/DayListDocument renders it.
#include "domain/Appointment.h"
#include "domain/Organisation.h"
#include "services/Registry.h"

namespace bs {

struct DayListEntry {
    QUuid appointmentId;
    QTime start; // local (Europe/Copenhagen)
    QTime end;
    int durationMinutes = 0;
    SupportForm form = SupportForm::Individual;
    QString citizenName; // empty for a group session
    QString address;     // "Skolegade 4, 8500 Grenaa"
    QString phone;
    QString groupName; // group sessions
    QString topic;
    QString learningGoal;
    QString siteName;
    QString place;
    ContactPreference channel = ContactPreference::Video; // virtual sessions
    QStringList subGoals;                                 // the delmål texts
    Outcome outcome = Outcome::Planned;
    QString outcomeReason;
    bool cancelled() const { return isCancellation(outcome); }
};

struct DayList {
    Q_DECLARE_TR_FUNCTIONS(DayList)
public:
    Staff staff;
    QDate date;
    QDateTime collectedAtUtc; // the clock's time when collected: "printed at"
    QList<DayListEntry> entries;

    // The appointments of `staffId` starting on the local `date`, by start time.
    static Result<DayList> collect(Registry& registry, const QUuid& staffId, QDate date);
};

} // namespace bs
