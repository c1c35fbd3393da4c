#include "Enums.h"

#include <QCoreApplication>

namespace bs {

QString translateEnumLabel(const char* source) {
    return QCoreApplication::translate("Enum", source);
}

#define BS_ENUM_TABLE(E, ...)                                                                      \
    template <> std::span<const EnumEntry<E>> enumEntries<E>() {                                   \
        static const EnumEntry<E> table[] = {__VA_ARGS__};                                         \
        return table;                                                                              \
    }

BS_ENUM_TABLE(LegalBasis, {LegalBasis::P82a, "82a", QT_TRANSLATE_NOOP("Enum", "§ 82 a")},
              {LegalBasis::P82b, "82b", QT_TRANSLATE_NOOP("Enum", "§ 82 b")},
              {LegalBasis::P85, "85", QT_TRANSLATE_NOOP("Enum", "§ 85")})

BS_ENUM_TABLE(SupportForm,
              {SupportForm::Individual, "individual", QT_TRANSLATE_NOOP("Enum", "Individual")},
              {SupportForm::Counselling, "counselling", QT_TRANSLATE_NOOP("Enum", "Counselling")},
              {SupportForm::Group, "group", QT_TRANSLATE_NOOP("Enum", "Group")},
              {SupportForm::Virtual, "virtual", QT_TRANSLATE_NOOP("Enum", "Virtual")})

BS_ENUM_TABLE(Cadence, {Cadence::Weekly, "weekly", QT_TRANSLATE_NOOP("Enum", "Weekly")},
              {Cadence::EveryOtherWeek, "biweekly", QT_TRANSLATE_NOOP("Enum", "Every other week")},
              {Cadence::OnDemand, "on_demand", QT_TRANSLATE_NOOP("Enum", "On demand")})

BS_ENUM_TABLE(TargetGroup,
              {TargetGroup::SocialPsychiatry, "social_psychiatry",
               QT_TRANSLATE_NOOP("Enum", "Social psychiatry")},
              {TargetGroup::IntellectualDisability, "intellectual_disability",
               QT_TRANSLATE_NOOP("Enum", "Intellectual disability")},
              {TargetGroup::PhysicalDisability, "physical_disability",
               QT_TRANSLATE_NOOP("Enum", "Physical disability")},
              {TargetGroup::Other, "other", QT_TRANSLATE_NOOP("Enum", "Other")})

BS_ENUM_TABLE(CitizenStatus, {CitizenStatus::Active, "active", QT_TRANSLATE_NOOP("Enum", "Active")},
              {CitizenStatus::WaitingList, "waiting_list",
               QT_TRANSLATE_NOOP("Enum", "Waiting list")},
              {CitizenStatus::Closed, "closed", QT_TRANSLATE_NOOP("Enum", "Closed")})

BS_ENUM_TABLE(ContactPreference,
              {ContactPreference::Video, "video", QT_TRANSLATE_NOOP("Enum", "Video")},
              {ContactPreference::Phone, "phone", QT_TRANSLATE_NOOP("Enum", "Phone")})

BS_ENUM_TABLE(GoalStatus, {GoalStatus::Active, "active", QT_TRANSLATE_NOOP("Enum", "Active")},
              {GoalStatus::Achieved, "achieved", QT_TRANSLATE_NOOP("Enum", "Achieved")},
              {GoalStatus::PartlyAchieved, "partly_achieved",
               QT_TRANSLATE_NOOP("Enum", "Partly achieved")},
              {GoalStatus::NotAchieved, "not_achieved", QT_TRANSLATE_NOOP("Enum", "Not achieved")},
              {GoalStatus::Discontinued, "discontinued", QT_TRANSLATE_NOOP("Enum", "Discontinued")})

BS_ENUM_TABLE(GoalType, {GoalType::Develop, "develop", QT_TRANSLATE_NOOP("Enum", "Develop")},
              {GoalType::Maintain, "maintain", QT_TRANSLATE_NOOP("Enum", "Maintain")},
              {GoalType::LimitLoss, "limit_loss",
               QT_TRANSLATE_NOOP("Enum", "Limit loss of function")})

BS_ENUM_TABLE(
    FunctionLevel,
    {FunctionLevel::NotAssessed, "not_assessed", QT_TRANSLATE_NOOP("Enum", "Not assessed")},
    {FunctionLevel::None, "none", QT_TRANSLATE_NOOP("Enum", "No reduction")},
    {FunctionLevel::Mild, "mild", QT_TRANSLATE_NOOP("Enum", "Mildly reduced")},
    {FunctionLevel::Moderate, "moderate", QT_TRANSLATE_NOOP("Enum", "Moderately reduced")},
    {FunctionLevel::Severe, "severe", QT_TRANSLATE_NOOP("Enum", "Severely reduced")},
    {FunctionLevel::Complete, "complete", QT_TRANSLATE_NOOP("Enum", "Completely reduced")})

BS_ENUM_TABLE(SupportNeed,
              {SupportNeed::NotAssessed, "not_assessed", QT_TRANSLATE_NOOP("Enum", "Not assessed")},
              {SupportNeed::None, "none", QT_TRANSLATE_NOOP("Enum", "No support need")},
              {SupportNeed::Mild, "mild", QT_TRANSLATE_NOOP("Enum", "Light")},
              {SupportNeed::Moderate, "moderate", QT_TRANSLATE_NOOP("Enum", "Moderate")},
              {SupportNeed::High, "high", QT_TRANSLATE_NOOP("Enum", "High")},
              {SupportNeed::Complete, "complete", QT_TRANSLATE_NOOP("Enum", "Complete")})

BS_ENUM_TABLE(StaffRole, {StaffRole::Worker, "worker", QT_TRANSLATE_NOOP("Enum", "Worker")},
              {StaffRole::Leader, "leader", QT_TRANSLATE_NOOP("Enum", "Leader")},
              {StaffRole::Administrator, "administrator",
               QT_TRANSLATE_NOOP("Enum", "Administrator")})

BS_ENUM_TABLE(
    AccessAction, {AccessAction::Read, "read", QT_TRANSLATE_NOOP("Enum", "Opened record")},
    {AccessAction::Search, "search", QT_TRANSLATE_NOOP("Enum", "Search")},
    {AccessAction::Create, "create", QT_TRANSLATE_NOOP("Enum", "Created")},
    {AccessAction::Change, "change", QT_TRANSLATE_NOOP("Enum", "Changed")},
    {AccessAction::Export, "export", QT_TRANSLATE_NOOP("Enum", "Exported")},
    {AccessAction::Print, "print", QT_TRANSLATE_NOOP("Enum", "Printed")},
    {AccessAction::Erase, "erase", QT_TRANSLATE_NOOP("Enum", "Erased")},
    {AccessAction::BreakGlass, "break_glass",
     QT_TRANSLATE_NOOP("Enum", "Look-up outside own cases")},
    {AccessAction::Login, "login", QT_TRANSLATE_NOOP("Enum", "Logged in")},
    {AccessAction::LoginFailed, "login_failed", QT_TRANSLATE_NOOP("Enum", "Login refused")},
    {AccessAction::Account, "account", QT_TRANSLATE_NOOP("Enum", "Account changed")},
    {AccessAction::Import, "import", QT_TRANSLATE_NOOP("Enum", "Imported")},
    {AccessAction::Retention, "retention", QT_TRANSLATE_NOOP("Enum", "Automatic deletion")})

#undef BS_ENUM_TABLE

} // namespace bs
