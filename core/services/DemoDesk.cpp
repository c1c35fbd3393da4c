#include "DemoDesk.h"

#include "domain/DeskVisit.h"
#include "domain/Rota.h"
#include "services/DeskService.h"
#include "services/Scheduler.h"
#include "storage/Repository.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <algorithm>
#include <random>
#include <tuple>

namespace bs {

namespace {

// The demo calendar writes the walk-in's topic in Danish ("Kontakt til myndighed").
DeskTopic topicOf(const QString& text) {
    const QString t = text.toLower();
    if (t.contains(QStringLiteral("boks")))
        return DeskTopic::EBoks;
    if (t.contains(QStringLiteral("mitid")))
        return DeskTopic::MitId;
    if (t.contains(QStringLiteral("netbank")))
        return DeskTopic::NetBank;
    if (t.contains(QStringLiteral("myndighed")))
        return DeskTopic::Authority;
    if (t.contains(QStringLiteral("struktur")) || t.contains(QStringLiteral("kalender")))
        return DeskTopic::Structure;
    return DeskTopic::Other;
}

class DeskDemo {
public:
    DeskDemo(Registry& registry, QDate today, quint32 seed)
        : m_registry(registry), m_repo(registry.database()), m_random(seed),
          m_cutoff(std::min(registry.clock().nowUtc(), localToUtc(today.addDays(1), QTime(0, 0)))),
          m_today(today) {}

    Status run() {
        auto sites = DeskService(m_registry).deskSites();
        if (!sites)
            return Status(sites.error());
        for (const Site& site : *sites)
            if (Status s = runSite(site); !s)
                return s;
        return Status::success();
    }

private:
    int between(int low, int high) {
        return std::uniform_int_distribution<int>(low, high)(m_random);
    }
    bool chance(int percent) { return between(1, 100) <= percent; }

    Status runSite(const Site& site) {
        CalendarFilter filter;
        filter.siteId = site.meta.id;
        auto all = Scheduler(m_registry)
                       .appointments(localToUtc(m_today.addYears(-2), QTime(0, 0)),
                                     localToUtc(m_today.addYears(1), QTime(0, 0)), filter);
        if (!all)
            return Status(all.error());
        QMap<QDate, QList<Appointment>> byDay; // opening days with rådgivning, in date order
        for (const Appointment& a : *all)
            if (a.form == SupportForm::Counselling && !a.citizenId.isNull())
                byDay[a.localStart().date()] << a;
        // Ids are random: walk-ins at the same time go in the order of their people's names, so
        // that a seed always draws the same numbers for the same visit.
        for (QList<Appointment>& day : byDay)
            std::stable_sort(day.begin(), day.end(),
                             [this](const Appointment& x, const Appointment& y) {
                                 return std::tuple(x.startUtc, nameOf<Citizen>(x.citizenId),
                                                   nameOf<Staff>(x.staffId)) <
                                        std::tuple(y.startUtc, nameOf<Citizen>(y.citizenId),
                                                   nameOf<Staff>(y.staffId));
                             });
        for (auto it = byDay.cbegin(); it != byDay.cend(); ++it) {
            if (DeskService::periodsOn(site, it.key()).isEmpty())
                continue; // a booking outside the desk's days is no desk day
            if (Status s = addDuties(site, it.key(), it.value()); !s)
                return s;
            for (const Appointment& a : it.value())
                if (a.outcome == Outcome::Completed)
                    if (Status s = addVisit(a); !s)
                        return s;
            if (Status s = addAnonymous(site, it.key(), it.value()); !s)
                return s;
        }
        return Status::success();
    }

    template <typename T> QString nameOf(const QUuid& id) {
        auto it = m_names.find(id);
        if (it == m_names.end()) {
            auto r = m_registry.record<T>(id);
            it = m_names.insert(id, r ? r->name : QString());
        }
        return *it;
    }

    Status addDuties(const Site& site, QDate date, const QList<Appointment>& appointments) {
        QSet<QUuid> staff;
        for (const Appointment& a : appointments) {
            if (staff.contains(a.staffId))
                continue;
            staff.insert(a.staffId);
            RotaDuty duty;
            duty.date = date;
            duty.role = RotaRole::Desk;
            duty.staffId = a.staffId;
            duty.siteId = site.meta.id;
            if (Status s = m_repo.save(duty); !s)
                return s;
        }
        return Status::success();
    }

    Status addVisit(const Appointment& a) {
        DeskVisit v;
        v.siteId = a.siteId;
        v.citizenId = a.citizenId;
        v.staffId = a.staffId;
        v.appointmentId = a.meta.id;
        v.arrivedUtc = a.startUtc.addSecs(-60 * between(1, 10));
        v.startedUtc = v.arrivedUtc.addSecs(60 * between(0, 15));
        const int minutes = std::max(5, a.durationMinutes + between(-5, 8));
        v.endedUtc = v.startedUtc.addSecs(60 * minutes + between(0, 59));
        if (v.endedUtc > m_cutoff)
            return Status::success();
        v.topics << topicOf(a.topic);
        if (chance(30)) {
            const auto second = DeskTopic(between(0, int(DeskTopic::Other)));
            if (!v.topics.contains(second))
                v.topics << second;
        }
        return m_repo.save(v);
    }

    // 0–3 visitors without a grant (or who do not say who they are) on a past opening day.
    Status addAnonymous(const Site& site, QDate date, const QList<Appointment>& appointments) {
        const QList<OpeningPeriod> periods = DeskService::periodsOn(site, date);
        const int count = between(0, 3);
        for (int i = 0; i < count; ++i) {
            const OpeningPeriod& p = periods[between(0, int(periods.size()) - 1)];
            const int open = p.from.secsTo(p.to) / 60;
            if (open < 20)
                continue;
            DeskVisit v;
            v.siteId = site.meta.id;
            v.staffId = appointments[between(0, int(appointments.size()) - 1)].staffId;
            v.arrivedUtc = localToUtc(date, p.from.addSecs(60 * between(0, open - 20)));
            v.startedUtc = v.arrivedUtc.addSecs(60 * between(0, 12));
            v.endedUtc = v.startedUtc.addSecs(60 * between(5, 25));
            if (v.endedUtc > m_cutoff)
                continue;
            v.topics << DeskTopic(between(0, int(DeskTopic::Other)));
            if (Status s = m_repo.save(v); !s)
                return s;
        }
        return Status::success();
    }

    Registry& m_registry;
    Repository m_repo;
    std::mt19937 m_random;
    QDateTime m_cutoff; // nothing happens after this
    QDate m_today;
    QHash<QUuid, QString> m_names;
};

} // namespace

Status addDemoDeskActivity(Registry& registry, QDate today, quint32 seed) {
    if (!today.isValid())
        today = registry.clock().today();
    DeskDemo demo(registry, today, seed);
    return registry.database().transaction([&] { return demo.run(); });
}

} // namespace bs
