#include "StoredRecord.h"

namespace bs {

Status saveRecord(Registry& registry, Citizen& value) {
    return registry.saveCitizen(value);
}
Status saveRecord(Registry& registry, Grant& value) {
    return registry.saveGrant(value);
}
Status saveRecord(Registry& registry, Allocation& value) {
    return registry.saveAllocation(value);
}
Status saveRecord(Registry& registry, Goal& value) {
    return registry.saveGoal(value);
}
Status saveRecord(Registry& registry, SubGoal& value) {
    return registry.saveSubGoal(value);
}

namespace {

template <typename T> std::optional<SyncMeta> metaOf(const Result<T>& stored) {
    if (!stored || stored->meta.deleted)
        return std::nullopt;
    return stored->meta;
}

} // namespace

std::optional<SyncMeta> storedMeta(const Registry& registry, const Citizen& value) {
    return metaOf(registry.citizen(value.meta.id));
}

std::optional<SyncMeta> storedMeta(const Registry& registry, const Grant& value) {
    return metaOf(registry.grant(value.meta.id));
}

std::optional<SyncMeta> storedMeta(const Registry& registry, const Allocation& value) {
    return metaOf(registry.allocation(value.meta.id));
}

std::optional<SyncMeta> storedMeta(const Registry& registry, const Goal& value) {
    return metaOf(registry.goal(value.meta.id));
}

std::optional<SyncMeta> storedMeta(const Registry& registry, const SubGoal& value) {
    return metaOf(registry.subGoal(value.meta.id));
}

} // namespace bs
