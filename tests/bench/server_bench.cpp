// Server mode under load: many workers at once on one PostgreSQL database, each with its own
// connection, as a municipality's staff would use it. Every worker plays one staff member and
// loops over a realistic mix until the time is up: open one of their citizens (record, grants,
// allocations, goals, delmål, journal), write a journal note, look at their week, search the
// journal. Prints throughput and the median and 95th percentile of each kind of work.
//
//   server_bench --server postgresql://user@host/db?schema=bench [--workers 50] [--seconds 30]
//                [--scale medium]
// An empty schema is first filled by the generator at the given scale (in one transaction).
#include "BenchSupport.h"
#include "security/Actor.h"
#include "services/JournalService.h"
#include "services/Registry.h"
#include "services/ScaleGenerator.h"
#include "services/Scheduler.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <atomic>
#include <cstdio>
#include <mutex>
#include <random>
#include <thread>
#include <vector>

namespace {

enum Op { OpenCitizen, WriteNote, Week, Search, OpCount };
const char* const kOpNames[OpCount] = {"open a citizen", "write a journal note",
                                       "a staff member's week", "journal search, first page"};
// Out of 100: what a working day's clicks look like, roughly.
const int kWeights[OpCount] = {40, 15, 30, 15};

struct Worker {
    bs::Actor actor;
    QList<QUuid> citizens;
};

struct Samples {
    std::vector<double> ms[OpCount];
    int errors = 0;
    QString firstError;
};

template <typename R> bool ok(const R& r, Samples& s) {
    if (r)
        return true;
    if (s.errors++ == 0)
        s.firstError = r.message();
    return false;
}

double quantile(std::vector<double> v, double q) {
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(std::min(v.size() - 1, size_t(q * double(v.size()))));
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("server"), QStringLiteral("postgresql:// URI."), QStringLiteral("URI")});
    parser.addOption({QStringLiteral("workers"), QStringLiteral("Concurrent workers."),
                      QStringLiteral("N"), QStringLiteral("50")});
    parser.addOption({QStringLiteral("seconds"), QStringLiteral("Duration of the load."),
                      QStringLiteral("S"), QStringLiteral("30")});
    parser.addOption({QStringLiteral("scale"),
                      QStringLiteral("Generator scale for an empty schema."),
                      QStringLiteral("SCALE"), QStringLiteral("medium")});
    parser.process(app);
    const QString uri = parser.value(QStringLiteral("server"));
    const int workers = std::max(1, parser.value(QStringLiteral("workers")).toInt());
    const int seconds = std::max(1, parser.value(QStringLiteral("seconds")).toInt());
    if (!bs::ServerLocation::isServerUri(uri))
        return bench::fail(QStringLiteral("server_bench needs --server postgresql://…"));

    // Fill an empty schema; the clock is the end of the generated history.
    bs::FixedClock setupClock(QDateTime::currentDateTimeUtc());
    {
        auto db = bs::Database::open(uri, setupClock);
        if (!db)
            return bench::fail(db.message());
        QSqlQuery q((*db)->connection());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM citizen")) || !q.next())
            return bench::fail(QStringLiteral("cannot read the server"));
        if (q.value(0).toInt() == 0) {
            const auto scale =
                bs::ScaleGenerator::parseScale(parser.value(QStringLiteral("scale")));
            if (!scale)
                return bench::fail(QStringLiteral("--scale must be small, medium or large"));
            bs::ScaleOptions options;
            options.scale = *scale;
            QElapsedTimer t;
            t.start();
            bs::Database& d = **db;
            d.setActor(bs::Actor::commandLine());
            if (auto s = d.transaction([&] { return bs::ScaleGenerator::generate(d, options); });
                !s)
                return bench::fail(s.message());
            std::printf("generated the %s municipality into the server in %.1f s\n",
                        qPrintable(parser.value(QStringLiteral("scale"))), t.elapsed() / 1000.0);
        }
    }
    // Staff with their citizens (contact person), and the last generated week.
    std::vector<Worker> cast;
    QDateTime lastStart;
    {
        auto db = bs::Database::open(uri, setupClock);
        if (!db)
            return bench::fail(db.message());
        QSqlQuery q((*db)->connection());
        q.exec(QStringLiteral("SELECT max(start_utc) FROM appointment"));
        q.next();
        lastStart = bs::fromDbTimestamp(q.value(0).toString());
        q.exec(
            QStringLiteral("SELECT s.id, s.team_id, s.initials, c.id FROM staff s JOIN citizen c "
                           "ON c.contact_staff_id = s.id AND c.deleted = 0 WHERE s.deleted = 0 "
                           "ORDER BY s.initials"));
        QHash<QUuid, int> index;
        while (q.next()) {
            const QUuid staff = QUuid::fromString(q.value(0).toString());
            if (!index.contains(staff)) {
                index.insert(staff, int(cast.size()));
                Worker w;
                w.actor.accountId = QUuid::createUuid();
                w.actor.userName = q.value(2).toString().toLower();
                w.actor.displayName = q.value(2).toString();
                w.actor.staffId = staff;
                w.actor.teamId = QUuid::fromString(q.value(1).toString());
                cast.push_back(w);
            }
            cast[size_t(index.value(staff))].citizens << QUuid::fromString(q.value(3).toString());
        }
    }
    if (cast.empty())
        return bench::fail(QStringLiteral("no staff with citizens on the server"));
    const bs::FixedClock clock(lastStart.addSecs(4 * 3600));
    const QDate today = clock.today();
    const QDate monday = today.addDays(-7 - (today.dayOfWeek() - 1));
    const QDateTime weekFrom = bs::localToUtc(monday, QTime(0, 0));
    const QDateTime weekTo = bs::localToUtc(monday.addDays(7), QTime(0, 0));
    const QStringList words{QStringLiteral("netbank"), QStringLiteral("tandlægen"),
                            QStringLiteral("indkøb"), QStringLiteral("søvn"),
                            QStringLiteral("post")};

    std::printf("%d workers for %d s against %s (%zu staff with citizens)\n", workers, seconds,
                qPrintable(uri), cast.size());
    std::vector<Samples> samples(size_t(workers), Samples{});
    std::atomic<bool> stop{false};
    std::atomic<int> ready{0};
    std::vector<std::thread> threads;
    for (int w = 0; w < workers; ++w)
        threads.emplace_back([&, w] {
            Samples& mine = samples[size_t(w)];
            const Worker& me = cast[size_t(w) % cast.size()];
            auto opened = bs::Database::open(uri, clock);
            ++ready;
            if (!ok(opened, mine))
                return;
            bs::Database& db = **opened;
            db.setActor(me.actor);
            bs::Registry registry(db);
            bs::JournalService journal(registry);
            bs::Scheduler scheduler(registry);
            std::mt19937 random(quint32(w) * 7919u + 1u);
            while (ready.load() < workers)
                std::this_thread::yield();
            while (!stop.load()) {
                int pick = int(random() % 100);
                Op op = OpenCitizen;
                for (int i = 0; i < OpCount; ++i) {
                    if (pick < kWeights[i]) {
                        op = Op(i);
                        break;
                    }
                    pick -= kWeights[i];
                }
                const QUuid citizen = me.citizens.at(int(random() % me.citizens.size()));
                QElapsedTimer t;
                t.start();
                bool done = true;
                switch (op) {
                case OpenCitizen: {
                    done = ok(registry.citizen(citizen), mine) &&
                           ok(registry.grants(citizen), mine) &&
                           ok(registry.allocations(citizen), mine);
                    auto goals = registry.goals(citizen);
                    done = done && ok(goals, mine);
                    if (done)
                        for (const bs::Goal& g : *goals)
                            done = done && ok(registry.subGoals(g.meta.id), mine);
                    done = done && ok(journal.notes(citizen), mine);
                    break;
                }
                case WriteNote: {
                    bs::JournalNote note;
                    note.citizenId = citizen;
                    note.form = bs::SupportForm::Individual;
                    note.text = QStringLiteral("Besøg hos borgeren. Vi gennemgik post og netbank "
                                               "og aftalte næste besøg.");
                    done = ok(journal.write(note, {}, me.actor.staffId), mine);
                    break;
                }
                case Week: {
                    bs::CalendarFilter filter;
                    filter.staffId = me.actor.staffId;
                    done = ok(scheduler.appointments(weekFrom, weekTo, filter), mine);
                    break;
                }
                case Search:
                    done =
                        ok(journal.search(words.at(int(random() % words.size())), {}, 25, 0), mine);
                    break;
                case OpCount:
                    break;
                }
                if (done)
                    mine.ms[op].push_back(double(t.nsecsElapsed()) / 1e6);
            }
        });
    while (ready.load() < workers)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    std::this_thread::sleep_for(std::chrono::seconds(seconds));
    stop = true;
    for (auto& t : threads)
        t.join();

    Samples all;
    for (const Samples& s : samples) {
        for (int op = 0; op < OpCount; ++op)
            all.ms[op].insert(all.ms[op].end(), s.ms[op].begin(), s.ms[op].end());
        if (s.errors && all.errors == 0)
            all.firstError = s.firstError;
        all.errors += s.errors;
    }
    size_t total = 0;
    std::printf("\n%-30s %9s %9s %10s %10s\n", "operation", "count", "per s", "median ms",
                "p95 ms");
    for (int op = 0; op < OpCount; ++op) {
        total += all.ms[op].size();
        std::printf("%-30s %9zu %9.1f %10.1f %10.1f\n", kOpNames[op], all.ms[op].size(),
                    double(all.ms[op].size()) / seconds, quantile(all.ms[op], 0.5),
                    quantile(all.ms[op], 0.95));
    }
    std::printf("%-30s %9zu %9.1f\n", "all", total, double(total) / seconds);
    std::printf("errors: %d%s%s\n", all.errors, all.errors ? "; first: " : "",
                qPrintable(all.firstError));
    return all.errors == 0 ? 0 : 1;
}
