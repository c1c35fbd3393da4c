#pragma once
// Create or edit a grant (bevilling): legal basis, period, purpose, support need and its extent,
// either hours per week or a package band whose hours flex between a minimum and a maximum.
#include "RecordDialog.h"
#include "services/Registry.h"

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace bs {

class OptionalDateEdit;

class GrantDialog : public RecordDialog {
    Q_OBJECT
public:
    GrantDialog(Registry& registry, const Grant& grant, QWidget* parent = nullptr);
    const Grant& grant() const { return m_grant; }

protected:
    Status save() override;

private:
    void updateExtentFields();
    void basisChanged();

    Registry& m_registry;
    Grant m_grant;
    QComboBox* m_basis;
    QDateEdit* m_from;
    OptionalDateEdit* m_to;
    QPlainTextEdit* m_purpose;
    QComboBox* m_supportNeed;
    QRadioButton* m_useHours;
    QRadioButton* m_usePackage;
    QDoubleSpinBox* m_hours;
    QLineEdit* m_packageName;
    QDoubleSpinBox* m_packageMin;
    QDoubleSpinBox* m_packageMax;
    QWidget* m_package;
    QLineEdit* m_caseworker;
    OptionalDateEdit* m_review;
};

} // namespace bs
