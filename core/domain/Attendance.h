#pragma once
// Group sessions: who came (attendance per member per session), and the journal notes a session
// leaves: one group note written once by a facilitator, which goes into each present member's
// record as a journal note with a personal addition per member.
#include "Enums.h"
#include "Journal.h"
#include "SyncMeta.h"
#include "Validation.h"
#include <QCoreApplication>
#include <QDateTime>
#include <span>

namespace bs {

enum class AttendanceStatus { Present, Absent, Excused };
template <> std::span<const EnumEntry<AttendanceStatus>> enumEntries<AttendanceStatus>();

// One member's attendance at one group session (an appointment with a group).
struct Attendance {
    Q_DECLARE_TR_FUNCTIONS(Attendance)
public:
    SyncMeta meta;
    QUuid appointmentId;
    QUuid citizenId;
    AttendanceStatus status = AttendanceStatus::Present;
    QString reason; // for an absence or an afbud
    ValidationErrors validate() const;
};

// The text a facilitator writes once for a session.
struct GroupNote {
    Q_DECLARE_TR_FUNCTIONS(GroupNote)
public:
    SyncMeta meta;
    QUuid appointmentId;
    QUuid authorId; // staff
    QDateTime writtenUtc;
    QString text;
    ValidationErrors validate() const;
};

// A note in a citizen's record (the journal). From a group session it carries the group note's
// text and the member's personal addition; the journal issue adds its own kinds of notes.
struct JournalNote {
    Q_DECLARE_TR_FUNCTIONS(JournalNote)
public:
    SyncMeta meta;
    QUuid citizenId;
    QUuid appointmentId; // the appointment it documents, if any
    QUuid groupNoteId;   // the group note it shares, if any
    QUuid authorId;      // staff
    SupportForm form = SupportForm::Individual;
    NoteKind kind = NoteKind::Note;
    QUuid addendumTo;    // an addendum: the locked note it corrects
    QDateTime signedUtc; // signed notes are locked; unsigned ones lock 24 hours after writing
    QDateTime writtenUtc;
    QString text;         // for a group note: the shared text
    QString personalText; // for a group note: what concerns this member only
    QList<QUuid> subGoalIds;
    ValidationErrors validate() const;
    // The note as the record shows it: the text, then the personal addition.
    QString fullText() const;
};

} // namespace bs
