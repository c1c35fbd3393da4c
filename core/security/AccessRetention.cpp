#include "AccessRetention.h"

namespace bs {

QDateTime AccessRetention::cutoff(const QDateTime& nowUtc) {
    return nowUtc.toUTC().addMonths(-AccessLog::kRetentionMonths);
}

Result<int> AccessRetention::purgeExpired(Database& db) {
    int deleted = 0;
    const Status s = db.transaction([&]() -> Status {
        auto n = db.accessLog().deleteBefore(cutoff(db.clock().nowUtc()));
        if (!n)
            return Status(n.error());
        deleted = *n;
        if (deleted == 0)
            return Status::success();
        // Done by the application, whoever is logged in; detail names the table purged.
        return db.accessLog().recordAs(Actor::system(), AccessAction::Retention, {},
                                       QString::number(deleted), QStringLiteral("access_log"));
    });
    if (!s)
        return Result<int>(s.error());
    return deleted;
}

} // namespace bs
