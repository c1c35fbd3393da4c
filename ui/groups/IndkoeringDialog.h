#pragma once
// "Indkøring" in one step: a citizen moving into a group gets group sessions and individual
// visits in alternating weeks (seed 002: the move from 1:1 to group support is easier with both
// for a while). The dialog fills the plan from the group's weekly slot and the citizen's contact
// person; the Scheduler books it all in one transaction.
#include "domain/SupportGroup.h"
#include "services/Scheduler.h"
#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QSpinBox;
class QTimeEdit;

namespace bs {

class IndkoeringDialog : public QDialog {
    Q_OBJECT
public:
    IndkoeringDialog(Registry& registry, const SupportGroup& group, QWidget* parent = nullptr);

    Indkoering plan() const;
    // Books the plan; on success the dialog's result text says what was booked.
    Result<QList<Appointment>> apply();
    QComboBox* citizenCombo() const { return m_citizen; }

private:
    void citizenChosen();
    void accept() override;

    Registry& m_registry;
    SupportGroup m_group;
    QComboBox* m_citizen;
    QComboBox* m_facilitator;
    QDateEdit* m_firstGroup;
    QTimeEdit* m_groupTime;
    QSpinBox* m_groupMinutes;
    QComboBox* m_visitStaff;
    QDateEdit* m_firstVisit;
    QTimeEdit* m_visitTime;
    QSpinBox* m_visitMinutes;
    QSpinBox* m_weeks;
    QLabel* m_error;
};

} // namespace bs
