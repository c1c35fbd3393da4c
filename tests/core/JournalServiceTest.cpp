// The journal: revisions on every save, locking after 24 hours or on signing, addenda, delmål
// assessments, and the Danish-aware full-text search with its filters and snippets.
#include "services/JournalService.h"
#include "services/GroupSessions.h"
#include "services/JournalText.h"
#include "services/Scheduler.h"
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
    Staff anders = b.staff(s("ALH"), s("Anders Lund"));
    Citizen aase = b.citizen(s("Aase Ærø"));
    Citizen bo = b.citizen(s("Bo Ørum"));

    Goal goal(const Citizen& c, FfbTheme theme, const char* condition) {
        Goal g;
        g.citizenId = c.meta.id;
        g.theme = theme;
        g.condition = s(condition);
        g.description = s("Klare mig selv");
        g.start = QDate(2025, 9, 1);
        requireOk(t.reg().saveGoal(g));
        return g;
    }
    SubGoal subGoal(const Goal& g, const char* criterion) {
        SubGoal sg;
        sg.goalId = g.meta.id;
        sg.criterion = s(criterion);
        sg.deadline = QDate(2026, 3, 1);
        requireOk(t.reg().saveSubGoal(sg));
        return sg;
    }
    JournalNote note(const Citizen& c, const QString& text, const Staff& by,
                     SupportForm form = SupportForm::Individual) {
        JournalNote n;
        n.citizenId = c.meta.id;
        n.form = form;
        n.text = text;
        requireOk(journal.write(n, {}, by.meta.id));
        return n;
    }
    QList<SearchHit> find(const QString& q, const SearchFilter& f = {}) {
        return value(journal.search(q, f));
    }
};

GoalAssessment assess(const SubGoal& sg, Progress p, FunctionLevel level = {}) {
    GoalAssessment a;
    a.subGoalId = sg.meta.id;
    a.progress = p;
    a.level = level;
    return a;
}

} // namespace

TEST_CASE("Every save of a note appends a revision with author and time", "[journal]") {
    World w;
    JournalNote n = w.note(w.aase, s("Første udkast"), w.mette);
    CHECK(n.authorId == w.mette.meta.id);
    CHECK(n.writtenUtc == w.t.clock.nowUtc());
    w.t.clock.advanceSecs(600);
    n.text = s("Anden version");
    requireOk(w.journal.write(n, {}, w.anders.meta.id));
    CHECK(n.authorId == w.mette.meta.id); // the note keeps its author

    const QList<JournalRevision> revs = value(w.journal.revisions(n.meta.id));
    REQUIRE(revs.size() == 2);
    CHECK(revs[0].number == 1);
    CHECK(revs[0].text == s("Første udkast"));
    CHECK(revs[0].authorId == w.mette.meta.id);
    CHECK(revs[1].number == 2);
    CHECK(revs[1].text == s("Anden version"));
    CHECK(revs[1].authorId == w.anders.meta.id);
    CHECK(revs[1].savedUtc == revs[0].savedUtc.addSecs(600));
    CHECK(value(w.journal.note(n.meta.id)).text == s("Anden version"));

    SECTION("a note without text or author is refused and writes nothing") {
        JournalNote empty;
        empty.citizenId = w.aase.meta.id;
        empty.text = s("   ");
        CHECK_FALSE(w.journal.write(empty, {}, w.mette.meta.id).ok());
        empty.text = s("Tekst");
        const Status noAuthor = w.journal.write(empty, {}, QUuid());
        CHECK_FALSE(noAuthor.ok());
        CHECK(noAuthor.message().contains(s("Settings")));
        CHECK(value(w.journal.notes(w.aase.meta.id)).size() == 1);
    }
}

