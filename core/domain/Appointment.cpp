#include "Appointment.h"

#include "Clock.h"

namespace bs {

template <> std::span<const EnumEntry<Outcome>> enumEntries<Outcome>() {
    static const EnumEntry<Outcome> table[] = {
        {Outcome::Planned, "planned", QT_TRANSLATE_NOOP("Enum", "Planned")},
        {Outcome::Completed, "completed", QT_TRANSLATE_NOOP("Enum", "Completed")},
        {Outcome::CancelledByCitizen, "cancelled_by_citizen",
         QT_TRANSLATE_NOOP("Enum", "Cancelled by citizen")},
        {Outcome::CancelledByStaff, "cancelled_by_staff",
         QT_TRANSLATE_NOOP("Enum", "Cancelled by staff")},
        {Outcome::NoShow, "no_show", QT_TRANSLATE_NOOP("Enum", "No-show")},
    };
    return table;
}

QDateTime localToUtc(QDate date, QTime time) {
    const QDateTime local(date, time, Clock::localZone());
    return local.toUTC();
}

ValidationErrors AppointmentSeries::validate() const {
    ValidationErrors e;
    if (staffId.isNull())
        e.add(QStringLiteral("staff"), tr("Staff"), tr("must be chosen"));
    if (form == SupportForm::Group ? groupId.isNull() : citizenId.isNull())
        e.add(form == SupportForm::Group ? QStringLiteral("group") : QStringLiteral("citizen"),
              form == SupportForm::Group ? tr("Group") : tr("Citizen"), tr("must be chosen"));
    checkText(e, QStringLiteral("place"), tr("Place"), place, TextKind::Line);
    if (!firstDate.isValid())
        e.add(QStringLiteral("firstDate"), tr("First date"), tr("must be a date"));
    if (!localStart.isValid())
        e.add(QStringLiteral("start"), tr("Start time"), tr("must be a time"));
    if (durationMinutes < 5 || durationMinutes > 12 * 60)
        e.add(QStringLiteral("duration"), tr("Duration"),
              tr("must be between 5 minutes and 12 hours"));
    if (intervalWeeks < 1 || intervalWeeks > 52)
        e.add(QStringLiteral("interval"), tr("Repeat"), tr("every 1 to 52 weeks"));
    if (count <= 0 && !until.isValid())
        e.add(QStringLiteral("until"), tr("Until"), tr("give an end date or a number of times"));
    else if (count <= 0 && firstDate.isValid() && until < firstDate)
        e.add(QStringLiteral("until"), tr("Until"), tr("must not be before the first date"));
    else if (count > kMaxOccurrences)
        e.add(QStringLiteral("count"), tr("Number of times"),
              tr("at most %1").arg(kMaxOccurrences));
    else if (e.isEmpty() && occurrenceDates().size() > kMaxOccurrences)
        e.add(QStringLiteral("until"), tr("Until"),
              tr("the series would have more than %1 appointments").arg(kMaxOccurrences));
    return e;
}

QList<QDate> AppointmentSeries::occurrenceDates() const {
    QList<QDate> out;
    if (!firstDate.isValid() || intervalWeeks < 1)
        return out;
    for (QDate d = firstDate; out.size() <= kMaxOccurrences; d = d.addDays(7 * intervalWeeks)) {
        if (count > 0 ? out.size() >= count : d > until)
            break;
        out.append(d);
    }
    return out;
}

ValidationErrors Appointment::validate() const {
    ValidationErrors e;
    if (staffId.isNull())
        e.add(QStringLiteral("staff"), tr("Staff"), tr("must be chosen"));
    if (form == SupportForm::Group ? groupId.isNull() : citizenId.isNull())
        e.add(form == SupportForm::Group ? QStringLiteral("group") : QStringLiteral("citizen"),
              form == SupportForm::Group ? tr("Group") : tr("Citizen"), tr("must be chosen"));
    if (!startUtc.isValid())
        e.add(QStringLiteral("start"), tr("Start"), tr("must be a date and time"));
    if (durationMinutes < 5 || durationMinutes > 12 * 60)
        e.add(QStringLiteral("duration"), tr("Duration"),
              tr("must be between 5 minutes and 12 hours"));
    if (travelMinutes < 0 || travelKm < 0)
        e.add(QStringLiteral("travel"), tr("Travel"), tr("cannot be negative"));
    checkText(e, QStringLiteral("place"), tr("Place"), place, TextKind::Line);
    checkText(e, QStringLiteral("topic"), tr("Topic"), topic, TextKind::Line);
    checkText(e, QStringLiteral("learningGoal"), tr("Learning goal"), learningGoal, TextKind::Text);
    if (checkText(e, QStringLiteral("reason"), tr("Reason"), outcomeReason, TextKind::Line) &&
        outcome == Outcome::NoShow && outcomeReason.trimmed().isEmpty())
        e.add(QStringLiteral("reason"), tr("Reason"), tr("give the reason for the no-show"));
    return e;
}

QDateTime Appointment::localStart() const {
    return startUtc.toTimeZone(Clock::localZone());
}

} // namespace bs
