#pragma once
// The journal beyond the note itself (core/domain/Attendance.h has JournalNote): every saved
// revision of a note (none is ever lost), and the progress assessments a note makes of the
// delmål it documents (forbedret / uændret / forværret, optionally a new funktionsevneniveau).
#include "Enums.h"
#include "SyncMeta.h"
#include "Validation.h"
#include <QCoreApplication>
#include <QDateTime>
#include <span>

namespace bs {

enum class NoteKind { Note, Group, Addendum };
template <> std::span<const EnumEntry<NoteKind>> enumEntries<NoteKind>();

enum class Progress { Improved, Unchanged, Worsened };
template <> std::span<const EnumEntry<Progress>> enumEntries<Progress>();

// One saved state of a journal note, with who saved it and when.
struct JournalRevision {
    Q_DECLARE_TR_FUNCTIONS(JournalRevision)
public:
    SyncMeta meta;
    QUuid noteId;
    int number = 1; // 1 for the first save
    QUuid authorId;
    QDateTime savedUtc;
    QString text;
    QString personalText;
    // The revisions this one supersedes (the note's heads when it was saved). Two revisions made
    // apart at two sites name the same parent: both are heads until one supersedes both.
    QList<QUuid> parentIds;
    ValidationErrors validate() const;
};

// A note's assessment of one delmål.
struct GoalAssessment {
    Q_DECLARE_TR_FUNCTIONS(GoalAssessment)
public:
    SyncMeta meta;
    QUuid noteId; // the note it was made in (null: made at a review)
    QUuid subGoalId;
    QUuid goalId; // the delmål's indsatsmål, for timelines
    QUuid authorId;
    QDateTime assessedUtc;
    Progress progress = Progress::Unchanged;
    FunctionLevel level = FunctionLevel::NotAssessed; // a new level, if assessed
    ValidationErrors validate() const;
};

} // namespace bs
