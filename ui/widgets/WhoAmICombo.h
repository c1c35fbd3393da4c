#pragma once
// "Who are you?": a combo of the staff that sets and follows CurrentStaff. Used in Settings and
// on My day, so the choice is one click wherever the user meets it.
#include "CurrentStaff.h"
#include <QComboBox>

namespace bs {

class WhoAmICombo : public QComboBox {
    Q_OBJECT
public:
    explicit WhoAmICombo(CurrentStaff& me, QWidget* parent = nullptr);
    // Reads the staff list; call it when the combo is shown (staff may have been added).
    Status reload();

signals:
    void problem(const QString& message);

private:
    void chosen(int index);

    CurrentStaff& m_me;
    bool m_filling = false;
};

} // namespace bs
