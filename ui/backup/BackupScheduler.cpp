#include "BackupScheduler.h"

#include "services/Registry.h"

namespace bs {

BackupScheduler::BackupScheduler(Registry& registry, QObject* parent)
    : QObject(parent), m_registry(registry) {
    connect(&m_timer, &QTimer::timeout, this, &BackupScheduler::checkNow);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &BackupScheduler::finished);
}

void BackupScheduler::start(int intervalMs) {
    m_timer.start(intervalMs);
    checkNow();
}

void BackupScheduler::stop() {
    m_timer.stop();
}

bool BackupScheduler::checkNow() {
    if (m_watcher.isRunning() || !BackupService(m_registry.database()).isDue())
        return false;
    m_watcher.setFuture(backupui::startBackup(m_registry.database()));
    emit backupStarted();
    return true;
}

void BackupScheduler::finished() {
    const backupui::BackupOutcome outcome = m_watcher.future().result();
    if (outcome.info)
        emit backupFinished(outcome.info->path);
    else
        emit backupFailed(tr("The scheduled backup failed: %1").arg(outcome.error));
}

BackupScheduler::~BackupScheduler() {
    m_watcher.waitForFinished();
}

} // namespace bs
