// The database file's protections (docs/access.md "The database file"): a file on a network share
// is refused before anything is created, one exclusive instance per file (a stale lock of a dead
// process is taken over), and the file, its WAL, the safety copies, the lock and the bundles are
// owner-only whatever the umask.
#include "storage/Database.h"
#include "storage/FileLocation.h"
#include "storage/OwnerOnly.h"
#include "storage/SyncQueries.h"
#include "support/TestDatabase.h"
#include "sync/SyncService.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QProcess>
#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace bs;
using bs::test::TestDatabase;

namespace {

FileSystemProbe probeSaying(const char* type) {
    return [type](const QString&) { return QByteArray(type); };
}

#ifdef Q_OS_UNIX
// The permission bits of a file (0600 expected).
int modeOf(const QString& path) {
    struct stat st {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    return int(st.st_mode & 0777);
}

// Makes a permissive umask for the test, so permissions that were not set explicitly show.
struct PermissiveUmask {
    mode_t old = ::umask(022);
    ~PermissiveUmask() { ::umask(old); }
};
#endif

} // namespace

TEST_CASE("A database on a network share is refused before anything is created",
          "[dbfile][sqlite-only]") {
    QTemporaryDir dir;
    FixedClock clock(bs::test::utc(2025, 11, 25));
    const QString folder = dir.filePath(QStringLiteral("share/sub"));
    const QString path = folder + QStringLiteral("/bostotte.sqlite");
    for (const char* type : {"cifs", "nfs4", "smb3", "fuse.sshfs"}) {
        Database::Options options;
        options.fileSystemType = probeSaying(type);
        auto db = Database::open(path, clock, options);
        REQUIRE_FALSE(db.ok());
        CHECK(db.message().contains(QStringLiteral("network drive (%1)").arg(QLatin1String(type))));
        CHECK(db.message().contains(QStringLiteral("SQLite cannot lock files reliably")));
        CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("share"))));
    }
    Database::Options local;
    local.fileSystemType = probeSaying("ext4");
    CHECK(Database::open(path, clock, local).ok());
}

TEST_CASE("UNC paths are network locations; local file systems are not", "[dbfile][sqlite-only]") {
    const auto ext4 = probeSaying("ext4");
    CHECK(*isNetworkLocation(QStringLiteral("\\\\server\\share\\bostotte.sqlite"), ext4));
    CHECK(*isNetworkLocation(QStringLiteral("//server/share/bostotte.sqlite"), ext4));
    CHECK_FALSE(*isNetworkLocation(QStringLiteral("/home/mette/bostotte.sqlite"), ext4));
    CHECK(*isNetworkLocation(QStringLiteral("/mnt/x/bostotte.sqlite"), probeSaying("NFS")));
    CHECK_FALSE(isNetworkLocation(QString()).ok());
    CHECK(isNetworkFileSystem("cifs"));
    CHECK_FALSE(isNetworkFileSystem("btrfs"));
    CHECK_FALSE(isNetworkFileSystem("tmpfs"));

    FixedClock clock(bs::test::utc(2025, 11, 25));
    auto db = Database::open(QStringLiteral("//bostotte-test-server/share/b.sqlite"), clock);
    REQUIRE_FALSE(db.ok());
    CHECK(db.message().contains(QStringLiteral("network drive")));
    CHECK_FALSE(QFileInfo::exists(QStringLiteral("/bostotte-test-server")));
}

TEST_CASE("Only one exclusive open of a file at a time", "[dbfile][sqlite-only]") {
    QTemporaryDir dir;
    FixedClock clock(bs::test::utc(2025, 11, 25));
    const QString path = dir.filePath(QStringLiteral("b.sqlite"));
    Database::Options exclusive;
    exclusive.exclusive = true;
    auto first = Database::open(path, clock, exclusive);
    REQUIRE(first.ok());
    CHECK(QFileInfo::exists(path + QStringLiteral(".lock")));

    auto second = Database::open(path, clock, exclusive);
    REQUIRE_FALSE(second.ok());
    CHECK(second.message().contains(QStringLiteral("already open in Bostøtte")));
    CHECK(second.message().contains(QString::number(QCoreApplication::applicationPid())));
    CHECK(second.message().contains(QStringLiteral("Close it there first")));

    // A worker thread's connection of the same process opens without the lock.
    CHECK(Database::open(path, clock).ok());

    first->reset();
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral(".lock")));
    CHECK(Database::open(path, clock, exclusive).ok());
}

