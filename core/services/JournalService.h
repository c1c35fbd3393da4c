#pragma once
// The journal: notes per citizen written from an appointment or on their own, linked to delmål
// with progress assessments. Every save appends a revision (author, time, text) so no earlier
// wording is ever lost; a note locks when signed or 24 hours after it was written, and a later
// correction is an addendum. The full-text index (Danish-aware, see JournalText.h) is kept in
// step in the same transaction as the note. Group notes (GroupSessions) go through recordSave.
#include "domain/Appointment.h"
#include "domain/Attendance.h"
#include "domain/Journal.h"
#include "services/Registry.h"

#include <optional>

namespace bs {

// Filters of the journal listing and the search. Null ids, invalid dates and no form mean "any".
struct SearchFilter {
    QUuid citizenId;
    QUuid subGoalId;
    QUuid authorId;
    QDate from; // local dates, inclusive
    QDate to;
    std::optional<SupportForm> form;
};

struct SearchHit {
    QUuid noteId;
    QUuid citizenId;
    QString citizenName;
    QDateTime writtenUtc;
    QUuid authorId;
    QString authorInitials;
    QString authorName;
    SupportForm form = SupportForm::Individual;
    NoteKind kind = NoteKind::Note;
    QString snippetHtml; // the original text around the hit, matches in <b>…</b>, escaped
};

// A short starter text for a note.
struct NoteTemplate {
    QString name;
    QString text;
};

class JournalService {
    Q_DECLARE_TR_FUNCTIONS(JournalService)
public:
    static constexpr int kLockHours = 24;

    explicit JournalService(Registry& registry);

    // Saves a new note (meta.isNew()) or an edit of an unlocked one, as `authorId`, with these
    // assessments (replacing the note's earlier ones). Appends a revision and re-indexes the note.
    // A new note gets the author and the time now (or an earlier `writtenUtc`, never future);
    // an edit keeps the note's author, time, kind and citizen. Delmål must be the citizen's; a
    // new level only where the goal's theme has funktionsevneniveau.
    Status write(JournalNote& note, const QList<GoalAssessment>& assessments,
                 const QUuid& authorId);
    // Signs (and so locks) the note; only its author signs.
    Status sign(JournalNote& note, const QUuid& by);
    // A correction of a locked note: a new note of kind Addendum pointing at it.
    Result<JournalNote> addendum(const QUuid& lockedNoteId, const QString& text,
                                 const QUuid& authorId);

    bool isLocked(const JournalNote& note) const;
    // When an unsigned note locks by time.
    static QDateTime locksAtUtc(const JournalNote& note);

    Result<JournalNote> note(const QUuid& noteId) const;
    // Oldest first.
    Result<QList<JournalRevision>> revisions(const QUuid& noteId) const;
    Result<QList<GoalAssessment>> assessments(const QUuid& noteId) const;
    // The citizen's notes (not deleted), newest first, within the filter (its citizen ignored).
    Result<QList<JournalNote>> notes(const QUuid& citizenId, const SearchFilter& filter = {}) const;
    // Addenda written to the note, oldest first.
    Result<QList<JournalNote>> addenda(const QUuid& noteId) const;
    // The citizen's delmål a note can document: active delmål of active goals, by goal.
    Result<QList<SubGoal>> activeSubGoals(const QUuid& citizenId) const;

    // Full-text search, newest first. An empty query lists the filter's notes (when any filter is
    // set; otherwise nothing). Only notes of citizens the actor may see (need-to-know). Snippets
    // come from the original text.
    Result<QList<SearchHit>> search(const QString& query, const SearchFilter& filter = {},
                                    int limit = 100, int offset = 0);

    static QList<NoteTemplate> templates(SupportForm form);

    // For writers of notes outside this class (group notes): appends a revision by `by` and
    // re-indexes the stored note; or removes a deleted note from the index. Call inside the
    // transaction that saved the note.
    Status recordSave(const JournalNote& storedNote, const QUuid& by);
    Status unindex(const QUuid& noteId);
    // Indexes notes written before the index existed.
    Status indexMissing();

private:
    // The notes of the ids, in the ids' order, read in a few statements.
    Result<QList<JournalNote>> notesInOrder(const QList<QUuid>& ids) const;
    Status checkAssessments(const JournalNote& note, QList<GoalAssessment>& assessments) const;

    Registry& m_registry;
};

} // namespace bs
