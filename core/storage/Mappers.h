#pragma once
// How each domain type maps to its table: the table name, its columns and how a row reads back.
// The sync columns (id, created_utc, modified_utc, modified_by, deleted, revision) are handled
// generically by Repository.
#include "domain/Allocation.h"
#include "domain/Appointment.h"
#include "domain/Attendance.h"
#include "domain/Citizen.h"
#include "domain/DeskVisit.h"
#include "domain/FollowUp.h"
#include "domain/Goal.h"
#include "domain/Grant.h"
#include "domain/Journal.h"
#include "domain/Organisation.h"
#include "domain/Rota.h"
#include "domain/SupportGroup.h"
#include <QList>
#include <QPair>
#include <QSqlRecord>
#include <QVariant>

namespace bs {

using Fields = QList<QPair<QString, QVariant>>;

template <typename T> struct Mapper; // specialised below for every stored type

#define BS_DECLARE_MAPPER(T)                                                                       \
    template <> struct Mapper<T> {                                                                 \
        static const char* table();                                                                \
        static Fields fields(const T& value);                                                      \
        static T read(const QSqlRecord& row);                                                      \
    };

BS_DECLARE_MAPPER(Team)
BS_DECLARE_MAPPER(Staff)
BS_DECLARE_MAPPER(Site)
BS_DECLARE_MAPPER(Citizen)
BS_DECLARE_MAPPER(Grant)
BS_DECLARE_MAPPER(Allocation)
BS_DECLARE_MAPPER(SupportGroup)
BS_DECLARE_MAPPER(GroupMember)
BS_DECLARE_MAPPER(Goal)
BS_DECLARE_MAPPER(SubGoal)
BS_DECLARE_MAPPER(AppointmentSeries)
BS_DECLARE_MAPPER(Appointment)
BS_DECLARE_MAPPER(DeskVisit)
BS_DECLARE_MAPPER(Attendance)
BS_DECLARE_MAPPER(GroupNote)
BS_DECLARE_MAPPER(JournalNote)
BS_DECLARE_MAPPER(RotaDuty)
BS_DECLARE_MAPPER(JournalRevision)
BS_DECLARE_MAPPER(GoalAssessment)
BS_DECLARE_MAPPER(FollowUpTask)
BS_DECLARE_MAPPER(GoalReview)

#undef BS_DECLARE_MAPPER

SyncMeta readMeta(const QSqlRecord& row);

} // namespace bs
