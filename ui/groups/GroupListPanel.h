#pragma once
// The group courses: name, site, theme, facilitators' initials, current members against the
// capacity ("7 / 10") and the period, with New and Edit. Ended groups are greyed.
#include "organisation/OrganisationPanel.h"

namespace bs {

class GroupListPanel : public OrganisationPanel {
    Q_OBJECT
public:
    explicit GroupListPanel(UndoContext& context, QWidget* parent = nullptr);
    void newRecord() override;
    void editRecord() override;
    // The selected group, or nullptr.
    const SupportGroup* currentGroup() const;

signals:
    void currentGroupChanged(const QUuid& groupId);

protected:
    Status fill() override;
    void updateButtons() override;

private:
    QList<SupportGroup> m_groups;
    bool m_canCreate = false; // there is a site and a staff member to run a group
};

} // namespace bs
