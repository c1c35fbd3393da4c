#pragma once
// The right to erasure and the retention of closed cases (issue 7, docs/access.md). Erasing a
// citizen purges every row about them (SyncService::purgeRow: the purge travels to the synced
// computers and only the content-free marker in `purged` remains), deletes the sync conflicts
// about those rows, redacts the access log's criteria that named them and logs the erasure — all
// in one transaction. Then the file itself is cleaned: the full-text index is optimised, the file
// rebuilt (secure_delete is on), the WAL truncated, and the plain safety copies next to the file,
// which would still hold the data, removed. Group notes shared with other participants stay; the
// citizen's own journal copy of one goes.
#include "domain/Result.h"
#include "storage/CitizenDataQueries.h"

#include <QCoreApplication>
#include <QMap>

namespace bs {

class Registry;

// What an erasure would remove: rows per table (children first), for the confirmation.
struct ErasurePlan {
    QUuid citizenId;
    QString name;
    QString cpr;                     // digits; may be empty
    QList<QPair<QString, int>> rows; // table, count (tables without rows left out)
    int total() const;
    // "3 grants, 12 journal notes, ..." in readable words.
    QString describe() const;
};

struct ErasureSummary {
    int rowsPurged = 0;
    QStringList backupsRemoved; // paths of the plain safety copies removed
    QString cleanupProblem;     // set when the erasure succeeded but the file could not be cleaned
};

// A closed case past the retention period.
struct DueCase {
    QUuid citizenId;
    QString name;
    QString maskedCpr;
    QDate closedSince;  // latest end of a grant or allocation (or the record's last change)
    QDate lastActivity; // latest of: record changed, grant/allocation ended, appointment, note
};

class ErasureService {
    Q_DECLARE_TR_FUNCTIONS(ErasureService)
public:
    static constexpr int kDefaultRetentionYears = 5;
    static constexpr int kMinRetentionYears = 1;
    static constexpr int kMaxRetentionYears = 20;
    static constexpr const char* kRetentionSetting = "retention.closed_case_years";

    explicit ErasureService(Registry& registry) : m_registry(registry) {}

    Result<ErasurePlan> plan(const QUuid& citizenId) const;
    // Administrators only; `reason` is required. Nothing is written when it fails.
    Result<ErasureSummary> eraseCitizen(const QUuid& citizenId, const QString& reason);

    // Retention of closed cases: years after the last activity (setting, synchronised).
    int retentionYears() const;
    Status setRetentionYears(int years);
    // Closed citizens whose last activity is older than the retention period, oldest first.
    // Administrators only.
    Result<QList<DueCase>> dueForErasure() const;

private:
    Status requireAdministrator(const QString& what) const;
    QStringList plainBackups() const;

    Registry& m_registry;
};

} // namespace bs
