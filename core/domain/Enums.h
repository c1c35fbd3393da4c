#pragma once
// The domain's closed vocabularies. Each value has a stable storage code (never translated, used
// in the database, CSV and JSON) and a user-facing label (English source, translated to Danish).
#include <QList>
#include <QString>
#include <optional>
#include <span>

namespace bs {

enum class LegalBasis { P82a, P82b, P85 };
enum class SupportForm { Individual, Counselling, Group, Virtual };
enum class Cadence { Weekly, EveryOtherWeek, OnDemand };
enum class TargetGroup { SocialPsychiatry, IntellectualDisability, PhysicalDisability, Other };
enum class CitizenStatus { Active, WaitingList, Closed };
enum class ContactPreference { Video, Phone };
// Status of an indsatsmål or a delmål.
enum class GoalStatus { Active, Achieved, PartlyAchieved, NotAchieved, Discontinued };
enum class GoalType { Develop, Maintain, LimitLoss };
// FFB funktionsevneniveau: how reduced the function is.
enum class FunctionLevel { NotAssessed, None, Mild, Moderate, Severe, Complete };
// FFB støttebehov.
enum class SupportNeed { NotAssessed, None, Mild, Moderate, High, Complete };
enum class StaffRole { Worker, Leader, Administrator };
// What an access-log entry records (docs/access.md).
enum class AccessAction {
    Read,        // a citizen's record was opened
    Search,      // a search, with its criterion
    Create,      // a record about a citizen was created
    Change,      // a record was changed (or marked deleted)
    Export,      // data left the application as a file (report, extract, sync bundle, backup)
    Print,       // data was printed
    Erase,       // a citizen's data was erased
    BreakGlass,  // a look-up outside the user's own cases, with the reason typed
    Login,       // a successful login
    LoginFailed, // a refused login (wrong password, locked, disabled)
    Account,     // an account was created or changed by an administrator
    Import,      // data came in (sync bundle, CSV, restored backup)
    Retention,   // the automatic deletion of old log entries or due cases
};

template <typename E> struct EnumEntry {
    E value;
    const char* code;
    const char* label; // English source text, translated in context "Enum"
};

// Specialised in Enums.cpp for every enum above.
template <typename E> std::span<const EnumEntry<E>> enumEntries();

template <typename E> QString toCode(E value) {
    for (const auto& e : enumEntries<E>())
        if (e.value == value)
            return QString::fromLatin1(e.code);
    return {};
}

template <typename E> std::optional<E> fromCode(const QString& code) {
    for (const auto& e : enumEntries<E>())
        if (code == QLatin1String(e.code))
            return e.value;
    return std::nullopt;
}

QString translateEnumLabel(const char* source);

template <typename E> QString label(E value) {
    for (const auto& e : enumEntries<E>())
        if (e.value == value)
            return translateEnumLabel(e.label);
    return {};
}

template <typename E> QList<E> allValues() {
    QList<E> out;
    for (const auto& e : enumEntries<E>())
        out << e.value;
    return out;
}

// Accepts a code, an English label or a translated label, ignoring case ("§ 85", "85", "aktiv").
template <typename E> std::optional<E> parseEnum(const QString& text) {
    const QString t = text.trimmed();
    for (const auto& e : enumEntries<E>()) {
        if (t.compare(QLatin1String(e.code), Qt::CaseInsensitive) == 0 ||
            t.compare(QLatin1String(e.label), Qt::CaseInsensitive) == 0 ||
            t.compare(translateEnumLabel(e.label), Qt::CaseInsensitive) == 0)
            return e.value;
    }
    return std::nullopt;
}

// A legal basis that may never be delivered as group support (servicelovens § 82 b).
inline bool allowsGroupSupport(LegalBasis basis) {
    return basis != LegalBasis::P82b;
}

} // namespace bs
