#pragma once
// Plans a group's meetings: a weekly run from a first date (whose weekday the run keeps) at a
// time, for a number of meetings or until a date, booked on one facilitator. The sessions go into
// the calendar through GroupSessions, which refuses times the group already meets at.
#include "dialogs/RecordDialog.h"
#include "services/GroupSessions.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QRadioButton;
class QSpinBox;
class QTimeEdit;

namespace bs {

class PlanSessionsDialog : public RecordDialog {
    Q_OBJECT
public:
    PlanSessionsDialog(Registry& registry, const SupportGroup& group, QWidget* parent = nullptr);
    // The sessions made, once the dialog was accepted.
    const QList<Appointment>& made() const { return m_made; }

protected:
    Status save() override;

private:
    void updateWeekday();

    Registry& m_registry;
    SupportGroup m_group;
    QDateEdit* m_first;
    QLabel* m_weekday;
    QTimeEdit* m_time;
    QSpinBox* m_duration;
    QRadioButton* m_byCount;
    QSpinBox* m_count;
    QRadioButton* m_byUntil;
    QDateEdit* m_until;
    QComboBox* m_staff;
    QList<Appointment> m_made;
};

} // namespace bs
