#include "Ffb.h"

#include <QCoreApplication>

namespace bs {

template <> std::span<const EnumEntry<FfbTheme>> enumEntries<FfbTheme>() {
    static const EnumEntry<FfbTheme> table[] = {
        {FfbTheme::MentalFunctions, "mental_functions",
         QT_TRANSLATE_NOOP("Enum", "Mental functions")},
        {FfbTheme::Health, "health", QT_TRANSLATE_NOOP("Enum", "Health")},
        {FfbTheme::PhysicalFunctions, "physical_functions",
         QT_TRANSLATE_NOOP("Enum", "Physical functions")},
        {FfbTheme::SocialConditions, "social_conditions",
         QT_TRANSLATE_NOOP("Enum", "Social conditions")},
        {FfbTheme::SelfCare, "self_care", QT_TRANSLATE_NOOP("Enum", "Self-care")},
        {FfbTheme::PracticalTasks, "practical_tasks", QT_TRANSLATE_NOOP("Enum", "Practical tasks")},
        {FfbTheme::CommunityLife, "community_life", QT_TRANSLATE_NOOP("Enum", "Community life")},
        {FfbTheme::Relations, "relations", QT_TRANSLATE_NOOP("Enum", "Relations")},
        {FfbTheme::Communication, "communication", QT_TRANSLATE_NOOP("Enum", "Communication")},
        {FfbTheme::Mobility, "mobility", QT_TRANSLATE_NOOP("Enum", "Mobility")},
        {FfbTheme::Surroundings, "surroundings", QT_TRANSLATE_NOOP("Enum", "Surroundings")},
    };
    return table;
}

FfbArea areaOf(FfbTheme theme) {
    switch (theme) {
    case FfbTheme::MentalFunctions:
    case FfbTheme::Health:
    case FfbTheme::PhysicalFunctions:
    case FfbTheme::SocialConditions:
        return FfbArea::FunctionsAndConditions;
    case FfbTheme::Surroundings:
        return FfbArea::Environment;
    default:
        return FfbArea::ActivityAndParticipation;
    }
}

bool levelApplies(FfbTheme theme) {
    return areaOf(theme) == FfbArea::ActivityAndParticipation;
}

namespace {
struct ConditionSource {
    const char* code;
    FfbTheme theme;
    const char* label;
};

// A working selection of FFB tilstande, named as workers know them.
const ConditionSource kConditions[] = {
    {"mental.initiative", FfbTheme::MentalFunctions,
     QT_TRANSLATE_NOOP("FfbCondition", "Initiative and motivation")},
    {"mental.planning", FfbTheme::MentalFunctions,
     QT_TRANSLATE_NOOP("FfbCondition", "Organising and planning")},
    {"mental.memory", FfbTheme::MentalFunctions, QT_TRANSLATE_NOOP("FfbCondition", "Memory")},
    {"mental.emotions", FfbTheme::MentalFunctions,
     QT_TRANSLATE_NOOP("FfbCondition", "Emotional functions")},
    {"mental.attention", FfbTheme::MentalFunctions, QT_TRANSLATE_NOOP("FfbCondition", "Attention")},
    {"health.rhythm", FfbTheme::Health, QT_TRANSLATE_NOOP("FfbCondition", "Daily rhythm")},
    {"health.sleep", FfbTheme::Health, QT_TRANSLATE_NOOP("FfbCondition", "Sleep")},
    {"health.diet", FfbTheme::Health, QT_TRANSLATE_NOOP("FfbCondition", "Diet")},
    {"health.exercise", FfbTheme::Health, QT_TRANSLATE_NOOP("FfbCondition", "Exercise")},
    {"health.substances", FfbTheme::Health, QT_TRANSLATE_NOOP("FfbCondition", "Substance use")},
    {"health.medication", FfbTheme::Health, QT_TRANSLATE_NOOP("FfbCondition", "Medication")},
    {"physical.pain", FfbTheme::PhysicalFunctions, QT_TRANSLATE_NOOP("FfbCondition", "Pain")},
    {"physical.mobility", FfbTheme::PhysicalFunctions,
     QT_TRANSLATE_NOOP("FfbCondition", "Movement functions")},
    {"social.network", FfbTheme::SocialConditions, QT_TRANSLATE_NOOP("FfbCondition", "Network")},
    {"social.family", FfbTheme::SocialConditions,
     QT_TRANSLATE_NOOP("FfbCondition", "Family relations")},
    {"selfcare.hygiene", FfbTheme::SelfCare, QT_TRANSLATE_NOOP("FfbCondition", "Personal hygiene")},
    {"selfcare.dressing", FfbTheme::SelfCare, QT_TRANSLATE_NOOP("FfbCondition", "Dressing")},
    {"selfcare.health", FfbTheme::SelfCare,
     QT_TRANSLATE_NOOP("FfbCondition", "Looking after own health")},
    {"practical.shopping", FfbTheme::PracticalTasks, QT_TRANSLATE_NOOP("FfbCondition", "Shopping")},
    {"practical.cleaning", FfbTheme::PracticalTasks, QT_TRANSLATE_NOOP("FfbCondition", "Cleaning")},
    {"practical.cooking", FfbTheme::PracticalTasks, QT_TRANSLATE_NOOP("FfbCondition", "Cooking")},
    {"practical.laundry", FfbTheme::PracticalTasks, QT_TRANSLATE_NOOP("FfbCondition", "Laundry")},
    {"community.finances", FfbTheme::CommunityLife,
     QT_TRANSLATE_NOOP("FfbCondition", "Managing finances")},
    {"community.employment", FfbTheme::CommunityLife,
     QT_TRANSLATE_NOOP("FfbCondition", "Employment")},
    {"community.education", FfbTheme::CommunityLife,
     QT_TRANSLATE_NOOP("FfbCondition", "Education")},
    {"community.housing", FfbTheme::CommunityLife, QT_TRANSLATE_NOOP("FfbCondition", "Housing")},
    {"community.mail", FfbTheme::CommunityLife,
     QT_TRANSLATE_NOOP("FfbCondition", "Handling mail and e-Boks")},
    {"relations.interaction", FfbTheme::Relations,
     QT_TRANSLATE_NOOP("FfbCondition", "Interacting with others")},
    {"relations.network", FfbTheme::Relations,
     QT_TRANSLATE_NOOP("FfbCondition", "Maintaining a network")},
    {"relations.communities", FfbTheme::Relations,
     QT_TRANSLATE_NOOP("FfbCondition", "Taking part in communities")},
    {"communication.conversation", FfbTheme::Communication,
     QT_TRANSLATE_NOOP("FfbCondition", "Conversation")},
    {"communication.devices", FfbTheme::Communication,
     QT_TRANSLATE_NOOP("FfbCondition", "Using phone and computer")},
    {"mobility.transport", FfbTheme::Mobility,
     QT_TRANSLATE_NOOP("FfbCondition", "Using public transport")},
    {"mobility.walking", FfbTheme::Mobility,
     QT_TRANSLATE_NOOP("FfbCondition", "Moving around outside the home")},
    {"surroundings.home", FfbTheme::Surroundings,
     QT_TRANSLATE_NOOP("FfbCondition", "Home and physical surroundings")},
    {"surroundings.support", FfbTheme::Surroundings,
     QT_TRANSLATE_NOOP("FfbCondition", "Support from relatives")},
};
} // namespace

QString FfbCondition::label() const {
    for (const auto& c : kConditions)
        if (code == QLatin1String(c.code))
            return QCoreApplication::translate("FfbCondition", c.label);
    return code;
}

const QList<FfbCondition>& ffbConditions() {
    static const QList<FfbCondition> all = [] {
        QList<FfbCondition> out;
        for (const auto& c : kConditions)
            out.append({QString::fromLatin1(c.code), c.theme});
        return out;
    }();
    return all;
}

QList<FfbCondition> ffbConditions(FfbTheme theme) {
    QList<FfbCondition> out;
    for (const auto& c : ffbConditions())
        if (c.theme == theme)
            out.append(c);
    return out;
}

const FfbCondition* findCondition(const QString& code) {
    for (const auto& c : ffbConditions())
        if (c.code == code)
            return &c;
    return nullptr;
}

} // namespace bs
