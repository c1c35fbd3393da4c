#pragma once
// The "Receive changes" tab: choose a file (its clear header says who sent it and when, before
// the passphrase is asked), type the passphrase, see what the import would change, then import.
// Preview and import run on a worker thread; a wrong passphrase, a damaged, cut or newer file is
// told in place and nothing is imported.
#include "SyncWork.h"

#include <QFutureWatcher>
#include <QWidget>

class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace bs {

class SyncImportPanel : public QWidget {
    Q_OBJECT
public:
    SyncImportPanel(sync::SyncService& service, Database& db, QWidget* parent = nullptr);
    ~SyncImportPanel() override; // waits for a running preview or import

    // Reads the file's header and shows who sent it; false if it cannot be opened as a bundle.
    bool openFile(const QString& path);
    // Decrypts the file on a worker thread and shows what importing it would do.
    bool showPreview();
    // Imports the previewed file on a worker thread (after a successful preview only).
    bool importChanges();
    bool isWorking() const { return m_previewWatcher.isRunning() || m_importWatcher.isRunning(); }
    QLineEdit* passphraseEdit() const { return m_passphrase; }

signals:
    // Changes were imported (the data, the conflicts and the history changed).
    void imported();

private:
    void chooseFile();
    void previewFinished();
    void importFinished();
    void clearPreview();
    void updateButtons();
    void setWorking(bool working);
    void fillPreview(const sync::ImportPreview& p);

    sync::SyncService& m_service;
    Database& m_db;
    QString m_path;
    bool m_fileOk = false;
    QString m_previewedPassphrase; // normalised; empty until a preview succeeded
    QPushButton* m_choose;
    QLabel* m_file;
    QLabel* m_sender;
    QLineEdit* m_passphrase;
    QPushButton* m_preview;
    QProgressBar* m_progress;
    QLabel* m_message;
    QGroupBox* m_previewBox;
    QLabel* m_summary;
    QList<QLabel*> m_countLabels;
    QList<QLabel*> m_countValues; // in the order of the rows
    QLabel* m_warnings;
    QListWidget* m_samples;
    QPushButton* m_apply;
    QFutureWatcher<syncui::Outcome<sync::ImportPreview>> m_previewWatcher;
    QFutureWatcher<syncui::Outcome<sync::ImportResult>> m_importWatcher;
};

} // namespace bs
