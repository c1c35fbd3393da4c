#pragma once
// The organisation around the citizens: teams, staff and sites with opening hours.
#include "Enums.h"
#include "SyncMeta.h"
#include "Validation.h"
#include <QCoreApplication>
#include <QList>
#include <QTime>

namespace bs {

struct Team {
    Q_DECLARE_TR_FUNCTIONS(Team)
public:
    SyncMeta meta;
    QString name;
    ValidationErrors validate() const;
};

struct Staff {
    Q_DECLARE_TR_FUNCTIONS(Staff)
public:
    SyncMeta meta;
    QString initials; // unique among staff, upper case
    QString name;
    QUuid teamId;
    StaffRole role = StaffRole::Worker;
    ValidationErrors validate() const;
};

// One opening period on a weekday (1 = Monday ... 7 = Sunday).
struct OpeningPeriod {
    int weekday = 1;
    QTime from;
    QTime to;
    bool operator==(const OpeningPeriod&) const = default;
};

struct Site {
    Q_DECLARE_TR_FUNCTIONS(Site)
public:
    SyncMeta meta;
    QString name;
    QString address;
    QList<OpeningPeriod> openingHours;
    int visitAllowanceMinutes = 30; // rådgivning: time per walk-in visit
    int slotMinutes = 0;            // rådgivning: length of a bookable slot; 0 = walk-in only
    ValidationErrors validate() const;
    // "Tue 11:00–14:00" style summary in the user's language.
    QString openingHoursText() const;
    bool isOpen(int weekday, QTime time) const;
};

// Opening hours as stored: JSON array of {"day":2,"from":"11:00","to":"14:00"}.
QString openingHoursToJson(const QList<OpeningPeriod>& periods);
QList<OpeningPeriod> openingHoursFromJson(const QString& json);

} // namespace bs
