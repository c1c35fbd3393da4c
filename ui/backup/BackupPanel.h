#pragma once
// The administrator's backup settings (Indstillinger → Sikkerhedskopi): the folder, the schedule
// and how many backups are kept; setting backups up (the passphrase is shown once); a backup now
// with progress; the backups in the folder; and restoring one to a new file.
#include "BackupWork.h"

#include <QFutureWatcher>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace bs {

class Registry;

class BackupPanel : public QWidget {
    Q_OBJECT
public:
    // `kdf` is the passphrase's cost; tests pass sync::KdfParams::fastForTests().
    explicit BackupPanel(Registry& registry, QWidget* parent = nullptr,
                         sync::KdfParams kdf = sync::KdfParams::standard());
    // A running backup or restore is waited for: it uses the database's clock.
    ~BackupPanel() override;

    // Reads the settings and the folder again (after a scheduled backup).
    void refresh();
    // The buttons' actions, for keyboard shortcuts and tests.
    void setUpBackups(); // asks first when backups are already set up
    void saveSchedule();
    void backUpNow();
    void restoreSelected();
    bool isBackingUp() const { return m_watcher.isRunning(); }

signals:
    // A backup made from this panel is written.
    void backupMade(const QString& path);

private:
    void showPassphrase(const QString& passphrase); // once, in a modal dialog
    void backupFinished();
    void showMessage(const QString& text, bool error);
    bool allowed() const;

    Registry& m_registry;
    sync::KdfParams m_kdf;
    QLabel* m_status;
    QLabel* m_refused;
    QLineEdit* m_folder;
    QComboBox* m_interval;
    QSpinBox* m_keep;
    QPushButton* m_setUp;
    QPushButton* m_save;
    QPushButton* m_backupNow;
    QPushButton* m_restore;
    QProgressBar* m_progress;
    QTreeWidget* m_list;
    QLabel* m_empty;
    QLabel* m_message;
    QFutureWatcher<backupui::BackupOutcome> m_watcher;
};

} // namespace bs
