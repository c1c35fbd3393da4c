// The property docs/sync.md promises: three sites making random edits, deletions, restores,
// notes and settings, exchanging bundles in random order with losses and duplicates, end with
// identical data once every change has arrived, and every note text ever written survives.
#include "services/JournalService.h"
#include "storage/CalendarQueries.h"
#include "support/SyncSites.h"

#include <QRandomGenerator>

using namespace bs;
using namespace bs::test;

namespace {

QString s(const char* text) {
    return QString::fromUtf8(text);
}

struct World {
    std::array<std::unique_ptr<SyncSite>, 3> sites;
    std::array<Staff, 3> authors;
    QRandomGenerator rng;
    QStringList noteTexts;
    QList<std::pair<int, QString>> stick; // bundles not yet carried: (to, file)
    int serial = 0;

    explicit World(quint32 seed) : rng(seed) {
        const QStringList names{s("Kontoret"), s("Alunden"), s("AUC")};
        for (int i = 0; i < 3; ++i) {
            sites[i] = std::make_unique<SyncSite>(names[i]);
            authors[i] = Builders{sites[i]->reg()}.staff(s("S%1").arg(i), names[i]);
        }
    }
    int pick(int n) { return int(rng.bounded(n)); }

    void randomEdit(int i) {
        SyncSite& site = *sites[i];
        site.clock.advanceSecs(1 + pick(90));
        auto all = site.reg().citizens();
        REQUIRE(all.ok());
        const int op = pick(10);
        if (op == 0 || all->isEmpty()) {
            Citizen c;
            c.name = s("Borger %1").arg(++serial);
            c.address = s("Vej %1").arg(pick(100));
            REQUIRE(site.reg().saveCitizen(c).ok());
            return;
        }
        Citizen c = all->at(pick(int(all->size())));
        if (op <= 3) {
            c.address = s("Gade %1").arg(pick(1000));
            if (pick(2))
                c.phone = QString::number(20000000 + pick(1000000));
            if (pick(3) == 0)
                c.city = s("Grenaa");
            REQUIRE(site.reg().saveCitizen(c).ok());
        } else if (op == 4) {
            REQUIRE(site.reg().setDeleted(c, true).ok());
        } else if (op == 5) {
            auto any = Repository(*site.db).list<Citizen>(QStringLiteral("deleted = 1"), {}, true);
            REQUIRE(any.ok());
            if (!any->isEmpty()) {
                Citizen d = any->first();
                REQUIRE(site.reg().setDeleted(d, false).ok());
            }
        } else if (op <= 8) {
            JournalService journal(site.reg());
            auto notes = journal.notes(c.meta.id);
            REQUIRE(notes.ok());
            JournalNote n;
            if (!notes->isEmpty() && pick(2)) {
                n = notes->first();
                if (journal.isLocked(n))
                    return;
            } else {
                n.citizenId = c.meta.id;
            }
            n.text = s("Notat %1 fra %2").arg(++serial).arg(site.name);
            const Status st = journal.write(n, {}, authors[i].meta.id);
            INFO(st.message().toStdString());
            REQUIRE(st.ok());
            noteTexts << n.text;
        } else {
            REQUIRE(CalendarQueries(*site.db)
                        .saveSetting(s("sync.test.%1").arg(pick(3)), QString::number(pick(50)))
                        .ok());
        }
    }

    void carry(int from, int to) {
        const QString file = sites[from]->exportFor(sites[to]->id());
        const int fate = pick(10);
        if (fate == 0)
            return; // the stick was lost
        stick.append({to, file});
        if (fate == 1)
            stick.append({to, file}); // imported twice
    }
    void deliverSome() {
        // Bundles arrive out of order: a random one of those waiting.
        for (int n = pick(3); n > 0 && !stick.isEmpty(); --n) {
            const auto [to, file] = stick.takeAt(pick(int(stick.size())));
            sites[to]->importFile(file);
        }
    }
};

} // namespace

TEST_CASE("Three sites converge whatever the order, losses and duplicates of their bundles",
          "[sync][convergence]") {
    for (const quint32 seed : {1u, 7u, 42u, 2025u}) {
        INFO("seed " << seed);
        World w(seed);
        for (int round = 0; round < 30; ++round) {
            w.randomEdit(w.pick(3));
            if (w.pick(2)) {
                const int from = w.pick(3);
                w.carry(from, (from + 1 + w.pick(2)) % 3);
            }
            w.deliverSome();
        }
        while (!w.stick.isEmpty())
            w.deliverSome();
        // Every pair, until quiet.
        for (int pass = 0; pass < 2; ++pass)
            for (int a = 0; a < 3; ++a)
                for (int b = 0; b < 3; ++b)
                    if (a != b)
                        w.sites[a]->sendTo(*w.sites[b]);
        const QString office = w.sites[0]->dump();
        CHECK(w.sites[1]->dump() == office);
        CHECK(w.sites[2]->dump() == office);
        for (const auto& site : w.sites) {
            const QStringList texts = site->revisionTexts();
            for (const QString& text : std::as_const(w.noteTexts))
                CHECK(texts.contains(text));
            auto integrity = site->db->checkIntegrity();
            REQUIRE(integrity.ok());
            CHECK(*integrity == s("ok"));
        }
    }
}

TEST_CASE("Importing a bundle twice is the same as once, and bundles in any order agree",
          "[sync]") {
    SyncSite office(s("Kontoret"));
    SyncSite alunden(s("Alunden"));
    Builders b{office.reg()};
    b.citizen(s("Anna Hansen"));
    const QString first = office.exportFor({});
    office.clock.advanceSecs(60);
    Citizen c = b.citizen(s("Bo Jensen"));
    c.address = s("Åvej 1");
    REQUIRE(office.reg().saveCitizen(c).ok());
    const QString second = office.exportFor({});

    alunden.importFile(second);
    const QString once = alunden.dump(true);
    const auto again = alunden.importFile(second);
    CHECK(again.preview.alreadyImported);
    CHECK(again.preview.alreadyHere == again.preview.changes);
    CHECK(alunden.dump(true) == once);
    alunden.importFile(first); // older, already contained
    CHECK(alunden.dump() == office.dump());

    SyncSite auc(s("AUC"));
    auc.importFile(first);
    auc.importFile(second);
    CHECK(auc.dump() == alunden.dump());
}
