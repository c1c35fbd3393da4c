#pragma once
// Create or edit a site: where support is given, its address and its opening hours (e.g. the
// counselling café at AUC Grenaa, Tuesdays 11–14), and for its rådgivning desk the time per walk-in
// visit and the length of a bookable slot.
#include "RecordDialog.h"
#include "services/Registry.h"

class QLineEdit;
class QSpinBox;

namespace bs {

class OpeningHoursEdit;

class SiteDialog : public RecordDialog {
    Q_OBJECT
public:
    SiteDialog(Registry& registry, const Site& site, QWidget* parent = nullptr);
    // The site as saved once the dialog was accepted.
    const Site& site() const { return m_site; }
    OpeningHoursEdit* openingHours() const { return m_hours; }
    QSpinBox* visitAllowance() const { return m_allowance; }
    QSpinBox* slotMinutes() const { return m_slots; }

protected:
    Status save() override;

private:
    Registry& m_registry;
    Site m_site;
    QLineEdit* m_name;
    QLineEdit* m_address;
    OpeningHoursEdit* m_hours;
    QSpinBox* m_allowance;
    QSpinBox* m_slots;
};

} // namespace bs
