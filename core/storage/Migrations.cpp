#include "Migrations.h"

#include "ReportQueries.h"
#include "SyncBaseline.h"

#include <QRegularExpression>

namespace bs {

namespace {

// Columns every synchronised table carries (see docs/storage.md).
QString syncColumns() {
    return QStringLiteral("created_utc TEXT NOT NULL, modified_utc TEXT NOT NULL, "
                          "modified_by TEXT NOT NULL, "
                          "deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)), "
                          "revision INTEGER NOT NULL DEFAULT 1");
}

// The SQLite full-text index (schema 7; rebuilt with time-ordered rowids in schema 12).
QString journalSearchTable() {
    return QStringLiteral("CREATE VIRTUAL TABLE journal_search USING fts5(note_id UNINDEXED, "
                          "body, tokenize = 'unicode61 remove_diacritics 0')");
}

QString table(const char* name, const char* columns) {
    return QStringLiteral("CREATE TABLE %1 (id TEXT PRIMARY KEY NOT NULL, %2, %3)")
        .arg(QLatin1String(name), QLatin1String(columns), syncColumns());
}

QList<Migration> build() {
    QList<Migration> list;
    list.append(
        {1,
         "organisation and citizens",
         {
             QStringLiteral("PRAGMA application_id = 1112757332"),
             // The names "danish" and "nocase" sort and compare as the SQLite connection's
             // collations do (ICU's Danish rules; case-insensitive equality).
             postgresOnly(QStringLiteral("CREATE COLLATION danish (provider = icu, locale = "
                                         "'da-DK')")),
             postgresOnly(QStringLiteral("CREATE COLLATION nocase (provider = icu, locale = "
                                         "'und-u-ks-level2', deterministic = false)")),
             QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, "
                            "value TEXT NOT NULL)"),
             table("team", "name TEXT NOT NULL"),
             table("staff", "initials TEXT NOT NULL, name TEXT NOT NULL, "
                            "team_id TEXT REFERENCES team(id), role TEXT NOT NULL"),
             QStringLiteral("CREATE UNIQUE INDEX staff_initials ON staff(initials) "
                            "WHERE deleted = 0"),
             table("site", "name TEXT NOT NULL, address TEXT NOT NULL DEFAULT '', "
                           "opening_hours TEXT NOT NULL DEFAULT '[]'"),
             table("citizen",
                   "name TEXT NOT NULL, cpr TEXT NOT NULL DEFAULT '', "
                   "address TEXT NOT NULL DEFAULT '', postal_code TEXT NOT NULL DEFAULT '', "
                   "city TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '', "
                   "email TEXT NOT NULL DEFAULT '', site_id TEXT REFERENCES site(id), "
                   "target_group TEXT NOT NULL, "
                   "contact_staff_id TEXT REFERENCES staff(id), status TEXT NOT NULL, "
                   "virtual_contact TEXT NOT NULL"),
             QStringLiteral("CREATE INDEX citizen_site ON citizen(site_id)"),
             QStringLiteral("CREATE INDEX citizen_contact ON citizen(contact_staff_id)"),
             QStringLiteral("CREATE INDEX citizen_cpr ON citizen(cpr)"),
         }});
    list.append(
        {2,
         "grants, groups and support-form allocations",
         {
             table("support_grant",
                   "citizen_id TEXT NOT NULL REFERENCES citizen(id), "
                   "legal_basis TEXT NOT NULL, from_date TEXT NOT NULL, to_date TEXT, "
                   "purpose TEXT NOT NULL, support_need TEXT NOT NULL, "
                   "uses_package INTEGER NOT NULL DEFAULT 0, "
                   "hours_per_week REAL NOT NULL DEFAULT 0, "
                   "package_name TEXT NOT NULL DEFAULT '', "
                   "package_min_hours REAL NOT NULL DEFAULT 0, "
                   "package_max_hours REAL NOT NULL DEFAULT 0, "
                   "caseworker TEXT NOT NULL DEFAULT '', review_date TEXT"),
             QStringLiteral("CREATE INDEX grant_citizen ON support_grant(citizen_id)"),
             table("support_group",
                   "site_id TEXT NOT NULL REFERENCES site(id), name TEXT NOT NULL, "
                   "theme TEXT NOT NULL DEFAULT '', "
                   "facilitator1_id TEXT REFERENCES staff(id), "
                   "facilitator2_id TEXT REFERENCES staff(id), capacity INTEGER NOT NULL, "
                   "start_date TEXT NOT NULL, end_date TEXT"),
             table("group_member", "group_id TEXT NOT NULL REFERENCES support_group(id), "
                                   "citizen_id TEXT NOT NULL REFERENCES citizen(id), "
                                   "from_date TEXT NOT NULL, to_date TEXT"),
             QStringLiteral("CREATE INDEX group_member_group ON group_member(group_id)"),
             QStringLiteral("CREATE INDEX group_member_citizen ON group_member(citizen_id)"),
             table("allocation", "citizen_id TEXT NOT NULL REFERENCES citizen(id), "
                                 "grant_id TEXT NOT NULL REFERENCES support_grant(id), "
                                 "form TEXT NOT NULL, from_date TEXT NOT NULL, "
                                 "to_date TEXT, cadence TEXT NOT NULL, "
                                 "planned_minutes INTEGER NOT NULL, "
                                 "group_id TEXT REFERENCES support_group(id)"),
             QStringLiteral("CREATE INDEX allocation_citizen ON allocation(citizen_id)"),
             QStringLiteral("CREATE INDEX allocation_grant ON allocation(grant_id)"),
         }});
    list.append({3,
                 "indsatsmål and delmål",
                 {
                     table("goal", "citizen_id TEXT NOT NULL REFERENCES citizen(id), "
                                   "grant_id TEXT REFERENCES support_grant(id), "
                                   "theme TEXT NOT NULL, condition TEXT NOT NULL, "
                                   "goal_type TEXT NOT NULL, current_level TEXT NOT NULL, "
                                   "target_level TEXT NOT NULL, description TEXT NOT NULL, "
                                   "start_date TEXT NOT NULL, review_date TEXT, "
                                   "status TEXT NOT NULL, end_date TEXT"),
                     QStringLiteral("CREATE INDEX goal_citizen ON goal(citizen_id)"),
                     table("subgoal", "goal_id TEXT NOT NULL REFERENCES goal(id), "
                                      "criterion TEXT NOT NULL, deadline TEXT NOT NULL, "
                                      "status TEXT NOT NULL, end_date TEXT"),
                     QStringLiteral("CREATE INDEX subgoal_goal ON subgoal(goal_id)"),
                 }});
    list.append({4,
                 "group memberships follow group allocations",
                 {
                     QStringLiteral("ALTER TABLE group_member ADD COLUMN allocation_id TEXT "
                                    "REFERENCES allocation(id)"),
                     QStringLiteral("CREATE INDEX group_member_allocation "
                                    "ON group_member(allocation_id)"),
                     // Link each existing membership to the group allocation it came from.
                     QStringLiteral("UPDATE group_member SET allocation_id = ("
                                    "SELECT a.id FROM allocation a WHERE a.deleted = 0 "
                                    "AND a.form = 'group' AND a.group_id = group_member.group_id "
                                    "AND a.citizen_id = group_member.citizen_id "
                                    "AND a.from_date = group_member.from_date LIMIT 1)"),
                 }});
    list.append({5,
                 "appointments, series and settings",
                 {
                     table("setting", "value TEXT NOT NULL"),
                     table("appointment_series",
                           "form TEXT NOT NULL, staff_id TEXT NOT NULL REFERENCES staff(id), "
                           "citizen_id TEXT REFERENCES citizen(id), "
                           "group_id TEXT REFERENCES support_group(id), "
                           "site_id TEXT REFERENCES site(id), place TEXT NOT NULL DEFAULT '', "
                           "first_date TEXT NOT NULL, local_start TEXT NOT NULL, "
                           "duration_minutes INTEGER NOT NULL, interval_weeks INTEGER NOT NULL, "
                           "until_date TEXT, occurrence_count INTEGER NOT NULL DEFAULT 0"),
                     table("appointment",
                           "series_id TEXT REFERENCES appointment_series(id), "
                           "form TEXT NOT NULL, staff_id TEXT NOT NULL REFERENCES staff(id), "
                           "citizen_id TEXT REFERENCES citizen(id), "
                           "group_id TEXT REFERENCES support_group(id), "
                           "site_id TEXT REFERENCES site(id), place TEXT NOT NULL DEFAULT '', "
                           "start_utc TEXT NOT NULL, duration_minutes INTEGER NOT NULL, "
                           "channel TEXT NOT NULL, travel_minutes INTEGER NOT NULL DEFAULT 0, "
                           "travel_km REAL NOT NULL DEFAULT 0, topic TEXT NOT NULL DEFAULT '', "
                           "learning_goal TEXT NOT NULL DEFAULT '', outcome TEXT NOT NULL, "
                           "outcome_reason TEXT NOT NULL DEFAULT '', "
                           "outcome_by TEXT REFERENCES staff(id), outcome_at_utc TEXT, "
                           "subgoal_ids TEXT NOT NULL DEFAULT '[]'"),
                     QStringLiteral("CREATE INDEX appointment_staff ON appointment(staff_id, "
                                    "start_utc)"),
                     QStringLiteral("CREATE INDEX appointment_citizen ON appointment(citizen_id, "
                                    "start_utc)"),
                     QStringLiteral("CREATE INDEX appointment_site ON appointment(site_id, "
                                    "start_utc)"),
                     QStringLiteral("CREATE INDEX appointment_group ON appointment(group_id, "
                                    "start_utc)"),
                     QStringLiteral("CREATE INDEX appointment_series_idx ON "
                                    "appointment(series_id)"),
                 }});
    list.append(
        {6,
         "rådgivning desk, group attendance and notes, rota, moved occurrences",
         {
             QStringLiteral("ALTER TABLE appointment ADD COLUMN original_start_utc TEXT"),
             QStringLiteral("ALTER TABLE site ADD COLUMN visit_allowance_minutes "
                            "INTEGER NOT NULL DEFAULT 30"),
             QStringLiteral("ALTER TABLE site ADD COLUMN slot_minutes INTEGER NOT NULL "
                            "DEFAULT 0"),
             table("desk_visit",
                   "site_id TEXT NOT NULL REFERENCES site(id), "
                   "citizen_id TEXT REFERENCES citizen(id), "
                   "staff_id TEXT REFERENCES staff(id), "
                   "appointment_id TEXT REFERENCES appointment(id), "
                   "arrived_utc TEXT NOT NULL, started_utc TEXT, ended_utc TEXT, "
                   "topics TEXT NOT NULL DEFAULT '[]', note TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("CREATE INDEX desk_visit_site ON desk_visit(site_id, "
                            "arrived_utc)"),
             QStringLiteral("CREATE INDEX desk_visit_citizen ON desk_visit(citizen_id)"),
             table("attendance", "appointment_id TEXT NOT NULL REFERENCES appointment(id), "
                                 "citizen_id TEXT NOT NULL REFERENCES citizen(id), "
                                 "status TEXT NOT NULL, reason TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("CREATE UNIQUE INDEX attendance_member ON "
                            "attendance(appointment_id, citizen_id) WHERE deleted = 0"),
             QStringLiteral("CREATE INDEX attendance_citizen ON attendance(citizen_id)"),
             table("group_note", "appointment_id TEXT NOT NULL REFERENCES appointment(id), "
                                 "author_id TEXT NOT NULL REFERENCES staff(id), "
                                 "written_utc TEXT NOT NULL, text TEXT NOT NULL"),
             QStringLiteral("CREATE INDEX group_note_appointment ON "
                            "group_note(appointment_id)"),
             table("journal_note",
                   "citizen_id TEXT NOT NULL REFERENCES citizen(id), "
                   "appointment_id TEXT REFERENCES appointment(id), "
                   "group_note_id TEXT REFERENCES group_note(id), "
                   "author_id TEXT NOT NULL REFERENCES staff(id), form TEXT NOT NULL, "
                   "written_utc TEXT NOT NULL, text TEXT NOT NULL DEFAULT '', "
                   "personal_text TEXT NOT NULL DEFAULT '', "
                   "subgoal_ids TEXT NOT NULL DEFAULT '[]'"),
             QStringLiteral("CREATE INDEX journal_note_citizen ON "
                            "journal_note(citizen_id, written_utc)"),
             QStringLiteral("CREATE INDEX journal_note_appointment ON "
                            "journal_note(appointment_id)"),
             table("rota_duty", "duty_date TEXT NOT NULL, role TEXT NOT NULL, "
                                "staff_id TEXT NOT NULL REFERENCES staff(id), "
                                "site_id TEXT REFERENCES site(id), note TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("CREATE INDEX rota_duty_day ON rota_duty(duty_date, role)"),
         }});
    list.append(
        {7,
         "journal revisions, locking and search; goal assessments and reviews; follow-up tasks",
         {
             QStringLiteral("ALTER TABLE journal_note ADD COLUMN kind TEXT NOT NULL DEFAULT "
                            "'note'"),
             QStringLiteral("ALTER TABLE journal_note ADD COLUMN addendum_to TEXT REFERENCES "
                            "journal_note(id)"),
             QStringLiteral("ALTER TABLE journal_note ADD COLUMN signed_utc TEXT"),
             // Notes written from a group session before schema 7 are group notes.
             QStringLiteral("UPDATE journal_note SET kind = 'group' WHERE group_note_id IS NOT "
                            "NULL"),
             table("journal_revision",
                   "note_id TEXT NOT NULL REFERENCES journal_note(id), number INTEGER NOT NULL, "
                   "author_id TEXT NOT NULL REFERENCES staff(id), saved_utc TEXT NOT NULL, "
                   "text TEXT NOT NULL DEFAULT '', personal_text TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("CREATE UNIQUE INDEX journal_revision_number ON "
                            "journal_revision(note_id, number)"),
             // Every note so far gets its first revision, so no note is without history.
             // (A server database starts empty at the latest schema: nothing to carry over.)
             sqliteOnly(QStringLiteral(
                 "INSERT INTO journal_revision (id, note_id, number, author_id, "
                 "saved_utc, text, personal_text, created_utc, modified_utc, "
                 "modified_by, deleted, revision) SELECT lower(hex(randomblob(4))) || "
                 "'-' || lower(hex(randomblob(2))) || '-4' || "
                 "substr(lower(hex(randomblob(2))), 2) || '-a' || "
                 "substr(lower(hex(randomblob(2))), 2) || '-' || "
                 "lower(hex(randomblob(6))), id, 1, author_id, written_utc, text, "
                 "personal_text, created_utc, modified_utc, modified_by, 0, 1 FROM "
                 "journal_note")),
             // Full-text search: the service keeps it in step with the notes (Danish letters
             // folded the same way in the index and the query).
             sqliteOnly(journalSearchTable()),
             // PostgreSQL's own full-text search: words without stemming, like unicode61.
             postgresOnly(QStringLiteral("CREATE TABLE journal_search (note_id TEXT NOT NULL, "
                                         "body TEXT NOT NULL, terms tsvector GENERATED ALWAYS "
                                         "AS (to_tsvector('simple', body)) STORED)")),
             postgresOnly(QStringLiteral("CREATE INDEX journal_search_terms ON journal_search "
                                         "USING gin (terms)")),
             postgresOnly(QStringLiteral("CREATE INDEX journal_search_note ON "
                                         "journal_search(note_id)")),
             table("goal_assessment",
                   "note_id TEXT REFERENCES journal_note(id), "
                   "subgoal_id TEXT NOT NULL REFERENCES subgoal(id), "
                   "goal_id TEXT REFERENCES goal(id), "
                   "author_id TEXT NOT NULL REFERENCES staff(id), assessed_utc TEXT NOT NULL, "
                   "progress TEXT NOT NULL, level TEXT NOT NULL DEFAULT 'not_assessed'"),
             QStringLiteral("CREATE INDEX goal_assessment_goal ON goal_assessment(goal_id, "
                            "assessed_utc)"),
             QStringLiteral("CREATE INDEX goal_assessment_subgoal ON "
                            "goal_assessment(subgoal_id, assessed_utc)"),
             table("goal_review",
                   "goal_id TEXT NOT NULL REFERENCES goal(id), review_date TEXT NOT NULL, "
                   "status TEXT NOT NULL, summary TEXT NOT NULL, "
                   "author_id TEXT NOT NULL REFERENCES staff(id)"),
             QStringLiteral("CREATE INDEX goal_review_goal ON goal_review(goal_id)"),
             table("followup_task",
                   "rule TEXT NOT NULL, rule_key TEXT NOT NULL, "
                   "citizen_id TEXT REFERENCES citizen(id), subject_id TEXT, "
                   "assignee_id TEXT REFERENCES staff(id), due_date TEXT NOT NULL, "
                   "reason TEXT NOT NULL DEFAULT '', status TEXT NOT NULL, "
                   "snoozed_until TEXT, snooze_reason TEXT NOT NULL DEFAULT '', "
                   "done_note TEXT NOT NULL DEFAULT '', done_by TEXT REFERENCES staff(id), "
                   "done_utc TEXT"),
             QStringLiteral("CREATE UNIQUE INDEX followup_task_key ON followup_task(rule_key) "
                            "WHERE deleted = 0"),
             QStringLiteral("CREATE INDEX followup_task_assignee ON followup_task(assignee_id, "
                            "status, due_date)"),
         }});
    list.append(
        {8,
         "indexes for the Ledelse figures",
         {
             // The leaders' figures aggregate appointments by period over many years; a covering
             // index over the columns they read lets SQLite scan it instead of the wide rows.
             QStringLiteral("CREATE INDEX appointment_report ON appointment(start_utc, form, "
                            "outcome, duration_minutes, staff_id, citizen_id, site_id, group_id, "
                            "travel_minutes, travel_km) WHERE deleted = 0"),
             QStringLiteral("CREATE INDEX goal_assessment_report ON goal_assessment("
                            "assessed_utc, subgoal_id, progress) WHERE deleted = 0"),
         }});
    list.append(
        {9,
         "offline sync: change log, version vectors, peers, history, conflicts, purges",
         {
             // One row per recorded change of a synchronised row (docs/sync.md).
             QStringLiteral("CREATE TABLE change_log (origin TEXT NOT NULL, counter INTEGER NOT "
                            "NULL, hlc TEXT NOT NULL, tbl TEXT NOT NULL, row_id TEXT NOT NULL, "
                            "kind TEXT NOT NULL DEFAULT 'row' CHECK (kind IN ('row', 'purge')), "
                            "fields TEXT NOT NULL DEFAULT '{}', base TEXT NOT NULL DEFAULT '{}', "
                            "seen TEXT NOT NULL DEFAULT '{}', PRIMARY KEY (origin, counter)) "
                            "WITHOUT ROWID"),
             QStringLiteral("CREATE INDEX change_log_row ON change_log(tbl, row_id, hlc)"),
             QStringLiteral("CREATE INDEX change_log_hlc ON change_log(hlc)"),
             QStringLiteral("CREATE TABLE sync_vector (origin TEXT PRIMARY KEY NOT NULL, "
                            "counter INTEGER NOT NULL)"),
             QStringLiteral("CREATE TABLE sync_peer (site TEXT PRIMARY KEY NOT NULL, name TEXT "
                            "NOT NULL DEFAULT '', vector TEXT NOT NULL DEFAULT '{}', "
                            "last_bundle_id TEXT, last_seen_utc TEXT)"),
             QStringLiteral("CREATE TABLE sync_history (id TEXT PRIMARY KEY NOT NULL, "
                            "direction TEXT NOT NULL CHECK (direction IN ('sent', 'received')), "
                            "peer TEXT NOT NULL, peer_name TEXT NOT NULL DEFAULT '', "
                            "at_utc TEXT NOT NULL, changes INTEGER NOT NULL DEFAULT 0, "
                            "new_rows INTEGER NOT NULL DEFAULT 0, "
                            "changed_rows INTEGER NOT NULL DEFAULT 0, "
                            "conflicts INTEGER NOT NULL DEFAULT 0, "
                            "flagged INTEGER NOT NULL DEFAULT 0, file TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE TABLE sync_conflict (id TEXT PRIMARY KEY NOT NULL, "
                            "tbl TEXT NOT NULL, row_id TEXT NOT NULL, field TEXT NOT NULL "
                            "DEFAULT '', kind TEXT NOT NULL, local_value TEXT, local_hlc TEXT, "
                            "other_value TEXT, other_hlc TEXT, other_site TEXT, "
                            "detected_utc TEXT NOT NULL, resolved_utc TEXT, "
                            "resolution TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE INDEX sync_conflict_open ON sync_conflict(resolved_utc, "
                            "tbl, row_id)"),
             QStringLiteral("CREATE TABLE purged (tbl TEXT NOT NULL, row_id TEXT NOT NULL, "
                            "hlc TEXT NOT NULL, PRIMARY KEY (tbl, row_id)) WITHOUT ROWID"),
             // A revision names the revisions it supersedes; two revisions of one note made
             // apart are two heads until someone writes one that supersedes both.
             QStringLiteral("ALTER TABLE journal_revision ADD COLUMN parent_ids TEXT NOT NULL "
                            "DEFAULT '[]'"),
             sqliteOnly(QStringLiteral("UPDATE journal_revision SET parent_ids = coalesce((SELECT "
                                       "json_array(p.id) FROM journal_revision p WHERE "
                                       "p.note_id = journal_revision.note_id AND p.number = "
                                       "journal_revision.number - 1 LIMIT 1), '[]')")),
             // Uniqueness across sites cannot be enforced by one file's index: rows made at two
             // sites meet in a merge. The services check it when writing instead, and rows that
             // are one thing at every site get the same id (attendance, follow-up tasks).
             QStringLiteral("DROP INDEX journal_revision_number"),
             QStringLiteral("CREATE INDEX journal_revision_note ON journal_revision(note_id, "
                            "number)"),
             QStringLiteral("DROP INDEX staff_initials"),
             QStringLiteral("CREATE INDEX staff_initials ON staff(initials)"),
             QStringLiteral("DROP INDEX attendance_member"),
             QStringLiteral("CREATE INDEX attendance_member ON attendance(appointment_id, "
                            "citizen_id)"),
             QStringLiteral("DROP INDEX followup_task_key"),
             QStringLiteral("CREATE INDEX followup_task_key ON followup_task(rule_key)"),
         },
         &recordSyncBaseline});
    list.append(
        {10,
         "access: user accounts, the access log, settings local to this computer",
         {
             // Local accounts; never synchronised (each computer has its own logins).
             QStringLiteral("CREATE TABLE user_account (id TEXT PRIMARY KEY NOT NULL, "
                            "user_name TEXT NOT NULL COLLATE NOCASE UNIQUE, "
                            "display_name TEXT NOT NULL, staff_id TEXT, role TEXT NOT NULL, "
                            "password_hash TEXT NOT NULL, "
                            "failed_attempts INTEGER NOT NULL DEFAULT 0, locked_until_utc TEXT, "
                            "disabled INTEGER NOT NULL DEFAULT 0, "
                            "must_change_password INTEGER NOT NULL DEFAULT 0, "
                            "created_utc TEXT NOT NULL, last_login_utc TEXT)"),
             // Every use of personal data (docs/access.md). Citizen ids are kept as text without
             // a foreign key so that an entry outlives an erased citizen, content-free.
             QStringLiteral("CREATE TABLE access_log (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
                            "at_utc TEXT NOT NULL, account_id TEXT, user_name TEXT NOT NULL, "
                            "action TEXT NOT NULL, citizen_id TEXT, "
                            "criterion TEXT NOT NULL DEFAULT '', reason TEXT NOT NULL DEFAULT '', "
                            "detail TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE INDEX access_log_at ON access_log(at_utc)"),
             QStringLiteral("CREATE INDEX access_log_citizen ON access_log(citizen_id, at_utc)"),
             QStringLiteral("CREATE INDEX access_log_user ON access_log(user_name, at_utc)"),
             // The log cannot be edited. The one permitted change is erasure's redaction of a
             // text that named the erased citizen.
             sqliteOnly(QStringLiteral(
                 "CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log "
                 "WHEN NOT (new.seq = old.seq AND new.at_utc = old.at_utc AND "
                 "new.action = old.action AND new.user_name = old.user_name AND "
                 "new.citizen_id IS old.citizen_id AND "
                 "new.account_id IS old.account_id AND "
                 "new.criterion IN (old.criterion, '[erased]') AND "
                 "new.reason IN (old.reason, '[erased]') AND "
                 "new.detail IN (old.detail, '[erased]')) "
                 "BEGIN SELECT RAISE(ABORT, 'the access log cannot be changed'); END")),
             postgresOnly(QStringLiteral(
                 "CREATE FUNCTION access_log_no_update() RETURNS trigger LANGUAGE plpgsql AS $$ "
                 "BEGIN IF NOT (new.seq = old.seq AND new.at_utc = old.at_utc AND "
                 "new.action = old.action AND new.user_name = old.user_name AND "
                 "new.citizen_id IS NOT DISTINCT FROM old.citizen_id AND "
                 "new.account_id IS NOT DISTINCT FROM old.account_id AND "
                 "new.criterion IN (old.criterion, '[erased]') AND "
                 "new.reason IN (old.reason, '[erased]') AND "
                 "new.detail IN (old.detail, '[erased]')) THEN "
                 "RAISE EXCEPTION 'the access log cannot be changed'; END IF; RETURN new; END $$")),
             postgresOnly(QStringLiteral("CREATE TRIGGER access_log_no_update BEFORE UPDATE ON "
                                         "access_log FOR EACH ROW EXECUTE FUNCTION "
                                         "access_log_no_update()")),
             // Settings of this computer only (backup folder and key, schedule); not synchronised.
             QStringLiteral("CREATE TABLE local_setting (key TEXT PRIMARY KEY NOT NULL, "
                            "value TEXT NOT NULL)"),
         }});
    list.append({11, "a monthly appointment summary for the Ledelse figures",
                 // Kept in step by triggers (ReportQueries.h: AppointmentMonths), so the charts
                 // read a few hundred thousand month rows instead of millions of appointments.
                 AppointmentMonths::migration()});
    list.append(
        {12,
         "time-ordered rowids in the SQLite full-text index",
         // The search's first page then reads FTS5's doclist newest first and stops after one
         // page (JournalQueries.h: searchRowid = epoch ms × 1024 + slot). The rows are copied
         // out, the index made anew and filled in rowid order. SQLite only: PostgreSQL's
         // journal_search has no rowid and its search sorts by written_utc.
         {sqliteOnly(QStringLiteral(
              "CREATE TABLE journal_search_rebuild AS SELECT ms * 1024 + row_number() OVER "
              "(PARTITION BY ms ORDER BY created_utc, old_rowid) - 1 AS new_rowid, note_id, "
              "body FROM (SELECT CAST(strftime('%s', n.written_utc) AS INTEGER) * 1000 + "
              "CAST(substr(n.written_utc, 21, 3) AS INTEGER) AS ms, n.created_utc AS "
              "created_utc, s.rowid AS old_rowid, s.note_id AS note_id, s.body AS body FROM "
              "journal_search s JOIN journal_note n ON n.id = s.note_id)")),
          sqliteOnly(QStringLiteral("DROP TABLE journal_search")), sqliteOnly(journalSearchTable()),
          sqliteOnly(QStringLiteral("INSERT INTO journal_search (rowid, note_id, body) SELECT "
                                    "new_rowid, note_id, body FROM journal_search_rebuild "
                                    "ORDER BY new_rowid")),
          sqliteOnly(QStringLiteral("DROP TABLE journal_search_rebuild")),
          sqliteOnly(
              QStringLiteral("INSERT INTO journal_search (journal_search) VALUES ('optimize')"))}});
    return list;
}

} // namespace

namespace {
const QString kSqliteTag = QStringLiteral("-- sqlite only\n");
const QString kPostgresTag = QStringLiteral("-- postgres only\n");
} // namespace

QString sqliteOnly(const QString& sql) {
    return kSqliteTag + sql;
}

QString postgresOnly(const QString& sql) {
    return kPostgresTag + sql;
}

QString migrationStatement(const QString& statement, Dialect dialect) {
    const bool pg = dialect == Dialect::Postgres;
    if (statement.startsWith(kSqliteTag))
        return pg ? QString() : statement.mid(kSqliteTag.size());
    if (statement.startsWith(kPostgresTag))
        return pg ? statement.mid(kPostgresTag.size()) : QString();
    if (!pg)
        return statement;
    if (statement.startsWith(QLatin1String("PRAGMA ")))
        return {}; // the file's marks (application_id) have no place on a server
    QString sql = statement;
    // REAL is 4 bytes in PostgreSQL; SQLite's REAL is a double.
    static const QRegularExpression real(QStringLiteral("\\bREAL\\b"));
    sql.replace(real, QStringLiteral("DOUBLE PRECISION"));
    sql.replace(QLatin1String(" WITHOUT ROWID"), QString());
    // A sync import may bring a row before the row it refers to; SQLite checks references at
    // commit after PRAGMA defer_foreign_keys, PostgreSQL after SET CONSTRAINTS ALL DEFERRED,
    // which needs the constraint to be deferrable.
    static const QRegularExpression reference(QStringLiteral("REFERENCES (\\w+)\\((\\w+)\\)"));
    sql.replace(reference, QStringLiteral("REFERENCES \\1(\\2) DEFERRABLE INITIALLY IMMEDIATE"));
    sql.replace(QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT"),
                QLatin1String("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
    return sql;
}

const QList<Migration>& migrations() {
    static const QList<Migration> list = build();
    return list;
}

} // namespace bs
