#pragma once
// The calendar as JSON for scripts (bostotte-cli calendar --format json): one entry per
// occurrence with local (Europe/Copenhagen) times written with their UTC offset, stable English
// keys, codes for closed vocabularies and translated labels beside them.
#include "services/CalendarNames.h"
#include <QJsonObject>

namespace bs {

// One appointment as a JSON object (see docs/cli.md for the keys).
QJsonObject appointmentToJson(const Appointment& appointment, const CalendarNames& names);

// {"from", "to", "filter", "count", "appointments": [...]}; `filter` says what was selected.
QJsonObject calendarToJson(const QList<Appointment>& appointments, const CalendarNames& names,
                           QDate from, QDate to, const QJsonObject& filter);

// A local time with its offset, e.g. "2025-03-31T10:00:00+02:00".
QString localIsoText(const QDateTime& utc);

} // namespace bs
