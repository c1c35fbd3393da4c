// Server mode: the connection setting, and what only a shared PostgreSQL database has to get
// right: edits by two users at once, change numbers under one site id, a schema that is not
// Bostøtte's, and the server as one more sync site next to a laptop's file.
#include "security/ErasureService.h"
#include "services/Registry.h"
#include "storage/Repository.h"
#include "storage/ServerLocation.h"
#include "support/RightsFixture.h"
#include "support/SyncSites.h"
#include "support/TestDatabase.h"

#include <QSqlQuery>
#include <thread>
#include <vector>

using namespace bs;
using namespace bs::test;

namespace {
QString s(const char* text) {
    return QString::fromUtf8(text);
}

qint64 scalar(const Database& db, const QString& sql) {
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}
} // namespace

TEST_CASE("A server address is read from a URI and never carries a password", "[server]") {
    auto l = ServerLocation::parse(s(
        "postgresql://bostotte@db.kommune.dk:5433/bostotte?sslmode=verify-full&schema=bs_aarhus"));
    REQUIRE(l.ok());
    CHECK(l->host == s("db.kommune.dk"));
    CHECK(l->port == 5433);
    CHECK(l->database == s("bostotte"));
    CHECK(l->user == s("bostotte"));
    CHECK(l->sslMode == s("verify-full"));
    CHECK(l->schema == s("bs_aarhus"));
    // Written back the same way, and read back equal.
    auto again = ServerLocation::parse(l->uri());
    REQUIRE(again.ok());
    CHECK(again->uri() == l->uri());
    CHECK(ServerLocation::parse(s("postgresql://ib@localhost/b"))->sslMode == s("prefer"));
    CHECK(ServerLocation::parse(s("postgresql://ib@localhost/b"))->port == 5432);

    for (const char* bad :
         {"postgresql://ib:hemmelig@localhost/b", "postgresql://ib@localhost/b?password=x",
          "postgresql://localhost/b", "postgresql://ib@localhost/", "postgresql://ib@/b",
          "postgresql://ib@localhost/b?sslmode=sometimes", "postgresql://ib@localhost/b?x=1",
          "postgresql://ib@localhost/b?schema=Drop%20table", "postgresql://ib@localhost:0/b"}) {
        INFO(bad);
        auto r = ServerLocation::parse(s(bad));
        CHECK_FALSE(r.ok());
        CHECK_FALSE(r.message().isEmpty());
        CHECK_FALSE(r.message().contains(s("hemmelig")));
    }
    CHECK(ServerLocation::isServerUri(s("postgresql://ib@localhost/b")));
    CHECK_FALSE(ServerLocation::isServerUri(s("/home/ib/bostotte.sqlite")));
}

TEST_CASE("Two users editing the same citizen: the later save is refused, nothing overwritten",
          "[server][postgres-only]") {
    TestDatabase t;
    Builders b{t.reg()};
    Citizen original = b.citizen(s("Åse Ærø"));
    // A second user: a connection of its own to the same database.
    auto other = Database::open(t.path(), t.clock);
    REQUIRE(other.ok());
    Registry theirs(**other);
    REQUIRE(t.db->isServer());

    Citizen mine = *t.reg().citizen(original.meta.id);
    Citizen their = *theirs.citizen(original.meta.id);
    their.phone = s("12345678");
    REQUIRE(theirs.saveCitizen(their).ok());
    mine.phone = s("87654321");
    const Status refused = t.reg().saveCitizen(mine);
    CHECK_FALSE(refused.ok());
    CHECK(refused.message().contains(s("changed")));
    CHECK(t.reg().citizen(original.meta.id)->phone == s("12345678"));
    // After reading it again, the edit goes through.
    Citizen fresh = *t.reg().citizen(original.meta.id);
    fresh.phone = s("87654321");
    CHECK(t.reg().saveCitizen(fresh).ok());
}