#ifdef Q_OS_UNIX
TEST_CASE("A lock left by a process that no longer runs is taken over", "[dbfile][sqlite-only]") {
    QTemporaryDir dir;
    FixedClock clock(bs::test::utc(2025, 11, 25));
    const QString path = dir.filePath(QStringLiteral("b.sqlite"));
    QProcess gone;
    gone.start(QStringLiteral("true"), {});
    REQUIRE(gone.waitForStarted());
    const qint64 deadPid = gone.processId();
    REQUIRE(gone.waitForFinished());
    {
        QFile lock(path + QStringLiteral(".lock"));
        REQUIRE(lock.open(QIODevice::WriteOnly));
        lock.write(QByteArray::number(deadPid) + "\nbostotte\n" +
                   QSysInfo::machineHostName().toUtf8() + '\n');
    }
    Database::Options exclusive;
    exclusive.exclusive = true;
    auto db = Database::open(path, clock, exclusive);
    INFO(db.message().toStdString());
    REQUIRE(db.ok());
    QLockFile probe(path + QStringLiteral(".lock"));
    qint64 pid = 0;
    QString host, app;
    REQUIRE(probe.getLockInfo(&pid, &host, &app));
    CHECK(pid == QCoreApplication::applicationPid());
}

TEST_CASE("The file, its WAL, the lock, safety copies and bundles are owner-only",
          "[dbfile][sqlite-only]") {
    PermissiveUmask umask;
    QTemporaryDir dir;
    FixedClock clock(bs::test::utc(2025, 11, 25));
    const QString path = dir.filePath(QStringLiteral("b.sqlite"));
    Database::Options exclusive;
    exclusive.exclusive = true;
    auto db = Database::open(path, clock, exclusive);
    REQUIRE(db.ok());
    Registry registry(**db);
    Citizen c;
    c.name = QStringLiteral("Else Jensen");
    REQUIRE(registry.saveCitizen(c).ok());

    CHECK(modeOf(path) == 0600);
    REQUIRE(QFileInfo::exists(path + QStringLiteral("-wal")));
    CHECK(modeOf(path + QStringLiteral("-wal")) == 0600);
    CHECK(modeOf(path + QStringLiteral("-shm")) == 0600);
    CHECK(modeOf(path + QStringLiteral(".lock")) == 0600);

    const QString copy = path + QStringLiteral(".before-import-test.bak");
    REQUIRE(SyncQueries(**db).backupTo(copy).ok());
    CHECK(modeOf(copy) == 0600);

    const QString bundle = dir.filePath(QStringLiteral("out.bstsync"));
    sync::SyncService service(**db);
    auto exported =
        service.exportBundle(bundle, {}, QStringLiteral("hest-bord-sol-kage"), {}, true);
    INFO(exported.message().toStdString());
    REQUIRE(exported.ok());
    CHECK(modeOf(bundle) == 0600);

    // A file made before these protections is made owner-only when opened.
    db->reset();
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                    QFileDevice::ReadGroup | QFileDevice::ReadOther);
    REQUIRE(Database::open(path, clock).ok());
    CHECK(modeOf(path) == 0600);
}
#endif

#ifdef Q_OS_UNIX
TEST_CASE("The copy kept before a schema update is owner-only", "[dbfile][sqlite-only]") {
    PermissiveUmask umask;
    QTemporaryDir dir;
    FixedClock clock(bs::test::utc(2025, 11, 25));
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    Database::Options old;
    old.migrateTo = Database::latestSchemaVersion() - 1;
    REQUIRE(Database::open(path, clock, old).ok());
    REQUIRE(Database::open(path, clock).ok());
    const QString copy =
        QStringLiteral("%1.before-schema-%2.bak").arg(path).arg(Database::latestSchemaVersion());
    REQUIRE(QFileInfo::exists(copy));
    CHECK(modeOf(copy) == 0600);
}
#endif
