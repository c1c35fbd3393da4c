#pragma once
// The rota: who is on weekend duty and who is backup, who holds the on-call phone each day
// (support 07–22 every day, as in Ishøj), and who staffs a site's rådgivning desk. One row per
// local date, role and staff member; weekend duty, backup and the phone have one holder a day.
#include "Enums.h"
#include "SyncMeta.h"
#include "Validation.h"
#include <QCoreApplication>
#include <QDate>
#include <span>

namespace bs {

enum class RotaRole { WeekendDuty, WeekendBackup, OnCall, Desk };
template <> std::span<const EnumEntry<RotaRole>> enumEntries<RotaRole>();

struct RotaDuty {
    Q_DECLARE_TR_FUNCTIONS(RotaDuty)
public:
    SyncMeta meta;
    QDate date; // local date
    RotaRole role = RotaRole::OnCall;
    QUuid staffId;
    QUuid siteId; // the desk's site (role Desk only)
    QString note;
    ValidationErrors validate() const;
};

} // namespace bs
