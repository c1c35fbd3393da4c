#pragma once
// The citizen's journal: notes newest first (written, author, support form, status: editable
// until …, locked or signed), and the chosen note below with its text, a group note's personal
// addition, its delmål assessments and its addenda. New note…, Open (Enter), Sign, Addendum… and
// History (every revision) act on the chosen note; writing goes through the note editor.
#include "services/JournalService.h"
#include "undo/UndoContext.h"
#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;
class QTreeWidget;

namespace bs {

class CurrentStaff;

class JournalPanel : public QWidget {
    Q_OBJECT
public:
    explicit JournalPanel(UndoContext& context, QWidget* parent = nullptr);

    // Who writes and signs. Without it the panel uses the choice remembered for this database.
    void setCurrentStaff(CurrentStaff* me);

    // Reads the citizen's notes; a null id clears the panel.
    Status load(const QUuid& citizenId);
    int noteCount() const { return m_count; }
    QTextBrowser* view() const { return m_view; }
    QTreeWidget* list() const { return m_list; }
    QUuid currentNoteId() const;
    void selectNote(const QUuid& noteId);

    void newNote();
    void openCurrent();
    void signCurrent();
    void addendumToCurrent();
    void showHistory();

signals:
    void problem(const QString& message);

private:
    CurrentStaff& me();
    void showCurrent();
    void updateButtons();
    QString noteHtml(const JournalNote& note) const;

    UndoContext& m_context;
    Registry& m_registry;
    JournalService m_journal;
    CurrentStaff* m_me = nullptr;
    CurrentStaff* m_remembered = nullptr;
    QUuid m_citizenId;
    QList<JournalNote> m_notes;
    QPushButton* m_new;
    QPushButton* m_open;
    QPushButton* m_sign;
    QPushButton* m_addendum;
    QPushButton* m_history;
    QLabel* m_message;
    QTreeWidget* m_list;
    QTextBrowser* m_view;
    QLabel* m_empty;
    int m_count = 0;
};

} // namespace bs
