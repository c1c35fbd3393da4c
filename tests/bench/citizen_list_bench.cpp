// Citizen-list benchmark on a generated municipality: opening the database, loading the list,
// and filtering per keystroke. Prints median and 95th percentile in milliseconds.
//   citizen_list_bench [--citizens N] [--staff N] [--runs N]
#include "BenchSupport.h"
#include "domain/Clock.h"
#include "models/CitizenFilterModel.h"
#include "models/CitizenListModel.h"
#include "services/DemoGenerator.h"
#include "services/Registry.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <functional>

using bench::measure;
using bench::report;

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const bench::Options given = bench::parseOptions(app, {5000, 200, 30, {}});
    const int runs = given.runs;

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
    const bs::FixedClock clock(QDateTime(QDate(2025, 11, 25), QTime(9, 0), QTimeZone::utc()));
    {
        auto db = bs::Database::open(path, clock);
        if (!db) {
            std::fprintf(stderr, "%s\n", qPrintable(db.message()));
            return 1;
        }
        bs::Registry registry(*db.value());
        bs::DemoOptions options;
        options.citizens = given.citizens;
        options.staff = given.staff;
        options.appointments = false; // the list does not need the calendar
        QElapsedTimer t;
        t.start();
        if (auto s = bs::DemoGenerator::generate(registry, options); !s) {
            std::fprintf(stderr, "%s\n", qPrintable(s.message()));
            return 1;
        }
        std::printf("generated %d citizens, %d staff in %.1f s\n", options.citizens, options.staff,
                    t.elapsed() / 1000.0);
    }

    report("open database (pragmas, collation, checks)",
           measure(runs,
                   [&] {
                       auto db = bs::Database::open(path, clock);
                       if (!db)
                           std::abort();
                   }),
           1000);

    auto db = bs::Database::open(path, clock);
    bs::Registry registry(*db.value());
    const QDate today = clock.today();
    report("citizen summaries query",
           measure(runs,
                   [&] {
                       if (!registry.citizenSummaries(today))
                           std::abort();
                   }),
           1000);

    bs::CitizenListModel model;
    report("citizen list model reload",
           measure(runs,
                   [&] {
                       if (!model.reload(registry, today))
                           std::abort();
                   }),
           1000);

    bs::CitizenFilterModel filter;
    filter.setSourceModel(&model);
    filter.sort(bs::CitizenListModel::NameColumn);
    const QStringList typed{
        QStringLiteral("ø"),       QStringLiteral("øs"),       QStringLiteral("øst"),
        QStringLiteral("øste"),    QStringLiteral("øster"),    QStringLiteral("østerg"),
        QStringLiteral("øster g"), QStringLiteral("øster gr"), QStringLiteral("8500"),
        QStringLiteral("rådg"),    QStringLiteral("")};
    int k = 0;
    report("filter per keystroke (5000 rows, sorted)",
           measure(runs * 4, [&] { filter.setFilterText(typed.at(k++ % typed.size())); }), 30);
    std::printf("rows: %d, last filter shows %d\n", model.rowCount(), filter.rowCount());
    return 0;
}
