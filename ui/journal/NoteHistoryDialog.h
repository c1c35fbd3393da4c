#pragma once
// Every saved revision of a journal note, oldest first, each with its number, author and time;
// choosing one shows its text read-only. Nothing here changes the note.
#include "services/JournalService.h"
#include <QDialog>

class QListWidget;
class QPlainTextEdit;

namespace bs {

class NoteHistoryDialog : public QDialog {
    Q_OBJECT
public:
    NoteHistoryDialog(Registry& registry, const QUuid& noteId, QWidget* parent = nullptr);

    QListWidget* list() const { return m_list; }
    QPlainTextEdit* text() const { return m_text; }
    int revisionCount() const { return int(m_revisions.size()); }

private:
    QList<JournalRevision> m_revisions;
    QListWidget* m_list;
    QPlainTextEdit* m_text;
};

} // namespace bs
