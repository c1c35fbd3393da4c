#pragma once
#include "Enums.h"
#include "SyncMeta.h"
#include "Validation.h"
#include <QCoreApplication>
#include <QDate>

namespace bs {

// A grant (bevilling) under the Social Services Act. Either a fixed number of hours per week or a
// package band whose hours flex between a minimum and a maximum (Ishøj's support packages).
struct Grant {
    Q_DECLARE_TR_FUNCTIONS(Grant)
public:
    SyncMeta meta;
    QUuid citizenId;
    LegalBasis basis = LegalBasis::P85;
    QDate from;
    QDate to;        // null: open-ended (not allowed for § 82 b)
    QString purpose; // indsatsformål
    SupportNeed supportNeed = SupportNeed::NotAssessed;
    bool usesPackage = false;
    double hoursPerWeek = 0;
    QString packageName;
    double packageMinHours = 0;
    double packageMaxHours = 0;
    QString caseworker; // sagsbehandler, free text (the authority is outside the application)
    QDate reviewDate;

    static constexpr int maxMonthsP82b = 6;

    ValidationErrors validate() const;
    bool isActiveOn(QDate date) const {
        return !meta.deleted && from.isValid() && from <= date && (to.isNull() || date <= to);
    }
    QString extentText() const; // "3 t/uge" or "Pakke B (2–5 t/uge)"
};

} // namespace bs
