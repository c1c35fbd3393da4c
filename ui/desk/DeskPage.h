#pragma once
// Rådgivning: the desk of the worker on duty during a site's opening hours. Visitors check in
// (a citizen with rådgivning, or anonymously), wait in the queue, are helped against the site's
// time per visit (a big timer, green, amber from 80 %, red when over) and are checked out with
// what the visit was about. The page also shows who is on duty, today's figures and, where the
// site uses them, the bookable times. Every change is pushed on the undo stack.
#include "services/DeskService.h"
#include "undo/UndoContext.h"
#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QStringListModel;
class QTimer;
class QTreeWidget;

namespace bs {

class CurrentStaff;
class DeskSlotsPanel;
class DeskVisitPanel;

class DeskPage : public QWidget {
    Q_OBJECT
public:
    DeskPage(UndoContext& context, CurrentStaff& me, QWidget* parent = nullptr);

    // Re-reads the sites, citizens and the chosen site's day; returns the first problem met.
    Status reload();
    // Chooses the site's desk, if it has opening hours.
    void showSite(const QUuid& siteId);
    QUuid currentSite() const { return m_siteValue.meta.id; }
    // The one-second tick: waiting times, the visit timer and whether the site is open.
    void refreshTimes();

    QTreeWidget* queueList() const { return m_queue; }
    DeskVisitPanel* visitPanel() const { return m_visit; }
    DeskSlotsPanel* slotsPanel() const { return m_slots; }

signals:
    // A problem worth a line in the status bar (e.g. the queue could not be read).
    void problem(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    // The site the page opens on: the user's desk shift today, else one that is open.
    QUuid preferredSite(const QList<Site>& sites) const;
    QWidget* buildDesk();
    Status loadCitizens();
    Status reloadDay();
    void showStatus();
    void showDuty();
    void showQueue();
    void showSummary();
    void showCurrentVisit();
    void updateEnabled();

    void checkInFromSearch();
    void offerAnonymous(const QString& why);
    void checkIn(const QUuid& citizenId, const QUuid& appointmentId = {});
    void startSelected();
    void removeSelected();
    void checkOut();
    void toggleDuty();
    void bookSlot(const QDateTime& startUtc);

    const DeskVisit* selectedVisit() const;
    QString visitorName(const DeskVisit& visit) const;
    QString staffName(const QUuid& staffId) const;
    QDate today() const;
    // Records an already saved change of a visit on the undo stack.
    void pushVisitChange(const QString& text, const DeskVisit& before, const DeskVisit& after);
    void say(const QString& message, bool isError = false);
    void report(const Status& status);

    UndoContext& m_context;
    CurrentStaff& m_me;
    DeskService m_desk;
    Site m_siteValue;
    QList<DeskVisit> m_queueVisits;
    QHash<QUuid, QString> m_names;         // citizen id -> name
    QHash<QString, QUuid> m_citizenByText; // completer text -> citizen id
    bool m_onDuty = false;

    QStackedWidget* m_stack;
    QLabel* m_empty;
    QComboBox* m_site;
    QLabel* m_status;
    QLabel* m_duty;
    QPushButton* m_dutyButton;
    QLineEdit* m_search;
    QStringListModel* m_completions;
    QPushButton* m_checkIn;
    QPushButton* m_anonymous;
    QTreeWidget* m_queue;
    QLabel* m_queueEmpty;
    QPushButton* m_start;
    QPushButton* m_remove;
    DeskVisitPanel* m_visit;
    DeskSlotsPanel* m_slots;
    QLabel* m_summary;
    QLabel* m_message;
    QTimer* m_tick;
};

} // namespace bs
