#pragma once
// Need-to-know (docs/access.md): which citizens the acting user may see, opening a record (one
// logged read), breaking the glass (an exact CPR number and a typed reason, logged and shown to
// the administrator), and the log entries for searches, exports and prints. The UI and the CLI go
// through here for every look-up of a citizen's record.
#include "services/Registry.h"
#include <QSet>
#include <optional>

namespace bs {

class CitizenAccess {
    Q_DECLARE_TR_FUNCTIONS(CitizenAccess)
public:
    static constexpr int kMinimumReasonLength = 10;

    explicit CitizenAccess(Registry& registry) : m_registry(registry) {}
    const Actor& actor() const { return m_registry.database().actor(); }

    // Citizens the actor sees without a reason (own and team cases, for leaders also those
    // without a contact person, plus glass broken this session); std::nullopt = everyone (the
    // command line and the application itself).
    Result<std::optional<QSet<QUuid>>> visibleIds() const;
    Result<bool> mayOpen(const QUuid& citizenId) const;
    // The citizen list, filtered to what the actor may see.
    Result<QList<CitizenSummary>> summaries(QDate onDate) const;

    // Opens a record for reading: one `read` entry. Outside need-to-know it is refused with a
    // message pointing to "look up outside own cases", and nothing is logged.
    Result<Citizen> open(const QUuid& citizenId) const;
    // Break the glass: the citizen with exactly this CPR number, with a reason of at least
    // kMinimumReasonLength characters. Logs one `break_glass` entry (criterion: the masked CPR
    // number; reason) and grants access to that citizen until the actor changes.
    Result<Citizen> breakGlass(const QString& cpr, const QString& reason) const;

    // One entry each. `where` says which search (e.g. "citizen list", "journal").
    Status logSearch(const QString& criterion, const QString& where) const;
    Status logExport(const QUuid& citizenId, const QString& what,
                     const QString& criterion = {}) const;
    Status logPrint(const QUuid& citizenId, const QString& what,
                    const QString& criterion = {}) const;

    // The teams whose Ledelse figures the actor may see: a leader their own team, an
    // administrator and the command line every team (empty list = all); a worker none (refused).
    Result<QList<QUuid>> ledelseTeams() const;
    bool mayUseLedelse() const;

private:
    Registry& m_registry;
};

} // namespace bs
