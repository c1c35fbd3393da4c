// Scale benchmark (issue 8) on the large generated municipality (bostotte-cli generate --scale
// large): for each figure the median and 95th percentile against its budget and, next to each
// SQLite query path, the same rows read by hand-written SQL through the SQLite C API on the same
// file ("bare"), with the ratio app/bare; a ratio above 2 is flagged as a finding. Ends with the
// peak memory (RSS). The GUI part of "start" (the main window) is measured by the GUI.
//   scale_bench --database /tmp/bostotte-large.sqlite [--runs N]
#include "BenchSupport.h"
#include "models/CitizenFilterModel.h"
#include "models/CitizenListModel.h"
#include "reports/LedelseCharts.h"
#include "reports/StatusNote.h"
#include "services/GoalFollowUp.h"
#include "services/JournalService.h"
#include "services/Registry.h"
#include "services/Scheduler.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <sqlite3.h>
#include <sys/resource.h>

using bench::Figures;
using bench::measure;

namespace {

struct Row {
    QString what;
    Figures app;
    double budget;
    std::optional<Figures> bare;
};
QList<Row> g_rows;

void record(const QString& what, Figures app, double budget, std::optional<Figures> bare = {}) {
    bench::report(qPrintable(what), app, budget);
    if (bare) {
        const double ratio = app.median / std::max(0.001, bare->median);
        std::printf("%-44s median %8.2f ms   p95 %8.2f ms   ratio app/bare %5.1f %s\n",
                    "  bare SQLite C API", bare->median, bare->p95, ratio,
                    ratio > 2 ? "FINDING (> 2)" : "");
    }
    g_rows.append({what, app, budget, bare});
}

// The same file through the SQLite C API: statements prepared once, every column of every row
// read as text (as the application's mapping reads them).
class Bare {
public:
    explicit Bare(const QString& path) {
        sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READONLY, nullptr);
    }
    ~Bare() {
        for (auto* s : std::as_const(m_statements))
            sqlite3_finalize(s);
        sqlite3_close(m_db);
    }
    // Rows returned.
    int rows(const char* sql, const QStringList& binds = {}) {
        sqlite3_stmt*& s = m_statements[QByteArray(sql)];
        if (!s && sqlite3_prepare_v2(m_db, sql, -1, &s, nullptr) != SQLITE_OK) {
            std::fprintf(stderr, "bare: %s\n%s\n", sqlite3_errmsg(m_db), sql);
            std::abort();
        }
        for (int i = 0; i < binds.size(); ++i) {
            const QByteArray v = binds.at(i).toUtf8();
            sqlite3_bind_text(s, i + 1, v.constData(), int(v.size()), SQLITE_TRANSIENT);
        }
        int n = 0;
        qint64 bytes = 0;
        while (sqlite3_step(s) == SQLITE_ROW) {
            ++n;
            for (int c = 0, cols = sqlite3_column_count(s); c < cols; ++c) {
                sqlite3_column_text(s, c);
                bytes += sqlite3_column_bytes(s, c);
            }
        }
        sqlite3_reset(s);
        m_sink += bytes;
        return n;
    }
    QString text(const char* sql) {
        sqlite3_stmt* s = nullptr;
        sqlite3_prepare_v2(m_db, sql, -1, &s, nullptr);
        QString out;
        if (sqlite3_step(s) == SQLITE_ROW)
            out = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(s, 0)));
        sqlite3_finalize(s);
        return out;
    }

private:
    sqlite3* m_db = nullptr;
    QHash<QByteArray, sqlite3_stmt*> m_statements;
    qint64 m_sink = 0;
};

template <typename R> void need(const R& result, const char* what) {
    if (!result) {
        std::fprintf(stderr, "%s: %s\n", what, qPrintable(result.message()));
        std::abort();
    }
}

