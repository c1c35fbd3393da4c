#pragma once
// The Opfølgning section: the follow-up queue. Showing the page (or "Check now") runs the rules,
// so what is due is always listed; the table shows the tasks by due date with overdue ones marked,
// filtered to mine, my team or everyone, by type, by how soon they are due, and optionally with
// the done and snoozed ones. A task is done with a note, snoozed until a date with a reason,
// given to someone else, or its citizen opened (double-click). "Rules…" sets the thresholds.
// Done, snooze and reassign are pushed on the undo stack.
#include "CurrentStaff.h"
#include "services/FollowUpService.h"
#include "undo/UndoContext.h"
#include <QDateTime>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace bs {

class FollowUpPage : public QWidget {
    Q_OBJECT
public:
    enum class Scope { Mine, MyTeam, Everyone };
    enum class DueWithin { All, Week, Today, Overdue };
    enum Column {
        DueColumn,
        TypeColumn,
        CitizenColumn,
        ReasonColumn,
        AssigneeColumn,
        StatusColumn
    };

    FollowUpPage(UndoContext& context, CurrentStaff& me, QWidget* parent = nullptr);

    // Runs the rules now and re-reads the queue; the line under the filters says what was raised.
    Status checkNow();
    // Re-reads the queue with the current filters, keeping the selection where it can.
    Status reload();

    void setScope(Scope scope);
    void setDueWithin(DueWithin due);
    // The task row's id, or a null id.
    QUuid selectedTask() const;
    void selectTask(const QUuid& taskId);
    const QList<FollowUpItem>& items() const { return m_items; }
    QTreeWidget* table() const { return m_table; }
    QString emptyText() const;

    // The actions, as the buttons run them (each opens its dialog for the selected task).
    void markDone();
    void snooze();
    void reassign();
    void openRules();

signals:
    void problem(const QString& message);
    void openCitizen(const QUuid& citizenId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    TaskFilter filter(QString* emptyReason) const;
    const FollowUpItem* selectedItem() const;
    void fill();
    void updateButtons();
    void report(const Status& status);
    // Pushes the undo command for a task that `action` changed from `before`.
    void recordChange(const FollowUpTask& before, const QString& text);

    UndoContext& m_context;
    CurrentStaff& m_me;
    FollowUpService m_service;
    static constexpr qint64 kRecheckSeconds = 600;
    QDateTime m_lastRun; // when the rules were last checked from this page
    QList<FollowUpItem> m_items;

    QComboBox* m_scope;
    QComboBox* m_type;
    QComboBox* m_due;
    QCheckBox* m_showDone;
    QCheckBox* m_showSnoozed;
    QPushButton* m_check;
    QPushButton* m_rules;
    QLabel* m_checked;
    QStackedWidget* m_stack;
    QTreeWidget* m_table;
    QLabel* m_empty;
    QPushButton* m_done;
    QPushButton* m_snooze;
    QPushButton* m_reassign;
    QPushButton* m_open;
    QLabel* m_hint;
};

} // namespace bs
