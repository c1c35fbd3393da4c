#pragma once
// KL's Fælles Faglige Begreber (FFB) for adults: the 11 themes in three areas and a catalogue of
// tilstande (conditions) per theme. A funktionsevneniveau is only set on conditions under
// "Aktivitet og deltagelse".
#include "Enums.h"
#include <QList>
#include <QString>

namespace bs {

enum class FfbArea { FunctionsAndConditions, ActivityAndParticipation, Environment };

enum class FfbTheme {
    MentalFunctions,
    Health,
    PhysicalFunctions,
    SocialConditions,
    SelfCare,
    PracticalTasks,
    CommunityLife,
    Relations,
    Communication,
    Mobility,
    Surroundings
};

template <> std::span<const EnumEntry<FfbTheme>> enumEntries<FfbTheme>();

struct FfbCondition {
    QString code; // stable, e.g. "community_life.finances"
    FfbTheme theme;
    QString label() const; // translated
};

FfbArea areaOf(FfbTheme theme);
bool levelApplies(FfbTheme theme); // true only for Aktivitet og deltagelse
const QList<FfbCondition>& ffbConditions();
QList<FfbCondition> ffbConditions(FfbTheme theme);
const FfbCondition* findCondition(const QString& code);

} // namespace bs
