#pragma once
// Finding the citizen a rights request is about: the list an administrator picks from (name and
// birth date only) or an exact CPR number, which is a search and so logged.
#include "services/Registry.h"

#include <optional>

namespace bs {

class RightsLookup {
    Q_DECLARE_TR_FUNCTIONS(RightsLookup)
public:
    explicit RightsLookup(Registry& registry) : m_registry(registry) {}

    // Every citizen not marked deleted, by name.
    Result<QList<CitizenSummary>> citizens() const;
    // The citizen with exactly this CPR number (any common spelling), or none; a malformed number
    // is an error saying why. Logged as a search (criterion: the number).
    Result<std::optional<CitizenSummary>> findByCpr(const QString& text) const;

private:
    Registry& m_registry;
};

} // namespace bs
