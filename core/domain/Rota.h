#pragma once
// The rota: who is on weekend duty and who is backup, and who holds the on-call phone each day
// (support 07–22 every day, as in Ishøj). One row per local date and role.
#include "Enums.h"
#include "SyncMeta.h"
#include "Validation.h"
#include <QCoreApplication>
#include <QDate>
#include <span>

namespace bs {

enum class RotaRole { WeekendDuty, WeekendBackup, OnCall };
template <> std::span<const EnumEntry<RotaRole>> enumEntries<RotaRole>();

struct RotaDuty {
    Q_DECLARE_TR_FUNCTIONS(RotaDuty)
public:
    SyncMeta meta;
    QDate date; // local date
    RotaRole role = RotaRole::OnCall;
    QUuid staffId;
    QString note;
    ValidationErrors validate() const;
};

} // namespace bs
