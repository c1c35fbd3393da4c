#pragma once
// The staff: name, initials, team and role, with New and Edit.
#include "OrganisationPanel.h"

namespace bs {

class StaffPanel : public OrganisationPanel {
    Q_OBJECT
public:
    explicit StaffPanel(UndoContext& context, QWidget* parent = nullptr);
    void newRecord() override;
    void editRecord() override;

protected:
    Status fill() override;

private:
    QList<Staff> m_staff;
};

} // namespace bs
