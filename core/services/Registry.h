#pragma once
// The citizen register: every create, edit and end of citizens, grants, support-form
// allocations, goals and the organisation goes through here. It validates each value's own rules
// and the rules that span records (a § 82 b grant is never delivered as group support, an
// allocation lies within its grant, initials are unique, a group has room), and writes in one
// transaction. The UI and the CLI use this class; they never touch storage directly.
#include "domain/Allocation.h"
#include "domain/Citizen.h"
#include "domain/Goal.h"
#include "domain/Grant.h"
#include "domain/Organisation.h"
#include "domain/SupportGroup.h"
#include "storage/Database.h"
#include "storage/Repository.h"
#include <QCoreApplication>

namespace bs {

// One row of the citizen list.
struct CitizenSummary {
    QUuid id;
    QString name;
    QString cpr; // digits
    QString maskedCpr;
    QString siteName;
    QString contactInitials;
    QString contactName;
    CitizenStatus status = CitizenStatus::Active;
    TargetGroup targetGroup = TargetGroup::Other;
    QList<SupportForm> activeForms; // allocations active on the list's date
};

class Registry {
    Q_DECLARE_TR_FUNCTIONS(Registry)
public:
    explicit Registry(Database& db) : m_db(db), m_repo(db) {}
    Database& database() const { return m_db; }
    const Clock& clock() const { return m_db.clock(); }

    // Organisation
    Result<QList<Team>> teams() const;
    Result<QList<Staff>> staff() const;
    Result<QList<Site>> sites() const;
    Result<QList<SupportGroup>> groups() const;
    Result<QList<GroupMember>> groupMembers(const QUuid& groupId) const;
    Result<Staff> staffByInitials(const QString& initials) const;
    Status saveTeam(Team& team);
    Status saveStaff(Staff& staff);
    Status saveSite(Site& site);
    Status saveGroup(SupportGroup& group);
    // A direct membership (one that no group allocation carries, e.g. § 82 a without a grant).
    Status saveGroupMember(GroupMember& member);

    // Citizens
    Result<QList<CitizenSummary>> citizenSummaries(QDate onDate) const;
    Result<Citizen> citizen(const QUuid& id) const;
    Result<QList<Citizen>> citizens() const;
    Status saveCitizen(Citizen& citizen);
    // Sets the status to "afsluttet" and ends the citizen's open allocations on `date`.
    Status endCitizen(Citizen& citizen, QDate date);

    // Grants
    Result<QList<Grant>> grants(const QUuid& citizenId) const;
    Result<Grant> grant(const QUuid& id) const;
    Status saveGrant(Grant& grant);
    // Ends the grant on `date` and every allocation under it that runs longer.
    Status endGrant(Grant& grant, QDate date);

    // Support-form allocations
    Result<QList<Allocation>> allocations(const QUuid& citizenId) const;
    Result<Allocation> allocation(const QUuid& id) const;
    Status saveAllocation(Allocation& allocation);
    Status endAllocation(Allocation& allocation, QDate date);

    // Goals
    Result<QList<Goal>> goals(const QUuid& citizenId) const;
    Result<QList<SubGoal>> subGoals(const QUuid& goalId) const;
    Result<Goal> goal(const QUuid& id) const;
    Result<SubGoal> subGoal(const QUuid& id) const;
    Status saveGoal(Goal& goal);
    // Ends the goal with `status` and closes its open delmål with the same status.
    Status endGoal(Goal& goal, GoalStatus status, QDate date);
    Status saveSubGoal(SubGoal& subGoal);
    Status endSubGoal(SubGoal& subGoal, GoalStatus status, QDate date);

    // Any stored record by id, including one marked deleted (see meta.deleted).
    template <typename T> Result<T> record(const QUuid& id) const { return m_repo.get<T>(id); }

    // The record a value refers to: stored and not marked deleted; otherwise `message` (which
    // names the field) for `field`. Every reference check in the services goes through here.
    template <typename T>
    Result<T> existing(const QUuid& id, const QString& message, const QString& field) const {
        Result<T> r = m_repo.get<T>(id);
        if (!r || r->meta.deleted)
            return Result<T>::failure(message, field);
        return r;
    }

    // Deletion marker on any record (used by undo of a create); `deleted = false` restores it.
    template <typename T> Status setDeleted(T& value, bool deleted) {
        return m_db.transaction([&] { return m_repo.markDeleted(value, deleted); });
    }
    // An allocation's group membership follows it.
    Status setDeleted(Allocation& allocation, bool deleted);

private:
    Status checkAllocation(const Allocation& allocation) const;
    Status checkMembership(const GroupMember& member) const;
    // Saves the allocation and keeps the group membership it carries in step (a group
    // allocation has one membership with the same group, citizen and period; any other has
    // none). Call inside a transaction.
    Status writeAllocation(Allocation& allocation);
    Status syncMembership(const Allocation& allocation);
    // Ends every allocation running past `date`; call inside a transaction.
    Status endAllocationsAfter(QList<Allocation> allocations, QDate date);

    Database& m_db;
    Repository m_repo;
};

} // namespace bs
