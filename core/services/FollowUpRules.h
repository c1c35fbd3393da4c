#pragma once
// The follow-up rules themselves: from the stored records, every task the rules call for on a
// given day, each with its deterministic key. FollowUpService::run stores the ones that are new.
// Kept apart from the service so each rule reads as one small function.
#include "services/FollowUpService.h"

namespace bs {

class FollowUpRules {
    Q_DECLARE_TR_FUNCTIONS(FollowUpRules)
public:
    // Every task the rules raise on the local date `today` (now is the clock's instant, so
    // appointments later today are not yet past). Keys may already be stored.
    static Result<QList<FollowUpTask>> evaluate(const Registry& registry,
                                                const FollowUpSettings& settings);
};

// The next Monday–Friday after `date`.
QDate nextWorkingDay(QDate date);

} // namespace bs
