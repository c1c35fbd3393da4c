// Need-to-know and the access log: who sees which citizen, break the glass, one entry per action,
// entries that commit and roll back with the change, and a log that cannot be edited.
#include "security/CitizenAccess.h"
#include "support/TestDatabase.h"
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace bs;
using bs::test::Builders;
using bs::test::TestDatabase;

namespace {

Actor accountFor(const Staff& staff, StaffRole role) {
    Actor a;
    a.accountId = QUuid::createUuid();
    a.userName = staff.initials;
    a.displayName = staff.name;
    a.staffId = staff.meta.id;
    a.teamId = staff.teamId;
    a.role = role;
    return a;
}

QList<AccessEntry> entries(Database& db, const QUuid& citizen = {}) {
    AccessLogFilter f;
    f.citizenId = citizen;
    auto r = db.accessLog().search(f);
    REQUIRE(r.ok());
    return *r;
}

struct Office {
    TestDatabase t;
    Builders b{t.reg()};
    Team north = b.team(QStringLiteral("Nord"));
    Team south = b.team(QStringLiteral("Syd"));
    Staff mette = staffIn(QStringLiteral("MH"), north);
    Staff jonas = staffIn(QStringLiteral("JK"), north);
    Staff sara = staffIn(QStringLiteral("SL"), south);
    Citizen ownCase = citizenWith(QStringLiteral("Åse Ærø"), mette, QStringLiteral("0101901234"));
    Citizen teamCase = citizenWith(QStringLiteral("Bo Berg"), jonas, QStringLiteral("0202902345"));
    Citizen otherTeam = citizenWith(QStringLiteral("Carl Dam"), sara, QStringLiteral("0303903456"));
    Citizen unassigned =
        citizenWith(QStringLiteral("Dora Eg"), Staff{}, QStringLiteral("0404904567"));

    Staff staffIn(const QString& initials, const Team& team) {
        Staff s;
        s.initials = initials;
        s.name = QStringLiteral("Person ") + initials;
        s.teamId = team.meta.id;
        REQUIRE(t.reg().saveStaff(s).ok());
        return s;
    }
    Citizen citizenWith(const QString& name, const Staff& contact, const QString& cpr) {
        Citizen c;
        c.name = name;
        c.cpr = cpr;
        c.contactStaffId = contact.meta.id;
        REQUIRE(t.reg().saveCitizen(c).ok());
        return c;
    }
    QSet<QUuid> visibleTo(const Actor& a) {
        t.db->setActor(a);
        auto ids = CitizenAccess(t.reg()).visibleIds();
        REQUIRE(ids.ok());
        REQUIRE(ids->has_value());
        return **ids;
    }
};

} // namespace

TEST_CASE("Each role sees the citizens its work needs", "[access]") {
    Office o;
    SECTION("a worker: own cases and the team's") {
        CHECK(o.visibleTo(accountFor(o.mette, StaffRole::Worker)) ==
              QSet<QUuid>{o.ownCase.meta.id, o.teamCase.meta.id});
    }
    SECTION("a worker of another team: only that team's") {
        CHECK(o.visibleTo(accountFor(o.sara, StaffRole::Worker)) ==
              QSet<QUuid>{o.otherTeam.meta.id});
    }
    SECTION("a leader: the team's and the unassigned, to assign them") {
        CHECK(o.visibleTo(accountFor(o.jonas, StaffRole::Leader)) ==
              QSet<QUuid>{o.ownCase.meta.id, o.teamCase.meta.id, o.unassigned.meta.id});
    }
    SECTION("an administrator: none without a reason") {
        CHECK(o.visibleTo(accountFor(o.sara, StaffRole::Administrator)).isEmpty());
    }
    SECTION("the command line: everyone") {
        o.t.db->setActor(Actor::commandLine());
        auto ids = CitizenAccess(o.t.reg()).visibleIds();
        REQUIRE(ids.ok());
        CHECK_FALSE(ids->has_value());
        CHECK(CitizenAccess(o.t.reg()).summaries(QDate(2025, 11, 25))->size() == 4);
    }
    SECTION("the filtered list matches") {
        o.t.db->setActor(accountFor(o.sara, StaffRole::Worker));
        auto list = CitizenAccess(o.t.reg()).summaries(QDate(2025, 11, 25));
        REQUIRE(list.ok());
        REQUIRE(list->size() == 1);
        CHECK(list->first().name == QStringLiteral("Carl Dam"));
    }
}

