#include "GrantsPanel.h"

#include "Format.h"
#include "dialogs/EndDialog.h"
#include "dialogs/GrantDialog.h"
#include "undo/RecordCommands.h"

#include <QPushButton>
#include <QTreeWidget>

namespace bs {

GrantsPanel::GrantsPanel(UndoContext& context, QWidget* parent)
    : RecordListPanel(context,
                      {tr("Legal basis"), tr("Period"), tr("Purpose"), tr("Extent"),
                       tr("Support need"), tr("Review date")},
                      2, tr("No grants yet."), parent),
      m_new(addButton(tr("&New grant…"), QStringLiteral("newGrant"))),
      m_edit(addButton(tr("Edit…"), QStringLiteral("editGrant"))),
      m_end(addButton(tr("End grant…"), QStringLiteral("endGrant"))) {
    tree()->setObjectName(QStringLiteral("grantTree"));
    connect(m_new, &QPushButton::clicked, this, &GrantsPanel::newGrant);
    connect(m_edit, &QPushButton::clicked, this, &GrantsPanel::editGrant);
    connect(m_end, &QPushButton::clicked, this, &GrantsPanel::endGrant);
    connect(tree(), &QTreeWidget::itemActivated, this, &GrantsPanel::editGrant);
}

Status GrantsPanel::load(const QUuid& citizenId) {
    m_citizenId = citizenId;
    beginReload();
    m_grants.clear();
    Status status;
    if (!citizenId.isNull()) {
        auto grants = m_registry.grants(citizenId);
        if (grants)
            m_grants = *grants;
        else
            status = Status(grants.error());
    }
    for (const Grant& g : std::as_const(m_grants))
        addItem(nullptr,
                {label(g.basis), periodText(g.from, g.to), g.purpose, g.extentText(),
                 label(g.supportNeed), dateText(g.reviewDate)},
                g.meta.id, isEnded(g));
    endReload();
    return status;
}

bool GrantsPanel::isEnded(const Grant& grant) const {
    return grant.to.isValid() && grant.to < m_registry.clock().today();
}

const Grant* GrantsPanel::current() const {
    const QUuid id = currentId();
    for (const Grant& g : m_grants)
        if (g.meta.id == id)
            return &g;
    return nullptr;
}

void GrantsPanel::updateButtons() {
    const Grant* g = current();
    m_new->setEnabled(!m_citizenId.isNull());
    m_edit->setEnabled(g != nullptr);
    m_end->setEnabled(g != nullptr && !isEnded(*g));
}

void GrantsPanel::newGrant() {
    if (m_citizenId.isNull())
        return;
    Grant grant;
    grant.citizenId = m_citizenId;
    grant.from = m_registry.clock().today();
    const QUuid citizenId = m_citizenId;
    openDialog(new GrantDialog(m_registry, grant, this), [this, citizenId](GrantDialog& d) {
        m_context.push(createdCommand(m_context, citizenId, tr("New grant"), d.grant()));
    });
}

void GrantsPanel::editGrant() {
    const Grant* g = current();
    if (!g)
        return;
    const Grant before = *g;
    openDialog(new GrantDialog(m_registry, before, this), [this, before](GrantDialog& d) {
        m_context.push(
            editedCommand(m_context, before.citizenId, tr("Edit grant"), before, d.grant()));
    });
}

void GrantsPanel::endGrant() {
    const Grant* g = current();
    if (!g)
        return;
    const Grant before = *g;
    const QDate today = m_registry.clock().today();
    auto action = [this, before](QDate date, GoalStatus) -> Status {
        return endAndRecord<Grant, Allocation>(
            m_context, before.citizenId, tr("End grant"), before,
            [this, before] { return m_registry.allocations(before.citizenId); },
            [date](Registry& r, Grant& grant) { return r.endGrant(grant, date); });
    };
    openDialog(new EndDialog(tr("End grant"),
                             tr("The grant ends on this date, and so does every support form "
                                "under it that runs longer."),
                             qMax(today, before.from), false, action, this));
}

} // namespace bs