TEST_CASE("A note locks 24 hours after writing or when signed; corrections are addenda",
          "[journal]") {
    World w;
    JournalNote n = w.note(w.aase, s("Besøg hjemme"), w.mette);
    CHECK_FALSE(w.journal.isLocked(n));

    SECTION("after 24 hours") {
        w.t.clock.advanceSecs(23 * 3600);
        n.text = s("Besøg hjemme, rettet");
        requireOk(w.journal.write(n, {}, w.mette.meta.id));
        w.t.clock.advanceSecs(3600 + 1);
        CHECK(w.journal.isLocked(n));
        n.text = s("For sent");
        const Status late = w.journal.write(n, {}, w.mette.meta.id);
        CHECK_FALSE(late.ok());
        CHECK(late.message().contains(s("addendum")));
        CHECK(value(w.journal.note(n.meta.id)).text == s("Besøg hjemme, rettet"));
        CHECK(value(w.journal.revisions(n.meta.id)).size() == 2);

        const JournalNote add = value(
            w.journal.addendum(n.meta.id, s("Tilføjelse: også talt om søvn"), w.anders.meta.id));
        CHECK(add.kind == NoteKind::Addendum);
        CHECK(add.addendumTo == n.meta.id);
        CHECK(add.citizenId == w.aase.meta.id);
        CHECK(add.authorId == w.anders.meta.id);
        CHECK(value(w.journal.addenda(n.meta.id)).size() == 1);
        CHECK(value(w.journal.revisions(add.meta.id)).size() == 1);
    }
    SECTION("when signed, by its author only") {
        const Status other = w.journal.sign(n, w.anders.meta.id);
        CHECK_FALSE(other.ok());
        CHECK(other.message().contains(s("Mette Kjær")));
        CHECK_FALSE(w.journal.isLocked(n));
        requireOk(w.journal.sign(n, w.mette.meta.id));
        CHECK(n.signedUtc == w.t.clock.nowUtc());
        CHECK(w.journal.isLocked(n));
        n.text = s("Efter underskrift");
        CHECK_FALSE(w.journal.write(n, {}, w.mette.meta.id).ok());
        CHECK_FALSE(w.journal.sign(n, w.mette.meta.id).ok()); // already signed
    }
    SECTION("an addendum to a note that can still be edited is refused") {
        auto early = w.journal.addendum(n.meta.id, s("Tilføjelse"), w.mette.meta.id);
        CHECK_FALSE(early.ok());
        CHECK(value(w.journal.notes(w.aase.meta.id)).size() == 1);
    }
}

TEST_CASE("Assessments are stored per delmål and only for the citizen's own delmål", "[journal]") {
    World w;
    const Goal money = w.goal(w.aase, FfbTheme::CommunityLife, "community.finances");
    const SubGoal rent = w.subGoal(money, "Betaler husleje til tiden");
    const Goal sleep = w.goal(w.aase, FfbTheme::Health, "health.sleep");
    const SubGoal bed = w.subGoal(sleep, "I seng før midnat");
    const Goal bosGoal = w.goal(w.bo, FfbTheme::CommunityLife, "community.finances");
    const SubGoal bosRent = w.subGoal(bosGoal, "Bos husleje");

    JournalNote n;
    n.citizenId = w.aase.meta.id;
    n.text = s("Vi gennemgik budgettet.");
    requireOk(w.journal.write(n,
                              {assess(rent, Progress::Improved, FunctionLevel::Moderate),
                               assess(bed, Progress::Worsened)},
                              w.mette.meta.id));
    QList<GoalAssessment> stored = value(w.journal.assessments(n.meta.id));
    REQUIRE(stored.size() == 2);
    CHECK(stored[0].subGoalId == rent.meta.id);
    CHECK(stored[0].goalId == money.meta.id);
    CHECK(stored[0].progress == Progress::Improved);
    CHECK(stored[0].level == FunctionLevel::Moderate);
    CHECK(stored[0].authorId == w.mette.meta.id);
    CHECK(stored[1].progress == Progress::Worsened);
    CHECK(n.subGoalIds.contains(rent.meta.id));
    CHECK(n.subGoalIds.contains(bed.meta.id));

    SECTION("another citizen's delmål is refused and nothing changes") {
        n.text = s("Ændret");
        const Status st =
            w.journal.write(n, {assess(bosRent, Progress::Improved)}, w.mette.meta.id);
        CHECK_FALSE(st.ok());
        CHECK(st.message().contains(s("another citizen")));
        CHECK(value(w.journal.assessments(n.meta.id)).size() == 2);
        CHECK(value(w.journal.revisions(n.meta.id)).size() == 1);
    }
    SECTION("a level where the theme has none is refused") {
        const Status st = w.journal.write(n, {assess(bed, Progress::Improved, FunctionLevel::Mild)},
                                          w.mette.meta.id);
        CHECK_FALSE(st.ok());
        CHECK(st.message().contains(s("funktionsevneniveau")));
    }
    SECTION("a later save replaces the assessments") {
        requireOk(w.journal.write(n, {assess(rent, Progress::Unchanged)}, w.mette.meta.id));
        stored = value(w.journal.assessments(n.meta.id));
        REQUIRE(stored.size() == 1);
        CHECK(stored[0].progress == Progress::Unchanged);
    }
    SECTION("the delmål filter finds the note") {
        SearchFilter f;
        f.subGoalId = bed.meta.id;
        CHECK(w.find(QString(), f).size() == 1);
        f.subGoalId = bosRent.meta.id;
        CHECK(w.find(QString(), f).isEmpty());
    }
}

