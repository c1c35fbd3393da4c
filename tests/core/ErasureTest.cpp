// Erasure (issue 7, docs/access.md): every trace of the citizen leaves the file, its WAL and the
// safety copies next to it; the purge travels; an old bundle does not bring the citizen back;
// other citizens and shared group notes stay. And retention: which closed cases are due.
#include "security/ErasureService.h"
#include "support/RightsFixture.h"
#include "support/SyncSites.h"

#include <QSqlQuery>

using namespace bs;
using namespace bs::test;

namespace {

const QStringList kCanaries{kCanaryCpr, kCanaryCprDash, kCanarySentence, kCanaryName,
                            kCanaryRevision};

QStringList leftovers(const QString& folder) {
    QStringList out;
    for (const QString& canary : kCanaries)
        for (const QString& file : filesContaining(folder, canary))
            out << canary + QStringLiteral(" in ") + file;
    return out;
}

} // namespace

TEST_CASE("Erasure removes every trace of the citizen, here and at the synced sites",
          "[erasure][sqlite-only]") {
    SyncSite office(QStringLiteral("Kontoret"));
    SyncSite branch(QStringLiteral("Alunden"), utc(2025, 11, 25, 9, 5));
    const RightsCase rc = buildRightsCase(office.reg());
    const QString cid = idText(rc.citizen.meta.id);
    office.sendTo(branch);
    REQUIRE(branch.count(QStringLiteral("SELECT count(*) FROM citizen WHERE id = '%1'").arg(cid)) ==
            1);

    // The same field edited at both sites: a conflict that keeps both values.
    Citizen here = *office.reg().citizen(rc.citizen.meta.id);
    here.phone = kCanaryCpr + QStringLiteral("1");
    requireStatus(office.reg().saveCitizen(here));
    Citizen there = *branch.reg().citizen(rc.citizen.meta.id);
    there.phone = kCanaryCpr + QStringLiteral("2");
    requireStatus(branch.reg().saveCitizen(there));
    const QString oldBundle = branch.exportFor({}); // everything, the citizen included
    branch.sendTo(office); // the office takes a plain .before-import copy first
    REQUIRE(office.count(
                QStringLiteral("SELECT count(*) FROM sync_conflict WHERE row_id = '%1'").arg(cid)) >
            0);
    REQUIRE(!QDir(office.dir.path())
                 .entryList({QStringLiteral("site.sqlite.before-import-*.bak")})
                 .isEmpty());
    // A search by name puts the name in the log.
    requireStatus(office.db->accessLog().record(AccessAction::Search, {}, kCanaryName));
    REQUIRE(!leftovers(office.dir.path()).isEmpty()); // the scan can find what it looks for

    ErasureService erasure(office.reg());
    SECTION("a worker may not erase, and without a reason nothing happens") {
        Actor worker;
        worker.userName = QStringLiteral("mh");
        worker.accountId = QUuid::createUuid();
        worker.role = StaffRole::Worker;
        office.db->setActor(worker);
        CHECK_FALSE(erasure.eraseCitizen(rc.citizen.meta.id, QStringLiteral("Anmodning")).ok());
        office.db->setActor(Actor::system());
        CHECK_FALSE(erasure.eraseCitizen(rc.citizen.meta.id, QStringLiteral("  ")).ok());
        CHECK(office.count(
                  QStringLiteral("SELECT count(*) FROM citizen WHERE id = '%1'").arg(cid)) == 1);
    }

    SECTION("erased") {
        auto plan = erasure.plan(rc.citizen.meta.id);
        REQUIRE(plan.ok());
        CHECK(plan->total() >= 15);
        auto done = erasure.eraseCitizen(rc.citizen.meta.id,
                                         QStringLiteral("Borgerens anmodning om sletning"));
        INFO(done.message().toStdString());
        REQUIRE(done.ok());
        INFO(done->cleanupProblem.toStdString());
        CHECK(done->cleanupProblem.isEmpty());
        CHECK(done->rowsPurged == plan->total());
        CHECK(done->backupsRemoved.size() == 1);

        const QStringList left = leftovers(office.dir.path());
        INFO(left.join(QStringLiteral("; ")).toStdString());
        CHECK(left.isEmpty());
        CHECK(QFileInfo(office.db->path() + QStringLiteral("-wal")).size() == 0);

        CHECK(office.count(QStringLiteral("SELECT count(*) FROM purged WHERE tbl = 'citizen' AND "
                                          "row_id = '%1'")
                               .arg(cid)) == 1);
        CHECK(office.count(QStringLiteral("SELECT count(*) FROM sync_conflict")) == 0);
        CHECK(office.count(QStringLiteral("SELECT count(*) FROM journal_note WHERE citizen_id = "
                                          "'%1'")
                               .arg(cid)) == 0);
        CHECK(office.count(QStringLiteral("SELECT count(*) FROM journal_search WHERE "
                                          "journal_search MATCH 'kanariefuglen'")) == 0);
        // Others keep theirs: the neighbour, the shared group note, the session.
        CHECK(office.count(QStringLiteral("SELECT count(*) FROM citizen WHERE id = '%1'")
                               .arg(idText(rc.neighbour.meta.id))) == 1);
        CHECK(office.count(QStringLiteral("SELECT count(*) FROM group_note WHERE id = '%1'")
                               .arg(idText(rc.groupNoteId))) == 1);
        CHECK(office.count(QStringLiteral("SELECT count(*) FROM group_member WHERE citizen_id = "
                                          "'%1'")
                               .arg(idText(rc.neighbour.meta.id))) == 1);
        // The log: one erasure entry with the reason, the name redacted.
        AccessLogFilter f;
        f.action = AccessAction::Erase;
        auto erased = office.db->accessLog().search(f);
        REQUIRE(erased.ok());
        REQUIRE(erased->size() == 1);
        CHECK(erased->first().citizenId == rc.citizen.meta.id);
        CHECK(erased->first().reason == QStringLiteral("Borgerens anmodning om sletning"));
        CHECK(office.count(QStringLiteral("SELECT count(*) FROM access_log WHERE criterion = "
                                          "'[erased]'")) == 1);
        REQUIRE(office.db->checkIntegrity().ok());
        CHECK(*office.db->checkIntegrity() == QStringLiteral("ok"));

        // An old bundle does not bring the citizen back.
        office.importFile(oldBundle);
        CHECK(office.count(
                  QStringLiteral("SELECT count(*) FROM citizen WHERE id = '%1'").arg(cid)) == 0);
        CHECK(office.count(QStringLiteral("SELECT count(*) FROM journal_revision")) == 0);

        // The other site imports the purge and loses the citizen too, conflicts included.
        office.sendTo(branch);
        CHECK(branch.count(
                  QStringLiteral("SELECT count(*) FROM citizen WHERE id = '%1'").arg(cid)) == 0);
        CHECK(branch.count(QStringLiteral("SELECT count(*) FROM journal_note WHERE citizen_id = "
                                          "'%1'")
                               .arg(cid)) == 0);
        CHECK(branch.count(QStringLiteral("SELECT count(*) FROM sync_conflict WHERE row_id = "
                                          "'%1'")
                               .arg(cid)) == 0);
        CHECK(branch.count(QStringLiteral("SELECT count(*) FROM citizen WHERE id = '%1'")
                               .arg(idText(rc.neighbour.meta.id))) == 1);
        // There too the file is cleaned and the plain safety copies, which held the citizen,
        // are gone: nothing of them is left in the folder.
        CHECK(leftovers(branch.dir.path()).isEmpty());
    }
}

