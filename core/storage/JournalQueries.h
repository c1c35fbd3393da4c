#pragma once
// The journal's SQL beyond typed records: the full-text index (journal_search, FTS5) kept in step
// with the notes, the next revision number, and the note lists behind search and the record's
// journal, with their filters. Bodies in the index are already folded by the caller.
#include "Database.h"
#include "domain/Enums.h"
#include <QDate>
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

class JournalQueries {
public:
    explicit JournalQueries(const Database& db) : m_db(db) {}

    // Replaces the note's row in the index (call inside the note's transaction).
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

private:
    const Database& m_db;
};

} // namespace bs
