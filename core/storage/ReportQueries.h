#pragma once
// Read-only aggregate queries behind the leaders' reports. "Active on a date" means from <= date
// and (no end or end >= date), on records not deleted; a citizen is counted once per row.
#include "Database.h"
#include <QList>
#include <QStringList>
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

// The local (Europe/Copenhagen) date 'YYYY-MM-DD' and month 'YYYY-MM' of a UTC timestamp column
// ('YYYY-MM-DDTHH:MM:SS.zzzZ'). SQLite: the EU summer-time rule (UTC+1, UTC+2 from the last
// Sunday of March to the last Sunday of October, switching at 01:00 UTC); only evening hours (22,
// 23 UTC) need date functions, so grouping millions of rows stays cheap. PostgreSQL: its own
// time-zone data (the same dates: the EU rule has held since 1996). The one dialect-specific
// piece of the Ledelse SQL.
QString sqlLocalDate(const SqlDialect& sql, const QString& utcColumn);
QString sqlLocalMonth(const SqlDialect& sql, const QString& utcColumn);

// The appointment summaries behind the Ledelse appointment figures (schema 11). Their `month`
// column is a local month 'YYYY-MM' or a local year 'YYYY': each appointment counts in both, so a
// long period reads year rows and the whole months at its ends. appointment_month holds, per
// period, form, outcome, staff member, site (the appointment's,
// else its group's, else its citizen's: ReportFilter's site) and own site (the appointment's, else
// its citizen's: the no-show chart's site), the count of appointments not deleted and their
// minutes, travel minutes and km. Triggers on appointment, citizen (site) and support_group (site)
// keep it in step with every write, sync imports and bulk loads included.
struct AppointmentMonths {
    // The migration's statements (table, triggers for both engines, filling from appointment).
    static QStringList migration();
    // The summary recounted from the appointments: the table's columns in key order, ordered by
    // the key, without rows whose count is 0 (a test compares it with the table).
    static QString recountSql(const SqlDialect& sql);
    // The table's rows with a count other than 0, as recountSql() orders them.
    static QString tableSql();
    // appointment_citizen_month: per local month, staff member, citizen, form and site (as
    // appointment_month's site_id) the completed appointments with a citizen (caseload's
    // citizens seen); recounted and read as above.
    static QString citizenRecountSql(const SqlDialect& sql);
    static QString citizenTableSql();

    // Schema 11 also has two partial indexes over few appointments: the ones not delivered (no-
    // shows and cancellations, covering what the reasons chart reads) and the counselling, group
    // and virtual ones (the savings). SQLite uses a partial index only when the query contains its
    // condition word for word, so queries take the conditions from here (`alias`: "a." or "").
    static QString notDeliveredSql(const QString& alias);
    static QString savingsFormsSql(const QString& alias);
};

} // namespace bs
