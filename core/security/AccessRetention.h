#pragma once
// Retention of the access log (docs/access.md): entries older than AccessLog::kRetentionMonths
// months are deleted when the command line opens a file and daily in the application, and the
// deletion is itself logged (one `retention` entry by the application, criterion = the count).
#include "storage/Database.h"

namespace bs {

class AccessRetention {
    Q_DECLARE_TR_FUNCTIONS(AccessRetention)
public:
    // The oldest time still kept: kRetentionMonths calendar months before `nowUtc`.
    static QDateTime cutoff(const QDateTime& nowUtc);
    // Deletes the expired entries; returns how many.
    static Result<int> purgeExpired(Database& db);
};

} // namespace bs
