#pragma once
// Read-only queries behind the citizen list.
#include "Database.h"
#include "services/Registry.h"

namespace bs {

class CitizenQueries {
public:
    explicit CitizenQueries(const Database& db) : m_db(db) {}
    // Every citizen not deleted, Danish name order, with the forms allocated on `onDate`.
    Result<QList<CitizenSummary>> summaries(QDate onDate) const;

private:
    const Database& m_db;
};

} // namespace bs
