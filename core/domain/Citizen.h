#pragma once
#include "Cpr.h"
#include "Enums.h"
#include "SyncMeta.h"
#include "Validation.h"
#include <QCoreApplication>

namespace bs {

// A citizen (borger) receiving or waiting for bostøtte.
struct Citizen {
    Q_DECLARE_TR_FUNCTIONS(Citizen)
public:
    SyncMeta meta;
    QString name;
    QString cpr; // digits only, "DDMMYYSSSS"; may be empty while unknown
    QString address;
    QString postalCode;
    QString city;
    QString phone;
    QString email;
    QUuid siteId;
    TargetGroup targetGroup = TargetGroup::Other;
    QUuid contactStaffId; // kontaktperson
    CitizenStatus status = CitizenStatus::Active;
    ContactPreference virtualContact = ContactPreference::Video;

    ValidationErrors validate() const;
    // CPR shown outside the citizen's own record: birth date only.
    QString maskedCpr() const;
};

} // namespace bs
