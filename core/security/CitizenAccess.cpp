#include "CitizenAccess.h"
#include "domain/Cpr.h"
#include "storage/CitizenQueries.h"

namespace bs {

namespace {

// The command line and the application itself are not accounts: they see everything (the
// command line needs the file owner's access to the file and logs under its name).
bool seesEverything(const Actor& actor) {
    return !actor.isAccount();
}

} // namespace

Result<std::optional<QSet<QUuid>>> CitizenAccess::visibleIds() const {
    using R = Result<std::optional<QSet<QUuid>>>;
    const Actor& a = actor();
    if (seesEverything(a))
        return std::optional<QSet<QUuid>>();
    QSet<QUuid> ids;
    if (a.role != StaffRole::Administrator && !a.staffId.isNull()) {
        auto inCare = CitizenQueries(m_registry.database())
                          .idsInCare(a.staffId, a.teamId, a.role == StaffRole::Leader);
        if (!inCare)
            return R(inCare.error());
        ids = *inCare;
    }
    ids.unite(m_registry.database().accessLog().grantedForSession());
    return std::optional<QSet<QUuid>>(ids);
}

Result<bool> CitizenAccess::mayOpen(const QUuid& citizenId) const {
    if (seesEverything(actor()) || m_registry.database().accessLog().grantedForSession(citizenId))
        return true;
    auto ids = visibleIds();
    if (!ids)
        return Result<bool>(ids.error());
    return !ids->has_value() || (*ids)->contains(citizenId);
}

Result<QList<CitizenSummary>> CitizenAccess::summaries(QDate onDate) const {
    auto all = m_registry.citizenSummaries(onDate);
    if (!all)
        return all;
    auto ids = visibleIds();
    if (!ids)
        return Result<QList<CitizenSummary>>(ids.error());
    if (!ids->has_value())
        return all;
    QList<CitizenSummary> out;
    for (const CitizenSummary& s : *all)
        if ((*ids)->contains(s.id))
            out << s;
    return out;
}

Result<Citizen> CitizenAccess::open(const QUuid& citizenId) const {
    auto may = mayOpen(citizenId);
    if (!may)
        return Result<Citizen>(may.error());
    if (!*may)
        return Result<Citizen>::failure(
            tr("This citizen is not one of your or your team's cases. If your work needs the "
               "record, use \"Look up outside own cases\" and give the reason; the look-up is "
               "logged and shown to the administrator."));
    auto c = m_registry.existing<Citizen>(
        citizenId, tr("The citizen was not found (they may have been removed)."), {});
    if (!c)
        return c;
    if (auto s = m_registry.database().accessLog().record(AccessAction::Read, citizenId); !s)
        return Result<Citizen>(s.error());
    return c;
}

Result<Citizen> CitizenAccess::breakGlass(const QString& cpr, const QString& reason) const {
    const QString why = reason.simplified();
    if (why.size() < kMinimumReasonLength)
        return Result<Citizen>::failure(
            tr("Reason: write why your work needs this record (at least %1 characters).")
                .arg(kMinimumReasonLength),
            QStringLiteral("reason"));
    auto parsed = Cpr::parse(cpr);
    if (!parsed || parsed->isNull())
        return Result<Citizen>::failure(
            tr("CPR number: type the citizen's full CPR number (10 digits)."),
            QStringLiteral("cpr"));
    auto id = CitizenQueries(m_registry.database()).idByCpr(parsed->digits());
    if (!id)
        return Result<Citizen>(id.error());
    if (id->isNull())
        return Result<Citizen>::failure(
            tr("No citizen has the CPR number %1.").arg(parsed->masked()), QStringLiteral("cpr"));
    auto c = m_registry.citizen(*id);
    if (!c)
        return c;
    AccessLog& log = m_registry.database().accessLog();
    if (auto s = log.record(AccessAction::BreakGlass, *id, parsed->masked(), {}, why); !s)
        return Result<Citizen>(s.error());
    log.grantForSession(*id);
    return c;
}

Status CitizenAccess::logSearch(const QString& criterion, const QString& where) const {
    return m_registry.database().accessLog().record(AccessAction::Search, {}, criterion, where);
}

Status CitizenAccess::logExport(const QUuid& citizenId, const QString& what,
                                const QString& criterion) const {
    return m_registry.database().accessLog().record(AccessAction::Export, citizenId, criterion,
                                                    what);
}

Status CitizenAccess::logPrint(const QUuid& citizenId, const QString& what,
                               const QString& criterion) const {
    return m_registry.database().accessLog().record(AccessAction::Print, citizenId, criterion,
                                                    what);
}

bool CitizenAccess::mayUseLedelse() const {
    const Actor& a = actor();
    return seesEverything(a) || a.role != StaffRole::Worker;
}

Result<QList<QUuid>> CitizenAccess::ledelseTeams() const {
    const Actor& a = actor();
    if (!mayUseLedelse())
        return Result<QList<QUuid>>::failure(
            tr("The management figures are for leaders and administrators."));
    if (a.role == StaffRole::Leader && a.isAccount()) {
        if (a.teamId.isNull())
            return Result<QList<QUuid>>::failure(
                tr("Your account has no team, so there are no management figures to show. Ask "
                   "the administrator to link your account to your staff record."));
        return QList<QUuid>{a.teamId};
    }
    return QList<QUuid>{};
}

} // namespace bs