TEST_CASE("Opening a record logs exactly one read; outside own cases it is refused", "[access]") {
    Office o;
    const Actor mette = accountFor(o.mette, StaffRole::Worker);
    o.t.db->setActor(mette);
    CitizenAccess access(o.t.reg());
    const int before = entries(*o.t.db).size();

    auto opened = access.open(o.ownCase.meta.id);
    REQUIRE(opened.ok());
    auto log = entries(*o.t.db);
    REQUIRE(log.size() == before + 1);
    CHECK(log.first().action == AccessAction::Read);
    CHECK(log.first().citizenId == o.ownCase.meta.id);
    CHECK(log.first().userName == QStringLiteral("MH"));
    CHECK(log.first().accountId == mette.accountId);

    auto refused = access.open(o.otherTeam.meta.id);
    CHECK_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("outside own cases")));
    CHECK(entries(*o.t.db).size() == before + 1);
}

TEST_CASE("Breaking the glass needs the exact CPR number and a reason, and is logged", "[access]") {
    Office o;
    o.t.db->setActor(accountFor(o.mette, StaffRole::Worker));
    CitizenAccess access(o.t.reg());
    const int before = entries(*o.t.db).size();

    CHECK(access.breakGlass(QStringLiteral("0303903456"), QStringLiteral("kort")).error().field ==
          QStringLiteral("reason"));
    CHECK(access
              .breakGlass(QStringLiteral("0303"), QStringLiteral("Akut henvendelse i "
                                                                 "weekendvagten"))
              .error()
              .field == QStringLiteral("cpr"));
    CHECK(access
              .breakGlass(QStringLiteral("0505905678"), QStringLiteral("Akut henvendelse i "
                                                                       "weekendvagten"))
              .error()
              .field == QStringLiteral("cpr"));
    CHECK(entries(*o.t.db).size() == before);

    auto c = access.breakGlass(QStringLiteral("030390-3456"),
                               QStringLiteral("Akut henvendelse i weekendvagten"));
    REQUIRE(c.ok());
    CHECK(c->meta.id == o.otherTeam.meta.id);
    auto log = entries(*o.t.db);
    REQUIRE(log.size() == before + 1);
    CHECK(log.first().action == AccessAction::BreakGlass);
    CHECK(log.first().reason == QStringLiteral("Akut henvendelse i weekendvagten"));
    CHECK(log.first().criterion == QStringLiteral("030390-xxxx"));

    // Granted for the session: opening it now is an ordinary logged read.
    REQUIRE(access.open(o.otherTeam.meta.id).ok());
    CHECK(entries(*o.t.db).size() == before + 2);
    CHECK(access.summaries(QDate(2025, 11, 25))->size() == 3);
    // A new login ends the grant.
    o.t.db->setActor(accountFor(o.mette, StaffRole::Worker));
    CHECK_FALSE(access.open(o.otherTeam.meta.id).ok());
}

