#include "Attendance.h"

namespace bs {

template <> std::span<const EnumEntry<AttendanceStatus>> enumEntries<AttendanceStatus>() {
    static const EnumEntry<AttendanceStatus> table[] = {
        {AttendanceStatus::Present, "present", QT_TRANSLATE_NOOP("Enum", "Present")},
        {AttendanceStatus::Absent, "absent", QT_TRANSLATE_NOOP("Enum", "Absent")},
        {AttendanceStatus::Excused, "excused", QT_TRANSLATE_NOOP("Enum", "Sent apologies")},
    };
    return table;
}

ValidationErrors Attendance::validate() const {
    ValidationErrors e;
    if (appointmentId.isNull())
        e.add(QStringLiteral("session"), tr("Session"), tr("choose the session"));
    if (citizenId.isNull())
        e.add(QStringLiteral("citizen"), tr("Citizen"), tr("choose the citizen"));
    checkText(e, QStringLiteral("reason"), tr("Reason"), reason, TextKind::Line);
    return e;
}

ValidationErrors GroupNote::validate() const {
    ValidationErrors e;
    if (appointmentId.isNull())
        e.add(QStringLiteral("session"), tr("Session"), tr("choose the session"));
    if (authorId.isNull())
        e.add(QStringLiteral("author"), tr("Author"), tr("choose who writes the note"));
    if (checkText(e, QStringLiteral("text"), tr("Group note"), text, TextKind::Text) &&
        text.trimmed().isEmpty())
        e.add(QStringLiteral("text"), tr("Group note"), tr("is required"));
    return e;
}

ValidationErrors JournalNote::validate() const {
    ValidationErrors e;
    if (citizenId.isNull())
        e.add(QStringLiteral("citizen"), tr("Citizen"), tr("choose the citizen"));
    if (authorId.isNull())
        e.add(QStringLiteral("author"), tr("Author"), tr("choose who writes the note"));
    if (!writtenUtc.isValid())
        e.add(QStringLiteral("written"), tr("Written"), tr("is required"));
    const bool textOk = checkText(e, QStringLiteral("text"), tr("Note"), text, TextKind::Text);
    const bool personalOk = checkText(e, QStringLiteral("personalText"), tr("Personal addition"),
                                      personalText, TextKind::Text);
    if (textOk && personalOk && text.trimmed().isEmpty() && personalText.trimmed().isEmpty())
        e.add(QStringLiteral("text"), tr("Note"), tr("is required"));
    return e;
}

QString JournalNote::fullText() const {
    const QString shared = text.trimmed();
    const QString personal = personalText.trimmed();
    if (personal.isEmpty())
        return shared;
    if (shared.isEmpty())
        return personal;
    return shared + QStringLiteral("\n\n") + personal;
}

} // namespace bs
