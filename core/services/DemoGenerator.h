#pragma once
// Generates a fictitious municipality like the seeds' (Norddjurs): sites, teams, staff, about 150
// citizens with grants, FFB goals and delmål, support-form allocations over all four forms and
// their combinations, groups with members; history before `today` and plans after it; and a
// calendar made through the Scheduler (series per allocation, group sessions, walk-ins, outcomes
// for the past). Every CPR number is a replacement number (day + 60), so none can belong to a
// real person. The same seed and date always give the same data.
#include "services/Registry.h"

namespace bs {

struct DemoOptions {
    quint32 seed = 20251203;
    int citizens = 150; // 0-5000; 0 gives the organisation only. The seed's programmes (9 in
                        // rådgivning, 6 virtual, 17 + 11 in groups) are fixed from 150 up and
                        // shrink proportionally below.
    int staff = 15;     // 6-200: two leaders, one administrator, the rest workers in three teams
    QDate today;        // null: the registry's clock
    // The calendar: series for every allocation, group sessions and walk-ins from six months
    // before `today` to three months after, with outcomes for the past.
    bool appointments = true;
};

class DemoGenerator {
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)
public:
    // Fills an empty database; refuses one that already has citizens. All or nothing.
    static Status generate(Registry& registry, const DemoOptions& options = {});
};

} // namespace bs
