// Start to a usable main window on a large database, and the memory it takes: opens the file,
// builds the main window as a leader of the busiest team would see it (Min dag, the citizen
// list, every page's first load), shows it and lets the event loop run until nothing is pending.
// Then the peak resident memory of the process.
//
//   startup_bench --database /tmp/bostotte-large.sqlite [--runs N]   (QT_QPA_PLATFORM=offscreen)
#include "BenchSupport.h"
#include "MainWindow.h"
#include "security/Actor.h"
#include "services/Registry.h"
#include "storage/Database.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <sys/resource.h>

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    const bench::Options given = bench::parseOptions(app, {0, 0, 5, {}});
    if (given.database.isEmpty() || !QFile::exists(given.database))
        return bench::fail(QStringLiteral("startup_bench needs --database FILE (the large "
                                          "municipality: bostotte-cli generate --scale large)"));
    // "Now" is just after the generated history, as in scale_bench.
    QString lastStart;
    bs::Actor leader;
    {
        bs::FixedClock clock(QDateTime::currentDateTimeUtc());
        auto db = bs::Database::open(given.database, clock);
        if (!db)
            return bench::fail(db.message());
        QSqlQuery q((*db)->connection());
        q.exec(QStringLiteral("SELECT max(start_utc) FROM appointment"));
        q.next();
        lastStart = q.value(0).toString();
        // The contact person with the most citizens, as a leader of their team.
        q.exec(QStringLiteral("SELECT s.id, s.team_id, s.initials FROM staff s JOIN citizen c ON "
                              "c.contact_staff_id = s.id GROUP BY s.id, s.team_id, s.initials "
                              "ORDER BY count(*) DESC LIMIT 1"));
        if (!q.next())
            return bench::fail(QStringLiteral("no staff in the database"));
        leader.accountId = QUuid::createUuid();
        leader.userName = q.value(2).toString().toLower();
        leader.displayName = q.value(2).toString();
        leader.staffId = QUuid::fromString(q.value(0).toString());
        leader.teamId = QUuid::fromString(q.value(1).toString());
        leader.role = bs::StaffRole::Leader;
    }
    const bs::FixedClock clock(bs::fromDbTimestamp(lastStart).addSecs(4 * 3600));
    const bench::Figures f = bench::measure(given.runs, [&] {
        auto db = bs::Database::open(given.database, clock);
        if (!db)
            std::exit(bench::fail(db.message()));
        (*db)->setActor(leader);
        bs::Registry registry(**db);
        bs::MainWindow window(registry,
                              bs::MainWindowOptions{QStringLiteral("da"), false, nullptr});
        window.show();
        // Usable: shown and every queued first load done.
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents(QEventLoop::AllEvents);
    });
    bench::report("start to a usable main window (open + window + first loads)", f, 1000);
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("peak resident memory: %.0f MB (budget 300 MB)\n", usage.ru_maxrss / 1024.0);
    return 0;
}
