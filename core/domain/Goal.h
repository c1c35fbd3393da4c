#pragma once
#include "Enums.h"
#include "Ffb.h"
#include "SyncMeta.h"
#include "Validation.h"
#include <QCoreApplication>
#include <QDate>

namespace bs {

// An indsatsmål: one primary FFB tilstand within a theme, a måltype and levels.
struct Goal {
    Q_DECLARE_TR_FUNCTIONS(Goal)
public:
    SyncMeta meta;
    QUuid citizenId;
    QUuid grantId; // optional: the grant the goal belongs under
    FfbTheme theme = FfbTheme::CommunityLife;
    QString condition; // FfbCondition code
    GoalType type = GoalType::Develop;
    FunctionLevel currentLevel = FunctionLevel::NotAssessed;
    FunctionLevel targetLevel = FunctionLevel::NotAssessed;
    QString description; // in the citizen's own words
    QDate start;
    QDate reviewDate;
    GoalStatus status = GoalStatus::Active;
    QDate endDate; // set when the goal is ended (status other than active)

    ValidationErrors validate() const;
    bool isOpen() const { return status == GoalStatus::Active; }
};

// A delmål: a concrete, time-bound criterion under one indsatsmål.
struct SubGoal {
    Q_DECLARE_TR_FUNCTIONS(SubGoal)
public:
    SyncMeta meta;
    QUuid goalId;
    QString criterion;
    QDate deadline;
    GoalStatus status = GoalStatus::Active;
    QDate endDate;

    ValidationErrors validate() const;
};

} // namespace bs
