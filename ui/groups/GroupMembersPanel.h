#pragma once
// The members of one group, current and past (greyed): citizen, from and to. Read-only: members
// join and leave through their group support forms, which keep the membership.
#include "citizens/RecordListPanel.h"

namespace bs {

class GroupMembersPanel : public RecordListPanel {
    Q_OBJECT
public:
    explicit GroupMembersPanel(UndoContext& context, QWidget* parent = nullptr);
    // Shows the members of the group `groupId`; a null id clears the list.
    Status load(const QUuid& groupId) override;

protected:
    void updateButtons() override {}
};

} // namespace bs
