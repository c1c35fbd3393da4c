// Encrypted backups (core/security/BackupService): a backup restores to a file equal in every
// table, holds nothing in clear, refuses a wrong passphrase or a changed file, re-applies
// erasures made after it, is owner-only, and the schedule says when one is due.
#include "security/BackupService.h"
#include "storage/SyncQueries.h"
#include "support/TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSqlRecord>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace bs;
using bs::test::Builders;
using bs::test::TestDatabase;

namespace {

const QString kCanary = QStringLiteral("Kanariefugl Zebrasen");

struct BackupFixture {
    TestDatabase t;
    QTemporaryDir out;
    BackupService service{*t.db, sync::KdfParams::fastForTests()};
    QString passphrase;

    BackupFixture() {
        REQUIRE(out.isValid());
        auto set = service.setUp(folder(), BackupInterval::Daily);
        INFO(set.message().toStdString());
        REQUIRE(set.ok());
        passphrase = *set;
    }
    QString folder() const { return out.filePath(QStringLiteral("backups")); }
    QString target(const char* name = "restored.sqlite") const {
        return out.filePath(QLatin1String(name));
    }
    BackupInfo backup() {
        auto made = service.backupNow();
        INFO(made.message().toStdString());
        REQUIRE(made.ok());
        return *made;
    }
};

QByteArray readAll(const QString& path) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeAll(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

// Every row of every table, as sorted text lines; `skip` names tables left out.
QStringList dump(const Database& db, const QStringList& skip) {
    QSqlQuery tables(db.connection());
    REQUIRE(tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                       "name NOT LIKE 'sqlite_%' ORDER BY name")));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    QStringList lines;
    for (const QString& name : std::as_const(names)) {
        if (skip.contains(name))
            continue;
        QSqlQuery q(db.connection());
        REQUIRE(q.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(name)));
        QStringList rows;
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.record().count(); ++i)
                cells << q.value(i).toString();
            rows << name + QLatin1Char('|') + cells.join(QLatin1Char('|'));
        }
        rows.sort();
        lines << name + QStringLiteral(": %1 rows").arg(rows.size());
        lines += rows;
    }
    return lines;
}

std::unique_ptr<Database> openFile(const QString& path, const Clock& clock) {
    Database::Options options;
    options.create = false;
    auto db = Database::open(path, clock, options);
    INFO(db.message().toStdString());
    REQUIRE(db.ok());
    return std::move(*db);
}

} // namespace

TEST_CASE("A backup restores to a database equal in every table", "[backup][sqlite-only]") {
    BackupFixture f;
    Builders b{f.t.reg()};
    const Site site = b.site();
    const Citizen c = b.citizen(kCanary, site.meta.id);
    b.grant(c.meta.id, LegalBasis::P85, QDate(2025, 1, 1));
    b.group();
    const BackupInfo info = f.backup();
    CHECK(QFileInfo(info.path).fileName() == QStringLiteral("bostotte-20251125-090000.bstbackup"));
    CHECK(info.size > 0);

    REQUIRE(f.service.restore(info.path, f.passphrase, f.target()).ok());
    auto restored = openFile(f.target(), f.t.clock);
    // meta holds the site id a restored copy renews; the log and local settings gain entries.
    const QStringList skip{QStringLiteral("meta"), QStringLiteral("access_log"),
                           QStringLiteral("local_setting")};
    const QStringList original = dump(*f.t.db, skip);
    CHECK(original.size() > 20);
    CHECK(dump(*restored, skip) == original);

    AccessLogFilter restores;
    restores.action = AccessAction::Import;
    auto logged = restored->accessLog().search(restores);
    REQUIRE(logged.ok());
    REQUIRE(logged->size() == 1);
    CHECK(logged->constFirst().detail == QStringLiteral("restore"));
    CHECK(logged->constFirst().criterion == QFileInfo(info.path).fileName());

    AccessLogFilter exports;
    exports.action = AccessAction::Export;
    auto backups = f.t.db->accessLog().search(exports);
    REQUIRE(backups.ok());
    REQUIRE(backups->size() == 1);
    CHECK(backups->constFirst().detail == QStringLiteral("backup"));
}

