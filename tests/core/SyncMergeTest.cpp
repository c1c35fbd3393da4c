// The merge rules of offline sync (docs/sync.md "Merging") between two or three simulated
// sites: concurrent field edits, deletion against edit, two versions of a journal note, purges,
// clocks a year ahead or behind, and what resolving a conflict sends to the other sites.
#include "services/JournalService.h"
#include "storage/Repository.h"
#include "support/SyncSites.h"

using namespace bs;
using namespace bs::test;
using bs::sync::ConflictKind;

namespace {

QString s(const char* text) {
    return QString::fromUtf8(text);
}

Citizen citizenAt(SyncSite& site, const QUuid& id) {
    auto c = site.reg().citizen(id);
    INFO(c.message().toStdString());
    REQUIRE(c.ok());
    return *c;
}

void setAddress(SyncSite& site, const QUuid& id, const QString& address) {
    Citizen c = citizenAt(site, id);
    c.address = address;
    auto saved = site.reg().saveCitizen(c);
    INFO(saved.message().toStdString());
    REQUIRE(saved.ok());
}

QList<sync::Conflict> openConflicts(SyncSite& site) {
    auto list = site.sync->conflicts();
    REQUIRE(list.ok());
    return *list;
}

// An office with a citizen, and Alunden holding a copy of it.
struct TwoSites {
    SyncSite office{s("Kontoret")};
    SyncSite alunden{s("Alunden")};
    Citizen anna;
    Staff mette;

    TwoSites() {
        Builders b{office.reg()};
        mette = b.staff(s("MKJ"), s("Mette Kjær"));
        anna = b.citizen(s("Anna Hansen"));
        office.sendTo(alunden);
        alunden.clock.advanceSecs(60);
        office.clock.advanceSecs(60);
    }
    void exchange() {
        office.sendTo(alunden);
        alunden.sendTo(office);
    }
};

} // namespace

TEST_CASE("A concurrent edit of an address: the newer value wins at both sites, the other is a "
          "conflict, and resolving it travels",
          "[sync]") {
    TwoSites w;
    setAddress(w.office, w.anna.meta.id, s("Stationsvej 1"));
    w.alunden.clock.advanceSecs(30); // Alunden's edit is the newer one
    setAddress(w.alunden, w.anna.meta.id, s("Åvej 7"));
    w.exchange();

    CHECK(citizenAt(w.office, w.anna.meta.id).address == s("Åvej 7"));
    CHECK(citizenAt(w.alunden, w.anna.meta.id).address == s("Åvej 7"));
    CHECK(w.office.dump() == w.alunden.dump());
    const auto conflicts = openConflicts(w.office);
    REQUIRE(conflicts.size() == 1);
    const sync::Conflict& k = conflicts.first();
    CHECK(k.kind == ConflictKind::Field);
    CHECK(k.field == s("address"));
    CHECK(k.recordLabel == s("Citizen Anna Hansen"));
    CHECK(k.fieldLabel == s("Address"));
    CHECK(k.currentValue.toString() == s("Åvej 7"));
    CHECK(k.otherValue.toString() == s("Stationsvej 1"));
    CHECK(k.currentSiteName == s("Alunden"));
    CHECK(k.otherSiteName == s("Kontoret"));
    CHECK(openConflicts(w.alunden).size() == 1);

    SECTION("keeping the other value writes it as a new change that wins at the other site") {
        REQUIRE(w.office.sync->resolveConflict(k.id, true).ok());
        CHECK(citizenAt(w.office, w.anna.meta.id).address == s("Stationsvej 1"));
        CHECK(openConflicts(w.office).isEmpty());
        CHECK_FALSE(w.office.sync->resolveConflict(k.id, true).ok()); // already resolved
        w.exchange();
        CHECK(citizenAt(w.alunden, w.anna.meta.id).address == s("Stationsvej 1"));
        CHECK(openConflicts(w.alunden).isEmpty()); // settled there too
        CHECK(w.office.dump() == w.alunden.dump());
    }
    SECTION("keeping the current value settles it at the other site as well") {
        REQUIRE(w.alunden.sync->resolveConflict(openConflicts(w.alunden).first().id, false).ok());
        w.exchange();
        CHECK(openConflicts(w.office).isEmpty());
        CHECK(citizenAt(w.office, w.anna.meta.id).address == s("Åvej 7"));
    }
}

