#include "storage/Database.h"
#include "storage/DanishCollation.h"
#include "support/TestDatabase.h"

#include <QFile>
#include <QSqlQuery>
#include <algorithm>

using namespace bs;
using bs::test::TestDatabase;

namespace {
QVariant pragma(const Database& db, const char* name) {
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA ") + QLatin1String(name)));
    REQUIRE(q.next());
    return q.value(0);
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}
} // namespace

TEST_CASE("A new database is configured for safety and marked as Bostøtte's", "[sqlite-only]") {
    TestDatabase t;
    CHECK(pragma(*t.db, "application_id").toInt() == Database::kApplicationId);
    CHECK(pragma(*t.db, "user_version").toInt() == Database::latestSchemaVersion());
    CHECK(pragma(*t.db, "foreign_keys").toInt() == 1);
    CHECK(pragma(*t.db, "journal_mode").toString() == QStringLiteral("wal"));
    CHECK(pragma(*t.db, "synchronous").toInt() == 2); // FULL
    CHECK_FALSE(t.db->installationId().isNull());
    CHECK(t.db->checkIntegrity().value() == QStringLiteral("ok"));
}

TEST_CASE("The installation id survives reopening", "[sqlite-only]") {
    QTemporaryDir dir;
    FixedClock clock(bs::test::utc(2025, 11, 25));
    const QString path = dir.filePath(QStringLiteral("a.sqlite"));
    QUuid first;
    {
        auto db = Database::open(path, clock);
        REQUIRE(db.ok());
        first = db.value()->installationId();
    }
    auto again = Database::open(path, clock);
    REQUIRE(again.ok());
    CHECK(again.value()->installationId() == first);
}

TEST_CASE("Files that are not Bostøtte databases are refused with a message", "[sqlite-only]") {
    QTemporaryDir dir;
    FixedClock clock(bs::test::utc(2025, 11, 25));

    SECTION("not a SQLite file") {
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        writeFile(path, QByteArray("Dette er ikke en database\n").repeated(200));
        auto db = Database::open(path, clock);
        REQUIRE_FALSE(db.ok());
        CHECK(db.message().contains(path));
    }
    SECTION("another program's SQLite database") {
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        {
            const QString name = QStringLiteral("other");
            {
                QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                other.setDatabaseName(path);
                REQUIRE(other.open());
                QSqlQuery q(other);
                REQUIRE(q.exec(QStringLiteral("CREATE TABLE t(x)")));
            }
            QSqlDatabase::removeDatabase(name);
        }
        auto db = Database::open(path, clock);
        REQUIRE_FALSE(db.ok());
        CHECK(db.message().contains(path));
    }
    SECTION("a database from a newer version") {
        const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
        {
            auto db = Database::open(path, clock);
            REQUIRE(db.ok());
            REQUIRE(db.value()->execSql(QStringLiteral("PRAGMA user_version = 999")).ok());
        }
        auto db = Database::open(path, clock);
        REQUIRE_FALSE(db.ok());
        CHECK(db.message().contains(QStringLiteral("999")));
    }
    SECTION("a missing file when creation is not allowed") {
        Database::Options o;
        o.create = false;
        auto db = Database::open(dir.filePath(QStringLiteral("missing.sqlite")), clock, o);
        CHECK_FALSE(db.ok());
        CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("missing.sqlite"))));
    }
}

TEST_CASE("Transactions commit together or not at all, also when nested") {
    TestDatabase t;
    auto& db = *t.db;
    REQUIRE(db.execSql(QStringLiteral("CREATE TABLE scratch(x INTEGER)")).ok());
    auto count = [&] {
        QSqlQuery q(db.connection());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM scratch")));
        REQUIRE(q.next());
        return q.value(0).toInt();
    };
    Status failed = db.transaction([&]() -> Status {
        REQUIRE(db.execSql(QStringLiteral("INSERT INTO scratch VALUES (1)")).ok());
        return Status::failure(QStringLiteral("stop"));
    });
    CHECK_FALSE(failed.ok());
    CHECK(count() == 0);

    Status outer = db.transaction([&]() -> Status {
        REQUIRE(db.execSql(QStringLiteral("INSERT INTO scratch VALUES (1)")).ok());
        Status inner = db.transaction([&]() -> Status {
            REQUIRE(db.execSql(QStringLiteral("INSERT INTO scratch VALUES (2)")).ok());
            return Status::failure(QStringLiteral("inner fails"));
        });
        CHECK_FALSE(inner.ok());
        return Status::success();
    });
    CHECK(outer.ok());
    CHECK(count() == 1);
}

TEST_CASE("Names sort the Danish way: Æ, Ø, Å after Z and Aa as Å") {
    QStringList names{QStringLiteral("Aase"),   QStringLiteral("Øster"), QStringLiteral("Zenia"),
                      QStringLiteral("Ærø"),    QStringLiteral("Åge"),   QStringLiteral("Anders"),
                      QStringLiteral("Ørsted"), QStringLiteral("bente")};
    const QStringList expected{QStringLiteral("Anders"), QStringLiteral("bente"),
                               QStringLiteral("Zenia"), QStringLiteral("Ærø"),
                               QStringLiteral("Ørsted"), QStringLiteral("Øster"),
                               // "Aa" is Å: Åge before Aase (Åse), as in a Danish phone book.
                               QStringLiteral("Åge"), QStringLiteral("Aase")};

    SECTION("in memory") {
        std::sort(names.begin(), names.end(),
                  [](const QString& a, const QString& b) { return compareDanish(a, b) < 0; });
        CHECK(names == expected);
    }
    SECTION("in SQL with COLLATE danish") {
        TestDatabase t;
        REQUIRE(t.db->execSql(QStringLiteral("CREATE TABLE n(name TEXT)")).ok());
        for (const auto& n : names)
            REQUIRE(t.db->execSql(QStringLiteral("INSERT INTO n VALUES (?)"), {n}).ok());
        QSqlQuery q(t.db->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT name FROM n ORDER BY name COLLATE danish")));
        QStringList sorted;
        while (q.next())
            sorted << q.value(0).toString();
        CHECK(sorted == expected);
    }
}
