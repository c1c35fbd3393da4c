#include "DayList.h"

#include "domain/Clock.h"
#include "services/CalendarNames.h"
#include "services/Scheduler.h"

namespace bs {

namespace {

QString addressOf(const Citizen& c) {
    QStringList parts;
    if (!c.address.trimmed().isEmpty())
        parts << c.address.trimmed();
    const QString town =
        QStringLiteral("%1 %2").arg(c.postalCode.trimmed(), c.city.trimmed()).trimmed();
    if (!town.isEmpty())
        parts << town;
    return parts.join(QStringLiteral(", "));
}

} // namespace

Result<DayList> DayList::collect(Registry& registry, const QUuid& staffId, QDate date) {
    if (!date.isValid())
        return Result<DayList>::failure(tr("Date: choose a day"), QStringLiteral("date"));
    auto staff = registry.existing<Staff>(
        staffId, tr("Staff: choose the staff member whose day to print"), QStringLiteral("staff"));
    if (!staff)
        return Result<DayList>(staff.error());
    auto names = CalendarNames::load(registry);
    if (!names)
        return Result<DayList>(names.error());

    CalendarFilter filter;
    filter.staffId = staffId;
    const Scheduler scheduler(registry);
    auto appointments = scheduler.appointments(localToUtc(date, QTime(0, 0)),
                                               localToUtc(date.addDays(1), QTime(0, 0)), filter);
    if (!appointments)
        return Result<DayList>(appointments.error());

    DayList out;
    out.staff = *staff;
    out.date = date;
    out.collectedAtUtc = registry.clock().nowUtc();
    for (const Appointment& a : *appointments) {
        const QDateTime start = a.startUtc.toTimeZone(Clock::localZone());
        // One that started the evening before and runs past midnight belongs to that day.
        if (start.date() != date)
            continue;
        DayListEntry e;
        e.appointmentId = a.meta.id;
        e.start = start.time();
        e.end = a.endUtc().toTimeZone(Clock::localZone()).time();
        e.durationMinutes = a.durationMinutes;
        e.form = a.form;
        e.groupName = names->groupName(a.groupId);
        e.topic = a.topic;
        e.learningGoal = a.learningGoal;
        e.siteName = names->siteName(a.siteId);
        e.place = a.place;
        e.channel = a.channel;
        e.outcome = a.outcome;
        e.outcomeReason = a.outcomeReason;
        if (!a.citizenId.isNull()) {
            auto citizen = registry.record<Citizen>(a.citizenId);
            if (!citizen)
                return Result<DayList>(citizen.error());
            e.citizenName = citizen->name;
            e.address = addressOf(*citizen);
            e.phone = citizen->phone;
        }
        for (const QUuid& id : a.subGoalIds)
            if (auto sub = registry.record<SubGoal>(id); sub && !sub->meta.deleted)
                e.subGoals << sub->criterion;
        out.entries << e;
    }
    return out;
}

} // namespace bs
