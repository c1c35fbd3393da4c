#pragma once
// The dialogs of the follow-up queue: mark a task done with what was done, snooze it until a date
// with a reason, give it to someone else, and set the rules' thresholds. Each acts through
// FollowUpService when saved; a refusal is shown in the dialog and nothing is written.
#include "dialogs/RecordDialog.h"
#include "services/FollowUpService.h"

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace bs {

class TaskDoneDialog : public RecordDialog {
    Q_OBJECT
public:
    TaskDoneDialog(FollowUpService& service, const FollowUpItem& item, const QUuid& by,
                   QWidget* parent = nullptr);
    QPlainTextEdit* note() const { return m_note; }

protected:
    Status save() override;

private:
    FollowUpService& m_service;
    QUuid m_taskId;
    QUuid m_by;
    QPlainTextEdit* m_note;
};

class SnoozeDialog : public RecordDialog {
    Q_OBJECT
public:
    SnoozeDialog(FollowUpService& service, const FollowUpItem& item, QDate today, const QUuid& by,
                 QWidget* parent = nullptr);
    QDateEdit* until() const { return m_until; }
    QLineEdit* reason() const { return m_reason; }

protected:
    Status save() override;

private:
    FollowUpService& m_service;
    QUuid m_taskId;
    QUuid m_by;
    QDateEdit* m_until;
    QLineEdit* m_reason;
};

class ReassignDialog : public RecordDialog {
    Q_OBJECT
public:
    ReassignDialog(FollowUpService& service, const FollowUpItem& item, const QList<Staff>& staff,
                   QWidget* parent = nullptr);
    QComboBox* staffBox() const { return m_staff; }

protected:
    Status save() override;

private:
    FollowUpService& m_service;
    QUuid m_taskId;
    QComboBox* m_staff;
};

class FollowUpRulesDialog : public RecordDialog {
    Q_OBJECT
public:
    // Also the weeks after which a delmål without notes is flagged (the goals' follow-up).
    FollowUpRulesDialog(FollowUpService& service, Registry& registry, QWidget* parent = nullptr);
    QSpinBox* noShows() const { return m_noShows; }
    QSpinBox* staleWeeks() const { return m_staleWeeks; }

protected:
    Status save() override;

private:
    FollowUpService& m_service;
    Registry& m_registry;
    QSpinBox* m_noShows;
    QSpinBox* m_staleWeeks;
    QSpinBox* m_noContactWeeks;
    QSpinBox* m_groupAbsences;
    QSpinBox* m_grantEndingDays;
    QSpinBox* m_reviewNoticeDays;
};

} // namespace bs
