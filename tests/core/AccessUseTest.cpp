// The access log in use: the journal search only finds notes of citizens the actor may see (in
// the query, not after it), the log's retention deletes entries past six months and logs that it
// did, and sync bundles are logged when they leave and when they come in.
#include "security/AccessRetention.h"
#include "security/CitizenAccess.h"
#include "services/JournalService.h"
#include "support/Expect.h"
#include "support/SyncSites.h"
#include "support/TestDatabase.h"
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace bs;
using bs::test::Builders;
using bs::test::requireOk;
using bs::test::TestDatabase;

namespace {

Actor workerFor(const Staff& staff) {
    Actor a;
    a.accountId = QUuid::createUuid();
    a.userName = staff.initials;
    a.staffId = staff.meta.id;
    a.teamId = staff.teamId;
    a.role = StaffRole::Worker;
    return a;
}

QList<AccessEntry> entriesOf(const Database& db, std::optional<AccessAction> action = {}) {
    AccessLogFilter f;
    f.action = action;
    auto r = db.accessLog().search(f);
    REQUIRE(r.ok());
    return *r;
}

} // namespace

TEST_CASE("The journal search finds only notes of citizens the user may see", "[access][journal]") {
    TestDatabase t;
    Builders b{t.reg()};
    const Team north = b.team(QStringLiteral("Nord"));
    const Team south = b.team(QStringLiteral("Syd"));
    const Staff mette = b.staff(QStringLiteral("MH"), QStringLiteral("Mette Holm"), north.meta.id);
    const Staff sara = b.staff(QStringLiteral("SL"), QStringLiteral("Sara Lund"), south.meta.id);
    Citizen own = b.citizen(QStringLiteral("Åse Ærø"));
    own.contactStaffId = mette.meta.id;
    requireOk(t.reg().saveCitizen(own));
    Citizen other = b.citizen(QStringLiteral("Carl Dam"));
    other.contactStaffId = sara.meta.id;
    other.cpr = QStringLiteral("0303903456");
    requireOk(t.reg().saveCitizen(other));
    JournalService journal(t.reg());
    for (const auto& [c, by] : {std::pair{own, mette}, std::pair{other, sara}}) {
        JournalNote n;
        n.citizenId = c.meta.id;
        n.text = QStringLiteral("Besøg hos lægen om medicin");
        requireOk(journal.write(n, {}, by.meta.id));
    }

    SECTION("the application itself finds both") {
        auto hits = journal.search(QStringLiteral("medicin"));
        REQUIRE(hits.ok());
        CHECK(hits->size() == 2);
    }
    SECTION("a worker finds only their own case, also with a limit of one") {
        t.db->setActor(workerFor(mette));
        for (int limit : {1, 100}) {
            auto hits = journal.search(QStringLiteral("medicin"), {}, limit);
            REQUIRE(hits.ok());
            REQUIRE(hits->size() == 1);
            CHECK(hits->first().citizenId == own.meta.id);
        }
        SearchFilter onlyOther;
        onlyOther.citizenId = other.meta.id;
        auto none = journal.search(QString(), onlyOther);
        REQUIRE(none.ok());
        CHECK(none->isEmpty());
    }
    SECTION("breaking the glass adds that citizen for the session") {
        t.db->setActor(workerFor(mette));
        auto looked = CitizenAccess(t.reg()).breakGlass(
            QStringLiteral("030390-3456"), QStringLiteral("Akut henvendelse fra egen læge"));
        REQUIRE(looked.ok());
        auto hits = journal.search(QStringLiteral("medicin"));
        REQUIRE(hits.ok());
        CHECK(hits->size() == 2);
    }
}

TEST_CASE("Retention deletes log entries past six months and logs the deletion",
          "[access][retention]") {
    TestDatabase t;
    const QDateTime now = t.clock.nowUtc();
    const QDateTime kept = now.addMonths(-6).addDays(1);  // 5 months 29-30 days ago
    const QDateTime gone = now.addMonths(-6).addDays(-1); // 6 months 1 day ago
    const QDateTime older = now.addMonths(-12);
    for (const QDateTime& at : {kept, gone, older}) {
        t.clock.set(at);
        requireOk(t.db->accessLog().record(AccessAction::Search, {}, at.toString(Qt::ISODate),
                                           QStringLiteral("test")));
    }
    t.clock.set(now);
    Actor worker;
    worker.accountId = QUuid::createUuid();
    worker.userName = QStringLiteral("MH");
    t.db->setActor(worker);

    auto purged = AccessRetention::purgeExpired(*t.db);
    REQUIRE(purged.ok());
    CHECK(*purged == 2);
    const auto searches = entriesOf(*t.db, AccessAction::Search);
    REQUIRE(searches.size() == 1);
    CHECK(searches.first().atUtc == kept);
    const auto retention = entriesOf(*t.db, AccessAction::Retention);
    REQUIRE(retention.size() == 1);
    CHECK(retention.first().criterion == QStringLiteral("2"));
    CHECK(retention.first().userName == Actor::system().userName); // not the logged-in user
    CHECK(t.db->actor().userName == QStringLiteral("MH"));         // whose session goes on

    // Nothing more to delete: nothing more is logged.
    auto again = AccessRetention::purgeExpired(*t.db);
    REQUIRE(again.ok());
    CHECK(*again == 0);
    CHECK(entriesOf(*t.db, AccessAction::Retention).size() == 1);
}

TEST_CASE("Sync bundles are logged when exported and when imported", "[access][sync]") {
    using bs::test::SyncSite;
    SyncSite grenaa(QStringLiteral("Grenaa"));
    SyncSite ebeltoft(QStringLiteral("Ebeltoft"));
    Builders{grenaa.reg()}.citizen(QStringLiteral("Bo Berg"));
    Actor user;
    user.accountId = QUuid::createUuid();
    user.userName = QStringLiteral("MH");
    grenaa.db->setActor(user);
    const QString bundle = grenaa.exportFor(ebeltoft.id());
    const auto exports = entriesOf(*grenaa.db, AccessAction::Export);
    REQUIRE(exports.size() == 1);
    CHECK(exports.first().detail == QStringLiteral("sync bundle"));
    CHECK(exports.first().userName == QStringLiteral("MH"));

    ebeltoft.importFile(bundle);
    const auto imports = entriesOf(*ebeltoft.db, AccessAction::Import);
    REQUIRE(imports.size() == 1);
    CHECK(imports.first().detail == QStringLiteral("sync bundle"));
    CHECK(imports.first().criterion == QStringLiteral("Grenaa"));
    // A preview writes nothing, so it logs nothing either.
    auto preview = ebeltoft.sync->preview(bundle, bs::test::kTestPassphrase);
    REQUIRE(preview.ok());
    CHECK(entriesOf(*ebeltoft.db, AccessAction::Import).size() == 1);
}
