#pragma once
// Writing a journal note fast: opened from an appointment (its delmål pre-checked, its support
// form chosen), from the citizen's journal, or on an existing note. The keyboard starts in the
// text; a template per support form gives a starting structure; each delmål gets a progress
// (choosing one links the delmål) and, where FFB allows, a new level. Ctrl+S or Ctrl+Enter saves.
// While typing, a draft is kept in the user's settings and restored the next time the editor
// opens for the same citizen and appointment (or note); closing asks nothing and loses nothing.
// A locked note (signed, or written more than 24 hours ago) opens read-only with "Write
// addendum…".
#include "dialogs/RecordDialog.h"
#include "services/JournalService.h"
#include "undo/UndoContext.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QVBoxLayout;

namespace bs {

class CurrentStaff;

// What the editor opens on: a note (noteId), an addendum to a locked note (addendumTo), or a new
// note for a citizen, optionally documenting an appointment.
struct NoteRequest {
    QUuid citizenId;
    QUuid appointmentId;
    QUuid noteId;
    QUuid addendumTo;
};

class NoteEditorDialog : public RecordDialog {
    Q_OBJECT
public:
    // One delmål line: link, progress (-1: none chosen) and an optional new level.
    struct GoalRow {
        QUuid subGoalId;
        bool levelApplies = false;
        QCheckBox* linked = nullptr;
        QComboBox* progress = nullptr;
        QComboBox* level = nullptr;
    };

    NoteEditorDialog(UndoContext& context, CurrentStaff& me, const NoteRequest& request,
                     QWidget* parent = nullptr);
    ~NoteEditorDialog() override;

    // Entry points: open the editor window-modally without blocking (deleted when closed).
    // Return the editor, or nullptr after telling the user why it could not open.
    // For an appointment: its note if one was written, otherwise a new note.
    static NoteEditorDialog* openForAppointment(UndoContext& context, CurrentStaff& me,
                                                const QUuid& appointmentId, QWidget* parent);
    static NoteEditorDialog* openForCitizen(UndoContext& context, CurrentStaff& me,
                                            const QUuid& citizenId, QWidget* parent);
    static NoteEditorDialog* openNote(UndoContext& context, CurrentStaff& me, const QUuid& noteId,
                                      QWidget* parent);
    static NoteEditorDialog* openAddendum(UndoContext& context, CurrentStaff& me,
                                          const QUuid& lockedNoteId, QWidget* parent);

    bool isReadOnly() const { return m_readOnly; }
    bool draftRestored() const { return m_draftRestored; }
    const JournalNote& note() const { return m_note; }
    QPlainTextEdit* textEdit() const { return m_text; }
    QComboBox* formCombo() const { return m_form; }
    QComboBox* templateCombo() const { return m_template; }
    const QList<GoalRow>& goalRows() const { return m_rows; }
    QPushButton* saveAndSignButton() const { return m_saveSign; }
    QPushButton* addendumButton() const { return m_addendum; }

    // Saves and signs (the "Save and sign" button).
    void saveAndSign();
    // Opens an addendum editor for this (locked) note and closes this one.
    void writeAddendum();
    // The draft as it is now goes to the settings (called while typing and on closing).
    void keepDraft();

signals:
    void saved(const QUuid& noteId);

protected:
    Status save() override;
    void done(int result) override;

private:
    Status load(const NoteRequest& request);
    void buildGoalRows(const QList<SubGoal>& subGoals, const QList<GoalAssessment>& given);
    void applyTemplate(int index);
    void fillTemplates();
    void setReadOnly();
    QString draftKey() const;
    void restoreDraft();
    void discardDraft();
    QList<GoalAssessment> chosenAssessments() const;

    UndoContext& m_context;
    CurrentStaff& m_me;
    JournalService m_journal;
    JournalNote m_note;
    bool m_readOnly = false;
    bool m_signAfterSave = false;
    bool m_draftRestored = false;
    bool m_saved = false;
    QString m_originalText;
    QLabel* m_header;
    QLabel* m_draftBanner;
    QPushButton* m_discardDraft;
    QLabel* m_who;
    QComboBox* m_form;
    QComboBox* m_template;
    QPlainTextEdit* m_text;
    QWidget* m_goalsBox;
    QVBoxLayout* m_goalsLayout;
    QLabel* m_noGoals;
    QList<GoalRow> m_rows;
    QPushButton* m_saveSign;
    QPushButton* m_addendum;
    QTimer* m_draftTimer;
};

} // namespace bs
