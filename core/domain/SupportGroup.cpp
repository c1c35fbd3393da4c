#include "SupportGroup.h"

namespace bs {

ValidationErrors SupportGroup::validate() const {
    ValidationErrors e;
    if (checkText(e, QStringLiteral("name"), tr("Name"), name, TextKind::Name) &&
        name.trimmed().isEmpty())
        e.add(QStringLiteral("name"), tr("Name"), tr("must be filled in"));
    checkText(e, QStringLiteral("theme"), tr("Theme"), theme, TextKind::Line);
    if (siteId.isNull())
        e.add(QStringLiteral("site"), tr("Site"), tr("must be chosen"));
    if (facilitator1.isNull())
        e.add(QStringLiteral("facilitator"), tr("Facilitators"),
              tr("a group needs one or two facilitators"));
    else if (facilitator1 == facilitator2)
        e.add(QStringLiteral("facilitator"), tr("Facilitators"),
              tr("the two facilitators must be different people"));
    if (capacity < 1 || capacity > 50)
        e.add(QStringLiteral("capacity"), tr("Capacity"), tr("must be between 1 and 50"));
    if (!start.isValid())
        e.add(QStringLiteral("start"), tr("Start"), tr("must be a date"));
    if (start.isValid() && end.isValid() && end < start)
        e.add(QStringLiteral("end"), tr("End"), tr("must not be before the start date"));
    return e;
}

ValidationErrors GroupMember::validate() const {
    ValidationErrors e;
    if (groupId.isNull())
        e.add(QStringLiteral("group"), tr("Group"), tr("must be chosen"));
    if (citizenId.isNull())
        e.add(QStringLiteral("citizen"), tr("Citizen"), tr("must be chosen"));
    checkPeriod(e, from, to);
    return e;
}

} // namespace bs