TEST_CASE("Search is Danish-aware: æ, ø, å and aa as å", "[journal]") {
    World w;
    const JournalNote n1 =
        w.note(w.aase, s("Vi kørte til Ærø og talte med Åse om økonomien."), w.mette);
    const JournalNote n2 = w.note(w.bo, s("Aage fik hjælp til MitID. Bo var glad."), w.anders);

    CHECK(w.find(s("ærø")).size() == 1);
    CHECK(w.find(s("ÆRØ")).size() == 1);
    CHECK(w.find(s("økonomien")).size() == 1);
    CHECK(w.find(s("ø")).size() == 1); // prefix: økonomien
    REQUIRE(w.find(s("Aase")).size() == 1);
    CHECK(w.find(s("Aase"))[0].noteId == n1.meta.id);
    REQUIRE(w.find(s("Åge")).size() == 1);
    CHECK(w.find(s("Åge"))[0].noteId == n2.meta.id);
    CHECK(w.find(s("ero")).isEmpty()); // æ/ø are letters, not e/o
    // The last word is a prefix while typing; "Aa" may be the start of "å".
    CHECK(w.find(s("Mit")).size() == 1);
    CHECK(w.find(s("Aa")).size() == 2);
    CHECK(w.find(s("talte Å")).size() == 1);
    CHECK(w.find(s("talte")).size() == 1);
    CHECK(w.find(s("tal")).size() == 1);
    CHECK(w.find(s("glad Ærø")).isEmpty()); // every word must match

    SECTION("the hit shows the original text with the match marked") {
        const QList<SearchHit> hits = w.find(s("aase"));
        REQUIRE(hits.size() == 1);
        CHECK(hits[0].citizenName == s("Aase Ærø"));
        CHECK(hits[0].authorInitials == s("MKJ"));
        CHECK(hits[0].writtenUtc == n1.writtenUtc);
        CHECK(hits[0].snippetHtml.contains(s("<b>Åse</b>")));
        CHECK(hits[0].snippetHtml.contains(s("Ærø")));
    }
    SECTION("quotes and operators in the input are text, not syntax") {
        for (const char* q : {"\"", "AND (", "Ærø\" OR", "NOT", "*", "bo:", "NEAR(ærø", "'"})
            CHECK(w.journal.search(s(q)).ok());
        CHECK(w.find(s("\"Ærø\" AND (")).isEmpty()); // "and" is a word to find
        CHECK(w.find(s("Ærø\"")).size() == 1);
    }
    SECTION("markup in a note is escaped in the snippet") {
        w.note(w.bo, s("<script>x</script> & Ærø"), w.mette);
        const QList<SearchHit> hits = w.find(s("script"));
        REQUIRE(hits.size() == 1);
        CHECK(hits[0].snippetHtml.contains(s("&lt;<b>script</b>&gt;")));
        CHECK(hits[0].snippetHtml.contains(s("&amp;")));
    }
    SECTION("an edit re-indexes the note") {
        JournalNote edited = n2;
        edited.text = s("Nu handler det om Grenaa.");
        requireOk(w.journal.write(edited, {}, w.anders.meta.id));
        CHECK(w.find(s("MitID")).isEmpty());
        CHECK(w.find(s("grenå")).size() == 1);
    }
}

TEST_CASE("Search filters by citizen, author, period and support form", "[journal]") {
    World w;
    w.note(w.aase, s("Budget og husleje"), w.mette, SupportForm::Individual);
    w.t.clock.advanceSecs(2 * 24 * 3600); // Thursday 27 November
    w.note(w.bo, s("Budget i caféen"), w.anders, SupportForm::Counselling);
    w.note(w.aase, s("Budget over skærm"), w.anders, SupportForm::Virtual);

    CHECK(w.find(s("budget")).size() == 3);
    SearchFilter f;
    f.citizenId = w.aase.meta.id;
    CHECK(w.find(s("budget"), f).size() == 2);
    f.authorId = w.anders.meta.id;
    REQUIRE(w.find(s("budget"), f).size() == 1);
    CHECK(w.find(s("budget"), f)[0].form == SupportForm::Virtual);
    SearchFilter period;
    period.from = QDate(2025, 11, 25);
    period.to = QDate(2025, 11, 26);
    CHECK(w.find(s("budget"), period).size() == 1);
    period.from = QDate(2025, 11, 27);
    period.to = QDate(2025, 11, 27);
    CHECK(w.find(s("budget"), period).size() == 2);
    SearchFilter form;
    form.form = SupportForm::Counselling;
    REQUIRE(w.find(s("budget"), form).size() == 1);
    CHECK(w.find(s("budget"), form)[0].citizenId == w.bo.meta.id);
    // Newest first; no query and no filter finds nothing.
    CHECK(w.find(s("budget"))[0].form != SupportForm::Individual);
    CHECK(w.find(QString()).isEmpty());
    CHECK(w.find(QString(), f).size() == 1);
}

