#pragma once
// Create or edit a group course (gruppeforløb): the site, name and theme, one or two
// facilitators, the capacity and the period. Members are not edited here: they join and leave
// through their group support forms.
#include "RecordDialog.h"
#include "services/Registry.h"

class QComboBox;
class QDateEdit;
class QLineEdit;
class QSpinBox;

namespace bs {

class OptionalDateEdit;

class GroupDialog : public RecordDialog {
    Q_OBJECT
public:
    GroupDialog(Registry& registry, const SupportGroup& group, QWidget* parent = nullptr);
    // The group as saved once the dialog was accepted.
    const SupportGroup& group() const { return m_group; }

protected:
    Status save() override;

private:
    Registry& m_registry;
    SupportGroup m_group;
    QComboBox* m_site;
    QLineEdit* m_name;
    QComboBox* m_theme;
    QComboBox* m_facilitator1;
    QComboBox* m_facilitator2;
    QSpinBox* m_capacity;
    QDateEdit* m_start;
    OptionalDateEdit* m_end;
};

} // namespace bs
