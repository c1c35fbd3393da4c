#pragma once
// Create or edit a citizen's details.
#include "RecordDialog.h"
#include "services/Registry.h"

class QComboBox;
class QLineEdit;

namespace bs {

class CitizenDialog : public RecordDialog {
    Q_OBJECT
public:
    CitizenDialog(Registry& registry, const Citizen& citizen, QWidget* parent = nullptr);
    // The citizen as saved (with its stored id and revision) once the dialog was accepted.
    const Citizen& citizen() const { return m_citizen; }

protected:
    Status save() override;

private:
    Registry& m_registry;
    Citizen m_citizen;
    QLineEdit* m_name;
    QLineEdit* m_cpr;
    QLineEdit* m_address;
    QLineEdit* m_postalCode;
    QLineEdit* m_city;
    QLineEdit* m_phone;
    QLineEdit* m_email;
    QComboBox* m_site;
    QComboBox* m_targetGroup;
    QComboBox* m_contact;
    QComboBox* m_status;
    QComboBox* m_virtualContact;
};

} // namespace bs
