#include "Journal.h"

namespace bs {

template <> std::span<const EnumEntry<NoteKind>> enumEntries<NoteKind>() {
    static const EnumEntry<NoteKind> table[] = {
        {NoteKind::Note, "note", QT_TRANSLATE_NOOP("Enum", "Note")},
        {NoteKind::Group, "group", QT_TRANSLATE_NOOP("Enum", "Group note")},
        {NoteKind::Addendum, "addendum", QT_TRANSLATE_NOOP("Enum", "Addendum")},
    };
    return table;
}

template <> std::span<const EnumEntry<Progress>> enumEntries<Progress>() {
    static const EnumEntry<Progress> table[] = {
        {Progress::Improved, "improved", QT_TRANSLATE_NOOP("Enum", "Improved")},
        {Progress::Unchanged, "unchanged", QT_TRANSLATE_NOOP("Enum", "Unchanged")},
        {Progress::Worsened, "worsened", QT_TRANSLATE_NOOP("Enum", "Worsened")},
    };
    return table;
}

ValidationErrors JournalRevision::validate() const {
    ValidationErrors e;
    if (noteId.isNull())
        e.add(QStringLiteral("note"), tr("Note"), tr("is required"));
    if (authorId.isNull())
        e.add(QStringLiteral("author"), tr("Author"), tr("choose who writes the note"));
    if (!savedUtc.isValid())
        e.add(QStringLiteral("saved"), tr("Saved"), tr("is required"));
    checkText(e, QStringLiteral("text"), tr("Note"), text, TextKind::Text);
    checkText(e, QStringLiteral("personalText"), tr("Personal addition"), personalText,
              TextKind::Text);
    return e;
}

ValidationErrors GoalAssessment::validate() const {
    ValidationErrors e;
    if (subGoalId.isNull())
        e.add(QStringLiteral("subGoal"), tr("Delmål"), tr("choose the delmål"));
    if (authorId.isNull())
        e.add(QStringLiteral("author"), tr("Author"), tr("choose who assesses"));
    if (!assessedUtc.isValid())
        e.add(QStringLiteral("assessed"), tr("Assessed"), tr("is required"));
    return e;
}

} // namespace bs
