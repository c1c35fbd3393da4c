#pragma once
// Books or edits an appointment: support form, staff, the citizen (or the group for a group
// session), site, place, date and time, the fields of the form (channel for virtual sessions,
// travel for home visits, topic and learning goal for groups), the citizen's active delmål it
// works on, and, for a new one, a repeat rule (weekly, every other week, every N weeks, until a
// date or a number of times) that creates a series. The Scheduler's warnings (double bookings,
// opening hours, travel time, ...) are shown live while the user fills in the form; they never
// block. An occurrence of a series is changed alone or with all following.
#include "RecordDialog.h"
#include "services/Scheduler.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTimeEdit;
class QTimer;

namespace bs {

class AppointmentDialog : public RecordDialog {
    Q_OBJECT
public:
    enum class Saved { Nothing, Booked, Changed, ChangedFollowing, SeriesCreated };
    enum class Repeat { None, Weekly, EveryOtherWeek, EveryNWeeks };

    // A new appointment (meta.isNew(), prefilled by the caller) or a stored one to edit.
    AppointmentDialog(Registry& registry, const Appointment& appointment,
                      QWidget* parent = nullptr);

    // After a successful save: what was done, the appointment as stored (the first occurrence of
    // a new series), the occurrences of a new series, and the warnings the user should see.
    Saved saved() const { return m_saved; }
    const Appointment& before() const { return m_before; }
    const Appointment& appointment() const { return m_appointment; }
    const QList<Appointment>& series() const { return m_series; }
    const QList<CalendarWarning>& warnings() const { return m_warnings; }

    // Checks the appointment as filled in now and shows the warnings (runs by itself shortly
    // after every change). Returns the text shown, empty when nothing to warn about.
    QString refreshWarnings();

protected:
    Status save() override;

private:
    Appointment build() const;
    SupportForm supportForm() const;
    void formChanged();
    void citizenChanged();
    void groupChanged();
    void repeatChanged();
    void reloadSubGoals();
    void scheduleCheck();
    Status saveSeries(const Appointment& occurrence);

    Registry& m_registry;
    Scheduler m_scheduler;
    Appointment m_before;
    Appointment m_appointment;
    QList<Appointment> m_series;
    QList<CalendarWarning> m_warnings;
    Saved m_saved = Saved::Nothing;

    QComboBox* m_form;
    QComboBox* m_staff;
    QComboBox* m_citizen;
    QComboBox* m_group;
    QComboBox* m_site;
    QLineEdit* m_place;
    QDateEdit* m_date;
    QTimeEdit* m_start;
    QSpinBox* m_duration;
    QComboBox* m_channel;
    QWidget* m_travelRow;
    QSpinBox* m_travelMinutes;
    QDoubleSpinBox* m_travelKm;
    QLineEdit* m_topic;
    QLineEdit* m_learningGoal;
    QListWidget* m_subGoals;
    QComboBox* m_applyTo = nullptr; // occurrences of a series
    QWidget* m_repeatRow = nullptr; // new appointments
    QComboBox* m_repeat = nullptr;
    QSpinBox* m_interval = nullptr;
    QWidget* m_endRow = nullptr;
    QComboBox* m_endKind = nullptr;
    QDateEdit* m_until = nullptr;
    QSpinBox* m_count = nullptr;
    QLabel* m_outcome;
    QLabel* m_warningLabel;
    QTimer* m_checkTimer;
};

} // namespace bs
