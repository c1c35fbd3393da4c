#pragma once
// Min dag, the start screen: the user's appointments today with their outcomes (registered in two
// clicks: select, then Completed / No-show / Cancelled), the user's duties today (weekend duty, a
// desk shift), and who holds the on-call phone. Without a chosen user it asks who you are.
#include "CurrentStaff.h"
#include "domain/Appointment.h"
#include "undo/UndoContext.h"
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace bs {

class WhoAmICombo;

class MyDayPage : public QWidget {
    Q_OBJECT
public:
    MyDayPage(UndoContext& context, CurrentStaff& me, QWidget* parent = nullptr);

    // Re-reads today; returns the first problem met.
    Status reload();
    QTableWidget* table() const { return m_table; }
    const QList<Appointment>& appointments() const { return m_appointments; }
    // Registers the outcome of the selected appointment (what the buttons do); `reason` for a
    // no-show or a cancellation.
    Status registerSelected(Outcome outcome, const QString& reason = {});

signals:
    void problem(const QString& message);
    void openAppointment(const QUuid& appointmentId);
    // Write the journal note of an appointment (the main window opens the note editor).
    void writeNote(const QUuid& appointmentId);
    void openCitizen(const QUuid& citizenId);
    void openDesk(const QUuid& siteId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void askAndRegister(Outcome outcome);
    void updateButtons();
    Status fillDuties(const QUuid& staffId, QDate today);

    UndoContext& m_context;
    CurrentStaff& m_me;
    QLabel* m_title;
    WhoAmICombo* m_who;
    QLabel* m_phone;
    QLabel* m_duties;
    QPushButton* m_desk;
    QUuid m_deskSite;
    QLabel* m_empty;
    QTableWidget* m_table;
    QPushButton* m_completed;
    QPushButton* m_noShow;
    QPushButton* m_cancelled;
    QPushButton* m_open;
    QPushButton* m_note;
    QPushButton* m_citizen;
    QList<Appointment> m_appointments;
};

} // namespace bs
