#include "storage/Repository.h"
#include "support/TestDatabase.h"

using namespace bs;
using bs::test::TestDatabase;

TEST_CASE("Saving fills in the sync columns and updates bump the revision") {
    TestDatabase t;
    Repository repo(*t.db);
    Team team;
    team.name = QStringLiteral("Socialpsykiatrien");
    REQUIRE(repo.save(team).ok());
    CHECK_FALSE(team.meta.id.isNull());
    CHECK(team.meta.revision == 1);
    CHECK(team.meta.createdUtc == t.clock.nowUtc());
    CHECK(team.meta.modifiedBy == t.db->installationId());

    t.clock.advanceSecs(3600);
    team.name = QStringLiteral("Socialpsykiatri Nord");
    REQUIRE(repo.save(team).ok());
    auto stored = repo.get<Team>(team.meta.id);
    REQUIRE(stored.ok());
    CHECK(stored->name == QStringLiteral("Socialpsykiatri Nord"));
    CHECK(stored->meta.revision == 2);
    CHECK(stored->meta.createdUtc == bs::test::utc(2025, 11, 25));
    CHECK(stored->meta.modifiedUtc == bs::test::utc(2025, 11, 25, 10));
}

TEST_CASE("An edit based on an old revision is refused and overwrites nothing") {
    TestDatabase t;
    Repository repo(*t.db);
    Team team;
    team.name = QStringLiteral("Område Grenaa");
    REQUIRE(repo.save(team).ok());
    Team mine = team;
    Team theirs = team;
    theirs.name = QStringLiteral("Område Grenaa (ny)");
    REQUIRE(repo.save(theirs).ok());
    mine.name = QStringLiteral("Grenaa");
    Status s = repo.save(mine);
    CHECK_FALSE(s.ok());
    CHECK_FALSE(s.message().isEmpty());
    CHECK(repo.get<Team>(team.meta.id)->name == QStringLiteral("Område Grenaa (ny)"));
}

TEST_CASE("Deletion is a marker: the row stays, lists leave it out, and it can be restored") {
    TestDatabase t;
    Repository repo(*t.db);
    Team team;
    team.name = QStringLiteral("Ørsted");
    REQUIRE(repo.save(team).ok());
    REQUIRE(repo.markDeleted(team).ok());
    CHECK(repo.list<Team>()->isEmpty());
    auto stored = repo.get<Team>(team.meta.id);
    REQUIRE(stored.ok());
    CHECK(stored->meta.deleted);
    REQUIRE(repo.markDeleted(team, false).ok());
    CHECK(repo.list<Team>()->size() == 1);
}
