#include "SyncService.h"

#include "storage/Database.h"

namespace bs::sync {

// Placeholder until the merge engine lands: every operation says it is not available.
SyncService::SyncService(Database& db) : m_db(db) {
}

QUuid SyncService::siteId() const {
    return m_db.installationId();
}

QString SyncService::siteName() const {
    return {};
}

Status SyncService::setSiteName(const QString&) {
    return Status::failure(tr("Synchronisation is not available yet."));
}

Result<QList<PeerInfo>> SyncService::peers() const {
    return Result<QList<PeerInfo>>::failure(tr("Synchronisation is not available yet."));
}

Result<ExportSummary> SyncService::exportBundle(const QString&, const QUuid&, const QString&,
                                                const Progress&, bool) {
    return Result<ExportSummary>::failure(tr("Synchronisation is not available yet."));
}

Result<ImportPreview> SyncService::preview(const QString&, const QString&,
                                           const Progress&) const {
    return Result<ImportPreview>::failure(tr("Synchronisation is not available yet."));
}

Result<ImportResult> SyncService::importBundle(const QString&, const QString&, const Progress&) {
    return Result<ImportResult>::failure(tr("Synchronisation is not available yet."));
}

Result<QList<Conflict>> SyncService::conflicts(bool) const {
    return Result<QList<Conflict>>::failure(tr("Synchronisation is not available yet."));
}

Status SyncService::resolveConflict(const QUuid&, bool) {
    return Status::failure(tr("Synchronisation is not available yet."));
}

Result<QList<HistoryEntry>> SyncService::history() const {
    return Result<QList<HistoryEntry>>::failure(tr("Synchronisation is not available yet."));
}

} // namespace bs::sync