TEST_CASE("Closed cases are due for erasure after the retention period", "[erasure]") {
    TestDatabase t;
    Builders b{t.reg()};
    ErasureService erasure(t.reg());
    CHECK(erasure.retentionYears() == 5);
    CHECK_FALSE(erasure.setRetentionYears(0).ok());
    CHECK_FALSE(erasure.setRetentionYears(21).ok());

    // Closed in 2019: due. Closed in 2023: not yet. Active since 2018: never.
    t.clock.set(utc(2018, 3, 1));
    Citizen old = b.citizen(QStringLiteral("Gammel Sag"));
    Citizen active = b.citizen(QStringLiteral("Aktiv Sag"));
    t.clock.set(utc(2019, 5, 1));
    Citizen oldRecord = *t.reg().citizen(old.meta.id);
    requireStatus(t.reg().endCitizen(oldRecord, QDate(2019, 5, 1)));
    t.clock.set(utc(2023, 5, 1));
    Citizen recent = b.citizen(QStringLiteral("Ny Sag"));
    requireStatus(t.reg().endCitizen(recent, QDate(2023, 5, 1)));
    t.clock.set(utc(2025, 11, 25));

    auto due = erasure.dueForErasure();
    REQUIRE(due.ok());
    REQUIRE(due->size() == 1);
    CHECK(due->first().citizenId == old.meta.id);
    CHECK(due->first().lastActivity == QDate(2019, 5, 1));
    CHECK(due->first().maskedCpr.endsWith(QStringLiteral("xxxx")));

    // A journal note in 2022 is activity: no longer due at five years, due at two.
    Repository repo(*t.db);
    JournalNote late;
    late.citizenId = old.meta.id;
    late.authorId = b.staff(QStringLiteral("AB")).meta.id;
    late.writtenUtc = utc(2022, 2, 1);
    late.text = QStringLiteral("Afsluttende samtale");
    requireStatus(repo.save(late));
    CHECK(erasure.dueForErasure()->isEmpty());
    requireStatus(erasure.setRetentionYears(2));
    CHECK(erasure.retentionYears() == 2);
    CHECK(erasure.dueForErasure()->size() == 2);
    (void)active;
}
