// The scale generator at CI size: counts in range, foreign keys and the domain's rules hold, the
// search finds generated words, every time lies in the year before the clock, and the seed alone
// decides the data.
#include "services/ScaleGenerator.h"
#include "services/JournalService.h"
#include "services/JournalText.h"
#include "storage/JournalQueries.h"
#include "storage/Repository.h"
#include "support/TestDatabase.h"

#include <QSqlQuery>

using namespace bs;
using bs::test::TestDatabase;

namespace {

qint64 scalar(const Database& db, const QString& sql, const QVariantList& binds = {}) {
    QSqlQuery q(db.connection());
    const auto r = db.exec(q, sql, binds);
    INFO(sql.toStdString() << ": " << r.message().toStdString());
    REQUIRE(r.ok());
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

qint64 rows(const Database& db, const char* table) {
    return scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
}

void generate(Database& db, quint32 seed) {
    ScaleOptions o;
    o.seed = seed;
    const Status s = ScaleGenerator::generate(db, o);
    INFO(s.message().toStdString());
    REQUIRE(s.ok());
}

constexpr const char* kTables[] = {"team",
                                   "staff",
                                   "site",
                                   "citizen",
                                   "support_grant",
                                   "allocation",
                                   "goal",
                                   "subgoal",
                                   "goal_review",
                                   "support_group",
                                   "group_member",
                                   "appointment_series",
                                   "appointment",
                                   "attendance",
                                   "group_note",
                                   "journal_note",
                                   "journal_revision",
                                   "journal_search",
                                   "goal_assessment",
                                   "desk_visit",
                                   "followup_task"};

QString fingerprint(const Database& db) {
    QString out;
    for (const char* t : kTables)
        out += QStringLiteral("%1=%2 ").arg(QLatin1String(t)).arg(rows(db, t));
    QSqlQuery q(db.connection());
    REQUIRE(
        db.exec(q, QStringLiteral(
                       "SELECT id, name, cpr FROM citizen ORDER BY created_utc, name, id LIMIT 1"))
            .ok());
    REQUIRE(q.next());
    return out + q.value(0).toString() + q.value(1).toString() + q.value(2).toString();
}

} // namespace

TEST_CASE("Scale generator: small municipality, counts and integrity", "[scale]") {
    TestDatabase t;
    const qint64 changesBefore = rows(*t.db, "change_log");
    generate(*t.db, 1);
    const Database& db = *t.db;
    CHECK(rows(db, "citizen") == 50);
    CHECK(rows(db, "staff") == 12);
    CHECK(rows(db, "site") == 3);
    const qint64 appointments = rows(db, "appointment");
    CHECK(appointments >= 1500);
    CHECK(appointments <= 5000);
    const qint64 notes = rows(db, "journal_note");
    CHECK(notes >= appointments / 2);
    CHECK(notes <= appointments);
    CHECK(rows(db, "goal") >= 50);
    CHECK(rows(db, "subgoal") >= 2 * rows(db, "goal"));
    for (const char* table :
         {"support_group", "group_member", "attendance", "group_note", "goal_assessment",
          "goal_review", "desk_visit", "followup_task", "appointment_series"}) {
        INFO(table);
        CHECK(rows(db, table) > 0);
    }
    // Every form, every outcome and every note kind occur.
    CHECK(scalar(db, QStringLiteral("SELECT count(DISTINCT form) FROM appointment")) == 4);
    CHECK(scalar(db, QStringLiteral("SELECT count(DISTINCT outcome) FROM appointment")) == 5);
    CHECK(scalar(db, QStringLiteral("SELECT count(DISTINCT kind) FROM journal_note")) == 3);
    CHECK(scalar(db, QStringLiteral("SELECT count(DISTINCT legal_basis) FROM support_grant")) >= 2);

    auto integrity = db.checkIntegrity();
    REQUIRE(integrity.ok());
    CHECK(integrity.value() == QStringLiteral("ok"));
    // History older than the change log: nothing logged per row; one access-log entry.
    CHECK(rows(db, "change_log") == changesBefore);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM access_log WHERE action = 'import'")) ==
          1);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM access_log")) == 1);

    // A second run into the same file is refused and writes nothing.
    const QString before = fingerprint(db);
    ScaleOptions o;
    CHECK_FALSE(ScaleGenerator::generate(*t.db, o).ok());
    CHECK(fingerprint(db) == before);
}