TEST_CASE("A change is logged once per citizen, in its transaction", "[access]") {
    Office o;
    o.t.db->setActor(accountFor(o.mette, StaffRole::Worker));
    const int before = entries(*o.t.db).size();

    Citizen c = o.ownCase;
    c.address = QStringLiteral("Vestergade 3");
    REQUIRE(o.t.reg().saveCitizen(c).ok());
    auto log = entries(*o.t.db, c.meta.id);
    REQUIRE(log.size() >= 2);
    CHECK(log.first().action == AccessAction::Change);
    CHECK(log.first().detail == QStringLiteral("citizen"));
    CHECK(entries(*o.t.db).size() == before + 1);

    // Ending the citizen writes several rows (the citizen and its allocations): one entry.
    Builders b{o.t.reg()};
    b.grant(c.meta.id, LegalBasis::P85, QDate(2025, 1, 1));
    const int afterGrant = entries(*o.t.db).size();
    CHECK(afterGrant == before + 2);
    REQUIRE(o.t.reg().endCitizen(c, QDate(2025, 11, 30)).ok());
    CHECK(entries(*o.t.db).size() == afterGrant + 1);

    // A failed change leaves no entry.
    Citizen stale = o.teamCase;
    Citizen fresh = o.teamCase;
    fresh.phone = QStringLiteral("12345678");
    REQUIRE(o.t.reg().saveCitizen(fresh).ok());
    stale.phone = QStringLiteral("87654321");
    CHECK_FALSE(o.t.reg().saveCitizen(stale).ok());
    CHECK(entries(*o.t.db).size() == afterGrant + 2);

    // A rolled-back transaction takes its entries with it.
    Citizen again = fresh;
    again.city = QStringLiteral("Grenaa");
    const Status s = o.t.db->transaction([&]() -> Status {
        if (auto r = o.t.reg().saveCitizen(again); !r)
            return r;
        return Status::failure(QStringLiteral("stop"));
    });
    CHECK_FALSE(s.ok());
    CHECK(entries(*o.t.db).size() == afterGrant + 2);
}

TEST_CASE("Searches, exports and prints are one entry each", "[access]") {
    Office o;
    o.t.db->setActor(accountFor(o.mette, StaffRole::Worker));
    CitizenAccess access(o.t.reg());
    const int before = entries(*o.t.db).size();
    REQUIRE(access.logSearch(QStringLiteral("Åse"), QStringLiteral("citizen list")).ok());
    REQUIRE(
        access.logExport(o.ownCase.meta.id, QStringLiteral("plan"), QStringLiteral("pdf")).ok());
    REQUIRE(access.logPrint(o.ownCase.meta.id, QStringLiteral("plan")).ok());
    auto log = entries(*o.t.db);
    REQUIRE(log.size() == before + 3);
    CHECK(log.at(2).action == AccessAction::Search);
    CHECK(log.at(2).criterion == QStringLiteral("Åse"));
    CHECK(log.at(2).citizenId.isNull());
    CHECK(log.at(1).action == AccessAction::Export);
    CHECK(log.at(0).action == AccessAction::Print);
}

TEST_CASE("The access log cannot be edited; only erasure's redaction is allowed", "[access]") {
    Office o;
    REQUIRE(o.t.db->accessLog()
                .record(AccessAction::Search, {}, QStringLiteral("Åse Ærø 0101901234"))
                .ok());
    CHECK_FALSE(o.t.db->execSql(QStringLiteral("UPDATE access_log SET user_name = 'x'")).ok());
    CHECK_FALSE(o.t.db->execSql(QStringLiteral("UPDATE access_log SET criterion = 'x'")).ok());
    CHECK_FALSE(o.t.db->execSql(QStringLiteral("UPDATE access_log SET at_utc = '2020'")).ok());
    REQUIRE(o.t.db->accessLog().redact({QStringLiteral("0101901234")}).ok());
    AccessLogFilter f;
    f.action = AccessAction::Search;
    auto log = o.t.db->accessLog().search(f);
    REQUIRE(log.ok());
    REQUIRE(log->size() == 1);
    CHECK(log->first().criterion == AccessLog::kRedacted);
}

TEST_CASE("Ledelse figures: leaders their team, workers none", "[access]") {
    Office o;
    o.t.db->setActor(accountFor(o.jonas, StaffRole::Leader));
    CHECK(CitizenAccess(o.t.reg()).ledelseTeams().value() == QList<QUuid>{o.north.meta.id});
    o.t.db->setActor(accountFor(o.mette, StaffRole::Worker));
    CHECK_FALSE(CitizenAccess(o.t.reg()).ledelseTeams().ok());
    o.t.db->setActor(accountFor(o.mette, StaffRole::Administrator));
    CHECK(CitizenAccess(o.t.reg()).ledelseTeams().value().isEmpty());
}
