// The search's first page is the newest notes, however the index was filled: on SQLite the
// index rows carry time-ordered rowids (JournalQueries.h: searchRowid) and the page is read from
// FTS5 in that order without sorting every match, so these tests guard both the order and the
// plan.
#include "services/JournalService.h"
#include "services/JournalText.h"
#include "storage/JournalQueries.h"
#include "support/Expect.h"
#include "support/TestDatabase.h"

#include <QSqlQuery>

using namespace bs;
using bs::test::Builders;
using bs::test::requireOk;
using bs::test::s;
using bs::test::TestDatabase;
using bs::test::value;

namespace {

// Clock: Tuesday 25 November 2025, 10:00 local.
struct World {
    TestDatabase t;
    Builders b{t.reg()};
    JournalService journal{t.reg()};
    Staff mette = b.staff(s("MKJ"), s("Mette Kjær"));
    Citizen aase = b.citizen(s("Aase Ærø"));

    // A note about Aase written `hoursAgo` before the clock's now.
    JournalNote note(const QString& text, int hoursAgo) {
        JournalNote n;
        n.citizenId = aase.meta.id;
        n.form = SupportForm::Individual;
        n.text = text;
        n.writtenUtc = t.clock.nowUtc().addSecs(-qint64(hoursAgo) * 3600);
        requireOk(journal.write(n, {}, mette.meta.id));
        return n;
    }
    QList<QUuid> found(const QString& q, int limit, int offset = 0, const SearchFilter& f = {}) {
        QList<QUuid> out;
        for (const SearchHit& h : value(journal.search(q, f, limit, offset)))
            out << h.noteId;
        return out;
    }
};

} // namespace

TEST_CASE("The first search page is the newest notes, even when older notes were indexed later",
          "[journal]") {
    World w;
    // Written newest first, as a sync import or the scale generator may bring them: every older
    // note reaches the index after the newer ones.
    const JournalNote n1 = w.note(s("Netbank med Aase"), 1);
    const JournalNote n5 = w.note(s("Netbank igen"), 5);
    const JournalNote n30 = w.note(s("Netbank og regninger"), 30);
    const JournalNote n200 = w.note(s("Netbank første gang"), 200);
    const JournalNote n3 = w.note(s("Netbank, kode glemt"), 3); // between the others
    w.note(s("Tandlægen"), 2);                                  // no match

    CHECK(w.found(s("netbank"), 2) == QList<QUuid>{n1.meta.id, n3.meta.id});
    CHECK(w.found(s("netbank"), 2, 2) == QList<QUuid>{n5.meta.id, n30.meta.id});
    CHECK(w.found(s("netbank"), 25) ==
          QList<QUuid>{n1.meta.id, n3.meta.id, n5.meta.id, n30.meta.id, n200.meta.id});

    // Re-indexing an old note (an edit) does not move it ahead of newer ones.
    const JournalQueries queries(w.t.reg().database());
    requireOk(queries.index(n200.meta.id, journaltext::fold(s("Netbank første gang"))));
    CHECK(w.found(s("netbank"), 1) == QList<QUuid>{n1.meta.id});

    // A period reads only its own part of the index, still newest first.
    SearchFilter f;
    f.from = QDate(2025, 11, 24);
    f.to = QDate(2025, 11, 24);
    CHECK(w.found(s("netbank"), 25, 0, f) == QList<QUuid>{n30.meta.id});
}

TEST_CASE("Notes written in the same millisecond each get their own index row",
          "[journal][sqlite-only]") {
    World w;
    const JournalNote a = w.note(s("Budget lagt"), 4);
    const JournalNote b = w.note(s("Budget rettet"), 4);
    const JournalNote c = w.note(s("Budget sendt"), 4);
    const QList<QUuid> all = w.found(s("budget"), 25);
    REQUIRE(all.size() == 3);
    // The same written time: the note indexed last counts as the newest.
    CHECK(all == QList<QUuid>{c.meta.id, b.meta.id, a.meta.id});
}

TEST_CASE("The SQLite search reads the index in time order without sorting the matches",
          "[journal][sqlite-only]") {
    World w;
    w.note(s("Netbank"), 1);
    NoteQuery q;
    q.match = QStringLiteral("\"netbank\"");
    q.limit = 25;
    q.visibleCitizens = QSet<QUuid>{w.aase.meta.id};
    q.authorId = w.mette.meta.id;
    q.form = SupportForm::Individual;
    q.from = QDate(2025, 1, 1);
    q.to = QDate(2025, 12, 31);
    const QStringList plan = value(JournalQueries(w.t.reg().database()).notesPlan(q));
    INFO(plan.join(QLatin1Char('\n')).toStdString());
    REQUIRE_FALSE(plan.isEmpty());
    CHECK(plan.first().startsWith(QLatin1String("SCAN s VIRTUAL TABLE")));
    for (const QString& step : plan)
        CHECK_FALSE(step.contains(QLatin1String("TEMP B-TREE")));
    // The filters still apply (on the note), and the result is the note.
    CHECK(value(JournalQueries(w.t.reg().database()).notes(q)).size() == 1);
    q.authorId = QUuid::createUuid();
    CHECK(value(JournalQueries(w.t.reg().database()).notes(q)).isEmpty());
}
