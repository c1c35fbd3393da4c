// Ledelse benchmark: every chart of the Ledelse section over eight years, unfiltered and for one
// site, and the status report. The demo generator makes half a year of history; the benchmark
// then copies that history back in time (appointments with their attendance, desk visits and goal
// assessments, shifted by whole half-years) until it spans the years asked for, so the charts
// aggregate a large municipality's volume. Median and 95th percentile in ms against 300 ms, and
// the median CPU time of the process (the figure to compare on a machine shared with builds).
//   ledelse_bench [--citizens N] [--staff N] [--runs N] [--database FILE]
#include "BenchSupport.h"
#include "reports/LedelseCharts.h"
#include "services/DemoGenerator.h"
#include "services/StatusReport.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <ctime>

using bench::measure;
using bench::report;

namespace {

// The copy's id: the original's first 24 characters and the copy number, still unique text.
QString copiedId(const QString& column, int copy) {
    // Concatenated, not arg(): "%012x" would be read as a placeholder.
    return QStringLiteral("substr(") + column + QStringLiteral(", 1, 24) || printf('%012x', ") +
           QString::number(copy) + QLatin1Char(')');
}

QString shifted(const QString& column, int days) {
    return QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', %1, '-%2 days')").arg(column).arg(days);
}

// Rows the generator made, not earlier copies (whose ids end in ten zeros and the copy number).
QString original(const char* column) {
    return QStringLiteral("substr(%1, 25, 10) <> '0000000000'").arg(QLatin1String(column));
}

// Copies the history before `nowText` back by `copy` half-years (182 days each, so weekdays stay).
bool copyHistory(const bs::Database& db, int copy, const QString& nowText) {
    const int days = 182 * copy;
    const QString common =
        QStringLiteral("created_utc, modified_utc, modified_by, deleted, revision");
    const QStringList statements = {
        QStringLiteral(
            "INSERT INTO appointment (id, series_id, form, staff_id, citizen_id, group_id, "
            "site_id, place, start_utc, duration_minutes, channel, travel_minutes, "
            "travel_km, topic, learning_goal, outcome, outcome_reason, outcome_by, "
            "outcome_at_utc, subgoal_ids, %1) SELECT %2, NULL, form, staff_id, "
            "citizen_id, group_id, site_id, place, %3, duration_minutes, channel, "
            "travel_minutes, travel_km, topic, learning_goal, outcome, outcome_reason, "
            "outcome_by, %4, subgoal_ids, %1 FROM appointment WHERE start_utc < '%5' "
            "AND %6")
            .arg(common, copiedId(QStringLiteral("id"), copy),
                 shifted(QStringLiteral("start_utc"), days),
                 shifted(QStringLiteral("outcome_at_utc"), days), nowText, original("id")),
        QStringLiteral(
            "INSERT INTO attendance (id, appointment_id, citizen_id, status, reason, %1) "
            "SELECT %2, %3, citizen_id, status, reason, %1 FROM attendance WHERE "
            "%5 AND appointment_id IN "
            "(SELECT id FROM appointment WHERE start_utc < '%4')")
            .arg(common, copiedId(QStringLiteral("id"), copy),
                 copiedId(QStringLiteral("appointment_id"), copy), nowText,
                 original("appointment_id")),
        QStringLiteral("INSERT INTO desk_visit (id, site_id, citizen_id, staff_id, appointment_id, "
                       "arrived_utc, started_utc, ended_utc, topics, note, %1) SELECT %2, site_id, "
                       "citizen_id, staff_id, NULL, %3, %4, %5, topics, note, %1 FROM desk_visit "
                       "WHERE arrived_utc < '%6' AND %7")
            .arg(common, copiedId(QStringLiteral("id"), copy),
                 shifted(QStringLiteral("arrived_utc"), days),
                 shifted(QStringLiteral("started_utc"), days),
                 shifted(QStringLiteral("ended_utc"), days), nowText, original("id")),
        QStringLiteral("INSERT INTO goal_assessment (id, note_id, subgoal_id, goal_id, author_id, "
                       "assessed_utc, progress, level, %1) SELECT %2, NULL, subgoal_id, goal_id, "
                       "author_id, %3, progress, level, %1 FROM goal_assessment WHERE assessed_utc "
                       "< '%4' AND %5")
            .arg(common, copiedId(QStringLiteral("id"), copy),
                 shifted(QStringLiteral("assessed_utc"), days), nowText, original("id")),
    };
    for (const QString& sql : statements)
        if (auto s = db.execSql(sql); !s) {
            std::fprintf(stderr, "%s\n%s\n", qPrintable(s.message()), qPrintable(sql));
            return false;
        }
    return true;
}

double cpuMs() {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

// measure() and the median CPU time of the same runs.
std::pair<bench::Figures, double> measureWithCpu(int runs, const std::function<void()>& work) {
    QList<double> cpu;
    const bench::Figures wall = measure(runs, [&] {
        const double before = cpuMs();
        work();
        cpu << cpuMs() - before;
    });
    std::sort(cpu.begin(), cpu.end());
    return {wall, cpu.at(cpu.size() / 2)};
}

void reportWithCpu(const QString& what, const std::pair<bench::Figures, double>& figures,
                   double budgetMs) {
    report(qPrintable(what), figures.first, budgetMs);
    std::printf("%-44s cpu    %8.2f ms\n", "", figures.second);
}

qint64 count(const bs::Database& db, const char* table) {
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const bench::Options given = bench::parseOptions(app, {1000, 60, 20, {}});
    const int years = 8;

    QTemporaryDir dir;
    const bs::FixedClock clock(QDateTime(QDate(2025, 11, 25), QTime(9, 0), QTimeZone::utc()));
    const QString path =
        given.database.isEmpty() ? dir.filePath(QStringLiteral("bench.sqlite")) : given.database;
    const bool reuse = QFile::exists(path);
    auto db = bs::Database::open(path, clock);
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
    if (reuse) {
        std::printf("reusing %s\n", qPrintable(path));
    } else if (auto s = bs::DemoGenerator::generate(registry, options); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.message()));
        return 1;
    }
    const QString nowText = bs::toDbTimestamp(clock.nowUtc());
    auto copied = db.value()->transaction([&]() -> bs::Status {
        for (int copy = 1; copy < 2 * years && !reuse; ++copy)
            if (!copyHistory(*db.value(), copy, nowText))
                return bs::Status::failure(QStringLiteral("copying the history failed"));
        return bs::Status::success();
    });
    if (!copied)
        return 1;
    (void)db.value()->execSql(QStringLiteral("ANALYZE"));
    std::printf("%lld citizens, %lld staff (%s in %.1f s): %lld appointments, %lld attendance "
                "rows, %lld desk visits, %lld goal assessments\n",
                static_cast<long long>(count(*db.value(), "citizen")),
                static_cast<long long>(count(*db.value(), "staff")), reuse ? "opened" : "generated",
                t.elapsed() / 1000.0, static_cast<long long>(count(*db.value(), "appointment")),
                static_cast<long long>(count(*db.value(), "attendance")),
                static_cast<long long>(count(*db.value(), "desk_visit")),
                static_cast<long long>(count(*db.value(), "goal_assessment")));

    bs::ReportFilter all;
    all.to = clock.today();
    all.from = all.to.addYears(-years).addDays(1);
    bs::ReportFilter oneSite = all;
    oneSite.siteIds = {registry.sites()->value(0).meta.id};

    int failures = 0;
    for (const bs::ChartInfo& info : bs::chartCatalogue()) {
        for (const auto& [filter, suffix] :
             {std::pair{&all, ""}, std::pair{&oneSite, " (one site)"}}) {
            QString message;
            const auto figures = measureWithCpu(given.runs, [&] {
                auto table = bs::computeChart(*db.value(), info.id, *filter);
                if (!table)
                    message = table.message();
            });
            if (!message.isEmpty()) {
                std::printf("%-44s FAILED: %s\n", info.code, qPrintable(message));
                ++failures;
                continue;
            }
            reportWithCpu(QString::fromLatin1(info.code) + QLatin1String(suffix), figures, 300);
        }
    }
    reportWithCpu(
        QStringLiteral("status report"),
        measureWithCpu(given.runs,
                       [&] { (void)bs::StatusReport::compute(*db.value(), clock.today()); }),
        1000);
    return failures == 0 ? 0 : 1;
}
