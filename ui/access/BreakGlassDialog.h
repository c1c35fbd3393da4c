#pragma once
// "Look up outside own cases": the exact CPR number and the reason the work needs the record
// (several lines, at least CitizenAccess::kMinimumReasonLength characters). The dialog says, before
// anything is typed, that the look-up is logged and shown to the administrator. Saving breaks the
// glass through CitizenAccess; a refused look-up keeps the dialog open with the message at the
// field and logs nothing.
#include "dialogs/RecordDialog.h"
#include "security/CitizenAccess.h"

class QLineEdit;
class QPlainTextEdit;

namespace bs {

class BreakGlassDialog : public RecordDialog {
    Q_OBJECT
public:
    explicit BreakGlassDialog(Registry& registry, QWidget* parent = nullptr);

    QLineEdit* cprEdit() const { return m_cpr; }
    QPlainTextEdit* reasonEdit() const { return m_reason; }
    // The citizen looked up, after a successful accept().
    const Citizen& citizen() const { return m_citizen; }

protected:
    Status save() override;

private:
    Registry& m_registry;
    QLineEdit* m_cpr;
    QPlainTextEdit* m_reason;
    Citizen m_citizen;
};

} // namespace bs
