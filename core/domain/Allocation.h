#pragma once
#include "Enums.h"
#include "SyncMeta.h"
#include "Validation.h"
#include <QCoreApplication>
#include <QDate>

namespace bs {

// A support-form allocation: how a grant is delivered to a citizen (form, period, cadence and
// planned minutes per session). A citizen may have several at once.
struct Allocation {
    Q_DECLARE_TR_FUNCTIONS(Allocation)
public:
    SyncMeta meta;
    QUuid citizenId;
    QUuid grantId;
    SupportForm form = SupportForm::Individual;
    QDate from;
    QDate to; // null: open-ended
    Cadence cadence = Cadence::Weekly;
    int plannedMinutes = 60; // per session
    QUuid groupId;           // the group, for group support

    ValidationErrors validate() const;
    bool isActiveOn(QDate date) const {
        return !meta.deleted && from.isValid() && from <= date && (to.isNull() || date <= to);
    }
};

} // namespace bs
