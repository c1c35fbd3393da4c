#pragma once
// Create or edit a support-form allocation: which form, under which grant, for which period, how
// often and for how long, and (for group support) in which group.
#include "RecordDialog.h"
#include "services/Registry.h"

class QComboBox;
class QDateEdit;
class QSpinBox;

namespace bs {

class OptionalDateEdit;

class AllocationDialog : public RecordDialog {
    Q_OBJECT
public:
    // `grants` are the citizen's grants to choose from.
    AllocationDialog(Registry& registry, const Allocation& allocation, const QList<Grant>& grants,
                     QWidget* parent = nullptr);
    const Allocation& allocation() const { return m_allocation; }

protected:
    Status save() override;

private:
    void grantChanged();
    void formChanged();

    Registry& m_registry;
    Allocation m_allocation;
    QList<Grant> m_grants;
    QComboBox* m_grant;
    QComboBox* m_form;
    QDateEdit* m_from;
    OptionalDateEdit* m_to;
    QComboBox* m_cadence;
    QSpinBox* m_minutes;
    QComboBox* m_group;
};

} // namespace bs
