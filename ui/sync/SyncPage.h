#pragma once
// Synkronisering (issue 6): this computer's name, sending changes to another computer as an
// encrypted file, receiving a file (preview first), the conflicts to resolve side by side and
// the history of files sent and received. Long work runs on worker threads with their own
// database connections; after an import the page refreshes and emits dataChanged().
#include "undo/UndoContext.h"

#include <QWidget>
#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace bs {

namespace sync {
class SyncService;
}
class ConflictsPanel;
class SyncExportPanel;
class SyncHistoryModel;
class SyncImportPanel;

class SyncPage : public QWidget {
    Q_OBJECT
public:
    enum Section { Send, Receive, Conflicts, History };

    explicit SyncPage(UndoContext& undo, QWidget* parent = nullptr);
    ~SyncPage() override;

    void showSection(Section section);
    int openConflicts() const;
    // For the navigation: the number of open conflicts, or empty when there are none.
    QString conflictBadgeText() const;
    // True while an export, preview or import runs on a worker thread.
    bool isWorking() const;

    SyncExportPanel* exportPanel() const { return m_export; }
    SyncImportPanel* importPanel() const { return m_import; }
    ConflictsPanel* conflictsPanel() const { return m_conflicts; }
    SyncHistoryModel* historyModel() const { return m_historyModel; }
    QTabWidget* tabs() const { return m_tabs; }

public slots:
    // Reads the name, the known computers, the conflicts and the history again. Call it when
    // the data changed elsewhere (it is also done each time the page is shown).
    void refresh();

signals:
    // An import (or keeping the other value of a conflict) changed the data: pages reload.
    void dataChanged();
    // The number of open conflicts changed (for a badge in the navigation).
    void openConflictsChanged(int open);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildThisComputer();
    QWidget* buildHistory();
    void saveSiteName();
    void reloadHistory();
    void updateConflictTab(int open);

    UndoContext& m_undo;
    std::unique_ptr<sync::SyncService> m_service; // on the UI thread's connection
    QLineEdit* m_siteName = nullptr;
    QPushButton* m_saveName = nullptr;
    QLabel* m_siteId = nullptr;
    QLabel* m_siteMessage = nullptr;
    QTabWidget* m_tabs = nullptr;
    SyncExportPanel* m_export = nullptr;
    SyncImportPanel* m_import = nullptr;
    ConflictsPanel* m_conflicts = nullptr;
    SyncHistoryModel* m_historyModel = nullptr;
    QTableView* m_historyTable = nullptr;
    QStackedWidget* m_historyStack = nullptr;
    QLabel* m_historyMessage = nullptr;
};

} // namespace bs
