// The demo's desk activity follows the demo calendar's walk-ins and is the same for a seed.
#include "services/DemoDesk.h"
#include "services/DemoGenerator.h"
#include "services/DeskService.h"
#include "services/Scheduler.h"
#include "storage/Repository.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <memory>

using namespace bs;

namespace {

const QDate kToday(2025, 11, 25);

struct SmallDemo {
    QTemporaryDir dir;
    FixedClock clock{QDateTime(kToday, QTime(9, 0), QTimeZone::utc())};
    std::unique_ptr<Database> db;
    std::unique_ptr<Registry> registry;

    SmallDemo() {
        REQUIRE(dir.isValid());
        auto opened = Database::open(dir.filePath(QStringLiteral("demo.sqlite")), clock, {});
        REQUIRE(opened.ok());
        db = std::move(opened.value());
        registry = std::make_unique<Registry>(*db);
        DemoOptions options;
        options.citizens = 40; // a few rådgivning citizens are enough
        options.today = kToday;
        const Status s = DemoGenerator::generate(*registry, options);
        INFO(s.message().toStdString());
        REQUIRE(s.ok());
    }
    template <typename T> QList<T> all() const {
        auto rows = Repository(*db).list<T>();
        REQUIRE(rows.ok());
        return *rows;
    }
};

// A visit as comparable text, without the generated ids.
QString describe(const DeskVisit& v) {
    return QStringList{v.isAnonymous() ? QStringLiteral("anonymous") : QStringLiteral("citizen"),
                       v.appointmentId.isNull() ? QString() : QStringLiteral("booked"),
                       v.arrivedUtc.toString(Qt::ISODate),
                       v.startedUtc.toString(Qt::ISODate),
                       v.endedUtc.toString(Qt::ISODate),
                       topicsToJson(v.topics)}
        .join(QLatin1Char('|'));
}

} // namespace

TEST_CASE("Demo desk: visits for past walk-ins, duty on their days, nothing in the future",
          "[desk][demo]") {
    SmallDemo demo; // the generator adds the desk activity after the calendar

    const QList<DeskVisit> visits = demo.all<DeskVisit>();
    const QList<RotaDuty> duties = demo.all<RotaDuty>();
    REQUIRE_FALSE(visits.isEmpty());
    REQUIRE_FALSE(duties.isEmpty());

    int linked = 0, anonymous = 0;
    for (const DeskVisit& v : visits) {
        INFO(describe(v).toStdString());
        CHECK(v.validate().isEmpty());
        CHECK(v.state() == DeskVisit::State::Done);
        CHECK(v.endedUtc <= demo.clock.nowUtc());
        CHECK_FALSE(v.topics.isEmpty());
        CHECK(v.topics.size() <= 2);
        CHECK(v.waitingSeconds({}) <= 15 * 60);
        auto site = demo.registry->record<Site>(v.siteId);
        REQUIRE(site.ok());
        const QDateTime local = v.arrivedUtc.toTimeZone(Clock::localZone());
        CHECK_FALSE(DeskService::periodsOn(*site, local.date()).isEmpty());
        if (v.isAnonymous()) {
            ++anonymous;
            continue;
        }
        auto a = demo.registry->record<Appointment>(v.appointmentId);
        REQUIRE(a.ok());
        ++linked;
        CHECK(a->outcome == Outcome::Completed);
        CHECK(a->citizenId == v.citizenId);
        CHECK(a->form == SupportForm::Counselling);
        CHECK(v.arrivedUtc < a->startUtc);
        CHECK(v.staffId == a->staffId);
    }
    CHECK(linked > 0);
    CHECK(anonymous > 0);

    // Every completed walk-in has its visit; each worker of a walk-in is on duty that day.
    DeskService desk(*demo.registry);
    for (const Appointment& a :
         *Scheduler(*demo.registry)
              .appointments(QDateTime(kToday.addYears(-1), QTime(0, 0), QTimeZone::utc()),
                            demo.clock.nowUtc())) {
        if (a.form != SupportForm::Counselling || a.outcome != Outcome::Completed)
            continue;
        const auto match = std::count_if(visits.cbegin(), visits.cend(), [&](const DeskVisit& v) {
            return v.appointmentId == a.meta.id;
        });
        CHECK(match == 1);
        const auto staff = desk.onDuty(a.siteId, a.localStart().date());
        REQUIRE(staff.ok());
        CHECK(std::any_of(staff->cbegin(), staff->cend(),
                          [&](const Staff& s) { return s.meta.id == a.staffId; }));
    }
}

TEST_CASE("Demo desk: the same seed gives the same visits", "[desk][demo]") {
    SmallDemo one, two;
    QStringList a, b;
    for (const DeskVisit& v : one.all<DeskVisit>())
        a << describe(v);
    for (const DeskVisit& v : two.all<DeskVisit>())
        b << describe(v);
    a.sort();
    b.sort();
    CHECK(a == b);
}
