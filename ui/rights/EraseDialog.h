#pragma once
// Confirms an erasure: says what goes (for good, on every synchronised computer; shared group
// notes stay), asks for the reason and makes the user type the citizen's CPR number (the name
// when no CPR number is recorded; the number of citizens when several are erased).
#include <QDialog>
#include <QUuid>

class QLineEdit;
class QPushButton;

namespace bs {

struct EraseTarget {
    QUuid id;
    QString name;
    QString cpr;     // digits; may be empty
    QString summary; // what would be erased ("Journalnotater: 12, ...")
};

class EraseDialog : public QDialog {
    Q_OBJECT
public:
    EraseDialog(const QList<EraseTarget>& targets, const QString& reason,
                QWidget* parent = nullptr);

    QString reason() const;
    // True when what was typed matches and a reason is given (the Erase button is enabled then).
    bool confirmed() const;
    QLineEdit* reasonEdit() const { return m_reason; }
    QLineEdit* confirmEdit() const { return m_confirm; }
    QPushButton* eraseButton() const { return m_erase; }

private:
    void update();

    QList<EraseTarget> m_targets;
    QLineEdit* m_reason = nullptr;
    QLineEdit* m_confirm = nullptr;
    QPushButton* m_erase = nullptr;
};

} // namespace bs
