// Access benchmark (issue 7), on the demo municipality (152 citizens, about 3 200 appointments,
// 500 notes) with a six-month access log of a busy office (--entries, default 200 000):
// a login (Argon2id, INTERACTIVE), the cost the access log adds to a change, a worker's filtered
// citizen list, log searches, the retention purge, a citizen's extract, an erasure (with VACUUM)
// and an encrypted backup and restore. Median and 95th percentile in ms.
//   access_bench [--citizens ENTRIES] [--runs N]
#include "BenchSupport.h"
#include "security/AuthService.h"
#include "security/BackupService.h"
#include "security/CitizenAccess.h"
#include "security/CitizenExtract.h"
#include "security/ErasureService.h"
#include "services/DemoGenerator.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryDir>

using bench::fail;
using bench::measure;
using bench::report;

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const bench::Options given = bench::parseOptions(app, {200000, 1, 5, {}});
    const int entries = given.citizens;

    QTemporaryDir dir;
    bs::FixedClock clock(QDateTime(QDate(2025, 11, 25), QTime(9, 0), QTimeZone::utc()));
    const QString path = dir.filePath(QStringLiteral("access.sqlite"));
    auto opened = bs::Database::open(path, clock);
    if (!opened)
        return fail(opened.message());
    bs::Database& db = *opened.value();
    bs::Registry registry(db);
    if (auto s = bs::DemoGenerator::generate(registry); !s)
        return fail(s.message());
    auto staff = registry.staff();
    auto citizens = registry.citizens();
    if (!staff || !citizens || staff->isEmpty() || citizens->size() < 3)
        return fail(QStringLiteral("the demo has no staff or citizens"));

    // A six-month log: reads and searches spread over the citizens and the staff.
    {
        const QDateTime start = clock.nowUtc();
        const bs::Status s = db.transaction([&]() -> bs::Status {
            for (int i = 0; i < entries; ++i) {
                clock.set(start.addSecs(-qint64(i) * 180 * 86400 / entries));
                bs::Actor a;
                a.accountId = QUuid::createUuid();
                a.userName = staff->at(i % staff->size()).initials;
                db.setActor(a);
                const bool search = i % 5 == 0;
                if (auto r = db.accessLog().record(
                        search ? bs::AccessAction::Search : bs::AccessAction::Read,
                        search ? QUuid() : citizens->at(i % citizens->size()).meta.id,
                        search ? QStringLiteral("Hansen") : QString());
                    !r)
                    return r;
            }
            return bs::Status::success();
        });
        clock.set(start);
        db.setActor(bs::Actor::system());
        if (!s)
            return fail(s.message());
    }
    std::printf("demo municipality: %lld citizens, access log: %d entries, file %.1f MiB\n",
                static_cast<long long>(citizens->size()), entries,
                QFileInfo(path).size() / 1048576.0);

    // Login: one Argon2id verification at libsodium's INTERACTIVE limits (64 MiB).
    bs::AuthService auth(registry);
    if (auto a = auth.createFirstAdministrator(QStringLiteral("admin"), QStringLiteral("Admin"),
                                               QStringLiteral("korrekt-hest-batteri"));
        !a)
        return fail(a.message());
    report("login (Argon2id, 64 MiB)",
           measure(given.runs,
                   [&] {
                       if (!auth.login(QStringLiteral("admin"),
                                       QStringLiteral("korrekt-hest-batteri")))
                           std::fprintf(stderr, "login failed\n");
                   }),
           1000);
    db.setActor(bs::Actor::system());

    // A change with and without its log entry (the entry commits in the change's transaction).
    // Two citizens edited equally often, because a row's cost grows with its own history.
    int n = 0;
    const auto changer = [&](bs::Citizen& c) {
        return [&] {
            c.phone = QString::number(20000000 + ++n);
            if (!registry.saveCitizen(c))
                std::fprintf(stderr, "save failed\n");
        };
    };
    bs::Citizen withLog = citizens->at(0);
    bs::Citizen withoutLog = citizens->at(1);
    const bench::Figures logged = measure(given.runs * 40, changer(withLog));
    db.accessLog().setEnabled(false);
    const bench::Figures bare = measure(given.runs * 40, changer(withoutLog));
    db.accessLog().setEnabled(true);
    report("change a citizen, logged", logged, 50);
    report("change a citizen, log switched off", bare, 50);
    std::printf("  the log's share of a change: %.2f ms (ratio %.2f)\n",
                logged.median - bare.median, logged.median / std::max(0.001, bare.median));

    // A worker's citizen list, filtered by need-to-know.
    const bs::Staff& worker = staff->at(1);
    bs::Actor w;
    w.accountId = QUuid::createUuid();
    w.userName = worker.initials;
    w.staffId = worker.meta.id;
    w.teamId = worker.teamId;
    db.setActor(w);
    int visible = 0;
    report("worker's citizen list (filtered)",
           measure(given.runs,
                   [&] {
                       visible = int(bs::CitizenAccess(registry).summaries(clock.today())->size());
                   }),
           30);
    std::printf("  the worker sees %d of %lld citizens\n", visible,
                static_cast<long long>(citizens->size()));
    db.setActor(bs::Actor::system());

    // The administrator's log searches.
    bs::AccessLogFilter byCitizen;
    byCitizen.citizenId = citizens->at(2).meta.id;
    int found = 0;
    report("log: one citizen, six months",
           measure(given.runs, [&] { found = int(db.accessLog().search(byCitizen)->size()); }),
           100);
    std::printf("  %d entries\n", found);
    bs::AccessLogFilter byUser;
    byUser.userName = staff->at(0).initials;
    byUser.fromUtc = clock.nowUtc().addDays(-30);
    byUser.limit = 500;
    report("log: one user, 30 days, first 500",
           measure(given.runs, [&] { found = int(db.accessLog().search(byUser)->size()); }), 100);

    // A citizen's extract (every record and note revision, the log extract) as JSON and HTML.
    const QUuid extracted = citizens->at(3).meta.id;
    qsizetype jsonBytes = 0;
    report("citizen's extract (JSON + HTML)",
           measure(given.runs,
                   [&] {
                       auto data = bs::CitizenExtract(registry).build(extracted);
                       if (!data)
                           return;
                       jsonBytes = bs::CitizenExtract::toJson(*data).toJson().size() +
                                   bs::CitizenExtract::toHtml(*data).size();
                   }),
           1000);
    std::printf("  %.0f KiB\n", jsonBytes / 1024.0);

    // The retention purge: move the clock so that about a third of the log is past six months.
    clock.set(clock.nowUtc().addDays(60));
    int purged = 0;
    report(
        "retention purge (first run)",
        measure(
            1, [&] { purged = db.accessLog().deleteBefore(clock.nowUtc().addMonths(-6)).value(); }),
        5000);
    std::printf("  %d entries deleted\n", purged);

    // Erasure of one citizen: purge of every row, then secure delete, FTS optimise, VACUUM.
    bs::ErasureService erasure(registry);
    report("erase one citizen (incl. VACUUM)",
           measure(1,
                   [&] {
                       auto r = erasure.eraseCitizen(citizens->at(4).meta.id,
                                                     QStringLiteral("Borgerens anmodning"));
                       if (!r)
                           std::fprintf(stderr, "%s\n", qPrintable(r.message()));
                   }),
           10000);

    // An encrypted backup (online backup API, Argon2id key stored) and its restore.
    bs::BackupService backups(db);
    auto passphrase =
        backups.setUp(dir.filePath(QStringLiteral("backups")), bs::BackupInterval::Daily);
    if (!passphrase)
        return fail(passphrase.message());
    QString last;
    qint64 size = 0;
    report("encrypted backup",
           measure(3,
                   [&] {
                       clock.advanceSecs(1); // backups are named by the second
                       auto b = backups.backupNow();
                       if (!b) {
                           std::fprintf(stderr, "%s\n", qPrintable(b.message()));
                           return;
                       }
                       last = b->path;
                       size = b->size;
                   }),
           10000);
    std::printf("  %.1f MiB backup of a %.1f MiB file\n", size / 1048576.0,
                QFileInfo(path).size() / 1048576.0);
    report("restore (decrypt, check, re-apply erasures)",
           measure(3,
                   [&] {
                       if (auto s = backups.restore(
                               last, *passphrase, dir.filePath(QStringLiteral("restored.sqlite")));
                           !s)
                           std::fprintf(stderr, "%s\n", qPrintable(s.message()));
                   }),
           10000);
    return 0;
}