TEST_CASE("Edits of different fields at two sites both survive, without a conflict", "[sync]") {
    TwoSites w;
    setAddress(w.office, w.anna.meta.id, s("Stationsvej 1"));
    Citizen c = citizenAt(w.alunden, w.anna.meta.id);
    c.phone = s("12345678");
    REQUIRE(w.alunden.reg().saveCitizen(c).ok());
    w.exchange();
    for (SyncSite* site : {&w.office, &w.alunden}) {
        const Citizen merged = citizenAt(*site, w.anna.meta.id);
        CHECK(merged.address == s("Stationsvej 1"));
        CHECK(merged.phone == s("12345678"));
        CHECK(openConflicts(*site).isEmpty());
    }
}

TEST_CASE("A deletion loses to an edit made without knowing of it: the row comes back at both "
          "sites",
          "[sync]") {
    TwoSites w;
    Citizen atOffice = citizenAt(w.office, w.anna.meta.id);
    REQUIRE(w.office.reg().setDeleted(atOffice, true).ok());
    w.alunden.clock.advanceSecs(-30); // the edit is even older than the deletion
    setAddress(w.alunden, w.anna.meta.id, s("Åvej 7"));

    SECTION("the preview says a row comes back, and writes nothing") {
        const QString bundle = w.alunden.exportFor(w.office.id());
        const QString before = w.office.dump(true);
        auto p = w.office.sync->preview(bundle, kTestPassphrase);
        REQUIRE(p.ok());
        CHECK(p->restoredRows == 1);
        CHECK(p->conflicts == 1);
        CHECK(w.office.dump(true) == before);
    }
    w.exchange();
    for (SyncSite* site : {&w.office, &w.alunden}) {
        auto c = site->reg().citizen(w.anna.meta.id);
        REQUIRE(c.ok());
        CHECK_FALSE(c->meta.deleted);
        CHECK(c->address == s("Åvej 7"));
        const auto conflicts = openConflicts(*site);
        REQUIRE(conflicts.size() == 1);
        CHECK(conflicts.first().kind == ConflictKind::EditedAfterDelete);
    }
    CHECK(w.office.dump() == w.alunden.dump());

    SECTION("deleting it after all, from the conflict, travels and stays deleted") {
        REQUIRE(w.alunden.sync->resolveConflict(openConflicts(w.alunden).first().id, true).ok());
        w.exchange();
        auto c = w.office.reg().citizen(w.anna.meta.id);
        REQUIRE(c.ok());
        CHECK(c->meta.deleted);
        CHECK(w.office.dump() == w.alunden.dump());
    }
}

TEST_CASE("A deletion made after seeing the edit wins, and a restore brings it back", "[sync]") {
    TwoSites w;
    setAddress(w.alunden, w.anna.meta.id, s("Åvej 7"));
    w.exchange();
    Citizen c = citizenAt(w.office, w.anna.meta.id);
    REQUIRE(w.office.reg().setDeleted(c, true).ok());
    w.exchange();
    CHECK(citizenAt(w.alunden, w.anna.meta.id).meta.deleted);
    CHECK(openConflicts(w.alunden).isEmpty());
    Citizen back = citizenAt(w.alunden, w.anna.meta.id);
    REQUIRE(w.alunden.reg().setDeleted(back, false).ok());
    w.exchange();
    CHECK_FALSE(citizenAt(w.office, w.anna.meta.id).meta.deleted);
    CHECK(openConflicts(w.office).isEmpty());
    CHECK(w.office.dump() == w.alunden.dump());
}

