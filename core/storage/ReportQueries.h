#pragma once
// Read-only aggregate queries behind the leaders' reports. "Active on a date" means from <= date
// and (no end or end >= date), on records not deleted; a citizen is counted once per row.
#include "Database.h"
#include <QList>
#include <QUuid>

namespace bs {

struct ReportCount {
    QString key;  // a storage code (form, legal basis) or an id (site, group); empty: none
    QString name; // the site's or group's name
    QUuid siteId; // the group's site
    QString siteName;
    int count = 0;
};

class ReportQueries {
public:
    explicit ReportQueries(const Database& db) : m_db(db) {}

    // Citizens (not deleted) with at least one grant active on `at`.
    Result<int> citizensWithActiveGrant(QDate at) const;
    // Per support form: citizens with an allocation active on `at` under a grant active on `at`.
    // Only forms that occur.
    Result<QList<ReportCount>> bySupportForm(QDate at) const;
    // Per legal basis of the grants active on `at`. Only bases that occur.
    Result<QList<ReportCount>> byLegalBasis(QDate at) const;
    // Per citizen's site: every site not deleted (0 when nobody) and deleted sites that still
    // have citizens, then key "" for citizens without a site if there are any. Danish order.
    Result<QList<ReportCount>> bySite(QDate at) const;
    // Per group: members active on `at` who have an active grant. Groups running on `at` are
    // listed even with 0; ended groups only while they still have counted members.
    Result<QList<ReportCount>> byGroup(QDate at) const;

private:
    Result<QList<ReportCount>> counts(const QString& sql, QDate at) const;

    const Database& m_db;
};

} // namespace bs