TEST_CASE("A backup holds nothing in clear", "[backup][sqlite-only]") {
    BackupFixture f;
    Builders{f.t.reg()}.citizen(kCanary);
    const BackupInfo info = f.backup();
    const QByteArray bytes = readAll(info.path);
    CHECK(bytes.startsWith("BSTTBKUP"));
    CHECK_FALSE(bytes.contains(kCanary.toUtf8()));
    CHECK_FALSE(bytes.contains("Kanariefugl"));
    CHECK_FALSE(bytes.contains("SQLite format 3"));
    // The live file does hold it: the check above could fail.
    REQUIRE(f.t.db->execSql(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
    CHECK(readAll(f.t.path()).contains("Kanariefugl"));
}

TEST_CASE("A wrong passphrase, a cut file or a changed byte restores nothing",
          "[backup][sqlite-only]") {
    BackupFixture f;
    Builders{f.t.reg()}.citizen(kCanary);
    const BackupInfo info = f.backup();
    const QByteArray good = readAll(info.path);

    const Status wrong =
        f.service.restore(info.path, QStringLiteral("hest-bord-sol-kage-tog-mark"), f.target());
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().field == QStringLiteral("passphrase"));
    CHECK(wrong.message().contains(QStringLiteral("passphrase does not fit")));

    const QString cut = f.out.filePath(QStringLiteral("cut.bstbackup"));
    writeAll(cut, good.left(good.size() - 100));
    const Status truncated = f.service.restore(cut, f.passphrase, f.target());
    REQUIRE_FALSE(truncated.ok());
    CHECK(truncated.message().contains(QStringLiteral("Nothing was restored")));

    QByteArray flipped = good;
    flipped[flipped.size() / 2] = char(flipped.at(flipped.size() / 2) ^ 0x20);
    const QString changed = f.out.filePath(QStringLiteral("changed.bstbackup"));
    writeAll(changed, flipped);
    const Status damaged = f.service.restore(changed, f.passphrase, f.target());
    REQUIRE_FALSE(damaged.ok());
    CHECK(damaged.message().contains(QStringLiteral("damaged")));

    const QString notBackup = f.out.filePath(QStringLiteral("plain.bstbackup"));
    writeAll(notBackup, readAll(f.t.path()));
    CHECK_FALSE(f.service.restore(notBackup, f.passphrase, f.target()).ok());

    CHECK_FALSE(QFileInfo::exists(f.target()));
    // The passphrase typed with spaces and capitals is the same passphrase.
    QString typed = f.passphrase.toUpper();
    typed.replace(QLatin1Char('-'), QLatin1Char(' '));
    CHECK(f.service.restore(info.path, typed, f.target()).ok());
}

TEST_CASE("A restore re-applies the erasures made after the backup", "[backup][sqlite-only]") {
    BackupFixture f;
    Builders b{f.t.reg()};
    const Citizen kept = b.citizen(QStringLiteral("Bo Bæk"));
    const Citizen erased = b.citizen(kCanary);
    const BackupInfo info = f.backup();
    REQUIRE(
        SyncQueries(*f.t.db).purgeLocal(QStringLiteral("citizen"), idText(erased.meta.id)).ok());

    REQUIRE(f.service.restore(info.path, f.passphrase, f.target()).ok());
    auto restored = openFile(f.target(), f.t.clock);
    Registry there(*restored);
    CHECK(there.citizen(kept.meta.id).ok());
    CHECK_FALSE(there.citizen(erased.meta.id).ok());
    f.t.db.reset();
    restored.reset();
    CHECK_FALSE(readAll(f.target()).contains("Kanariefugl"));
}

TEST_CASE("A restore never writes over the open file or a file locked by Bostøtte",
          "[backup][sqlite-only]") {
    BackupFixture f;
    const BackupInfo info = f.backup();
    const Status self = f.service.restore(info.path, f.passphrase, f.t.path());
    REQUIRE_FALSE(self.ok());
    CHECK(self.error().field == QStringLiteral("target"));

    Database::Options exclusive;
    exclusive.exclusive = true;
    auto other = Database::open(f.target("other.sqlite"), f.t.clock, exclusive);
    REQUIRE(other.ok());
    const Status locked = f.service.restore(info.path, f.passphrase, (*other)->path());
    REQUIRE_FALSE(locked.ok());
    CHECK(locked.message().contains(QStringLiteral("already open")));
    other->reset();
    CHECK(f.service.restore(info.path, f.passphrase, f.target("other.sqlite")).ok());
}

TEST_CASE("Backups are owner-only and the oldest beyond the number kept are deleted",
          "[backup][sqlite-only]") {
#ifdef Q_OS_UNIX
    const mode_t old = ::umask(022);
#endif
    BackupFixture f;
    REQUIRE(f.service.saveSchedule(f.folder(), BackupInterval::Daily, 2).ok());
    QStringList made;
    for (int i = 0; i < 3; ++i) {
        made << f.backup().path;
        f.t.clock.advanceSecs(3600);
    }
    auto listed = f.service.list();
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 2);
    CHECK(listed->at(0).path == made.at(2));
    CHECK(listed->at(1).path == made.at(1));
    CHECK_FALSE(QFileInfo::exists(made.at(0)));
#ifdef Q_OS_UNIX
    struct stat st {};
    REQUIRE(::stat(QFile::encodeName(made.at(2)).constData(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    ::umask(old);
#endif
    // No plain copy is left in the folder.
    CHECK(QDir(f.folder()).entryList(QDir::Files).size() == 2);
}

TEST_CASE("The schedule says when a backup is due", "[backup][sqlite-only]") {
    TestDatabase t;
    QTemporaryDir out;
    BackupService service(*t.db, sync::KdfParams::fastForTests());
    CHECK_FALSE(service.isDue()); // not set up
    CHECK_FALSE(service.backupNow().ok());
    CHECK(service.backupNow().message().contains(QStringLiteral("not set up")));

    REQUIRE(service.setUp(out.path(), BackupInterval::Daily).ok());
    CHECK(service.isDue()); // never made
    REQUIRE(service.backupNow().ok());
    CHECK_FALSE(service.isDue());
    t.clock.set(bs::test::utc(2025, 11, 25, 22, 30)); // 23:30 in Copenhagen: the same day
    CHECK_FALSE(service.isDue());
    t.clock.set(bs::test::utc(2025, 11, 25, 23, 30)); // 00:30 on the 26th
    CHECK(service.isDue());

    REQUIRE(service.saveSchedule(out.path(), BackupInterval::Weekly, 14).ok());
    t.clock.set(bs::test::utc(2025, 12, 1, 12));
    CHECK_FALSE(service.isDue()); // six days
    t.clock.set(bs::test::utc(2025, 12, 2, 8));
    CHECK(service.isDue());

    REQUIRE(service.saveSchedule(out.path(), BackupInterval::Off, 14).ok());
    CHECK_FALSE(service.isDue());
    CHECK(service.settings()->keep == 14);
}

TEST_CASE("Backup settings are refused when incomplete, and never synchronised", "[backup]") {
    TestDatabase t;
    BackupService service(*t.db, sync::KdfParams::fastForTests());
    const Status noFolder = service.saveSchedule(QString(), BackupInterval::Daily, 14);
    REQUIRE_FALSE(noFolder.ok());
    CHECK(noFolder.error().field == QStringLiteral("folder"));
    CHECK(service.saveSchedule(t.dir.path(), BackupInterval::Daily, 0).error().field ==
          QStringLiteral("keep"));
    REQUIRE(service.setUp(t.dir.filePath(QStringLiteral("b")), BackupInterval::Weekly).ok());
    QSqlQuery q(t.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM setting WHERE id LIKE 'backup.%'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
}
