#pragma once
// The journal's SQL beyond typed records: the full-text index (journal_search, FTS5) kept in step
// with the notes, the next revision number, and the note lists behind search and the record's
// journal, with their filters. Bodies in the index are already folded by the caller.
//
// On SQLite an index row's rowid follows its note's written time (searchRowid), so a search
// reads FTS5's doclist newest first and stops after one page instead of sorting every match.
// PostgreSQL's journal_search has no rowid and sorts by journal_note.written_utc.
#include "Database.h"
#include "domain/Enums.h"
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QUuid>
#include <optional>

namespace bs {

// Which notes a listing returns. Null ids and invalid dates are not filtered on.
struct NoteQuery {
    QString match;   // an FTS5 MATCH expression; empty: no full-text condition
    QString tsQuery; // the same for PostgreSQL (to_tsquery 'simple'); the server uses this one
    QUuid citizenId;
    QUuid subGoalId; // linked to the note or assessed in it
    QUuid authorId;
    QDate from; // local dates, inclusive
    QDate to;
    std::optional<SupportForm> form;
    // Need-to-know: only notes about these citizens; std::nullopt = every citizen.
    std::optional<QSet<QUuid>> visibleCitizens;
    int limit = 100;
    int offset = 0;
};

// What goes into the index for a folded body: its words (letters, digits, combining marks)
// separated by single spaces. Both engines' tokenizers then see exactly the journal's words;
// PostgreSQL's parser would otherwise read "<script>" as markup and leave it out.
QString searchBody(const QString& foldedBody);

// The SQLite index rowid of a note written at `writtenUtc`: epoch milliseconds × kSearchSlots +
// slot, where slot (0 .. kSearchSlots - 1) tells apart notes written in the same millisecond
// (a later slot counts as newer). Migration 12 computes the same numbers in SQL.
constexpr qint64 kSearchSlots = 1024;
qint64 searchRowid(const QDateTime& writtenUtc, int slot);

class JournalQueries {
public:
    explicit JournalQueries(const Database& db) : m_db(db) {}

    // Replaces the note's row in the index (call inside the note's transaction, after the note
    // itself is saved: its written time gives the row's place in the index).
    Status index(const QUuid& noteId, const QString& foldedBody) const;
    Status unindex(const QUuid& noteId) const;
    // Notes (not deleted) that have no row in the index, e.g. written before schema 7.
    Result<QList<QUuid>> unindexedNotes() const;
    // Whether every note has been indexed once (a mark in the `meta` table). Every write indexes
    // its note, so after the one backfill the search need not look for missing notes again.
    Result<bool> indexComplete() const;
    Status markIndexComplete() const;
    Result<int> nextRevisionNumber(const QUuid& noteId) const;
    // The note's current revisions: those no other revision supersedes. One, unless a merge
    // brought two versions written apart.
    Result<QList<QUuid>> heads(const QUuid& noteId) const;
    // Ids of the notes (not deleted) matching the query, newest written first.
    Result<QList<QUuid>> notes(const NoteQuery& query) const;
    // How SQLite runs notes(query): the EXPLAIN QUERY PLAN details (a failure on PostgreSQL).
    // For tests and benchmarks that check the search's first page needs no sort.
    Result<QStringList> notesPlan(const NoteQuery& query) const;

private:
    // SQLite: removes the note's rows in the rowid range of its written time; how many.
    Result<int> unindexByTime(const QUuid& noteId) const;
    struct Statement {
        QString sql;
        QVariantList binds;
    };
    Statement notesStatement(const NoteQuery& query) const;
    // The free rowid for the note's written millisecond: after the slots already taken.
    Result<qint64> nextSearchRowid(const QUuid& noteId) const;

    const Database& m_db;
};

} // namespace bs
