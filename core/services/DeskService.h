#pragma once
// The rådgivning desk (walk-in counselling, støtte-café) for the worker on duty: citizens check
// in and out during the site's opening hours, wait in a queue and are helped against the site's
// time per visit; what they came for is counted by topic. Citizens need an active rådgivning
// allocation; anyone else may be counted as an anonymous visitor. Sites with bookable slots let
// the desk book a rådgivning appointment of the slot's length. Who staffs the desk on a day is
// kept in the rota (RotaRole::Desk).
#include "domain/Appointment.h"
#include "domain/DeskVisit.h"
#include "domain/Rota.h"
#include "services/Registry.h"
#include <QCoreApplication>
#include <QMap>
#include <optional>

namespace bs {

// One bookable time at a desk; booked when a rådgivning appointment of the site starts then.
struct DeskSlot {
    QDateTime startUtc;
    int minutes = 0;
    QUuid appointmentId; // null: free
    QUuid citizenId;     // who booked it
    bool isBooked() const { return !appointmentId.isNull(); }
};

// One day at one desk.
struct DeskSummary {
    int visits = 0; // every visit of the day, anonymous ones included
    int anonymous = 0;
    int waiting = 0;
    int inProgress = 0;
    qint64 averageWaitSeconds = 0;  // over the visits that have started
    qint64 averageVisitSeconds = 0; // over the visits that are done
    int overAllowance = 0;          // done visits that took longer than the site's time per visit
    QMap<DeskTopic, int> topics;
};

class DeskService {
    Q_DECLARE_TR_FUNCTIONS(DeskService)
public:
    explicit DeskService(Registry& registry);
    Registry& registry() const { return m_registry; }

    // Sites with opening hours (those that can run a desk), by name.
    Result<QList<Site>> deskSites() const;
    // The site's opening periods on a local date, by time.
    static QList<OpeningPeriod> periodsOn(const Site& site, QDate date);
    // The local start of the next opening period strictly after `fromUtc`; nullopt without hours.
    static std::optional<QDateTime> nextOpening(const Site& site, const QDateTime& fromUtc);
    bool isOpenNow(const Site& site) const;

    // Ok when the citizen has an active rådgivning allocation on `date`; otherwise says why.
    Status eligibility(const QUuid& citizenId, QDate date) const;

    // A visitor arrives now. A null citizen is an anonymous visitor. `appointmentId` names the
    // booked slot the visitor came for, if any.
    Result<DeskVisit> checkIn(const QUuid& siteId, const QUuid& citizenId,
                              const QUuid& appointmentId = {});
    // The worker begins helping the visitor now.
    Status start(DeskVisit& visit, const QUuid& staffId);
    // The visit ends now; at least one topic. A booked slot's appointment is registered completed.
    Status checkOut(DeskVisit& visit, const QList<DeskTopic>& topics, const QString& note);
    // Takes back a check-in (e.g. the wrong person): the visit gets the deletion marker.
    Status undoCheckIn(DeskVisit& visit);
    // Undo support: puts the stored visit back to `before` (its fields, and whether it is deleted).
    // Taking back a check-out also takes back the completed appointment it registered.
    Status restore(const DeskVisit& before);

    // Waiting and in progress, by arrival.
    Result<QList<DeskVisit>> queue(const QUuid& siteId, QDate date) const;
    // Every visit that arrived on the local date, by arrival.
    Result<QList<DeskVisit>> visits(const QUuid& siteId, QDate date) const;
    Result<DeskSummary> summary(const QUuid& siteId, QDate date) const;

    // Desk duty (the rota's Desk role).
    Result<QList<Staff>> onDuty(const QUuid& siteId, QDate date) const;
    Result<RotaDuty> addDuty(const QUuid& siteId, QDate date, const QUuid& staffId);
    Status removeDuty(const QUuid& siteId, QDate date, const QUuid& staffId);
    // The desks the staff member staffs on the date (for "Min dag").
    Result<QList<Site>> deskSitesOnDuty(const QUuid& staffId, QDate date) const;

    // Bookable slots, for a site with Site::slotMinutes > 0: the starts inside the day's opening
    // periods, free or booked.
    Result<QList<DeskSlot>> bookableSlots(const QUuid& siteId, QDate date) const;
    // Books a rådgivning appointment of the slot's length for the citizen with `staffId`.
    Result<Appointment> bookSlot(const QUuid& siteId, const QUuid& citizenId,
                                 const QDateTime& startUtc, const QUuid& staffId);

private:
    Result<Site> site(const QUuid& siteId) const;
    Result<QList<DeskVisit>> visitsBetween(const QUuid& siteId, const QDateTime& fromUtc,
                                           const QDateTime& toUtc) const;
    Result<QList<RotaDuty>> duties(const QUuid& siteId, QDate date) const;

    Registry& m_registry;
};

} // namespace bs