QString id(const QUuid& u) {
    return u.toString(QUuid::WithoutBraces);
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const bench::Options given = bench::parseOptions(app, {0, 0, 10, {}});
    const QString path = given.database;
    if (path.isEmpty() || !QFile::exists(path))
        return bench::fail(QStringLiteral(
            "scale_bench needs the large database. Make it once (about 10 minutes) with\n"
            "  bostotte-cli generate --scale large --out /tmp/bostotte-large.sqlite\n"
            "then run: scale_bench --database /tmp/bostotte-large.sqlite [--runs N]"));
    const int runs = given.runs;
    // The data ends at the moment it was generated: "now" is just after its last appointment.
    Bare bare(path);
    const QString lastStart = bare.text("SELECT max(start_utc) FROM appointment");
    const bs::FixedClock clock(bs::fromDbTimestamp(lastStart).addSecs(4 * 3600));
    const QDate today = clock.today();
    std::printf("database %s, now %s\n", qPrintable(path), qPrintable(lastStart));

    // --- Start: open the database and build the citizen list model (the core of startup).
    std::unique_ptr<bs::Database> db;
    bs::CitizenListModel model;
    record(QStringLiteral("start: open + citizen list model"),
           measure(runs,
                   [&] {
                       db.reset();
                       auto opened = bs::Database::open(path, clock);
                       need(opened, "open");
                       db = std::move(opened.value());
                       bs::Registry registry(*db);
                       need(model.reload(registry, today), "citizen list");
                   }),
           1000, measure(runs, [&] {
               Bare b(path);
               const QString day = today.toString(Qt::ISODate);
               b.rows("SELECT c.id, c.name, c.cpr, c.status, c.target_group, s.name, st.initials, "
                      "st.name, (SELECT group_concat(DISTINCT a.form) FROM allocation a WHERE "
                      "a.citizen_id = c.id AND a.deleted = 0 AND a.from_date <= ? AND (a.to_date "
                      "IS NULL OR a.to_date >= ?)) FROM citizen c LEFT JOIN site s ON s.id = "
                      "c.site_id LEFT JOIN staff st ON st.id = c.contact_staff_id WHERE "
                      "c.deleted = 0 ORDER BY c.name, c.id",
                      {day, day});
           }));
    bs::Registry registry(*db);

    // --- Filter per keystroke: "mett" typed one key at a time, then cleared.
    bs::CitizenFilterModel filter;
    filter.setSourceModel(&model);
    filter.sort(bs::CitizenListModel::NameColumn);
    const QStringList typed{QStringLiteral("m"), QStringLiteral("me"), QStringLiteral("met"),
                            QStringLiteral("mett"), QString()};
    int k = 0;
    record(QStringLiteral("citizen list filter per keystroke"),
           measure(runs * 5, [&] { filter.setFilterText(typed.at(k++ % typed.size())); }), 30);

    // --- Open a citizen: what the citizen view loads.
    bs::JournalService journal(registry);
    const auto summaries = registry.citizenSummaries(today);
    need(summaries, "summaries");
    const QUuid citizenId = summaries->at(summaries->size() / 2).id;
    int appRows = 0;
    record(QStringLiteral("open a citizen (record, grants, goals, journal)"),
           measure(runs,
                   [&] {
                       appRows = 0;
                       need(registry.citizen(citizenId), "citizen");
                       auto grants = registry.grants(citizenId);
                       need(grants, "grants");
                       auto allocations = registry.allocations(citizenId);
                       need(allocations, "allocations");
                       need(registry.groups(), "groups");
                       auto goals = registry.goals(citizenId);
                       need(goals, "goals");
                       for (const bs::Goal& g : *goals) {
                           auto sg = registry.subGoals(g.meta.id);
                           need(sg, "subgoals");
                           appRows += int(sg->size());
                       }
                       auto notes = journal.notes(citizenId);
                       need(notes, "notes");
                       for (const bs::JournalNote& n : *notes)
                           need(registry.record<bs::Staff>(n.authorId), "author");
                       appRows += int(grants->size() + allocations->size() + goals->size() +
                                      notes->size());
                   }),
           50, measure(runs, [&] {
               const QStringList c{id(citizenId)};
               bare.rows("SELECT * FROM citizen WHERE id = ?", c);
               bare.rows("SELECT * FROM support_grant WHERE deleted = 0 AND citizen_id = ?", c);
               bare.rows("SELECT * FROM allocation WHERE deleted = 0 AND citizen_id = ?", c);
               bare.rows("SELECT * FROM support_group WHERE deleted = 0");
               bare.rows("SELECT * FROM goal WHERE deleted = 0 AND citizen_id = ?", c);
               bare.rows("SELECT s.* FROM subgoal s JOIN goal g ON g.id = s.goal_id WHERE "
                         "s.deleted = 0 AND g.deleted = 0 AND g.citizen_id = ?",
                         c);
               bare.rows("SELECT n.*, st.initials, st.name FROM journal_note n JOIN staff st ON "
                         "st.id = n.author_id WHERE n.deleted = 0 AND n.citizen_id = ? ORDER BY "
                         "n.written_utc DESC",
                         c);
           }));
    std::printf("  (%d rows: grants, allocations, goals, delmål, notes)\n", appRows);
    record(
        QStringLiteral("  + stale delmål flags (goals panel)"),
        measure(runs, [&] { need(bs::GoalFollowUp(registry).staleSubGoals(citizenId), "stale"); }),
        50);

    // --- A staff member's and a site's week (the calendar's query).
    bs::Scheduler scheduler(registry);
    const QDate monday = today.addDays(-7 - (today.dayOfWeek() - 1));
    const QDateTime from = bs::localToUtc(monday, QTime(0, 0));
    const QDateTime to = bs::localToUtc(monday.addDays(7), QTime(0, 0));
    const auto appts = scheduler.appointments(from, to);
    need(appts, "week");
    QHash<QUuid, int> byStaff, bySite;
    for (const bs::Appointment& a : *appts) {
        ++byStaff[a.staffId];
        if (!a.siteId.isNull())
            ++bySite[a.siteId];
    }
    const auto busiest = [](const QHash<QUuid, int>& counts) {
        QUuid best;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            if (best.isNull() || it.value() > counts.value(best))
                best = it.key();
        return best;
    };
    const QStringList week{bs::toDbTimestamp(to), bs::toDbTimestamp(from.addSecs(-24 * 3600)),
                           bs::toDbTimestamp(from)};
    bs::CalendarFilter staff, site;
    staff.staffId = busiest(byStaff);
    site.siteId = busiest(bySite);
    record(QStringLiteral("a staff member's week (last full week)"),
           measure(runs, [&] { need(scheduler.appointments(from, to, staff), "staff week"); }), 50,
           measure(runs, [&] {
               bare.rows("SELECT a.* FROM appointment a WHERE a.deleted = 0 AND a.start_utc < ? "
                         "AND a.start_utc >= ? AND strftime('%Y-%m-%dT%H:%M:%fZ', a.start_utc, "
                         "'+' || a.duration_minutes || ' minutes') > ? AND a.staff_id = ? ORDER "
                         "BY a.start_utc, a.id",
                         week + QStringList{id(staff.staffId)});
           }));
    record(QStringLiteral("a site's week (last full week)"),
           measure(runs, [&] { need(scheduler.appointments(from, to, site), "site week"); }), 50,
           measure(runs, [&] {
               bare.rows("SELECT a.* FROM appointment a WHERE a.deleted = 0 AND a.start_utc < ? "
                         "AND a.start_utc >= ? AND strftime('%Y-%m-%dT%H:%M:%fZ', a.start_utc, "
                         "'+' || a.duration_minutes || ' minutes') > ? AND (a.site_id = ? OR "
                         "(a.site_id IS NULL AND a.group_id IN (SELECT id FROM support_group "
                         "WHERE site_id = ?))) ORDER BY a.start_utc, a.id",
                         week + QStringList{id(site.siteId), id(site.siteId)});
           }));

    // --- Full-text search over every note, first page, as the search page asks.
    for (const char* word : {"netbank", "tandlægen", "vaskekæld"}) {
        record(QStringLiteral("journal search, first page (\"%1\")").arg(QString::fromUtf8(word)),
               measure(runs,
                       [&] { need(journal.search(QString::fromUtf8(word), {}, 25, 0), "search"); }),
               100, measure(runs, [&] {
                   const QString match = QStringLiteral("\"%1\"*").arg(QString::fromUtf8(word));
                   // The index's rowids follow the written time (schema 12): read newest first.
                   bare.rows("SELECT n.*, c.name, st.initials, st.name, snippet(journal_search, "
                             "1, '<b>', '</b>', '…', 12) FROM journal_search s CROSS JOIN "
                             "journal_note n JOIN citizen c ON c.id = n.citizen_id JOIN staff st "
                             "ON st.id = n.author_id WHERE journal_search MATCH ? AND n.id = "
                             "s.note_id AND n.deleted = 0 ORDER BY s.rowid DESC LIMIT 25",
                             {match});
               }));
    }

    // --- Every Ledelse chart over eight years; the bare path for the appointment counts.
    bs::ReportFilter all;
    all.to = today;
    all.from = today.addYears(-8).addDays(1);
    for (const bs::ChartInfo& info : bs::chartCatalogue()) {
        QString message;
        const Figures f = measure(runs, [&] {
            auto table = bs::computeChart(*db, info.id, all);
            if (!table)
                message = table.message();
        });
        if (!message.isEmpty()) {
            std::printf("%-44s FAILED: %s\n", info.code, qPrintable(message));
            continue;
        }
        std::optional<Figures> b;
        if (QLatin1String(info.code) == QLatin1String("activity.sessions"))
            b = measure(runs, [&] {
                bare.rows("SELECT substr(start_utc, 1, 7), form, outcome, count(*), "
                          "sum(duration_minutes) FROM appointment WHERE deleted = 0 AND "
                          "start_utc >= ? AND start_utc < ? GROUP BY 1, 2, 3",
                          {bs::toDbTimestamp(bs::localToUtc(all.from, QTime(0, 0))),
                           bs::toDbTimestamp(bs::localToUtc(all.to.addDays(1), QTime(0, 0)))});
            });
        record(QStringLiteral("Ledelse %1").arg(QLatin1String(info.code)), f, 300, b);
    }

    // --- The status note as the Ledelse page makes it.
    record(QStringLiteral("status note (today against the previous)"),
           measure(runs,
                   [&] {
                       need(bs::StatusNote::compute(*db, today,
                                                    bs::StatusNote::defaultPrevious(*db, today)),
                            "status note");
                   }),
           1000);

    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const double peakMb = usage.ru_maxrss / 1024.0;

    std::printf("\n%-50s %10s %10s %8s %10s %7s\n", "figure", "median", "p95", "budget",
                "bare med.", "ratio");
    for (const Row& r : std::as_const(g_rows)) {
        std::printf("%-50s %10.2f %10.2f %8.0f", qPrintable(r.what), r.app.median, r.app.p95,
                    r.budget);
        if (r.bare)
            std::printf(" %10.2f %7.1f%s\n", r.bare->median,
                        r.app.median / std::max(0.001, r.bare->median),
                        r.app.median > 2 * r.bare->median ? " !" : "");
        else
            std::printf(" %10s %7s\n", "-", "-");
    }
    std::printf("%-50s %10.0f MB (budget 300 MB) %s\n", "peak memory (RSS)", peakMb,
                peakMb <= 300 ? "ok" : "OVER");
    std::printf("export / import of 100 000 changes: see sync_bench\n");
    return 0;
}
