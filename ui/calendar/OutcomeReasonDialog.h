#pragma once
// Asks why an appointment was a no-show or cancelled: an editable list of the usual reasons
// ("Not at home", "Ill", ...) or any text. A no-show needs a reason; a cancellation may go without.
#include "domain/Appointment.h"
#include <QDialog>

class QComboBox;
class QPushButton;

namespace bs {

class OutcomeReasonDialog : public QDialog {
    Q_OBJECT
public:
    OutcomeReasonDialog(Outcome outcome, const QString& what, QWidget* parent = nullptr);
    Outcome outcome() const { return m_outcome; }
    QString reason() const;
    QComboBox* reasonBox() const { return m_reason; }

private:
    Outcome m_outcome;
    QComboBox* m_reason;
    QPushButton* m_ok;
};

} // namespace bs
