#pragma once
// The SQL of a citizen's rights (issue 7, docs/access.md): every row about one citizen, in every
// table that holds one, including rows marked deleted (they are still data about the citizen), for
// the extract (art. 15) and for erasure; the closed cases the retention rule looks at; and the
// file maintenance that follows an erasure.
#include "Database.h"

#include <QVariantMap>

namespace bs {

// The rows of one table about the citizen: every column, plus a few joined read-only columns
// that make the extract readable (a group's name, a session's time, a note's date).
struct CitizenRows {
    QString table;
    QList<QVariantMap> rows;
    QStringList ids() const;
};

// A closed case with the dates the retention rule compares.
struct ClosedCaseRow {
    QUuid citizenId;
    QString name;
    QString cpr;
    QDateTime modifiedUtc;  // the citizen record's last change
    QDate lastEnd;          // latest end date of a grant or allocation
    QDateTime lastEventUtc; // latest appointment or journal note
};

class CitizenDataQueries {
    Q_DECLARE_TR_FUNCTIONS(CitizenDataQueries)
public:
    explicit CitizenDataQueries(const Database& db) : m_db(db) {}

    // Every row about the citizen, table by table, children before parents (the order erasure
    // purges them in): goal_assessment, goal_review, subgoal, goal, journal_revision,
    // journal_note (addenda before the notes they add to), attendance, group_member, desk_visit,
    // followup_task, appointment, appointment_series, allocation, support_grant, citizen.
    // Group notes (group_note) are shared by the session's participants and are not included;
    // the citizen's own journal copy of one is.
    Result<QList<CitizenRows>> rowsAbout(const QUuid& citizenId) const;

    // Citizens (not marked deleted) with status "closed".
    Result<QList<ClosedCaseRow>> closedCases() const;

    // After an erasure, outside any transaction: optimise the full-text index (so no segment
    // keeps the erased words), rebuild the file (VACUUM; secure_delete is on for every
    // connection) and truncate the write-ahead log. Fails with a message naming the step.
    Status scrubFile() const;
    // The plain safety copies next to the file (.before-schema-*, .before-import-*): after an
    // erasure they still hold the erased data.
    QStringList plainSafetyCopies() const;

private:
    Result<QList<QVariantMap>> select(const QString& sql, const QVariantList& binds) const;

    const Database& m_db;
};

} // namespace bs
