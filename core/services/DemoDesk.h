#pragma once
// The demo's rådgivning desk: duty and visits that match the demo calendar's walk-ins (rådgivning
// appointments at a site with opening hours). For every opening day with such appointments the
// workers of those appointments are on desk duty; every completed appointment in the past gets a
// desk visit (arrival, wait, length and topics) linked to it, and past opening days get a few
// anonymous visitors. Nothing is made in the future except the duty rota for booked days. The same
// seed and data always give the same visits.
#include "services/Registry.h"

namespace bs {

// Call once, after the calendar has been made (DemoGenerator). All or nothing.
Status addDemoDeskActivity(Registry& registry, QDate today, quint32 seed);

} // namespace bs
