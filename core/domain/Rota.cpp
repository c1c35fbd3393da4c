#include "Rota.h"

namespace bs {

template <> std::span<const EnumEntry<RotaRole>> enumEntries<RotaRole>() {
    static const EnumEntry<RotaRole> table[] = {
        {RotaRole::WeekendDuty, "weekend_duty", QT_TRANSLATE_NOOP("Enum", "Weekend duty")},
        {RotaRole::WeekendBackup, "weekend_backup", QT_TRANSLATE_NOOP("Enum", "Weekend backup")},
        {RotaRole::OnCall, "on_call", QT_TRANSLATE_NOOP("Enum", "On-call phone")},
        {RotaRole::Desk, "desk", QT_TRANSLATE_NOOP("Enum", "Counselling desk")},
    };
    return table;
}

ValidationErrors RotaDuty::validate() const {
    ValidationErrors e;
    if (!date.isValid())
        e.add(QStringLiteral("date"), tr("Date"), tr("is required"));
    if (staffId.isNull())
        e.add(QStringLiteral("staff"), tr("Staff member"), tr("choose a staff member"));
    if ((role == RotaRole::WeekendDuty || role == RotaRole::WeekendBackup) && date.isValid() &&
        date.dayOfWeek() < 6)
        e.add(QStringLiteral("date"), tr("Date"), tr("weekend duty is on a Saturday or Sunday"));
    checkText(e, QStringLiteral("note"), tr("Note"), note, TextKind::Line);
    if (role == RotaRole::Desk && siteId.isNull())
        e.add(QStringLiteral("site"), tr("Site"), tr("choose the desk's site"));
    return e;
}

} // namespace bs
