#include "AllocationsPanel.h"

#include "Format.h"
#include "dialogs/AllocationDialog.h"
#include "dialogs/EndDialog.h"
#include "undo/RecordCommands.h"

#include <QPushButton>
#include <QTreeWidget>

namespace bs {

AllocationsPanel::AllocationsPanel(UndoContext& context, QWidget* parent)
    : RecordListPanel(context,
                      {tr("Support form"), tr("Period"), tr("Cadence"), tr("Minutes"), tr("Grant"),
                       tr("Group")},
                      5, tr("No support forms yet."), parent),
      m_new(addButton(tr("&New support form…"), QStringLiteral("newAllocation"))),
      m_edit(addButton(tr("Edit…"), QStringLiteral("editAllocation"))),
      m_end(addButton(tr("End…"), QStringLiteral("endAllocation"))) {
    tree()->setObjectName(QStringLiteral("allocationTree"));
    connect(m_new, &QPushButton::clicked, this, &AllocationsPanel::newAllocation);
    connect(m_edit, &QPushButton::clicked, this, &AllocationsPanel::editAllocation);
    connect(m_end, &QPushButton::clicked, this, &AllocationsPanel::endAllocation);
    connect(tree(), &QTreeWidget::itemActivated, this, &AllocationsPanel::editAllocation);
}

Status AllocationsPanel::load(const QUuid& citizenId) {
    m_citizenId = citizenId;
    beginReload();
    m_allocations.clear();
    m_grants.clear();
    QHash<QUuid, QString> groupNames;
    Status status;
    if (!citizenId.isNull()) {
        auto allocations = m_registry.allocations(citizenId);
        auto grants = m_registry.grants(citizenId);
        auto groups = m_registry.groups();
        if (allocations)
            m_allocations = *allocations;
        else
            status = Status(allocations.error());
        if (grants)
            m_grants = *grants;
        else
            status = Status(grants.error());
        if (groups)
            for (const SupportGroup& g : *groups)
                groupNames.insert(g.meta.id, g.name);
        else
            status = Status(groups.error());
    }
    for (const Allocation& a : std::as_const(m_allocations)) {
        QString grantText;
        for (const Grant& g : std::as_const(m_grants))
            if (g.meta.id == a.grantId)
                grantText = QStringLiteral("%1 · %2").arg(label(g.basis), periodText(g.from, g.to));
        addItem(nullptr,
                {label(a.form), periodText(a.from, a.to), label(a.cadence),
                 QString::number(a.plannedMinutes), grantText, groupNames.value(a.groupId)},
                a.meta.id, isEnded(a));
    }
    endReload();
    setHint(!citizenId.isNull() && m_grants.isEmpty()
                ? tr("A support form is delivered under a grant: create a grant first.")
                : QString());
    return status;
}

bool AllocationsPanel::isEnded(const Allocation& allocation) const {
    return allocation.to.isValid() && allocation.to < m_registry.clock().today();
}

const Allocation* AllocationsPanel::current() const {
    const QUuid id = currentId();
    for (const Allocation& a : m_allocations)
        if (a.meta.id == id)
            return &a;
    return nullptr;
}

void AllocationsPanel::updateButtons() {
    const Allocation* a = current();
    m_new->setEnabled(!m_citizenId.isNull() && !m_grants.isEmpty());
    m_edit->setEnabled(a != nullptr);
    m_end->setEnabled(a != nullptr && !isEnded(*a));
}

void AllocationsPanel::newAllocation() {
    if (m_citizenId.isNull() || m_grants.isEmpty())
        return;
    Allocation allocation;
    allocation.citizenId = m_citizenId;
    allocation.from = m_registry.clock().today();
    // The newest grant that is still running is the likely one.
    for (const Grant& g : std::as_const(m_grants)) {
        if (!g.to.isValid() || g.to >= allocation.from) {
            allocation.grantId = g.meta.id;
            break;
        }
    }
    const QUuid citizenId = m_citizenId;
    openDialog(new AllocationDialog(m_registry, allocation, m_grants, this),
               [this, citizenId](AllocationDialog& d) {
                   m_context.push(createdCommand(m_context, citizenId, tr("New support form"),
                                                 d.allocation()));
               });
}

void AllocationsPanel::editAllocation() {
    const Allocation* a = current();
    if (!a)
        return;
    const Allocation before = *a;
    openDialog(new AllocationDialog(m_registry, before, m_grants, this),
               [this, before](AllocationDialog& d) {
                   m_context.push(editedCommand(m_context, before.citizenId,
                                                tr("Edit support form"), before, d.allocation()));
               });
}

void AllocationsPanel::endAllocation() {
    const Allocation* a = current();
    if (!a)
        return;
    const Allocation before = *a;
    auto action = [this, before](QDate date, GoalStatus) -> Status {
        Allocation ended = before;
        if (Status s = m_registry.endAllocation(ended, date); !s)
            return s;
        m_context.push(
            editedCommand(m_context, before.citizenId, tr("End support form"), before, ended));
        return Status::success();
    };
    openDialog(new EndDialog(tr("End support form"),
                             tr("%1 ends on this date.").arg(label(before.form)),
                             qMax(m_registry.clock().today(), before.from), false, action, this));
}

} // namespace bs