TEST_CASE("Scale generator: the domain's rules hold", "[scale]") {
    TestDatabase t;
    generate(*t.db, 3);
    const Database& db = *t.db;
    Repository repo(*t.db);

    // Every appointment of a citizen lies in one of the citizen's grants (local date).
    auto grants = repo.list<Grant>();
    REQUIRE(grants.ok());
    QMultiHash<QUuid, Grant> grantsOf;
    for (const Grant& g : *grants)
        grantsOf.insert(g.citizenId, g);
    auto appointments = repo.list<Appointment>();
    REQUIRE(appointments.ok());
    auto subGoals = repo.list<SubGoal>();
    auto goals = repo.list<Goal>();
    REQUIRE(subGoals.ok());
    REQUIRE(goals.ok());
    QHash<QUuid, QUuid> citizenOfGoal;
    for (const Goal& g : *goals)
        citizenOfGoal.insert(g.meta.id, g.citizenId);
    QHash<QUuid, QUuid> citizenOfSubGoal;
    for (const SubGoal& s : *subGoals) {
        REQUIRE(citizenOfGoal.contains(s.goalId));
        citizenOfSubGoal.insert(s.meta.id, citizenOfGoal.value(s.goalId));
    }
    int uncovered = 0;
    int foreignSubGoals = 0;
    int individual = 0;
    for (const Appointment& a : *appointments) {
        if (a.citizenId.isNull()) {
            CHECK(a.form == SupportForm::Group);
            continue;
        }
        ++individual;
        const QDate day = a.startUtc.toTimeZone(Clock::localZone()).date();
        const auto range = grantsOf.equal_range(a.citizenId);
        if (std::none_of(range.first, range.second,
                         [&](const Grant& g) { return g.isActiveOn(day); }))
            ++uncovered;
        for (const QUuid& sg : a.subGoalIds)
            if (citizenOfSubGoal.value(sg) != a.citizenId)
                ++foreignSubGoals;
    }
    CHECK(individual > 1000);
    CHECK(uncovered == 0);
    CHECK(foreignSubGoals == 0);

    // Assessments: the delmål's goal, of the note's citizen.
    CHECK(scalar(db, QStringLiteral(
                         "SELECT count(*) FROM goal_assessment a JOIN journal_note n ON n.id = "
                         "a.note_id JOIN subgoal s ON s.id = a.subgoal_id JOIN goal g ON g.id = "
                         "s.goal_id WHERE a.goal_id <> g.id OR g.citizen_id <> n.citizen_id")) ==
          0);
    // Group notes go to members of the session's group.
    CHECK(scalar(db, QStringLiteral(
                         "SELECT count(*) FROM journal_note n JOIN appointment a ON a.id = "
                         "n.appointment_id WHERE n.kind = 'group' AND NOT EXISTS (SELECT 1 FROM "
                         "group_member m WHERE m.group_id = a.group_id AND m.citizen_id = "
                         "n.citizen_id)")) == 0);
    // Each note: exactly one revision (number 1, same text) and one index row.
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM journal_note n WHERE (SELECT count(*) "
                                    "FROM journal_revision r WHERE r.note_id = n.id AND "
                                    "r.number = 1 AND r.text = n.text) <> 1")) == 0);
    CHECK(rows(db, "journal_revision") == rows(db, "journal_note"));
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM journal_note n WHERE (SELECT count(*) "
                                    "FROM journal_search s WHERE s.note_id = n.id) <> 1")) == 0);
    CHECK(rows(db, "journal_search") == rows(db, "journal_note"));
    // The index holds the folded text, as JournalService writes it.
    auto notes = repo.list<JournalNote>(QStringLiteral("personal_text <> ''"));
    REQUIRE(notes.ok());
    REQUIRE_FALSE(notes->isEmpty());
    QSqlQuery body(db.connection());
    REQUIRE(db.exec(body, QStringLiteral("SELECT body FROM journal_search WHERE note_id = ?"),
                    {idText(notes->first().meta.id)})
                .ok());
    REQUIRE(body.next());
    CHECK(body.value(0).toString() == searchBody(journaltext::fold(notes->first().fullText())));
    // Follow-up task keys are unique.
    CHECK(scalar(db, QStringLiteral("SELECT count(*) - count(DISTINCT rule_key) FROM "
                                    "followup_task WHERE deleted = 0")) == 0);
    // Replacement CPR numbers only (day + 60), never a real person's.
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM citizen WHERE substr(cpr, 1, 2) < '61' "
                                    "OR substr(cpr, 1, 2) > '91' OR length(cpr) <> 10")) == 0);
}

