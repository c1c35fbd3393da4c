#pragma once
// The Kalender section: whose calendar (a staff member, a site, a citizen or a group), a day or a
// week of it, and everything done on it: book (drag or double-click on empty time, Enter, N),
// move and resize by mouse or keyboard (asking, for a series, whether only this one or all
// following change), register outcomes from the context menu, and print a day list. The
// Scheduler's warnings are shown in a banner above the calendar, never swallowed. Bookings,
// moves and outcomes can be undone; series creation and changes to all following cannot.
#include "services/Scheduler.h"
#include "undo/UndoContext.h"
#include <QWidget>

class QAbstractButton;
class QAction;
class QComboBox;
class QDateEdit;
class QFrame;
class QLabel;
class QScrollArea;
class QTimer;

namespace bs {

class AppointmentDialog;
class CalendarHeader;
class CalendarView;
class CurrentStaff;

class CalendarPage : public QWidget {
    Q_OBJECT
public:
    enum class Kind { Staff, Site, Citizen, Group };
    Q_ENUM(Kind)

    CalendarPage(UndoContext& context, CurrentStaff& me, QWidget* parent = nullptr);

    // Shows the calendar of the one id set in `filter` (staff, site, citizen or group) around
    // `date` (a null date keeps the date shown).
    void showCalendarOf(const CalendarFilter& filter, QDate date = {});
    CalendarFilter filter() const { return m_filter; }
    void setWeekView(bool week);
    bool isWeekView() const { return m_week; }
    void setDate(QDate date);
    QDate date() const { return m_date; }
    // Jumps to the appointment's day, selects it and opens it for editing; false if it is not
    // stored.
    bool openAppointment(const QUuid& id);
    // Opens the dialog for a new appointment, prefilled from the calendar shown.
    AppointmentDialog* newAppointment(QDate day, QTime start, int minutes);
    // Re-reads the appointments shown; returns the first problem met.
    Status reload();

    CalendarView* view() const { return m_view; }
    QAction* printDayListAction() const { return m_printAction; }
    // The text of the warning/problem banner, empty when hidden.
    QString bannerText() const;

signals:
    // A problem worth a line in the status bar.
    void problem(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    enum class Banner { Info, Warning, Error };

    void refresh();
    void fillWho();
    // The calendar filter that shows the record `id` of this kind.
    static CalendarFilter filterFor(Kind kind, const QUuid& id);
    void whoChosen();
    void kindChosen();
    void step(int direction);
    QDate firstDay() const;
    int dayCount() const { return m_week ? 7 : 1; }
    void updateTitle();
    void showBanner(const QString& text, Banner kind);
    void showWarnings(const QList<CalendarWarning>& warnings, const QString& done);
    void afterDialog(const AppointmentDialog& dialog);
    void changeRequested(const QUuid& id, const QDateTime& newStartUtc, int minutes);
    void applyChange(const Appointment& before, Appointment after, bool following);
    void showMenu(const QUuid& id, const QPoint& globalPos);
    void registerOutcome(const QUuid& id, Outcome outcome);
    void saveOutcome(const QUuid& id, Outcome outcome, const QString& reason);
    void cancelFollowing(const QUuid& id, Outcome cancelledBy);
    void printDayList();
    void follow(const Appointment& a);
    QString whoName() const;

    UndoContext& m_context;
    CurrentStaff& m_me;
    Registry& m_registry;
    Scheduler m_scheduler;
    CalendarFilter m_filter;
    bool m_chosenByUser = false;
    bool m_week = true;
    QDate m_date;
    bool m_scrolled = false;

    QAbstractButton* m_dayButton;
    QAbstractButton* m_weekButton;
    QDateEdit* m_dateEdit;
    QComboBox* m_kind;
    QComboBox* m_who;
    QLabel* m_title;
    QFrame* m_banner;
    QLabel* m_bannerText;
    QLabel* m_empty;
    CalendarHeader* m_header;
    CalendarView* m_view;
    QScrollArea* m_scroll;
    QAction* m_printAction;
    QTimer* m_minuteTimer;
};

} // namespace bs
