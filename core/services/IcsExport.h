#pragma once
// The calendar as iCalendar 2.0 (RFC 5545), for Outlook and other calendar programs. Written with
// libical. Times carry TZID=Europe/Copenhagen and the file holds that VTIMEZONE (EU rule: summer
// time from the last Sunday of March 02:00 to the last Sunday of October 03:00); nothing floats.
//
// A series becomes one VEVENT with an RRULE over the exported days; a cancelled or missing
// occurrence becomes an EXDATE, and an occurrence that was moved or changed (time, duration,
// staff, place) a VEVENT of its own with RECURRENCE-ID. Single appointments are plain VEVENTs,
// cancelled ones with STATUS:CANCELLED. UIDs are the appointment's or the series' UUID followed
// by "@bostotte", so importing a new export updates the events of an earlier one.
//
// Citizens' names are personal data: a SUMMARY names the citizen only with `withNames`, and
// otherwise shows the initials of the name.
#include "services/CalendarNames.h"

namespace bs {

struct IcsOptions {
    QDate from; // the local days exported, inclusive; series are clipped to them
    QDate to;
    bool withNames = false;
    QDateTime stampUtc; // DTSTAMP: when the file was made
};

class IcsExport {
    Q_DECLARE_TR_FUNCTIONS(IcsExport)
public:
    // `occurrences`: what Scheduler::appointments gives for the days. The series they belong
    // to are read from the registry. UTF-8 text with CRLF line ends, lines folded at 75 octets.
    static Result<QByteArray> write(const Registry& registry, const QList<Appointment>& occurrences,
                                    const CalendarNames& names, const IcsOptions& options);

    static constexpr const char* kTimeZoneId = "Europe/Copenhagen";
    static constexpr const char* kUidSuffix = "@bostotte";
};

} // namespace bs
