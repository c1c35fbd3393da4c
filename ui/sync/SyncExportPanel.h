#pragma once
// The "Send changes" tab: choose the computer the file is for, save the file (written on a
// worker thread with a progress bar), then the passphrase is shown once for the user to pass on.
// The passphrase is drawn before the export starts and handed to it; it is kept nowhere.
#include "SyncWork.h"

#include <QFutureWatcher>
#include <QWidget>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace bs {

class SyncExportPanel : public QWidget {
    Q_OBJECT
public:
    SyncExportPanel(sync::SyncService& service, Database& db, QWidget* parent = nullptr);
    ~SyncExportPanel() override; // waits for a running export

    // Lists the known computers again (after an import a new one may be known).
    void reloadPeers();
    // Writes the file for the chosen recipient to `path` on a worker thread. False (and a
    // message) when an export is running already or nothing can be written.
    bool exportTo(const QString& path);
    bool isWorking() const { return m_watcher.isRunning(); }
    // The chosen recipient; null for "a new computer".
    QUuid recipient() const;
    // The file name offered in the save dialog: bostotte-<site>-til-<peer>-<date>.bstt.
    QString suggestedFileName() const;
    // Tests and benchmarks only: libsodium's cheapest key derivation.
    void setFastKdfForTests(bool fast) { m_fastKdf = fast; }
    QComboBox* recipientCombo() const { return m_recipient; }

signals:
    // The file was written (the history and the passphrase dialog follow).
    void exported(const QString& path);

private:
    void chooseFile();
    void finished();
    void updateRecipientNote();
    void setWorking(bool working);
    QString recipientName() const;

    sync::SyncService& m_service;
    Database& m_db;
    QList<sync::PeerInfo> m_peers;
    QComboBox* m_recipient;
    QLabel* m_recipientNote;
    QPushButton* m_save;
    QProgressBar* m_progress;
    QLabel* m_message;
    QFutureWatcher<syncui::Outcome<sync::ExportSummary>> m_watcher;
    QString m_path;
    QString m_passphrase; // only while the export runs, then in the dialog
    bool m_fastKdf = false;
};

} // namespace bs
