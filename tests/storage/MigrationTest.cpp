// Every earlier schema version, with data in it, must migrate to the latest version without
// losing anything and end with exactly the schema of a fresh database.
#include "storage/Migrations.h"
#include "storage/Repository.h"
#include "support/TestDatabase.h"
#include "sync/Change.h"

#include <QFile>
#include <QSqlQuery>

using namespace bs;

namespace {

const QString kTs = QStringLiteral("2025-01-01T10:00:00.000Z");
const QString kInst = QStringLiteral("00000000-0000-4000-8000-000000000001");
QString sync() {
    return QStringLiteral("'%1','%1','%2',0,1").arg(kTs, kInst);
}

// The rows each version introduces, written as that version's schema expects them.
QStringList fixtureFor(int version) {
    switch (version) {
    case 1:
        return {
            QStringLiteral("INSERT INTO team VALUES ('t1','Socialpsykiatrien',%1)").arg(sync()),
            QStringLiteral("INSERT INTO staff VALUES ('s1','MH','Mette Holm','t1','worker',%1)")
                .arg(sync()),
            QStringLiteral(
                "INSERT INTO site (id, name, address, opening_hours, created_utc, "
                "modified_utc, modified_by, deleted, revision) VALUES ('p1','AUC Grenaa','Grenaa',"
                "'[{\"day\":2,\"from\":\"11:00\",\"to\":\"14:00\"}]',%1)")
                .arg(sync()),
            QStringLiteral("INSERT INTO citizen VALUES ('c1','Åse Ærø','7501853456','Vej 1',"
                           "'8500','Grenaa','','','p1','social_psychiatry','s1','active',"
                           "'video',%1)")
                .arg(sync())};
    case 2:
        return {
            QStringLiteral("INSERT INTO support_grant VALUES ('g1','c1','85','2025-01-01',NULL,"
                           "'Administration','moderate',0,3,'',0,0,'Sagsbehandler',NULL,%1)")
                .arg(sync()),
            QStringLiteral("INSERT INTO support_group VALUES ('gr1','p1','Yngre 20+','',"
                           "'s1',NULL,10,'2025-01-01',NULL,%1)")
                .arg(sync()),
            QStringLiteral("INSERT INTO group_member (id, group_id, citizen_id, from_date, "
                           "to_date, created_utc, modified_utc, modified_by, deleted, revision) "
                           "VALUES ('m1','gr1','c1','2025-01-01',NULL,%1)")
                .arg(sync()),
            QStringLiteral("INSERT INTO allocation VALUES ('a1','c1','g1','group','2025-01-01',"
                           "NULL,'biweekly',90,'gr1',%1)")
                .arg(sync())};
    case 3:
        return {QStringLiteral("INSERT INTO goal VALUES ('o1','c1','g1','community_life',"
                               "'community.finances','develop','severe','moderate','Betale "
                               "regninger','2025-02-01',NULL,'active',NULL,%1)")
                    .arg(sync()),
                QStringLiteral("INSERT INTO subgoal VALUES ('d1','o1','Åbner e-Boks','2025-06-01',"
                               "'active',NULL,%1)")
                    .arg(sync())};
    case 4:
        return {QStringLiteral("INSERT INTO group_member (id, group_id, citizen_id, from_date, "
                               "to_date, allocation_id, created_utc, modified_utc, modified_by, "
                               "deleted, revision) VALUES ('m2','gr1','c1','2026-01-01',NULL,'a1',"
                               "%1)")
                    .arg(sync())};
    case 5:
        return {
            QStringLiteral("INSERT INTO setting VALUES ('service_hours','07:00-22:00',%1)")
                .arg(sync()),
            QStringLiteral("INSERT INTO appointment_series VALUES ('r1','individual','s1','c1',"
                           "NULL,NULL,'hjemme','2025-03-24','10:00',60,1,'2025-04-07',0,%1)")
                .arg(sync()),
            QStringLiteral("INSERT INTO appointment (id, series_id, form, staff_id, citizen_id, "
                           "group_id, site_id, place, start_utc, duration_minutes, channel, "
                           "travel_minutes, travel_km, topic, learning_goal, outcome, "
                           "outcome_reason, outcome_by, outcome_at_utc, subgoal_ids, "
                           "created_utc, modified_utc, modified_by, deleted, revision) "
                           "VALUES ('e1','r1','individual','s1','c1',"
                           "NULL,NULL,'hjemme','2025-03-24T09:00:00.000Z',60,'video',20,12.5,"
                           "'','','completed','','s1','2025-03-24T10:05:00.000Z','[]',%1)")
                .arg(sync())};
    case 6:
        return {QStringLiteral("UPDATE site SET visit_allowance_minutes = 20, slot_minutes = 30 "
                               "WHERE id = 'p1'"),
                QStringLiteral("UPDATE appointment SET original_start_utc = "
                               "'2025-03-24T08:00:00.000Z' WHERE id = 'e1'"),
                QStringLiteral("INSERT INTO desk_visit VALUES ('v1','p1',NULL,'s1',NULL,"
                               "'2025-03-25T10:00:00.000Z','2025-03-25T10:05:00.000Z',NULL,"
                               "'[\"mitid\"]','',%1)")
                    .arg(sync()),
                QStringLiteral("INSERT INTO attendance VALUES ('at1','e1','c1','absent','syg',%1)")
                    .arg(sync()),
                QStringLiteral("INSERT INTO group_note VALUES ('gn1','e1','s1',"
                               "'2025-03-24T12:00:00.000Z','Vi talte om budget',%1)")
                    .arg(sync()),
                QStringLiteral(
                    "INSERT INTO journal_note (id, citizen_id, appointment_id, "
                    "group_note_id, author_id, form, written_utc, text, "
                    "personal_text, subgoal_ids, created_utc, modified_utc, "
                    "modified_by, deleted, revision) VALUES ('j1','c1','e1','gn1','s1','group',"
                    "'2025-03-24T12:00:00.000Z','Vi talte om budget','Åse deltog',"
                    "'[]',%1)")
                    .arg(sync()),
                QStringLiteral("INSERT INTO rota_duty VALUES ('r1d','2025-03-29','weekend_duty',"
                               "'s1',NULL,'',%1)")
                    .arg(sync())};
    case 7:
        return {QStringLiteral("UPDATE journal_note SET signed_utc = '2025-03-24T12:05:00.000Z' "
                               "WHERE id = 'j1'"),
                QStringLiteral("INSERT INTO journal_revision (id, note_id, number, author_id, "
                               "saved_utc, text, personal_text, created_utc, modified_utc, "
                               "modified_by, deleted, revision) VALUES ('jr2','j1',2,'s1',"
                               "'2025-03-24T12:05:00.000Z','Vi talte om budget','Åse deltog "
                               "aktivt',%1)")
                    .arg(sync()),
                QStringLiteral("INSERT INTO goal_assessment VALUES ('ga1','j1','d1','o1','s1',"
                               "'2025-03-24T12:05:00.000Z','improved','moderate',%1)")
                    .arg(sync()),
                QStringLiteral("INSERT INTO goal_review VALUES ('gr1','o1','2025-04-01',"
                               "'continue','Fortsætter',%1)")
                    .arg(QStringLiteral("'s1',") + sync()),
                QStringLiteral("INSERT INTO followup_task VALUES ('t1','no_show','no_show:e1','c1',"
                               "'e1','s1','2025-03-25','Udeblevet','open',NULL,'','',NULL,NULL,%1)")
                    .arg(sync())};
    case 8:
        // Schema 8 adds only indexes; a row they cover.
        return {QStringLiteral("UPDATE appointment SET travel_km = 12.5 WHERE id = 'e1'")};
    case 9:
        // Schema 9 adds the sync bookkeeping and lets a revision name its parents.
        return {QStringLiteral("INSERT INTO sync_peer (site, name) VALUES "
                               "('0b9d7c6e-1a2b-4c3d-8e9f-001122334455', 'Alunden')"),
                QStringLiteral("INSERT INTO journal_revision (id, note_id, number, author_id, "
                               "saved_utc, text, personal_text, parent_ids, created_utc, "
                               "modified_utc, modified_by, deleted, revision) VALUES ('jr3','j1',3,"
                               "'s1','2025-03-25T08:00:00.000Z','Vi talte om budget','',"
                               "'[\"jr2\"]',%1)")
                    .arg(sync())};
    case 10:
        return {QStringLiteral("INSERT INTO user_account (id, user_name, display_name, staff_id, "
                               "role, password_hash, created_utc) VALUES ('u1', 'MH', "
                               "'Mette Holm', 's1', 'worker', '$argon2id$v=19$m=65536,t=2,p=1$x', "
                               "'2025-03-25T08:00:00.000Z')"),
                QStringLiteral("INSERT INTO access_log (at_utc, account_id, user_name, action, "
                               "citizen_id) VALUES ('2025-03-25T08:01:00.000Z', 'u1', 'MH', "
                               "'read', 'c1')"),
                QStringLiteral("INSERT INTO local_setting VALUES ('backup.folder', '/tmp')")};
    case 11:
        // Schema 11 keeps the monthly appointment summary in step through triggers.
        return {QStringLiteral("UPDATE appointment SET outcome = 'completed' WHERE id = 'e1'")};
    case 12:
        // Schema 12 gives the SQLite index time-ordered rowids: epoch ms of j1's written time ×
        // 1024, here in slot 1 (the migration puts an older index row of j1 in slot 0).
        return {QStringLiteral("INSERT INTO journal_search (rowid, note_id, body) VALUES "
                               "(1784645222400001, 'j1', 'vi talte om budget')")};
    default:
        return {};
    }
}

QStringList schemaOf(const Database& db) {
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master "
                                  "ORDER BY type, name")));
    QStringList out;
    while (q.next())
        out << QStringLiteral("%1|%2|%3|%4")
                   .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString());
    return out;
}

} // namespace

