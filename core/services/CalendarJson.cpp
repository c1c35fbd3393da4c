#include "CalendarJson.h"

#include "domain/Clock.h"

#include <QJsonArray>
#include <cstdlib>

namespace bs {

namespace {

QJsonValue idOrNull(const QUuid& id) {
    return id.isNull() ? QJsonValue() : QJsonValue(id.toString(QUuid::WithoutBraces));
}

QJsonValue textOrNull(const QString& text) {
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

} // namespace

QString localIsoText(const QDateTime& utc) {
    const QDateTime local = utc.toTimeZone(Clock::localZone());
    const int offset = local.offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    return local.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) +
           QStringLiteral("%1%2:%3")
               .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
               .arg(minutes / 60, 2, 10, QLatin1Char('0'))
               .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QJsonObject appointmentToJson(const Appointment& a, const CalendarNames& names) {
    const bool isVirtual = a.form == SupportForm::Virtual;
    const bool isIndividual = a.form == SupportForm::Individual;
    QJsonObject o{
        {QStringLiteral("id"), idOrNull(a.meta.id)},
        {QStringLiteral("series_id"), idOrNull(a.seriesId)},
        {QStringLiteral("form"), toCode(a.form)},
        {QStringLiteral("form_label"), label(a.form)},
        {QStringLiteral("start_local"), localIsoText(a.startUtc)},
        {QStringLiteral("end_local"), localIsoText(a.endUtc())},
        {QStringLiteral("duration_minutes"), a.durationMinutes},
        {QStringLiteral("staff"), names.staffInitials(a.staffId)},
        {QStringLiteral("citizen_id"), idOrNull(a.citizenId)},
        {QStringLiteral("citizen_name"), textOrNull(names.citizenName(a.citizenId))},
        {QStringLiteral("group"), textOrNull(names.groupName(a.groupId))},
        {QStringLiteral("site"), textOrNull(names.siteName(a.siteId))},
        {QStringLiteral("place"), a.place},
        {QStringLiteral("outcome"), toCode(a.outcome)},
        {QStringLiteral("outcome_label"), label(a.outcome)},
        {QStringLiteral("outcome_reason"), a.outcomeReason},
        // Beyond the list every consumer needs: what the form itself records.
        {QStringLiteral("channel"), isVirtual ? QJsonValue(toCode(a.channel)) : QJsonValue()},
        {QStringLiteral("travel_minutes"),
         isIndividual ? QJsonValue(a.travelMinutes) : QJsonValue()},
        {QStringLiteral("travel_km"), isIndividual ? QJsonValue(a.travelKm) : QJsonValue()},
        {QStringLiteral("topic"), textOrNull(a.topic)},
        {QStringLiteral("learning_goal"), textOrNull(a.learningGoal)},
    };
    return o;
}

QJsonObject calendarToJson(const QList<Appointment>& appointments, const CalendarNames& names,
                           QDate from, QDate to, const QJsonObject& filter) {
    QJsonArray list;
    for (const Appointment& a : appointments)
        list.append(appointmentToJson(a, names));
    return QJsonObject{{QStringLiteral("from"), from.toString(Qt::ISODate)},
                       {QStringLiteral("to"), to.toString(Qt::ISODate)},
                       {QStringLiteral("filter"), filter},
                       {QStringLiteral("count"), int(appointments.size())},
                       {QStringLiteral("appointments"), list}};
}

} // namespace bs