TEST_CASE("Users writing at once never share a change number", "[server][postgres-only]") {
    TestDatabase t;
    const QString location = t.path();
    constexpr int kWorkers = 4;
    constexpr int kEach = 15;
    std::vector<QString> errors(kWorkers);
    std::vector<std::thread> workers;
    for (int w = 0; w < kWorkers; ++w)
        workers.emplace_back([&, w] {
            FixedClock clock(utc(2025, 11, 25));
            auto db = Database::open(location, clock);
            if (!db) {
                errors[w] = db.message();
                return;
            }
            Registry reg(**db);
            for (int i = 0; i < kEach; ++i) {
                Citizen c;
                c.name = QStringLiteral("Borger %1-%2").arg(w).arg(i);
                if (auto st = reg.saveCitizen(c); !st) {
                    errors[w] = st.message();
                    return;
                }
            }
        });
    for (auto& w : workers)
        w.join();
    for (const QString& e : errors)
        CHECK(e.toStdString() == "");
    const qint64 changes = scalar(*t.db, s("SELECT count(*) FROM change_log"));
    CHECK(changes >= kWorkers * kEach);
    CHECK(scalar(*t.db, s("SELECT count(DISTINCT counter) FROM change_log")) == changes);
    CHECK(scalar(*t.db, s("SELECT max(counter) FROM change_log")) == changes);
    CHECK(scalar(*t.db, s("SELECT counter FROM sync_vector")) == changes);
    CHECK(scalar(*t.db, s("SELECT count(*) FROM citizen")) == kWorkers * kEach);
}

TEST_CASE("A schema that is not Bostøtte's, or is missing, is refused with a message",
          "[server][postgres-only]") {
    const QString foreign = freshServerLocation();
    {
        TestDatabase t; // any connection to run SQL with
        const QString schema = foreign.section(s("schema="), 1);
        REQUIRE(t.db->execSql(s("CREATE TABLE %1.invoices (id INTEGER)").arg(schema)).ok());
    }
    FixedClock clock(utc(2025, 11, 25));
    auto refused = Database::open(foreign, clock);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(s("another program")));

    const QString missing = testServerUri() + s("&schema=no_such_schema");
    auto absent = Database::open(missing, clock);
    REQUIRE_FALSE(absent.ok());
    CHECK(absent.message().contains(s("does not exist")));

    QUrl wrongPort(testServerUri());
    wrongPort.setPort(1);
    auto unreachable = Database::open(wrongPort.toString(), clock);
    REQUIRE_FALSE(unreachable.ok());
    CHECK(unreachable.message().contains(s("Could not connect")));
}

TEST_CASE("A laptop's file and the server sync through bundles like any two sites",
          "[server][postgres-only][sync]") {
    SyncSite server(s("Server"));
    SyncSite laptop(s("Alunden-laptop"), utc(2025, 11, 25, 9), true);
    REQUIRE(server.db->isServer());
    REQUIRE_FALSE(laptop.db->isServer());
    Builders onServer{server.reg()};
    Citizen anna = onServer.citizen(s("Anna Ærbødig"));
    onServer.grant(anna.meta.id, LegalBasis::P85, QDate(2025, 1, 1));
    server.sendTo(laptop);
    Citizen there = *laptop.reg().citizen(anna.meta.id);
    CHECK(there.name == s("Anna Ærbødig"));
    there.address = s("Åvej 3");
    REQUIRE(laptop.reg().saveCitizen(there).ok());
    Builders onLaptop{laptop.reg()};
    Citizen bo = onLaptop.citizen(s("Bo Østergård"));
    laptop.sendTo(server);
    CHECK(server.reg().citizen(anna.meta.id)->address == s("Åvej 3"));
    CHECK(server.reg().citizen(bo.meta.id)->name == s("Bo Østergård"));
    CHECK(server.dump() == laptop.dump());
}

TEST_CASE("An erasure on the server leaves no row naming the citizen", "[server][postgres-only]") {
    SyncSite server(s("Server"));
    const RightsCase rc = buildRightsCase(server.reg());
    ErasureService erasure(server.reg());
    auto done = erasure.eraseCitizen(rc.citizen.meta.id, s("Borgerens anmodning om sletning"));
    INFO(done.message().toStdString());
    REQUIRE(done.ok());
    CHECK(done->cleanupProblem.isEmpty());
    CHECK(done->rowsPurged >= 15);
    // Every row of every table, as text: none holds the canaries any more.
    for (const QString& table : tableNames(*server.db)) {
        for (const QString& canary :
             {kCanaryCpr, kCanaryName, kCanarySentence.left(12), idText(rc.citizen.meta.id)}) {
            // The id stays, content-free, where it must: the purge markers that travel to other
            // sites, and the access log (who looked at that record, and when).
            if (canary == idText(rc.citizen.meta.id) &&
                QStringList{s("purged"), s("change_log"), s("access_log")}.contains(table))
                continue;
            INFO(table.toStdString() << " " << canary.toStdString());
            CHECK(scalar(*server.db, s("SELECT count(*) FROM %1 t WHERE lower(CAST(t AS text)) "
                                       "LIKE lower('%%2%')")
                                         .arg(table, canary)) == 0);
        }
    }
    CHECK(scalar(*server.db, s("SELECT count(*) FROM citizen WHERE id = '%1'")
                                 .arg(idText(rc.neighbour.meta.id))) == 1);
}