TEST_CASE("Migrations are numbered consecutively from 1", "[sqlite-only]") {
    int expected = 1;
    for (const auto& m : migrations())
        CHECK(m.version == expected++);
    CHECK(Database::latestSchemaVersion() == migrations().size());
}

TEST_CASE("Every fixture version has rows, so the migration test covers every schema",
          "[sqlite-only]") {
    for (int v = 1; v <= Database::latestSchemaVersion(); ++v)
        CHECK_FALSE(fixtureFor(v).isEmpty());
}

TEST_CASE("A database of every earlier schema version migrates to the latest with its data",
          "[sqlite-only]") {
    FixedClock clock(bs::test::utc(2025, 11, 25));
    QTemporaryDir dir;
    QStringList freshSchema;
    {
        auto fresh = Database::open(dir.filePath(QStringLiteral("fresh.sqlite")), clock);
        REQUIRE(fresh.ok());
        freshSchema = schemaOf(*fresh.value());
    }

    for (int from = 1; from < Database::latestSchemaVersion(); ++from) {
        DYNAMIC_SECTION("from schema version " << from) {
            const QString path = dir.filePath(QStringLiteral("v%1.sqlite").arg(from));
            {
                Database::Options o;
                o.migrateTo = from;
                auto old = Database::open(path, clock, o);
                REQUIRE(old.ok());
                REQUIRE(old.value()->schemaVersion() == from);
                for (int v = 1; v <= from; ++v)
                    for (const QString& sql : fixtureFor(v)) {
                        auto s = old.value()->execSql(sql);
                        INFO(sql.toStdString() << " -> " << s.message().toStdString());
                        REQUIRE(s.ok());
                    }
                if (from >= 7 && from < 12) // an index row as JournalService wrote it then
                    REQUIRE(old.value()
                                ->execSql(QStringLiteral("INSERT INTO journal_search (note_id, "
                                                         "body) VALUES ('j1', 'åse deltog')"))
                                .ok());
                if (from == 7 || from == 8) // the first revision of the note jr2 follows
                    REQUIRE(old.value()
                                ->execSql(QStringLiteral(
                                    "INSERT INTO journal_revision VALUES ('jr1','j1',1,'s1',"
                                    "'2025-03-24T12:00:00.000Z','Vi talte om budget','',"
                                    "'2025-03-24T12:00:00.000Z','2025-03-24T12:00:00.000Z',"
                                    "'i1',0,1)"))
                                .ok());
            }
            auto migrated = Database::open(path, clock);
            INFO(migrated.message().toStdString());
            REQUIRE(migrated.ok());
            Database& db = *migrated.value();
            CHECK(db.schemaVersion() == Database::latestSchemaVersion());
            CHECK(schemaOf(db) == freshSchema);
            CHECK(db.checkIntegrity().value() == QStringLiteral("ok"));
            CHECK(QFile::exists(
                path +
                QStringLiteral(".before-schema-%1.bak").arg(Database::latestSchemaVersion())));

            // The old rows read back through today's mapping.
            Repository repo(db);
            auto citizens = repo.list<Citizen>();
            REQUIRE(citizens.ok());
            REQUIRE(citizens->size() == 1);
            CHECK(citizens->first().name == QStringLiteral("Åse Ærø"));
            CHECK(citizens->first().status == CitizenStatus::Active);
            // Every row that existed before the change log has a baseline change, so a fresh
            // site that receives this file's bundles gets it. (From 9 on the fixture's raw
            // inserts bypass the log that the application always writes.)
            for (const QString& table : from < 9 ? bs::sync::syncTables() : QStringList{}) {
                QSqlQuery q(db.connection());
                REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE id NOT IN (SELECT "
                                              "row_id FROM change_log WHERE tbl = '%1')")
                                   .arg(table)));
                REQUIRE(q.next());
                INFO(table.toStdString());
                CHECK(q.value(0).toInt() == 0);
            }
            if (from >= 7 && from < 12) {
                // Migrating past schema 12 moved the index row to its note's written time
                // (2025-03-24T12:00:00.000Z = 1742817600000 ms × 1024, slot 0).
                QSqlQuery q(db.connection());
                REQUIRE(q.exec(QStringLiteral("SELECT rowid, note_id FROM journal_search WHERE "
                                              "journal_search MATCH 'deltog'")));
                REQUIRE(q.next());
                CHECK(q.value(0).toLongLong() == 1784645222400000LL);
                CHECK(q.value(1).toString() == QStringLiteral("j1"));
                CHECK_FALSE(q.next());
            }
            if (from == 7 || from == 8) {
                // The revision saved after the first names it as its parent.
                QSqlQuery q(db.connection());
                REQUIRE(q.exec(QStringLiteral("SELECT r2.parent_ids = json_array(r1.id) FROM "
                                              "journal_revision r1, journal_revision r2 WHERE "
                                              "r1.note_id = 'j1' AND r1.number = 1 AND r2.id = "
                                              "'jr2'")));
                REQUIRE(q.next());
                CHECK(q.value(0).toInt() == 1);
            }
            auto sites = repo.list<Site>();
            REQUIRE(sites->size() == 1);
            CHECK(sites->first().openingHours.size() == 1);
            if (from >= 2) {
                auto grants = repo.list<Grant>();
                REQUIRE(grants->size() == 1);
                CHECK(grants->first().basis == LegalBasis::P85);
                CHECK(repo.list<Allocation>()->first().form == SupportForm::Group);
                // Migrating past schema 4 linked the old membership to its group allocation.
                if (from < 4) {
                    QSqlQuery q(db.connection());
                    REQUIRE(q.exec(QStringLiteral("SELECT allocation_id FROM group_member "
                                                  "WHERE id = 'm1'")));
                    REQUIRE(q.next());
                    CHECK(q.value(0).toString() == QStringLiteral("a1"));
                }
            }
            // Rows of the versions after `from` fit in beside the migrated ones.
            for (int v = from + 1; v <= Database::latestSchemaVersion(); ++v)
                for (const QString& sql : fixtureFor(v))
                    REQUIRE(db.execSql(sql).ok());
            CHECK(repo.list<SubGoal>()->size() == 1);
            CHECK(repo.list<Site>()->first().visitAllowanceMinutes == 20);
            CHECK(repo.list<DeskVisit>()->first().topics == QList<DeskTopic>{DeskTopic::MitId});
            CHECK(repo.list<JournalNote>()->first().fullText() ==
                  QStringLiteral("Vi talte om budget\n\nÅse deltog"));
            CHECK(repo.list<RotaDuty>()->first().role == RotaRole::WeekendDuty);
            if (from == 6) {
                // Migrating past schema 7 made the group session's note a group note and gave
                // it its first revision.
                CHECK(repo.list<JournalNote>()->first().kind == NoteKind::Group);
                QSqlQuery q(db.connection());
                REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM journal_revision WHERE "
                                              "note_id = 'j1' AND number = 1")));
                REQUIRE(q.next());
                CHECK(q.value(0).toInt() == 1);
            }
            CHECK(db.checkIntegrity().value() == QStringLiteral("ok"));
        }
    }
}