TEST_CASE("Two concurrent edits of a note keep both versions until one supersedes both", "[sync]") {
    TwoSites w;
    JournalService officeJournal(w.office.reg());
    JournalNote n;
    n.citizenId = w.anna.meta.id;
    n.text = s("Første udkast");
    REQUIRE(officeJournal.write(n, {}, w.mette.meta.id).ok());
    w.office.sendTo(w.alunden);

    n.text = s("Kontorets version");
    REQUIRE(officeJournal.write(n, {}, w.mette.meta.id).ok());
    JournalService alundenJournal(w.alunden.reg());
    auto there = alundenJournal.note(n.meta.id);
    REQUIRE(there.ok());
    JournalNote m = *there;
    m.text = s("Alundens version");
    w.alunden.clock.advanceSecs(5);
    REQUIRE(alundenJournal.write(m, {}, w.mette.meta.id).ok());
    w.exchange();

    for (SyncSite* site : {&w.office, &w.alunden}) {
        const QStringList texts = site->revisionTexts();
        CHECK(texts.contains(s("Kontorets version")));
        CHECK(texts.contains(s("Alundens version")));
        const auto conflicts = openConflicts(*site);
        REQUIRE(conflicts.size() == 1);
        CHECK(conflicts.first().kind == ConflictKind::NoteVersions);
        CHECK(conflicts.first().recordLabel.startsWith(s("Note of 25.11.2025 about Anna")));
    }
    CHECK(w.office.dump() == w.alunden.dump());

    // The office keeps its own wording; the new revision supersedes both.
    const auto k = openConflicts(w.office).first();
    CHECK(k.otherValue.toString() == s("Kontorets version"));
    REQUIRE(w.office.sync->resolveConflict(k.id, true).ok());
    CHECK(openConflicts(w.office).isEmpty());
    w.exchange();
    CHECK(openConflicts(w.alunden).isEmpty());
    auto resolved = alundenJournal.note(n.meta.id);
    REQUIRE(resolved.ok());
    CHECK(resolved->text == s("Kontorets version"));
    CHECK(w.office.dump() == w.alunden.dump());
}

TEST_CASE("A purge erases a row everywhere and no old bundle brings it back", "[sync]") {
    TwoSites w;
    const QString oldBundle = w.office.exportFor({}); // holds Anna's insert
    const QString id = idText(w.anna.meta.id);
    REQUIRE(w.office.sync->purgeRow(s("citizen"), id).ok());
    CHECK_FALSE(w.office.reg().citizen(w.anna.meta.id).ok());
    CHECK(w.office.count(s("SELECT count(*) FROM change_log WHERE row_id = '%1'").arg(id)) == 1);
    CHECK_FALSE(w.office.sync->purgeRow(s("nonsense"), id).ok());
    CHECK_FALSE(w.office.sync->purgeRow(s("staff"), id).ok()); // no such row

    w.office.sendTo(w.alunden);
    CHECK_FALSE(w.alunden.reg().citizen(w.anna.meta.id).ok());
    w.alunden.importFile(oldBundle); // an old stick turns up
    CHECK_FALSE(w.alunden.reg().citizen(w.anna.meta.id).ok());
    CHECK(w.alunden.count(s("SELECT count(*) FROM change_log WHERE row_id = '%1' AND kind = "
                            "'row'")
                              .arg(id)) == 0);
    CHECK(w.office.dump() == w.alunden.dump());

    SECTION("a third site that never had the row gets the purge before the old insert") {
        SyncSite auc(s("AUC"));
        w.office.sendTo(auc);
        auc.importFile(oldBundle);
        CHECK_FALSE(auc.reg().citizen(w.anna.meta.id).ok());
        CHECK(auc.dump() == w.office.dump());
    }
}

TEST_CASE("A clock a year ahead is flagged, not trusted; a clock a year behind loses", "[sync]") {
    TwoSites w;
    SECTION("ahead") {
        w.alunden.clock.set(utc(2026, 11, 25, 9)); // the laptop thinks it is next year
        setAddress(w.alunden, w.anna.meta.id, s("Fremtidsvej 1"));
        w.alunden.clock.set(utc(2025, 11, 25, 9, 5));
        const QString bundle = w.alunden.exportFor(w.office.id());
        auto p = w.office.sync->preview(bundle, kTestPassphrase);
        REQUIRE(p.ok());
        CHECK(p->clockAhead == 1);
        REQUIRE_FALSE(p->warnings.isEmpty());
        CHECK(p->warnings.join(QLatin1Char(' ')).contains(s("Alunden")));
        CHECK(p->warnings.join(QLatin1Char(' ')).contains(s("365 day")));
        const sync::Hlc before = w.office.db->hlc().last();
        auto r = w.office.sync->importBundle(bundle, kTestPassphrase);
        REQUIRE(r.ok());
        // A file keeps a safety copy; a server's backups are IT's.
        CHECK((w.office.db->isServer() ? r->backupPath.isEmpty() : QFile::exists(r->backupPath)));
        // Applied like any change (all sites converge), but the local clock stays put and a
        // person is asked to check the value.
        CHECK(citizenAt(w.office, w.anna.meta.id).address == s("Fremtidsvej 1"));
        CHECK(w.office.db->hlc().last().wallMs < utc(2025, 11, 27).toMSecsSinceEpoch());
        CHECK(w.office.db->hlc().last().wallMs >= before.wallMs);
        const auto conflicts = openConflicts(w.office);
        REQUIRE(conflicts.size() == 1);
        CHECK(conflicts.first().field == s("address"));
        auto history = w.office.sync->history();
        REQUIRE(history.ok());
        REQUIRE(history->size() == 2); // the first bundle sent, then this one
        const auto received = std::find_if(history->cbegin(), history->cend(),
                                           [](const sync::HistoryEntry& e) { return !e.sent; });
        REQUIRE(received != history->cend());
        CHECK(received->flagged == 1);
        CHECK(received->peerName == s("Alunden"));
    }
    SECTION("behind") {
        w.alunden.clock.set(utc(2024, 11, 25, 9));
        setAddress(w.alunden, w.anna.meta.id, s("Fortidsvej 1"));
        w.office.clock.advanceSecs(60);
        setAddress(w.office, w.anna.meta.id, s("Nutidsvej 2"));
        const QString bundle = w.alunden.exportFor(w.office.id());
        auto p = w.office.sync->preview(bundle, kTestPassphrase);
        REQUIRE(p.ok());
        CHECK(p->clockBehind >= 1);
        CHECK(p->warnings.join(QLatin1Char(' ')).contains(s("behind")));
        w.office.importFile(bundle);
        w.office.sendTo(w.alunden);
        CHECK(citizenAt(w.office, w.anna.meta.id).address == s("Nutidsvej 2"));
        CHECK(citizenAt(w.alunden, w.anna.meta.id).address == s("Nutidsvej 2"));
    }
}

