#pragma once
// The demo's group history: attendance at every past group session that took place, and group
// notes (with some personal additions) for the last six weeks' sessions, so the attendance
// register, the session table and the members' journals have something to show. Written through
// GroupSessions, like a facilitator would; the same seed always gives the same history.
#include "services/Registry.h"

namespace bs {

// For every group session before `today` with outcome Completed: attendance for each member
// active that day (about 80 % present, some absent with a reason, some apologies); for the
// sessions of the six weeks before `today` a group note from the session's topic and learning
// goal, by the session's staff member, with a personal addition for about half of those present.
Status addDemoGroupActivity(Registry& registry, QDate today, quint32 seed);

} // namespace bs
