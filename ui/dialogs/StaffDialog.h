#pragma once
// Create or edit a staff member: initials (unique, upper case), name, team and role.
#include "RecordDialog.h"
#include "services/Registry.h"

class QComboBox;
class QLineEdit;

namespace bs {

class StaffDialog : public RecordDialog {
    Q_OBJECT
public:
    StaffDialog(Registry& registry, const Staff& staff, QWidget* parent = nullptr);
    // The staff member as saved once the dialog was accepted.
    const Staff& staff() const { return m_staff; }

protected:
    Status save() override;

private:
    Registry& m_registry;
    Staff m_staff;
    QLineEdit* m_initials;
    QLineEdit* m_name;
    QComboBox* m_team;
    QComboBox* m_role;
};

} // namespace bs
