#pragma once
// The figures a leader writes into the committee's status note, as of one date: citizens with an
// active grant in total and per support form, site, legal basis and group. The CLI prints it
// (json, csv, text); the GUI's Ledelse section shows the same numbers from compute().
#include "domain/Enums.h"
#include "storage/Database.h"
#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>

namespace bs {

struct StatusReport {
    Q_DECLARE_TR_FUNCTIONS(StatusReport)
public:
    struct FormCount {
        SupportForm form;
        int count = 0;
    };
    struct BasisCount {
        LegalBasis basis;
        int count = 0;
    };
    struct SiteCount {
        QUuid siteId; // null: citizens without a site
        QString name;
        int count = 0;
    };
    struct GroupCount {
        QUuid groupId;
        QString name;
        QUuid siteId;
        QString siteName;
        int count = 0;
    };

    QDate at;
    int citizensWithActiveGrant = 0;
    QList<FormCount> supportForms; // all four forms, in the enum's order
    QList<BasisCount> legalBases;  // all three bases, in the enum's order
    QList<SiteCount> sites;        // Danish name order; "no site" last
    QList<GroupCount> groups;      // Danish name order

    // A citizen counts once per form, basis, site and group; a citizen with two forms counts
    // under both, so the form counts may add up to more than the total.
    static Result<StatusReport> compute(const Database& db, QDate at);

    int formCount(SupportForm form) const;
    int basisCount(LegalBasis basis) const;

    // Stable English keys and codes, with translated labels next to them.
    QJsonObject toJson() const;
    // "section;key;label;count" rows with CRLF line ends; toCsv() is the file for Danish Excel
    // (UTF-8 with a byte-order mark), toCsvText() the same rows without the mark.
    QString toCsvText() const;
    QByteArray toCsv() const;
    // A readable summary in the user's language.
    QString toText() const;
};

} // namespace bs
