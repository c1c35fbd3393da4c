#include "Allocation.h"

namespace bs {

ValidationErrors Allocation::validate() const {
    ValidationErrors e;
    if (citizenId.isNull())
        e.add(QStringLiteral("citizen"), tr("Citizen"), tr("must be chosen"));
    if (grantId.isNull())
        e.add(QStringLiteral("grant"), tr("Grant"), tr("must be chosen"));
    checkPeriod(e, from, to);
    if (plannedMinutes < 0 || plannedMinutes > 24 * 60)
        e.add(QStringLiteral("minutes"), tr("Planned minutes"), tr("must be between 0 and 1440"));
    else if (plannedMinutes == 0 && cadence != Cadence::OnDemand)
        e.add(QStringLiteral("minutes"), tr("Planned minutes"),
              tr("must be more than 0 for a fixed cadence"));
    if (form != SupportForm::Group && !groupId.isNull())
        e.add(QStringLiteral("group"), tr("Group"), tr("only applies to group support"));
    return e;
}

} // namespace bs
