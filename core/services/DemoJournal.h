#pragma once
// The demo's journal: notes for the individual and virtual visits of the last eight weeks, each
// on one or two of the citizen's delmål with a progress assessment (and now and then a new
// funktionsevneniveau), most of them signed, so the journal, its search and the goals' follow-up
// charts have something to show. Written through JournalService like a worker would; the same
// seed always gives the same notes.
#include "services/Registry.h"

namespace bs {

Status addDemoJournal(Registry& registry, QDate today, quint32 seed);

} // namespace bs
