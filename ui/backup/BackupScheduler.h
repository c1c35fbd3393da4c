#pragma once
// Makes the scheduled backups: checks at start and every hour whether one is due
// (BackupService::isDue) and then runs it on a worker thread. Installed once by the main window;
// a failure is reported by a signal for the window to show, and tried again at the next check.
#include "BackupWork.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

namespace bs {

class Registry;

class BackupScheduler : public QObject {
    Q_OBJECT
public:
    explicit BackupScheduler(Registry& registry, QObject* parent = nullptr);
    // A running backup or restore is waited for: it uses the database's clock.
    ~BackupScheduler() override;

    // Checks now, then every `intervalMs` (an hour by default).
    void start(int intervalMs = 60 * 60 * 1000);
    void stop();
    // Starts a backup when one is due and none is running; true when it started one.
    bool checkNow();
    bool isRunning() const { return m_watcher.isRunning(); }

signals:
    void backupStarted();
    void backupFinished(const QString& path);
    void backupFailed(const QString& message);

private:
    void finished();

    Registry& m_registry;
    QTimer m_timer;
    QFutureWatcher<backupui::BackupOutcome> m_watcher;
};

} // namespace bs