TEST_CASE("Peers, history and the site name", "[sync]") {
    TwoSites w;
    CHECK(w.office.sync->siteName() == s("Kontoret"));
    CHECK_FALSE(w.office.sync->setSiteName(s("   ")).ok());
    auto peers = w.alunden.sync->peers();
    REQUIRE(peers.ok());
    REQUIRE(peers->size() == 1);
    CHECK(peers->first().name == s("Kontoret"));
    CHECK(peers->first().site == w.office.id());
    auto history = w.office.sync->history();
    REQUIRE(history.ok());
    REQUIRE(history->size() == 1);
    CHECK(history->first().sent);

    SECTION("an export for a known peer carries only what it lacks") {
        w.alunden.sendTo(w.office);
        setAddress(w.office, w.anna.meta.id, s("Stationsvej 1"));
        auto r = w.office.sync->exportBundle(w.office.dir.filePath(s("x.bst")), w.alunden.id(),
                                             kTestPassphrase, {}, true);
        REQUIRE(r.ok());
        CHECK(r->changes == 1);
    }
}

TEST_CASE("A computer restored from an older backup refuses a file that assumes what it lost",
          "[sync][sqlite-only]") {
    TwoSites w;
    w.alunden.sendTo(w.office);
    // Alunden's file as it is now: the backup it will be restored from.
    const QString backup = w.alunden.dir.filePath(s("restored.sqlite"));
    REQUIRE(w.alunden.db->execSql(s("VACUUM INTO ?"), {backup}).ok());
    // The office edits; Alunden receives it and says so in its next bundle.
    setAddress(w.office, w.anna.meta.id, s("Stationsvej 1"));
    w.exchange();
    setAddress(w.office, w.anna.meta.id, s("Stationsvej 2"));
    const QString forAlunden = w.office.exportFor(w.alunden.id());

    // The restored file is a copy: it takes a new site id, and it lacks "Stationsvej 1".
    auto restored = Database::open(backup, w.alunden.clock);
    REQUIRE(restored.ok());
    CHECK(restored.value()->installationId() != w.alunden.id());
    sync::SyncService service(*restored.value());
    const QString before = [&] {
        QSqlQuery q(restored.value()->connection());
        REQUIRE(q.exec(s("SELECT count(*) FROM change_log")));
        REQUIRE(q.next());
        return q.value(0).toString();
    }();
    auto refused = service.importBundle(forAlunden, kTestPassphrase);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(s("backup")));
    {
        QSqlQuery q(restored.value()->connection());
        REQUIRE(q.exec(s("SELECT count(*) FROM change_log")));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == before);
    }
    // A file for a new computer carries everything and heals it.
    auto healed = service.importBundle(w.office.exportFor({}), kTestPassphrase);
    INFO(healed.message().toStdString());
    REQUIRE(healed.ok());
    Registry registry(*restored.value());
    CHECK(registry.citizen(w.anna.meta.id)->address == s("Stationsvej 2"));
}
