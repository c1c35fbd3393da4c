#pragma once
// Per-type access to the registry for undo commands: save a record, and read the bookkeeping of
// the record as stored now. Undo and redo take the revision from storage (not from the command's
// copy), because a later command on the same record, undone since, has moved the revision on.
#include "services/Registry.h"
#include <optional>

namespace bs {

Status saveRecord(Registry& registry, Citizen& value);
Status saveRecord(Registry& registry, Grant& value);
Status saveRecord(Registry& registry, Allocation& value);
Status saveRecord(Registry& registry, Goal& value);
Status saveRecord(Registry& registry, SubGoal& value);
Status saveRecord(Registry& registry, Team& value);
Status saveRecord(Registry& registry, Staff& value);
Status saveRecord(Registry& registry, Site& value);
Status saveRecord(Registry& registry, SupportGroup& value);

// nullopt when the record is not stored or is marked deleted.
template <typename T> std::optional<SyncMeta> storedMeta(const Registry& registry, const T& value) {
    const Result<T> stored = registry.record<T>(value.meta.id);
    if (!stored || stored->meta.deleted)
        return std::nullopt;
    return stored->meta;
}

} // namespace bs
