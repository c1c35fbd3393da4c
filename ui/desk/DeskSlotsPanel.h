#pragma once
// The bookable desk times of a site that uses them (Site::slotMinutes > 0) on a chosen date: each
// free or booked (by whom). Book… offers a free time to a citizen; a booked time today can be
// checked in when the citizen arrives.
#include "services/DeskService.h"
#include <QGroupBox>

class QDateEdit;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace bs {

class DeskSlotsPanel : public QGroupBox {
    Q_OBJECT
public:
    explicit DeskSlotsPanel(DeskService& desk, QWidget* parent = nullptr);

    // Shows the site's times on the chosen date (today when the site changes).
    Status setSite(const Site& site);
    Status reload();
    void setDate(QDate date);
    // Whether Book may be pressed (who am I is chosen).
    void setBookingAllowed(bool allowed, const QString& why);
    QTreeWidget* list() const { return m_list; }
    const QList<DeskSlot>& slotList() const { return m_slots; }
    void selectSlot(const QDateTime& startUtc);

signals:
    void bookRequested(const QDateTime& startUtc);
    void checkInRequested(const QUuid& citizenId, const QUuid& appointmentId);
    // The times could not be read.
    void problem(const QString& message);

private:
    const DeskSlot* currentSlot() const;
    void updateButtons();
    void activate();

    DeskService& m_desk;
    Site m_site;
    QList<DeskSlot> m_slots;
    bool m_allowed = true;
    QDateEdit* m_date;
    QTreeWidget* m_list;
    QLabel* m_empty;
    QPushButton* m_book;
    QPushButton* m_checkIn;
};

} // namespace bs
