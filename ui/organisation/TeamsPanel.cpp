#include "TeamsPanel.h"

#include "dialogs/TeamDialog.h"
#include "undo/RecordCommands.h"

#include <QTreeWidget>

namespace bs {

TeamsPanel::TeamsPanel(UndoContext& context, QWidget* parent)
    : OrganisationPanel(context, {tr("Name"), tr("Staff")}, 0,
                        tr("No teams yet. Add a team, then place staff members in it."),
                        tr("&New team…"), QStringLiteral("Team"), parent) {
    tree()->setObjectName(QStringLiteral("teamTree"));
}

Status TeamsPanel::fill() {
    m_teams.clear();
    auto teams = m_registry.teams();
    if (!teams)
        return Status(teams.error());
    auto staff = m_registry.staff();
    m_teams = *teams;
    sortDanish(m_teams, [](const Team& t) { return t.name; });
    for (const Team& t : std::as_const(m_teams)) {
        int members = 0;
        if (staff)
            for (const Staff& s : *staff)
                members += s.teamId == t.meta.id ? 1 : 0;
        addItem(nullptr, {t.name, staff ? QString::number(members) : QString()}, t.meta.id, false);
    }
    return staff ? Status::success() : Status(staff.error());
}

void TeamsPanel::newRecord() {
    openDialog(new TeamDialog(m_registry, Team{}, this), [this](TeamDialog& d) {
        m_context.push(createdCommand(m_context, tr("New team %1").arg(d.team().name), d.team()));
    });
}

void TeamsPanel::editRecord() {
    const Team* current = findById(m_teams, currentId());
    if (!current)
        return;
    const Team before = *current;
    openDialog(new TeamDialog(m_registry, before, this), [this, before](TeamDialog& d) {
        m_context.push(
            editedCommand(m_context, tr("Edit team %1").arg(d.team().name), before, d.team()));
    });
}

} // namespace bs
