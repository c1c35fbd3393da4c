#include "GroupMembersPanel.h"

#include "Format.h"

#include <QTreeWidget>

namespace bs {

GroupMembersPanel::GroupMembersPanel(UndoContext& context, QWidget* parent)
    : RecordListPanel(context, {tr("Citizen"), tr("From"), tr("To")}, 0, tr("No members."),
                      parent) {
    tree()->setObjectName(QStringLiteral("memberTree"));
    setHint(tr("Members join and leave through the citizen's support form (%1).")
                .arg(label(SupportForm::Group)));
}

Status GroupMembersPanel::load(const QUuid& groupId) {
    beginReload();
    Status status;
    if (!groupId.isNull()) {
        auto members = m_registry.groupMembers(groupId);
        if (members) {
            const QDate today = m_registry.clock().today();
            for (const GroupMember& m : std::as_const(*members)) {
                auto citizen = m_registry.citizen(m.citizenId);
                const QString name = citizen ? citizen->name : tr("(unknown citizen)");
                addItem(nullptr, {name, dateText(m.from), dateText(m.to)}, m.meta.id,
                        m.to.isValid() && m.to < today);
            }
        } else {
            status = Status(members.error());
        }
    }
    endReload();
    return status;
}

} // namespace bs