TEST_CASE("Group notes get revisions and are searchable", "[journal]") {
    World w;
    GroupSessions sessions(w.t.reg());
    SupportGroup group = w.b.group();
    GroupMember m;
    m.groupId = group.meta.id;
    m.citizenId = w.aase.meta.id;
    m.from = QDate(2025, 1, 1);
    requireOk(w.t.reg().saveGroupMember(m));
    SessionPlanRequest p;
    p.groupId = group.meta.id;
    p.firstDate = QDate(2025, 11, 18);
    p.localStart = QTime(13, 0);
    p.count = 1;
    p.staffId = group.facilitator1;
    const Appointment session = value(sessions.planSessions(p)).first();
    Attendance at;
    at.appointmentId = session.meta.id;
    at.citizenId = w.aase.meta.id;
    requireOk(sessions.saveAttendance(session.meta.id, {at}, w.mette.meta.id));
    w.t.clock.set(session.startUtc.addSecs(3 * 3600));
    value(sessions.writeGroupNote(session.meta.id, s("Vi øvede præsentationer."), w.mette.meta.id,
                                  {{w.aase.meta.id, s("Aase fremlagde først.")}}));
    const QList<SearchHit> hits = w.find(s("præsentationer"));
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].kind == NoteKind::Group);
    CHECK(w.find(s("Åse fremlagde")).size() == 1); // the personal addition too
    value(sessions.writeGroupNote(session.meta.id, s("Vi øvede samtaler."), w.mette.meta.id));
    CHECK(w.find(s("præsentationer")).isEmpty());
    CHECK(value(w.journal.revisions(hits[0].noteId)).size() == 2);
    // Group notes are changed from the session, not here.
    JournalNote n = value(w.journal.note(hits[0].noteId));
    n.text = s("Anden tekst");
    CHECK_FALSE(w.journal.write(n, {}, w.mette.meta.id).ok());
}

TEST_CASE("Folding and snippets", "[journal]") {
    using namespace bs::journaltext;
    CHECK(fold(s("Aase AAGE Ærø")) == s("åse åge ærø"));
    const Query q = parseQuery(s("\"AND\" (aa"));
    CHECK(q.words == QStringList{s("and"), s("å")});
    CHECK(q.ftsExpression() == s("\"and\" \"å\"*"));
    CHECK(parseQuery(s("ka")).ftsExpression() == s("(\"ka\"* OR \"kå\"*)"));
    const QString longText = s("en to tre fire fem seks syv otte ni ti elleve tolv tretten fjorten "
                               "femten seksten sytten atten nitten tyve enogtyve toogtyve "
                               "treogtyve fireogtyve femogtyve Ærø slut");
    const QString snip = snippetHtml(longText, parseQuery(s("ærø")), 10);
    CHECK(snip.startsWith(s("… ")));
    CHECK(snip.contains(s("<b>Ærø</b> slut")));
}

TEST_CASE("Notes written before the index existed are indexed once, on the first search",
          "[journal]") {
    World w;
    const JournalNote old = w.note(w.aase, s("Budget for december lagt sammen"), w.mette);
    // As a database migrated from schema 6 has it: the note, but no index row and no mark.
    requireOk(w.t.db->execSql(QStringLiteral("DELETE FROM journal_search")));
    requireOk(w.t.db->execSql(QStringLiteral("DELETE FROM meta WHERE key = "
                                             "'journal_search_complete'")));
    REQUIRE(w.find(s("budget")).size() == 1);
    CHECK(w.find(s("budget"))[0].noteId == old.meta.id);
    QSqlQuery q(w.t.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM meta WHERE key = "
                                  "'journal_search_complete'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
    // After the backfill, searching does not look for missing notes again: a row removed behind
    // the service's back stays missing (every write indexes its own note).
    requireOk(w.t.db->execSql(QStringLiteral("DELETE FROM journal_search")));
    CHECK(w.find(s("budget")).isEmpty());
}
