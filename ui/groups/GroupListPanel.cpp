#include "GroupListPanel.h"

#include "Format.h"
#include "dialogs/GroupDialog.h"
#include "undo/RecordCommands.h"

#include <QPushButton>
#include <QTreeWidget>

namespace bs {

GroupListPanel::GroupListPanel(UndoContext& context, QWidget* parent)
    : OrganisationPanel(
          context,
          {tr("Name"), tr("Site"), tr("Theme"), tr("Facilitators"), tr("Members"), tr("Period")}, 2,
          tr("No groups yet. Create a group course at a site, with one or two "
             "facilitators."),
          tr("&New group…"), QStringLiteral("Group"), parent) {
    tree()->setObjectName(QStringLiteral("groupTree"));
    connect(tree(), &QTreeWidget::currentItemChanged, this,
            [this] { emit currentGroupChanged(currentId()); });
}

Status GroupListPanel::fill() {
    m_groups.clear();
    auto groups = m_registry.groups();
    auto sites = m_registry.sites();
    auto staff = m_registry.staff();
    m_canCreate = sites && !sites->isEmpty() && staff && !staff->isEmpty();
    setHint(m_canCreate ? QString()
                        : tr("A group needs a site and a facilitator: add them under Settings "
                             "first."));
    if (!groups)
        return Status(groups.error());
    m_groups = *groups;
    sortDanish(m_groups, [](const SupportGroup& g) { return g.name; });
    Status status = !sites ? Status(sites.error()) : !staff ? Status(staff.error()) : Status();
    const QDate today = m_registry.clock().today();
    for (const SupportGroup& g : std::as_const(m_groups)) {
        const Site* site = sites ? findById(*sites, g.siteId) : nullptr;
        QStringList facilitators;
        for (const QUuid& id : {g.facilitator1, g.facilitator2})
            if (const Staff* s = staff ? findById(*staff, id) : nullptr)
                facilitators << s->initials;
        QString members;
        if (auto list = m_registry.groupMembers(g.meta.id)) {
            const auto current =
                std::count_if(list->cbegin(), list->cend(),
                              [today](const GroupMember& m) { return m.isActiveOn(today); });
            members = QStringLiteral("%1 / %2").arg(current).arg(g.capacity);
        } else if (status) {
            status = Status(list.error());
        }
        const bool ended = g.end.isValid() && g.end < today;
        addItem(nullptr,
                {g.name, site ? site->name : QString(), g.theme,
                 facilitators.join(QStringLiteral(", ")), members, periodText(g.start, g.end)},
                g.meta.id, ended);
    }
    return status;
}

const SupportGroup* GroupListPanel::currentGroup() const {
    return findById(m_groups, currentId());
}

void GroupListPanel::updateButtons() {
    OrganisationPanel::updateButtons();
    m_new->setEnabled(m_canCreate);
}

void GroupListPanel::newRecord() {
    SupportGroup group;
    group.start = m_registry.clock().today();
    openDialog(new GroupDialog(m_registry, group, this), [this](GroupDialog& d) {
        m_context.push(
            createdCommand(m_context, tr("New group %1").arg(d.group().name), d.group()));
    });
}

void GroupListPanel::editRecord() {
    const SupportGroup* current = currentGroup();
    if (!current)
        return;
    const SupportGroup before = *current;
    openDialog(new GroupDialog(m_registry, before, this), [this, before](GroupDialog& d) {
        m_context.push(
            editedCommand(m_context, tr("Edit group %1").arg(d.group().name), before, d.group()));
    });
}

} // namespace bs
