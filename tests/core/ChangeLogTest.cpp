// Every write through the services is recorded in the change log, per changed column, so it can
// travel (docs/sync.md "Recording changes"); a copied database file takes a new site id.
#include "storage/ChangeLog.h"
#include "services/JournalService.h"
#include "storage/CalendarQueries.h"
#include "support/TestDatabase.h"

#include <QFile>
#include <QSqlQuery>

using namespace bs;
using namespace bs::test;

namespace {

QString s(const char* text) {
    return QString::fromUtf8(text);
}

QList<sync::Change> changesOf(TestDatabase& t, const QString& table, const QUuid& id) {
    auto r = ChangeLog(*t.db).changesOfRow(table, idText(id));
    REQUIRE(r.ok());
    return *r;
}

} // namespace

TEST_CASE("Writes log exactly the changed columns", "[sync][changelog]") {
    TestDatabase t;
    Builders b{t.reg()};
    Citizen c = b.citizen(s("Anna Hansen"));
    auto log = changesOf(t, s("citizen"), c.meta.id);
    REQUIRE(log.size() == 1);
    CHECK(log[0].fields.contains(s("name")));
    CHECK(log[0].fields.contains(s("created_utc")));
    CHECK(log[0].fields.value(s("deleted")).toInt() == 0);
    CHECK(log[0].base.isEmpty());

    t.clock.advanceSecs(60);
    c.address = s("Åvej 7");
    REQUIRE(t.reg().saveCitizen(c).ok());
    log = changesOf(t, s("citizen"), c.meta.id);
    REQUIRE(log.size() == 2);
    CHECK(log[1].fields.keys() == QStringList{s("address")});
    CHECK(log[1].base.value(s("address")).toString() == log[0].hlc);
    CHECK(log[1].hlc > log[0].hlc);
    CHECK(log[1].counter == log[0].counter + 1);

    REQUIRE(t.reg().setDeleted(c, true).ok());
    log = changesOf(t, s("citizen"), c.meta.id);
    REQUIRE(log.size() == 3);
    CHECK(log[2].setsDeleted());
    CHECK_FALSE(log[2].seen.isEmpty());

    SECTION("an edit of a deleted row restates the deletion") {
        c.phone = s("12345678");
        REQUIRE(t.reg().saveCitizen(c).ok());
        log = changesOf(t, s("citizen"), c.meta.id);
        REQUIRE(log.size() == 4);
        CHECK(log[3].setsDeleted());
    }
    SECTION("notes log the note and a revision; settings log their value") {
        Staff mette = b.staff(s("MKJ"));
        JournalService journal(t.reg());
        JournalNote n;
        n.citizenId = c.meta.id;
        Citizen live = b.citizen(s("Bo Jensen"));
        n.citizenId = live.meta.id;
        n.text = s("Samtale");
        REQUIRE(journal.write(n, {}, mette.meta.id).ok());
        CHECK(changesOf(t, s("journal_note"), n.meta.id).size() == 1);
        auto revs = journal.revisions(n.meta.id);
        REQUIRE(revs.ok());
        REQUIRE(revs->size() == 1);
        CHECK(changesOf(t, s("journal_revision"), revs->first().meta.id).size() == 1);

        REQUIRE(CalendarQueries(*t.db).saveSetting(s("calendar.x"), s("1")).ok());
        REQUIRE(CalendarQueries(*t.db).saveSetting(s("calendar.x"), s("1")).ok()); // same
        REQUIRE(CalendarQueries(*t.db).saveSetting(s("calendar.x"), s("2")).ok());
        auto settings = ChangeLog(*t.db).changesOfRow(s("setting"), s("calendar.x"));
        REQUIRE(settings.ok());
        REQUIRE(settings->size() == 2);
        CHECK(settings->at(1).fields.value(s("value")).toString() == s("2"));
    }
}

TEST_CASE("A copied database file takes a new site id and remembers the old one",
          "[sync][changelog]") {
    QTemporaryDir dir;
    FixedClock clock{utc(2025, 11, 25)};
    const QString original = dir.filePath(s("a.sqlite"));
    const QString copy = dir.filePath(s("b.sqlite"));
    QUuid first;
    {
        auto db = Database::open(original, clock);
        REQUIRE(db.ok());
        first = (*db)->installationId();
        REQUIRE((*db)->execSql(s("VACUUM INTO ?"), {copy}).ok());
    }
    auto same = Database::open(original, clock);
    REQUIRE(same.ok());
    CHECK((*same)->installationId() == first);
    CHECK_FALSE((*same)->siteIdRenewed());
    auto copied = Database::open(copy, clock);
    REQUIRE(copied.ok());
    CHECK((*copied)->installationId() != first);
    CHECK((*copied)->siteIdRenewed());
    QSqlQuery q((*copied)->connection());
    REQUIRE(q.exec(s("SELECT value FROM meta WHERE key = 'previous_site_ids'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString().contains(first.toString(QUuid::WithoutBraces)));
}
