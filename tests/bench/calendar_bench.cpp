// Calendar benchmark on a generated municipality with six months of history and three of plans:
// a staff member's, a site's and a citizen's week (what the Kalender view reads), My day, the
// printable day list, the rådgivning desk's summary, journal search and a run of the follow-up
// rules. Median and 95th percentile in ms.
//   calendar_bench [--citizens N] [--staff N] [--runs N]
#include "BenchSupport.h"
#include "services/DayList.h"
#include "services/DemoGenerator.h"
#include "services/DeskService.h"
#include "services/FollowUpService.h"
#include "services/JournalService.h"
#include "services/Scheduler.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QTemporaryDir>

using bench::measure;
using bench::report;

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const bench::Options given = bench::parseOptions(app, {1000, 60, 50, {}});
    const int runs = given.runs;

    QTemporaryDir dir;
    const bs::FixedClock clock(QDateTime(QDate(2025, 11, 25), QTime(9, 0), QTimeZone::utc()));
    auto db = bs::Database::open(dir.filePath(QStringLiteral("bench.sqlite")), clock);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.message()));
        return 1;
    }
    bs::Registry registry(*db.value());
    bs::DemoOptions options;
    options.citizens = given.citizens;
    options.staff = given.staff;
    QElapsedTimer t;
    t.start();
    if (auto s = bs::DemoGenerator::generate(registry, options); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.message()));
        return 1;
    }
    const double generated = t.elapsed() / 1000.0;

    bs::Scheduler scheduler(registry);
    const QDate today = clock.today();
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    const QDateTime from = bs::localToUtc(monday, QTime(0, 0));
    const QDateTime to = bs::localToUtc(monday.addDays(7), QTime(0, 0));
    auto all = scheduler.appointments(bs::localToUtc(today.addMonths(-7), QTime(0, 0)),
                                      bs::localToUtc(today.addMonths(4), QTime(0, 0)));
    if (!all || all->isEmpty())
        return 1;
    std::printf("generated %d citizens, %d staff, %lld appointments in %.1f s\n", options.citizens,
                options.staff, static_cast<long long>(all->size()), generated);

    // The busiest staff member, site and citizen of the week: the worst case of each view.
    QHash<QUuid, int> byStaff, bySite, byCitizen;
    for (const bs::Appointment& a : *all)
        if (a.startUtc >= from && a.startUtc < to) {
            ++byStaff[a.staffId];
            ++bySite[a.siteId];
            ++byCitizen[a.citizenId];
        }
    bySite.remove(QUuid());
    byCitizen.remove(QUuid());
    const auto busiest = [](const QHash<QUuid, int>& counts) {
        QUuid best;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            if (best.isNull() || it.value() > counts.value(best))
                best = it.key();
        return best;
    };
    const auto week = [&](const char* what, bs::CalendarFilter filter) {
        report(what,
               measure(runs,
                       [&] {
                           if (!scheduler.appointments(from, to, filter))
                               std::abort();
                       }),
               50);
    };
    bs::CalendarFilter staff, site, citizen;
    staff.staffId = busiest(byStaff);
    site.siteId = busiest(bySite);
    citizen.citizenId = busiest(byCitizen);
    week("a staff member's week", staff);
    week("a site's week", site);
    week("a citizen's week (with group sessions)", citizen);
    report("My day (a staff member's day)",
           measure(runs,
                   [&] {
                       if (!scheduler.appointments(bs::localToUtc(today, QTime(0, 0)),
                                                   bs::localToUtc(today.addDays(1), QTime(0, 0)),
                                                   staff))
                           std::abort();
                   }),
           50);
    report("day list for printing",
           measure(runs,
                   [&] {
                       if (!bs::DayList::collect(registry, staff.staffId, today))
                           std::abort();
                   }),
           200);
    bs::DeskService desk(registry);
    report("desk summary of a site's day",
           measure(runs,
                   [&] {
                       if (!desk.summary(site.siteId, today))
                           std::abort();
                   }),
           50);

    // Documentation and follow-up on the same data.
    bs::JournalService journal(registry);
    report("journal search, first page (\"budget\")",
           measure(runs,
                   [&] {
                       if (!journal.search(QStringLiteral("budget"), {}, 25, 0))
                           std::abort();
                   }),
           100);
    report("journal search, prefix as typed (\"e-bo\")",
           measure(runs,
                   [&] {
                       if (!journal.search(QStringLiteral("e-bo"), {}, 25, 0))
                           std::abort();
                   }),
           100);
    bs::FollowUpService followUp(registry);
    report("follow-up rules, a run with nothing new",
           measure(std::max(3, runs / 10),
                   [&] {
                       if (!followUp.run())
                           std::abort();
                   }),
           1000);
    return 0;
}
