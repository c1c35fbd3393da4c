#pragma once
// The filters the Ledelse section and `bostotte-cli report` apply to every figure: a period of
// local dates and optional sites, teams, support forms and legal bases (empty list: all).
// The SQL fragments here are the one definition of what each filter means (docs/reports.md).
#include "domain/Enums.h"
#include "domain/Result.h"
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QUuid>
#include <QVariantList>

namespace bs {

// A condition for a WHERE clause with its positional ? bindings, in order.
struct SqlCondition {
    QString sql = QStringLiteral("1 = 1"); // true in both engines (not the integer 1)
    QVariantList binds;
    SqlCondition& operator&=(const SqlCondition& other);
};

struct ReportFilter {
    Q_DECLARE_TR_FUNCTIONS(ReportFilter)
public:
    QDate from; // inclusive, local (Europe/Copenhagen) date
    QDate to;   // inclusive
    QList<QUuid> siteIds;
    QList<QUuid> teamIds;
    QList<SupportForm> forms;
    QList<LegalBasis> bases;

    // Both dates valid, from <= to, at most 20 years.
    Status validate() const;

    // The period as UTC timestamps for *_utc columns: [fromUtc, toUtc) covers whole local days.
    QString fromUtcText() const;
    QString toUtcText() const; // the local midnight after `to`
    QString fromText() const;  // ISO dates for date columns
    QString toText() const;

    // An appointment row `a` passes: its site (or, without one, its group's or its citizen's site),
    // its staff member's team, its form, and the legal basis of a grant of its citizen (for a group
    // session: of a member) active on the appointment's day. Does not restrict the period.
    SqlCondition appointment(const char* alias = "a") const;
    // A citizen row `c` passes: the citizen's site, the contact person's team, an allocation of a
    // chosen form and a grant of a chosen basis, each active at some time in the period.
    SqlCondition citizen(const char* alias = "c") const;
    // The citizen in `citizenColumn` has a grant of a chosen basis active on the UTC date of
    // `utcColumn` (desk visits; an anonymous visitor has none). Empty when no basis is chosen.
    SqlCondition basisOn(const QString& citizenColumn, const QString& utcColumn) const;
    // A site id column passes (desk visits, groups). Teams, forms and bases do not apply.
    SqlCondition siteColumn(const QString& column) const;
    // A staff id column passes the team filter.
    SqlCondition staffColumn(const QString& column) const;

    // True when any site, team, form or basis is chosen (the period alone is not a filter).
    bool isFiltered() const;
};

} // namespace bs
