#include "StaffPanel.h"

#include "dialogs/StaffDialog.h"
#include "undo/RecordCommands.h"

#include <QTreeWidget>

namespace bs {

StaffPanel::StaffPanel(UndoContext& context, QWidget* parent)
    : OrganisationPanel(context, {tr("Name"), tr("Initials"), tr("Team"), tr("Role")}, 0,
                        tr("No staff yet. Add the people who give support, with their "
                           "initials."),
                        tr("&New staff member…"), QStringLiteral("Staff"), parent) {
    tree()->setObjectName(QStringLiteral("staffTree"));
}

Status StaffPanel::fill() {
    m_staff.clear();
    auto staff = m_registry.staff();
    if (!staff)
        return Status(staff.error());
    auto teams = m_registry.teams();
    m_staff = *staff;
    sortDanish(m_staff, [](const Staff& s) { return s.name; });
    for (const Staff& s : std::as_const(m_staff)) {
        const Team* team = teams ? findById(*teams, s.teamId) : nullptr;
        addItem(nullptr, {s.name, s.initials, team ? team->name : QString(), label(s.role)},
                s.meta.id, false);
    }
    return teams ? Status::success() : Status(teams.error());
}

void StaffPanel::newRecord() {
    openDialog(new StaffDialog(m_registry, Staff{}, this), [this](StaffDialog& d) {
        m_context.push(createdCommand(m_context, tr("New staff member %1").arg(d.staff().initials),
                                      d.staff()));
    });
}

void StaffPanel::editRecord() {
    const Staff* current = findById(m_staff, currentId());
    if (!current)
        return;
    const Staff before = *current;
    openDialog(new StaffDialog(m_registry, before, this), [this, before](StaffDialog& d) {
        m_context.push(editedCommand(m_context, tr("Edit staff member %1").arg(d.staff().initials),
                                     before, d.staff()));
    });
}

} // namespace bs
