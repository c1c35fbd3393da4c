// Sync benchmark (issue 6): a site with 100 000 changed rows (appointments) exports them in one
// bundle (standard Argon2id cost) and a fresh copy of the base imports it (backup included).
// Median and 95th percentile in ms, the bundle's size and the peak memory.
//   sync_bench [--citizens N (rows, default 100000)] [--runs N] [--database DIR]
// --database DIR keeps the generated sender and base files in DIR and reuses them when they are
// there (the generation takes longer than the measurements).
#include "BenchSupport.h"
#include "domain/Appointment.h"
#include "services/Registry.h"
#include "storage/Database.h"
#include "storage/Repository.h"
#include "sync/SyncService.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using bench::fail;
using bench::measure;
using bench::report;

namespace {

qint64 peakRssKiB() {
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

// The sender: a staff member and a citizen (copied as the receiver's base), then `rows`
// appointments written one by one as a worker would, each logged as a change.
bool generate(bs::Database& db, bs::Registry& registry, const bs::Clock& clock, int rows,
              const QString& basePath) {
    bs::Staff staff;
    staff.initials = QStringLiteral("MKJ");
    staff.name = QStringLiteral("Mette Kjær");
    bs::Citizen citizen;
    citizen.name = QStringLiteral("Anna Hansen");
    if (!registry.saveStaff(staff) || !registry.saveCitizen(citizen))
        return fail(QStringLiteral("could not create the base records")) == 0;
    if (auto s = db.execSql(QStringLiteral("VACUUM INTO ?"), {basePath}); !s)
        return fail(s.message()) == 0;

    QElapsedTimer t;
    t.start();
    bs::Repository repo(db);
    if (auto s = db.transaction([&]() -> bs::Status {
            for (int i = 0; i < rows; ++i) {
                bs::Appointment a;
                a.staffId = staff.meta.id;
                a.citizenId = citizen.meta.id;
                a.startUtc = clock.nowUtc().addSecs(qint64(i) * 3600);
                a.place = QStringLiteral("Hjemme");
                if (auto w = repo.save(a); !w)
                    return w;
            }
            return bs::Status::success();
        });
        !s)
        return fail(s.message()) == 0;
    std::printf("generated %d appointments in %.1f s\n", rows, t.elapsed() / 1000.0);
    return true;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const bench::Options given = bench::parseOptions(app, {100000, 1, 3, {}});
    const int rows = given.citizens;
    const QString passphrase = QStringLiteral("hest-bord-sol-kage-skov-vand");

    QTemporaryDir dir;
    const bs::FixedClock clock(QDateTime(QDate(2025, 11, 25), QTime(9, 0), QTimeZone::utc()));
    const QDir kept(given.database.isEmpty() ? dir.path() : given.database);
    if (!kept.exists() && !QDir().mkpath(kept.path()))
        return fail(QStringLiteral("cannot create %1").arg(kept.path()));
    const QString senderPath = kept.filePath(QStringLiteral("sender.sqlite"));
    const QString basePath = kept.filePath(QStringLiteral("base.sqlite"));
    const bool reuse = QFile::exists(senderPath) && QFile::exists(basePath);
    auto opened = bs::Database::open(senderPath, clock);
    if (!opened)
        return fail(opened.message());
    bs::Database& db = *opened.value();
    bs::Registry registry(db);
    if (!reuse && !generate(db, registry, clock, rows, basePath))
        return 1;

    bs::sync::SyncService sync(db);
    const QString bundle = dir.filePath(QStringLiteral("bundle.bst"));
    qint64 changes = 0;
    const bench::Figures exported = measure(given.runs, [&] {
        auto r = sync.exportBundle(bundle, {}, passphrase);
        if (!r)
            std::fprintf(stderr, "export: %s\n", qPrintable(r.message()));
        else
            changes = r->changes;
    });

    int run = 0;
    qint64 applied = 0;
    const bench::Figures imported = measure(given.runs, [&] {
        const QString copy = dir.filePath(QStringLiteral("receiver-%1.sqlite").arg(++run));
        QFile::copy(basePath, copy);
        auto receiver = bs::Database::open(copy, clock);
        if (!receiver) {
            std::fprintf(stderr, "open: %s\n", qPrintable(receiver.message()));
            return;
        }
        bs::sync::SyncService other(*receiver.value());
        QElapsedTimer step;
        step.start();
        auto r = other.importBundle(bundle, passphrase, [&](qint64 done, qint64 total) {
            if (qEnvironmentVariableIsSet("SYNC_BENCH_TRACE"))
                std::fprintf(stderr, "%lld/%lld at %lld ms\n", static_cast<long long>(done),
                             static_cast<long long>(total), static_cast<long long>(step.elapsed()));
        });
        if (!r)
            std::fprintf(stderr, "import: %s\n", qPrintable(r.message()));
        else
            applied = r->preview.newRows;
    });

    std::printf("%lld changes in the bundle, %lld rows new at the receiver\n",
                static_cast<long long>(changes), static_cast<long long>(applied));
    report("export 100 000 changed rows (standard KDF)", exported, 5000);
    report("import them into a copy of the base", imported, 5000);
    std::printf("bundle size %.1f MiB, peak RSS %.0f MiB\n",
                double(QFileInfo(bundle).size()) / (1024.0 * 1024.0),
                double(peakRssKiB()) / 1024.0);
    return 0;
}
