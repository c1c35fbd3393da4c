#include "DeskService.h"

#include "services/Scheduler.h"
#include "storage/Repository.h"

#include <QLocale>
#include <QSet>
#include <algorithm>

namespace bs {

namespace {

QDateTime toLocal(const QDateTime& utc) {
    return utc.toTimeZone(Clock::localZone());
}
QString timeText(QTime t) {
    return t.toString(QStringLiteral("HH:mm"));
}
QString dateText(QDate d) {
    return QLocale().toString(d, QLocale::ShortFormat);
}
QDateTime dayStartUtc(QDate date) {
    return localToUtc(date, QTime(0, 0));
}
QString roleCode() {
    return toCode(RotaRole::Desk);
}
Status notStoredVisit() {
    return Status::failure(DeskService::tr("The visit is not checked in"));
}

} // namespace

DeskService::DeskService(Registry& registry) : m_registry(registry) {
}

// --- Sites and opening hours -------------------------------------------------------------------

Result<QList<Site>> DeskService::deskSites() const {
    auto all = m_registry.sites();
    if (!all)
        return all;
    QList<Site> out;
    for (const Site& s : *all)
        if (!s.openingHours.isEmpty())
            out << s;
    return out;
}

QList<OpeningPeriod> DeskService::periodsOn(const Site& site, QDate date) {
    QList<OpeningPeriod> out;
    for (const OpeningPeriod& p : site.openingHours)
        if (p.weekday == date.dayOfWeek())
            out << p;
    std::sort(out.begin(), out.end(),
              [](const OpeningPeriod& a, const OpeningPeriod& b) { return a.from < b.from; });
    return out;
}

std::optional<QDateTime> DeskService::nextOpening(const Site& site, const QDateTime& fromUtc) {
    const QDate first = toLocal(fromUtc).date();
    for (int day = 0; day <= 7; ++day) {
        const QDate d = first.addDays(day);
        for (const OpeningPeriod& p : periodsOn(site, d)) {
            const QDateTime start = localToUtc(d, p.from);
            if (start > fromUtc)
                return toLocal(start);
        }
    }
    return std::nullopt;
}

bool DeskService::isOpenNow(const Site& site) const {
    const QDateTime now = toLocal(m_registry.clock().nowUtc());
    return site.isOpen(now.date().dayOfWeek(), now.time());
}

Result<Site> DeskService::site(const QUuid& siteId) const {
    return m_registry.existing<Site>(siteId, tr("Site: the desk's site does not exist"),
                                     QStringLiteral("site"));
}

// --- Visits ------------------------------------------------------------------------------------

Status DeskService::eligibility(const QUuid& citizenId, QDate date) const {
    auto citizen = m_registry.existing<Citizen>(
        citizenId, tr("Citizen: the chosen citizen does not exist"), QStringLiteral("citizen"));
    if (!citizen)
        return Status(citizen.error());
    auto allocations = m_registry.allocations(citizenId);
    if (!allocations)
        return Status(allocations.error());
    for (const Allocation& a : *allocations)
        if (a.form == SupportForm::Counselling && a.isActiveOn(date))
            return Status::success();
    return Status::failure(tr("%1 has no grant to rådgivning on %2 (no active rådgivning support "
                              "form). The visit can be counted anonymously instead.")
                               .arg(citizen->name, dateText(date)),
                           QStringLiteral("citizen"));
}

Result<DeskVisit> DeskService::checkIn(const QUuid& siteId, const QUuid& citizenId,
                                       const QUuid& appointmentId) {
    const auto fail = [](const Status& s) { return Result<DeskVisit>(s.error()); };
    auto s = site(siteId);
    if (!s)
        return Result<DeskVisit>(s.error());
    const QDateTime now = m_registry.clock().nowUtc();
    const QDate today = m_registry.clock().today();
    if (!isOpenNow(*s)) {
        const auto next = nextOpening(*s, now);
        if (!next)
            return Result<DeskVisit>::failure(
                tr("%1 has no opening hours: set them under Settings before checking visitors in")
                    .arg(s->name),
                QStringLiteral("site"));
        return Result<DeskVisit>::failure(tr("%1 is closed now. It opens next %2 %3 at %4.")
                                              .arg(s->name,
                                                   QLocale().dayName(next->date().dayOfWeek()),
                                                   dateText(next->date()), timeText(next->time())),
                                          QStringLiteral("site"));
    }
    if (!citizenId.isNull()) {
        if (Status e = eligibility(citizenId, today); !e)
            return fail(e);
        auto waiting = queue(siteId, today);
        if (!waiting)
            return Result<DeskVisit>(waiting.error());
        for (const DeskVisit& v : *waiting)
            if (v.citizenId == citizenId) {
                auto c = m_registry.record<Citizen>(citizenId);
                return Result<DeskVisit>::failure(
                    tr("%1 is already checked in at %2")
                        .arg(c ? c->name : tr("The citizen"), s->name),
                    QStringLiteral("citizen"));
            }
    }
    if (!appointmentId.isNull()) {
        auto a = m_registry.existing<Appointment>(appointmentId,
                                                  tr("Booked time: the appointment does not exist"),
                                                  QStringLiteral("appointment"));
        if (!a)
            return Result<DeskVisit>(a.error());
        if (a->form != SupportForm::Counselling || a->siteId != siteId ||
            a->citizenId != citizenId || a->isCancelled())
            return Result<DeskVisit>::failure(
                tr("Booked time: the appointment is not this visitor's rådgivning time here"),
                QStringLiteral("appointment"));
    }
    DeskVisit visit;
    visit.siteId = siteId;
    visit.citizenId = citizenId;
    visit.appointmentId = appointmentId;
    visit.arrivedUtc = now;
    if (Status v = visit.validate().toStatus(); !v)
        return fail(v);
    Repository repo(m_registry.database());
    if (Status w = m_registry.database().transaction([&] { return repo.save(visit); }); !w)
        return fail(w);
    return visit;
}

Status DeskService::start(DeskVisit& visit, const QUuid& staffId) {
    if (visit.meta.isNew())
        return notStoredVisit();
    if (visit.state() != DeskVisit::State::Waiting)
        return Status::failure(tr("The visit has already started"));
    if (staffId.isNull())
        return Status::failure(
            tr("Staff: choose who you are under Settings before helping visitors"),
            QStringLiteral("staff"));
    if (auto st = m_registry.existing<Staff>(
            staffId, tr("Staff: the chosen staff member does not exist"), QStringLiteral("staff"));
        !st)
        return Status(st.error());
    DeskVisit updated = visit;
    updated.staffId = staffId;
    updated.startedUtc = m_registry.clock().nowUtc();
    if (Status v = updated.validate().toStatus(); !v)
        return v;
    Repository repo(m_registry.database());
    const Status s = m_registry.database().transaction([&] { return repo.save(updated); });
    if (s)
        visit = updated;
    return s;
}

// The booked slot's appointment took place: registered completed by the worker who helped. A
// visit helped before its booked time moves the appointment to when it happened.
static Status completeAppointment(Registry& registry, const DeskVisit& visit) {
    if (visit.appointmentId.isNull())
        return Status::success();
    Repository repo(registry.database());
    auto a = repo.get<Appointment>(visit.appointmentId);
    if (!a)
        return Status(a.error());
    if (a->meta.deleted || a->outcome == Outcome::Completed)
        return Status::success();
    Scheduler scheduler(registry);
    if (a->startUtc > registry.clock().nowUtc()) {
        a->startUtc = visit.startedUtc;
        if (auto moved = scheduler.changeOne(*a); !moved)
            return Status(moved.error());
    }
    return scheduler.registerOutcome(*a, Outcome::Completed, {}, visit.staffId);
}

Status DeskService::checkOut(DeskVisit& visit, const QList<DeskTopic>& topics,
                             const QString& note) {
    if (visit.meta.isNew())
        return notStoredVisit();
    if (visit.state() != DeskVisit::State::InProgress)
        return Status::failure(visit.state() == DeskVisit::State::Waiting
                                   ? tr("Start the visit before checking out")
                                   : tr("The visit is already checked out"));
    ValidationErrors e;
    if (topics.isEmpty())
        e.add(QStringLiteral("topics"), tr("Topic"), tr("choose at least one"));
    DeskVisit updated = visit;
    updated.topics.clear();
    for (DeskTopic t : topics)
        if (!updated.topics.contains(t))
            updated.topics << t;
    updated.note = note.trimmed();
    updated.endedUtc = m_registry.clock().nowUtc();
    e.append(updated.validate());
    if (Status v = e.toStatus(); !v)
        return v;
    Repository repo(m_registry.database());
    const Status s = m_registry.database().transaction([&]() -> Status {
        if (Status w = repo.save(updated); !w)
            return w;
        return completeAppointment(m_registry, updated);
    });
    if (s)
        visit = updated;
    return s;
}

Status DeskService::undoCheckIn(DeskVisit& visit) {
    if (visit.meta.isNew())
        return notStoredVisit();
    if (visit.state() == DeskVisit::State::Done)
        return Status::failure(tr("The visit is checked out and counted; it cannot be taken back"));
    Repository repo(m_registry.database());
    return m_registry.database().transaction([&] { return repo.markDeleted(visit); });
}

Status DeskService::restore(const DeskVisit& before) {
    Repository repo(m_registry.database());
    return m_registry.database().transaction([&]() -> Status {
        auto stored = repo.get<DeskVisit>(before.meta.id);
        if (!stored)
            return Status(stored.error());
        DeskVisit value = before;
        value.meta = stored->meta;
        value.meta.deleted = before.meta.deleted;
        if (Status s = repo.save(value); !s)
            return s;
        const bool wasDone = stored->state() == DeskVisit::State::Done && !stored->meta.deleted;
        const bool isDone = value.state() == DeskVisit::State::Done && !value.meta.deleted;
        if (isDone)
            return completeAppointment(m_registry, value);
        if (wasDone && !value.appointmentId.isNull()) {
            auto a = repo.get<Appointment>(value.appointmentId);
            if (!a)
                return Status(a.error());
            if (!a->meta.deleted && a->outcome == Outcome::Completed)
                return Scheduler(m_registry).registerOutcome(*a, Outcome::Planned, {}, {});
        }
        return Status::success();
    });
}

Result<QList<DeskVisit>> DeskService::visitsBetween(const QUuid& siteId, const QDateTime& fromUtc,
                                                    const QDateTime& toUtc) const {
    return Repository(m_registry.database())
        .list<DeskVisit>(QStringLiteral("site_id = ? AND arrived_utc >= ? AND arrived_utc < ?"),
                         {idText(siteId), toDbTimestamp(fromUtc), toDbTimestamp(toUtc)}, false,
                         QStringLiteral("arrived_utc, created_utc"));
}

Result<QList<DeskVisit>> DeskService::visits(const QUuid& siteId, QDate date) const {
    return visitsBetween(siteId, dayStartUtc(date), dayStartUtc(date.addDays(1)));
}

Result<QList<DeskVisit>> DeskService::queue(const QUuid& siteId, QDate date) const {
    auto all = visits(siteId, date);
    if (!all)
        return all;
    QList<DeskVisit> out;
    for (const DeskVisit& v : *all)
        if (v.state() != DeskVisit::State::Done)
            out << v;
    return out;
}

Result<DeskSummary> DeskService::summary(const QUuid& siteId, QDate date) const {
    auto s = site(siteId);
    if (!s)
        return Result<DeskSummary>(s.error());
    auto all = visits(siteId, date);
    if (!all)
        return Result<DeskSummary>(all.error());
    const QDateTime now = m_registry.clock().nowUtc();
    const qint64 allowance = qint64(s->visitAllowanceMinutes) * 60;
    DeskSummary sum;
    qint64 waited = 0, helped = 0;
    int started = 0, done = 0;
    for (const DeskVisit& v : *all) {
        ++sum.visits;
        if (v.isAnonymous())
            ++sum.anonymous;
        switch (v.state()) {
        case DeskVisit::State::Waiting:
            ++sum.waiting;
            continue;
        case DeskVisit::State::InProgress:
            ++sum.inProgress;
            break;
        case DeskVisit::State::Done:
            ++done;
            helped += v.visitSeconds(now);
            if (v.visitSeconds(now) > allowance)
                ++sum.overAllowance;
            for (DeskTopic t : v.topics)
                ++sum.topics[t];
            break;
        }
        ++started;
        waited += v.waitingSeconds(now);
    }
    sum.averageWaitSeconds = started ? waited / started : 0;
    sum.averageVisitSeconds = done ? helped / done : 0;
    return sum;
}

// --- Duty --------------------------------------------------------------------------------------

Result<QList<RotaDuty>> DeskService::duties(const QUuid& siteId, QDate date) const {
    return Repository(m_registry.database())
        .list<RotaDuty>(QStringLiteral("duty_date = ? AND role = ? AND site_id = ?"),
                        {toDbDate(date), roleCode(), idText(siteId)}, false,
                        QStringLiteral("created_utc"));
}

Result<QList<Staff>> DeskService::onDuty(const QUuid& siteId, QDate date) const {
    auto rows = duties(siteId, date);
    if (!rows)
        return Result<QList<Staff>>(rows.error());
    QList<Staff> out;
    QSet<QUuid> seen;
    for (const RotaDuty& d : *rows) {
        auto st = m_registry.record<Staff>(d.staffId);
        if (st && !st->meta.deleted && !seen.contains(d.staffId)) {
            seen.insert(d.staffId);
            out << *st;
        }
    }
    std::sort(out.begin(), out.end(), [](const Staff& a, const Staff& b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return out;
}

Result<RotaDuty> DeskService::addDuty(const QUuid& siteId, QDate date, const QUuid& staffId) {
    auto s = site(siteId);
    if (!s)
        return Result<RotaDuty>(s.error());
    if (staffId.isNull())
        return Result<RotaDuty>::failure(
            tr("Staff: choose who you are under Settings before taking desk duty"),
            QStringLiteral("staff"));
    auto st = m_registry.existing<Staff>(
        staffId, tr("Staff: the chosen staff member does not exist"), QStringLiteral("staff"));
    if (!st)
        return Result<RotaDuty>(st.error());
    auto rows = duties(siteId, date);
    if (!rows)
        return Result<RotaDuty>(rows.error());
    for (const RotaDuty& d : *rows)
        if (d.staffId == staffId)
            return Result<RotaDuty>::failure(
                tr("%1 is already on duty at %2 on %3").arg(st->name, s->name, dateText(date)),
                QStringLiteral("staff"));
    RotaDuty duty;
    duty.date = date;
    duty.role = RotaRole::Desk;
    duty.staffId = staffId;
    duty.siteId = siteId;
    if (Status v = duty.validate().toStatus(); !v)
        return Result<RotaDuty>(v.error());
    Repository repo(m_registry.database());
    if (Status w = m_registry.database().transaction([&] { return repo.save(duty); }); !w)
        return Result<RotaDuty>(w.error());
    return duty;
}

Status DeskService::removeDuty(const QUuid& siteId, QDate date, const QUuid& staffId) {
    auto rows = duties(siteId, date);
    if (!rows)
        return Status(rows.error());
    Repository repo(m_registry.database());
    return m_registry.database().transaction([&]() -> Status {
        bool found = false;
        for (RotaDuty d : *rows)
            if (d.staffId == staffId) {
                found = true;
                if (Status s = repo.markDeleted(d); !s)
                    return s;
            }
        if (!found)
            return Status::failure(tr("The staff member is not on duty at the desk that day"),
                                   QStringLiteral("staff"));
        return Status::success();
    });
}

Result<QList<Site>> DeskService::deskSitesOnDuty(const QUuid& staffId, QDate date) const {
    auto rows = Repository(m_registry.database())
                    .list<RotaDuty>(QStringLiteral("duty_date = ? AND role = ? AND staff_id = ?"),
                                    {toDbDate(date), roleCode(), idText(staffId)});
    if (!rows)
        return Result<QList<Site>>(rows.error());
    QList<Site> out;
    QSet<QUuid> seen;
    for (const RotaDuty& d : *rows) {
        auto s = m_registry.record<Site>(d.siteId);
        if (s && !s->meta.deleted && !seen.contains(d.siteId)) {
            seen.insert(d.siteId);
            out << *s;
        }
    }
    return out;
}

// --- Bookable slots ----------------------------------------------------------------------------

Result<QList<DeskSlot>> DeskService::bookableSlots(const QUuid& siteId, QDate date) const {
    using Slots = QList<DeskSlot>;
    auto s = site(siteId);
    if (!s)
        return Result<Slots>(s.error());
    if (s->slotMinutes <= 0)
        return Result<Slots>::failure(
            tr("%1 takes walk-ins only: set a slot length for the site under Settings to book "
               "times")
                .arg(s->name),
            QStringLiteral("slotMinutes"));
    Slots out;
    for (const OpeningPeriod& p : periodsOn(*s, date)) {
        const int from = p.from.msecsSinceStartOfDay() / 60000;
        const int to = p.to.msecsSinceStartOfDay() / 60000;
        for (int m = from; m + s->slotMinutes <= to; m += s->slotMinutes) {
            DeskSlot slot;
            slot.startUtc = localToUtc(date, QTime(m / 60, m % 60));
            slot.minutes = s->slotMinutes;
            out << slot;
        }
    }
    if (out.isEmpty())
        return out;
    CalendarFilter filter;
    filter.siteId = siteId;
    auto booked =
        Scheduler(m_registry).appointments(dayStartUtc(date), dayStartUtc(date.addDays(1)), filter);
    if (!booked)
        return Result<Slots>(booked.error());
    for (const Appointment& a : *booked) {
        if (a.form != SupportForm::Counselling || a.isCancelled())
            continue;
        for (DeskSlot& slot : out)
            if (!slot.isBooked() && a.startUtc >= slot.startUtc &&
                a.startUtc < slot.startUtc.addSecs(qint64(slot.minutes) * 60)) {
                slot.appointmentId = a.meta.id;
                slot.citizenId = a.citizenId;
                break;
            }
    }
    return out;
}

Result<Appointment> DeskService::bookSlot(const QUuid& siteId, const QUuid& citizenId,
                                          const QDateTime& startUtc, const QUuid& staffId) {
    const QDate date = toLocal(startUtc).date();
    Appointment booked;
    const Status s = m_registry.database().transaction([&]() -> Status {
        auto list = bookableSlots(siteId, date);
        if (!list)
            return Status(list.error());
        const auto slot = std::find_if(list->cbegin(), list->cend(),
                                       [&](const DeskSlot& x) { return x.startUtc == startUtc; });
        if (slot == list->cend())
            return Status::failure(tr("Time: %1 is not one of the desk's bookable times")
                                       .arg(timeText(toLocal(startUtc).time())),
                                   QStringLiteral("start"));
        if (slot->isBooked())
            return Status::failure(
                tr("Time: %1 is already booked").arg(timeText(toLocal(startUtc).time())),
                QStringLiteral("start"));
        if (startUtc < m_registry.clock().nowUtc())
            return Status::failure(
                tr("Time: %1 has passed").arg(timeText(toLocal(startUtc).time())),
                QStringLiteral("start"));
        if (Status e = eligibility(citizenId, date); !e)
            return e;
        if (staffId.isNull())
            return Status::failure(tr("Staff: choose who you are under Settings before booking"),
                                   QStringLiteral("staff"));
        Appointment a;
        a.form = SupportForm::Counselling;
        a.staffId = staffId;
        a.citizenId = citizenId;
        a.siteId = siteId;
        a.startUtc = startUtc;
        a.durationMinutes = slot->minutes;
        auto made = Scheduler(m_registry).book(a);
        if (!made)
            return Status(made.error());
        booked = a;
        return Status::success();
    });
    if (!s)
        return Result<Appointment>(s.error());
    return booked;
}

} // namespace bs
