#pragma once
// The calendar's SQL: appointments overlapping a period (for a view or for the checks), the
// occurrences of a series and the municipality-wide settings in the `setting` table. The range
// queries use the indexes on (staff_id | citizen_id | site_id | group_id, start_utc).
#include "Database.h"
#include "domain/Appointment.h"
#include <QHash>

namespace bs {

// Which appointments a range query returns. Null ids are not filtered on; the conditions that are
// given must all hold.
struct AppointmentFilter {
    QUuid staffId;   // staff_id
    QUuid siteId;    // site_id, or a group session without a site of a group at the site
    QUuid citizenId; // citizen_id, or a group session of a group the citizen is a member of on
                     // the session's local date
    QUuid groupId;   // group_id
};

// Appointments involving any of these (for the checks): empty lists match nothing, unless all
// are empty (then every appointment in the period matches).
struct AppointmentsInvolving {
    QList<QUuid> staffIds;
    QList<QUuid> citizenIds;
    QList<QUuid> groupIds;
};

class CalendarQueries {
public:
    explicit CalendarQueries(const Database& db) : m_db(db) {}

    // Appointments overlapping [fromUtc, toUtc) (start < to and end > from), deleted ones
    // excluded, ordered by start.
    Result<QList<Appointment>> overlapping(const QDateTime& fromUtc, const QDateTime& toUtc,
                                           const AppointmentFilter& filter = {}) const;
    Result<QList<Appointment>> overlapping(const QDateTime& fromUtc, const QDateTime& toUtc,
                                           const AppointmentsInvolving& involving) const;
    // The occurrences of a series (not deleted), ordered by start.
    Result<QList<Appointment>> seriesOccurrences(const QUuid& seriesId) const;

    // The `setting` table as id → value (rows with the deletion marker left out).
    Result<QHash<QString, QString>> settings() const;
    // Inserts or updates each setting; call inside a transaction to write them together.
    Status saveSetting(const QString& id, const QString& value) const;

private:
    Result<QList<Appointment>> select(const QString& where, const QVariantList& binds) const;

    const Database& m_db;
};

} // namespace bs
