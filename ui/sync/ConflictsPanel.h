#pragma once
// The Conflicts tab: every open conflict in a table, and for the chosen one the two values (or
// for a note the two texts) side by side, each with "Keep this one". Choosing writes a change
// that supersedes both and travels to the other computers, so it is confirmed first instead of
// being put on the undo stack (undoing it here could not call it back from the other sites).
#include "sync/SyncService.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QGroupBox;

namespace bs {

class ConflictTableModel;

class ConflictsPanel : public QWidget {
    Q_OBJECT
public:
    explicit ConflictsPanel(sync::SyncService& service, QWidget* parent = nullptr);

    // Reads the open conflicts again, keeping the chosen one selected if it is still open.
    void reload();
    int openCount() const;
    ConflictTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    // Asks to confirm, then keeps the current (false) or the other (true) value of the chosen
    // conflict. The question is a non-modal QMessageBox ("resolveQuestion").
    void askToKeep(bool keepOther);

signals:
    void countChanged(int open);
    // A conflict was resolved; keeping the other value changed the data.
    void resolved(bool dataChanged);

private:
    void showSelected();
    void keep(const QUuid& conflictId, bool keepOther);
    const sync::Conflict* selected() const;

    sync::SyncService& m_service;
    ConflictTableModel* m_model;
    QTableView* m_table;
    QStackedWidget* m_stack; // the empty state or the list
    QLabel* m_message;
    QLabel* m_explanation;
    QGroupBox* m_currentBox;
    QGroupBox* m_otherBox;
    QPlainTextEdit* m_currentText;
    QPlainTextEdit* m_otherText;
    QPushButton* m_keepCurrent;
    QPushButton* m_keepOther;
    int m_lastCount = -1;
};

} // namespace bs
