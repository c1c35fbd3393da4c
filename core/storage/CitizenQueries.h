#pragma once
#include <QSet>
// Read-only queries behind the citizen list.
#include "Database.h"
#include "services/Registry.h"

namespace bs {

class CitizenQueries {
public:
    explicit CitizenQueries(const Database& db) : m_db(db) {}
    // Every citizen not deleted, Danish name order, with the forms allocated on `onDate`.
    Result<QList<CitizenSummary>> summaries(QDate onDate) const;
    // Ids of the citizens (not deleted) whose contact person is `staffId` or a member of
    // `teamId`; with `unassigned`, also those without a contact person.
    Result<QSet<QUuid>> idsInCare(const QUuid& staffId, const QUuid& teamId, bool unassigned) const;
    // The citizen (not deleted) with this CPR number (digits), or a null id.
    Result<QUuid> idByCpr(const QString& cprDigits) const;

private:
    const Database& m_db;
};

} // namespace bs
