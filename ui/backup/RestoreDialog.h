#pragma once
// Restores a backup to a new file: the backup, its passphrase and where the restored database is
// written. The restore runs on a worker thread with a progress bar; a wrong passphrase or a
// damaged file is shown at its field and nothing is written.
#include <QDialog>
#include <QFutureWatcher>

#include "BackupWork.h"

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace bs {

class RestoreDialog : public QDialog {
    Q_OBJECT
public:
    RestoreDialog(const Database& db, const QString& backupPath, QWidget* parent = nullptr);
    // A running backup or restore is waited for: it uses the database's clock.
    ~RestoreDialog() override;

    // The restored file, once accepted.
    QString restoredPath() const { return m_restored; }

    // Starts the restore with what the fields hold (the Restore button).
    void startRestore();

private:
    void finished();
    void showError(const QString& message, const QString& field);

    const Database& m_db;
    QLineEdit* m_backup;
    QLineEdit* m_passphrase;
    QLineEdit* m_target;
    QLabel* m_error;
    QProgressBar* m_progress;
    QDialogButtonBox* m_buttons;
    QFutureWatcher<backupui::RestoreOutcome> m_watcher;
    QString m_restored;
};

} // namespace bs