TEST_CASE("Scale generator: the search finds generated notes", "[scale]") {
    TestDatabase t;
    generate(*t.db, 5);
    JournalService journal(t.reg());
    auto hits = journal.search(QStringLiteral("netbank"));
    INFO(hits.message().toStdString());
    REQUIRE(hits.ok());
    REQUIRE_FALSE(hits->isEmpty());
    CHECK(hits->first().snippetHtml.contains(QStringLiteral("<b>")));
    CHECK(journal.search(QStringLiteral("xylofonkvartet")).value().isEmpty());
    // Newest written first, though the generator does not write the notes in time order.
    for (qsizetype i = 1; i < hits->size(); ++i)
        CHECK(hits->at(i - 1).writtenUtc >= hits->at(i).writtenUtc);
    if (!t.db->isServer()) // SQLite: every index rowid is its note's written ms × 1024 + slot
        CHECK(scalar(*t.db, QStringLiteral(
                                "SELECT count(*) FROM journal_search s JOIN journal_note n ON "
                                "n.id = s.note_id WHERE s.rowid / 1024 <> CAST(strftime('%s', "
                                "n.written_utc) AS INTEGER) * 1000 + CAST(substr(n.written_utc, "
                                "21, 3) AS INTEGER)")) == 0);
}

TEST_CASE("Scale generator: every time lies in the year before the clock", "[scale]") {
    TestDatabase t;
    generate(*t.db, 1);
    const Database& db = *t.db;
    const QString now = toDbTimestamp(t.clock.nowUtc());
    const QString yearAgo = toDbTimestamp(t.clock.nowUtc().addYears(-1));
    const std::pair<const char*, const char*> columns[] = {{"citizen", "created_utc"},
                                                           {"appointment", "created_utc"},
                                                           {"appointment", "start_utc"},
                                                           {"appointment", "outcome_at_utc"},
                                                           {"appointment", "original_start_utc"},
                                                           {"journal_note", "written_utc"},
                                                           {"journal_note", "signed_utc"},
                                                           {"journal_note", "modified_utc"},
                                                           {"journal_revision", "saved_utc"},
                                                           {"goal_assessment", "assessed_utc"},
                                                           {"desk_visit", "arrived_utc"},
                                                           {"desk_visit", "ended_utc"},
                                                           {"group_note", "written_utc"},
                                                           {"followup_task", "done_utc"},
                                                           {"support_grant", "created_utc"},
                                                           {"goal", "created_utc"},
                                                           {"support_group", "created_utc"}};
    for (const auto& [table, column] : columns) {
        INFO(table << "." << column);
        CHECK(scalar(db,
                     QStringLiteral("SELECT count(*) FROM %1 WHERE %2 IS NOT NULL AND (%2 > ? OR "
                                    "%2 < ?)")
                         .arg(QLatin1String(table), QLatin1String(column)),
                     {now, yearAgo}) == 0);
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM %1 WHERE %2 IS NOT NULL")
                             .arg(QLatin1String(table), QLatin1String(column))) > 0);
    }
}

TEST_CASE("Scale generator: the seed decides the data", "[scale]") {
    TestDatabase a;
    TestDatabase b;
    TestDatabase c;
    generate(*a.db, 11);
    generate(*b.db, 11);
    generate(*c.db, 12);
    CHECK(fingerprint(*a.db) == fingerprint(*b.db));
    CHECK(fingerprint(*a.db) != fingerprint(*c.db));
}

TEST_CASE("Scale generator: scale names and sizes", "[scale]") {
    CHECK(ScaleGenerator::parseScale(QStringLiteral("Large")) == Scale::Large);
    CHECK(ScaleGenerator::parseScale(QStringLiteral("small")) == Scale::Small);
    CHECK_FALSE(ScaleGenerator::parseScale(QStringLiteral("huge")).has_value());
    CHECK(ScaleGenerator::sizes(Scale::Large).citizens == 5000);
    CHECK(ScaleGenerator::sizes(Scale::Large).staff == 300);
    CHECK(ScaleGenerator::sizes(Scale::Large).years == 8);
    CHECK(ScaleGenerator::sizes(Scale::Medium).citizens == 500);
}
