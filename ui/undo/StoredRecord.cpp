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
Status saveRecord(Registry& registry, Team& value) {
    return registry.saveTeam(value);
}
Status saveRecord(Registry& registry, Staff& value) {
    return registry.saveStaff(value);
}
Status saveRecord(Registry& registry, Site& value) {
    return registry.saveSite(value);
}
Status saveRecord(Registry& registry, SupportGroup& value) {
    return registry.saveGroup(value);
}

} // namespace bs
