#include "Registry.h"

#include "storage/CitizenQueries.h"

#include <QLocale>

namespace bs {

namespace {
QVariant idArg(const QUuid& id) {
    return idText(id);
}
QString dateText(QDate d) {
    return QLocale().toString(d, QLocale::ShortFormat);
}
} // namespace

// --- Organisation -----------------------------------------------------------------------------

Result<QList<Team>> Registry::teams() const {
    return m_repo.list<Team>({}, {}, false, QStringLiteral("name COLLATE danish"));
}

Result<QList<Staff>> Registry::staff() const {
    return m_repo.list<Staff>({}, {}, false, QStringLiteral("name COLLATE danish"));
}

Result<QList<Site>> Registry::sites() const {
    return m_repo.list<Site>({}, {}, false, QStringLiteral("name COLLATE danish"));
}

Result<QList<SupportGroup>> Registry::groups() const {
    return m_repo.list<SupportGroup>({}, {}, false, QStringLiteral("name COLLATE danish"));
}

Result<QList<GroupMember>> Registry::groupMembers(const QUuid& groupId) const {
    return m_repo.listBy<GroupMember>("group_id", idArg(groupId), QStringLiteral("from_date"));
}

Result<Staff> Registry::staffByInitials(const QString& initials) const {
    auto rows = m_repo.listBy<Staff>("initials", initials.trimmed().toUpper());
    if (!rows)
        return Result<Staff>(rows.error());
    if (rows->isEmpty())
        return Result<Staff>::failure(
            tr("No staff member has the initials %1.").arg(initials.trimmed().toUpper()),
            QStringLiteral("initials"));
    return rows->first();
}

Status Registry::saveTeam(Team& team) {
    if (auto s = team.validate().toStatus(); !s)
        return s;
    return m_db.transaction([&] { return m_repo.save(team); });
}

Status Registry::saveStaff(Staff& staff) {
    if (auto s = staff.validate().toStatus(); !s)
        return s;
    auto same = m_repo.listBy<Staff>("initials", staff.initials.trimmed().toUpper());
    if (!same)
        return Status(same.error());
    for (const auto& other : *same)
        if (other.meta.id != staff.meta.id)
            return Status::failure(tr("Initials: %1 is already used by %2")
                                       .arg(staff.initials.trimmed().toUpper(), other.name),
                                   QStringLiteral("initials"));
    if (!staff.teamId.isNull())
        if (auto t = existing<Team>(staff.teamId, tr("Team: the chosen team does not exist"),
                                    QStringLiteral("team"));
            !t)
            return Status(t.error());
    return m_db.transaction([&] { return m_repo.save(staff); });
}

Status Registry::saveSite(Site& site) {
    if (auto s = site.validate().toStatus(); !s)
        return s;
    return m_db.transaction([&] { return m_repo.save(site); });
}

Status Registry::saveGroup(SupportGroup& group) {
    if (auto s = group.validate().toStatus(); !s)
        return s;
    if (auto site = existing<Site>(group.siteId, tr("Site: the chosen site does not exist"),
                                   QStringLiteral("site"));
        !site)
        return Status(site.error());
    for (const QUuid& f : {group.facilitator1, group.facilitator2})
        if (!f.isNull())
            if (auto st =
                    existing<Staff>(f, tr("Facilitators: the chosen staff member does not exist"),
                                    QStringLiteral("facilitator"));
                !st)
                return Status(st.error());
    return m_db.transaction([&] { return m_repo.save(group); });
}

Status Registry::saveGroupMember(GroupMember& member) {
    if (auto s = checkMembership(member); !s)
        return s;
    return m_db.transaction([&] { return m_repo.save(member); });
}

Status Registry::checkMembership(const GroupMember& member) const {
    if (auto s = member.validate().toStatus(); !s)
        return s;
    auto group = existing<SupportGroup>(
        member.groupId, tr("Group: the chosen group does not exist"), QStringLiteral("group"));
    if (!group)
        return Status(group.error());
    if (auto c =
            existing<Citizen>(member.citizenId, tr("Citizen: the chosen citizen does not exist"),
                              QStringLiteral("citizen"));
        !c)
        return Status(c.error());
    auto members = groupMembers(member.groupId);
    if (!members)
        return Status(members.error());
    int overlapping = 0;
    for (const auto& m : *members) {
        if (m.meta.id == member.meta.id)
            continue;
        const bool overlaps =
            (m.to.isNull() || m.to >= member.from) && (member.to.isNull() || member.to >= m.from);
        if (!overlaps)
            continue;
        if (m.citizenId == member.citizenId)
            return Status::failure(tr("Group: the citizen is already a member in this period"),
                                   QStringLiteral("group"));
        ++overlapping;
    }
    if (overlapping >= group->capacity)
        return Status::failure(
            tr("Group: %1 is full (capacity %2)").arg(group->name).arg(group->capacity),
            QStringLiteral("group"));
    return Status::success();
}

Status Registry::syncMembership(const Allocation& a) {
    auto linked = m_repo.listBy<GroupMember>("allocation_id", idArg(a.meta.id), {}, true);
    if (!linked)
        return Status(linked.error());
    const bool wanted = a.form == SupportForm::Group && !a.groupId.isNull() && !a.meta.deleted;
    if (linked->isEmpty() && !wanted)
        return Status::success();
    GroupMember m = linked->isEmpty() ? GroupMember{} : linked->first();
    if (!wanted) {
        if (m.meta.deleted)
            return Status::success();
        m.meta.deleted = true;
        return m_repo.save(m);
    }
    m.allocationId = a.meta.id;
    m.groupId = a.groupId;
    m.citizenId = a.citizenId;
    m.from = a.from;
    m.to = a.to;
    m.meta.deleted = false;
    if (auto s = checkMembership(m); !s)
        return s;
    return m_repo.save(m);
}

Status Registry::writeAllocation(Allocation& a) {
    if (auto s = m_repo.save(a); !s)
        return s;
    return syncMembership(a);
}

Status Registry::setDeleted(Allocation& allocation, bool deleted) {
    const Allocation before = allocation;
    allocation.meta.deleted = deleted;
    const Status s = m_db.transaction([&] { return writeAllocation(allocation); });
    if (!s)
        allocation = before;
    return s;
}

// --- Citizens ---------------------------------------------------------------------------------

Result<QList<CitizenSummary>> Registry::citizenSummaries(QDate onDate) const {
    return CitizenQueries(m_db).summaries(onDate);
}

Result<Citizen> Registry::citizen(const QUuid& id) const {
    return m_repo.get<Citizen>(id);
}

Result<QList<Citizen>> Registry::citizens() const {
    return m_repo.list<Citizen>({}, {}, false, QStringLiteral("name COLLATE danish"));
}

Status Registry::saveCitizen(Citizen& citizen) {
    if (auto s = citizen.validate().toStatus(); !s)
        return s;
    if (!citizen.siteId.isNull())
        if (auto site = existing<Site>(citizen.siteId, tr("Site: the chosen site does not exist"),
                                       QStringLiteral("site"));
            !site)
            return Status(site.error());
    if (!citizen.contactStaffId.isNull())
        if (auto st = existing<Staff>(citizen.contactStaffId,
                                      tr("Contact person: the chosen staff member does not exist"),
                                      QStringLiteral("contact"));
            !st)
            return Status(st.error());
    return m_db.transaction([&] { return m_repo.save(citizen); });
}

Status Registry::endCitizen(Citizen& citizen, QDate date) {
    if (!date.isValid())
        return Status::failure(tr("End date: must be a date"), QStringLiteral("endDate"));
    auto allocs = allocations(citizen.meta.id);
    if (!allocs)
        return Status(allocs.error());
    Citizen updated = citizen;
    updated.status = CitizenStatus::Closed;
    const Status s = m_db.transaction([&]() -> Status {
        if (auto r = endAllocationsAfter(*allocs, date); !r)
            return r;
        return m_repo.save(updated);
    });
    if (s)
        citizen = updated;
    return s;
}

// --- Grants -----------------------------------------------------------------------------------

Result<QList<Grant>> Registry::grants(const QUuid& citizenId) const {
    return m_repo.listBy<Grant>("citizen_id", idArg(citizenId), QStringLiteral("from_date DESC"));
}

Result<Grant> Registry::grant(const QUuid& id) const {
    return m_repo.get<Grant>(id);
}

Status Registry::saveGrant(Grant& grant) {
    if (auto s = grant.validate().toStatus(); !s)
        return s;
    if (auto c =
            existing<Citizen>(grant.citizenId, tr("Citizen: the chosen citizen does not exist"),
                              QStringLiteral("citizen"));
        !c)
        return Status(c.error());
    if (!grant.meta.isNew()) {
        auto allocs = m_repo.listBy<Allocation>("grant_id", idArg(grant.meta.id));
        if (!allocs)
            return Status(allocs.error());
        for (const auto& a : *allocs) {
            if (a.form == SupportForm::Group && !allowsGroupSupport(grant.basis))
                return Status::failure(
                    tr("Legal basis: § 82 b is never delivered as group support, and this grant "
                       "has a group allocation. End the group allocation first."),
                    QStringLiteral("basis"));
            if (a.from < grant.from || (grant.to.isValid() && (a.to.isNull() || a.to > grant.to)))
                return Status::failure(tr("Period: an allocation (%1 from %2) lies outside the "
                                          "new period. Use \"End grant\" to end both, or change "
                                          "the allocation first.")
                                           .arg(label(a.form), dateText(a.from)),
                                       QStringLiteral("to"));
        }
    }
    return m_db.transaction([&] { return m_repo.save(grant); });
}

Status Registry::endGrant(Grant& grant, QDate date) {
    if (!date.isValid() || date < grant.from)
        return Status::failure(
            tr("End date: must be on or after the start date %1").arg(dateText(grant.from)),
            QStringLiteral("to"));
    Grant updated = grant;
    updated.to = date;
    if (updated.reviewDate.isValid() && updated.reviewDate > date)
        updated.reviewDate = {};
    if (auto s = updated.validate().toStatus(); !s)
        return s;
    auto allocs = m_repo.listBy<Allocation>("grant_id", idArg(grant.meta.id));
    if (!allocs)
        return Status(allocs.error());
    const Status s = m_db.transaction([&]() -> Status {
        if (auto r = endAllocationsAfter(*allocs, date); !r)
            return r;
        return m_repo.save(updated);
    });
    if (s)
        grant = updated;
    return s;
}

// --- Allocations ------------------------------------------------------------------------------

Status Registry::endAllocationsAfter(QList<Allocation> allocations, QDate date) {
    for (Allocation& a : allocations) {
        if (a.to.isValid() && a.to <= date)
            continue;
        // One that would only start after the end never takes place: it gets the deletion marker.
        if (a.from > date)
            a.meta.deleted = true;
        else
            a.to = date;
        if (auto r = writeAllocation(a); !r)
            return r;
    }
    return Status::success();
}

Result<QList<Allocation>> Registry::allocations(const QUuid& citizenId) const {
    return m_repo.listBy<Allocation>("citizen_id", idArg(citizenId),
                                     QStringLiteral("from_date DESC"));
}

Result<Allocation> Registry::allocation(const QUuid& id) const {
    return m_repo.get<Allocation>(id);
}

Status Registry::checkAllocation(const Allocation& a) const {
    if (auto s = a.validate().toStatus(); !s)
        return s;
    auto grant = existing<Grant>(a.grantId, tr("Grant: the chosen grant does not exist"),
                                 QStringLiteral("grant"));
    if (!grant)
        return Status(grant.error());
    if (grant->citizenId != a.citizenId)
        return Status::failure(tr("Grant: the grant belongs to another citizen"),
                               QStringLiteral("grant"));
    if (a.form == SupportForm::Group && !allowsGroupSupport(grant->basis))
        return Status::failure(tr("Support form: a § 82 b grant is never delivered as group "
                                  "support"),
                               QStringLiteral("form"));
    if (a.from < grant->from)
        return Status::failure(tr("From: the allocation cannot start before the grant (%1)")
                                   .arg(dateText(grant->from)),
                               QStringLiteral("from"));
    if (grant->to.isValid() && (a.to.isNull() || a.to > grant->to))
        return Status::failure(tr("To: the allocation must end when the grant ends (%1) or before")
                                   .arg(dateText(grant->to)),
                               QStringLiteral("to"));
    if (a.form == SupportForm::Group && a.groupId.isNull())
        return Status::failure(tr("Group: choose the group the citizen joins"),
                               QStringLiteral("group"));
    if (!a.groupId.isNull())
        if (auto g = existing<SupportGroup>(a.groupId, tr("Group: the chosen group does not exist"),
                                            QStringLiteral("group"));
            !g)
            return Status(g.error());
    return Status::success();
}

Status Registry::saveAllocation(Allocation& allocation) {
    if (auto s = checkAllocation(allocation); !s)
        return s;
    // Written on a copy: if the membership step fails, the caller's value stays as it was.
    Allocation updated = allocation;
    const Status s = m_db.transaction([&] { return writeAllocation(updated); });
    if (s)
        allocation = updated;
    return s;
}

Status Registry::endAllocation(Allocation& allocation, QDate date) {
    if (!date.isValid() || date < allocation.from)
        return Status::failure(
            tr("End date: must be on or after the start date %1").arg(dateText(allocation.from)),
            QStringLiteral("to"));
    Allocation updated = allocation;
    updated.to = date;
    if (auto s = saveAllocation(updated); !s)
        return s;
    allocation = updated;
    return Status::success();
}

// --- Goals ------------------------------------------------------------------------------------

Result<QList<Goal>> Registry::goals(const QUuid& citizenId) const {
    return m_repo.listBy<Goal>("citizen_id", idArg(citizenId), QStringLiteral("start_date"));
}

Result<QList<SubGoal>> Registry::subGoals(const QUuid& goalId) const {
    return m_repo.listBy<SubGoal>("goal_id", idArg(goalId), QStringLiteral("deadline"));
}

Result<Goal> Registry::goal(const QUuid& id) const {
    return m_repo.get<Goal>(id);
}

Result<SubGoal> Registry::subGoal(const QUuid& id) const {
    return m_repo.get<SubGoal>(id);
}

Status Registry::saveGoal(Goal& goal) {
    if (auto s = goal.validate().toStatus(); !s)
        return s;
    if (auto c = existing<Citizen>(goal.citizenId, tr("Citizen: the chosen citizen does not exist"),
                                   QStringLiteral("citizen"));
        !c)
        return Status(c.error());
    if (!goal.grantId.isNull()) {
        auto g = existing<Grant>(goal.grantId, {}, {});
        if (!g || g->citizenId != goal.citizenId)
            return Status::failure(tr("Grant: the chosen grant does not belong to the citizen"),
                                   QStringLiteral("grant"));
    }
    return m_db.transaction([&] { return m_repo.save(goal); });
}

Status Registry::endGoal(Goal& goal, GoalStatus status, QDate date) {
    if (status == GoalStatus::Active)
        return Status::failure(tr("Status: choose how the goal ended"), QStringLiteral("status"));
    Goal updated = goal;
    updated.status = status;
    updated.endDate = date;
    if (auto s = updated.validate().toStatus(); !s)
        return s;
    auto subs = subGoals(goal.meta.id);
    if (!subs)
        return Status(subs.error());
    const Status s = m_db.transaction([&]() -> Status {
        for (SubGoal sg : *subs) {
            if (sg.status != GoalStatus::Active)
                continue;
            sg.status = status;
            sg.endDate = date;
            if (auto r = m_repo.save(sg); !r)
                return r;
        }
        return m_repo.save(updated);
    });
    if (s)
        goal = updated;
    return s;
}

Status Registry::saveSubGoal(SubGoal& subGoal) {
    if (auto s = subGoal.validate().toStatus(); !s)
        return s;
    auto goal = existing<Goal>(subGoal.goalId, tr("Goal: the chosen indsatsmål does not exist"),
                               QStringLiteral("goal"));
    if (!goal)
        return Status(goal.error());
    if (goal->start.isValid() && subGoal.deadline < goal->start)
        return Status::failure(
            tr("Deadline: must not be before the goal's start (%1)").arg(dateText(goal->start)),
            QStringLiteral("deadline"));
    return m_db.transaction([&] { return m_repo.save(subGoal); });
}

Status Registry::endSubGoal(SubGoal& subGoal, GoalStatus status, QDate date) {
    if (status == GoalStatus::Active)
        return Status::failure(tr("Status: choose how the sub-goal ended"),
                               QStringLiteral("status"));
    SubGoal updated = subGoal;
    updated.status = status;
    updated.endDate = date;
    if (auto s = saveSubGoal(updated); !s)
        return s;
    subGoal = updated;
    return Status::success();
}

} // namespace bs
