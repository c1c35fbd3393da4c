#include "FollowUpDialogs.h"

#include "Format.h"
#include "services/GoalFollowUp.h"
#include "widgets/Combos.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace bs {

namespace {

// The task the dialog is about, as the first row: its type, citizen and reason.
void addTaskSummary(QFormLayout* form, const FollowUpItem& item) {
    auto* what = new QLabel(QStringLiteral("%1 — %2").arg(label(item.task.rule), item.citizenName));
    what->setTextFormat(Qt::PlainText);
    QFont bold = what->font();
    bold.setBold(true);
    what->setFont(bold);
    auto* reason = new QLabel(item.task.reason);
    reason->setWordWrap(true);
    reason->setTextFormat(Qt::PlainText);
    form->addRow(what);
    form->addRow(reason);
}

QSpinBox* spin(int min, int max, int value, const QString& suffix) {
    auto* box = new QSpinBox;
    box->setRange(min, max);
    box->setValue(value);
    box->setSuffix(suffix);
    return box;
}

} // namespace

// --- Done ---------------------------------------------------------------------------------------

TaskDoneDialog::TaskDoneDialog(FollowUpService& service, const FollowUpItem& item, const QUuid& by,
                               QWidget* parent)
    : RecordDialog(parent), m_service(service), m_taskId(item.task.meta.id), m_by(by),
      m_note(new QPlainTextEdit) {
    setWindowTitle(tr("Task done"));
    addTaskSummary(form(), item);
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("What was done, e.g. \"Called, new time agreed\""));
    m_note->setMinimumWidth(380);
    m_note->setFixedHeight(90);
    addField(QStringLiteral("doneNote"), tr("&Note"), m_note);
    linkField(QStringLiteral("doneBy"), m_note);
    m_note->setFocus();
}

Status TaskDoneDialog::save() {
    return m_service.done(m_taskId, m_note->toPlainText(), m_by);
}

// --- Snooze -------------------------------------------------------------------------------------

SnoozeDialog::SnoozeDialog(FollowUpService& service, const FollowUpItem& item, QDate today,
                           const QUuid& by, QWidget* parent)
    : RecordDialog(parent), m_service(service), m_taskId(item.task.meta.id), m_by(by),
      m_until(new QDateEdit(today.addDays(7))), m_reason(new QLineEdit) {
    setWindowTitle(tr("Snooze task"));
    addTaskSummary(form(), item);
    m_until->setCalendarPopup(true);
    m_until->setMinimumDate(today);
    m_reason->setPlaceholderText(tr("e.g. \"The citizen is in hospital until then\""));
    m_reason->setMinimumWidth(320);
    addField(QStringLiteral("snoozedUntil"), tr("Snooze &until"), m_until);
    addField(QStringLiteral("snoozeReason"), tr("&Reason"), m_reason);
    linkField(QStringLiteral("snoozedBy"), m_reason);
    m_reason->setFocus();
}

Status SnoozeDialog::save() {
    return m_service.snooze(m_taskId, m_until->date(), m_reason->text(), m_by);
}

// --- Reassign -----------------------------------------------------------------------------------

ReassignDialog::ReassignDialog(FollowUpService& service, const FollowUpItem& item,
                               const QList<Staff>& staff, QWidget* parent)
    : RecordDialog(parent), m_service(service), m_taskId(item.task.meta.id),
      m_staff(new QComboBox) {
    setWindowTitle(tr("Reassign task"));
    addTaskSummary(form(), item);
    m_staff->addItem(tr("Choose…"), QUuid());
    for (const Staff& s : staff)
        m_staff->addItem(QStringLiteral("%1 (%2)").arg(s.name, s.initials), s.meta.id);
    selectId(m_staff, item.task.assigneeId);
    addField(QStringLiteral("assignee"), tr("&Give to"), m_staff);
    m_staff->setFocus();
}

Status ReassignDialog::save() {
    return m_service.reassign(m_taskId, idValue(m_staff));
}

// --- Rules --------------------------------------------------------------------------------------

FollowUpRulesDialog::FollowUpRulesDialog(FollowUpService& service, Registry& registry,
                                         QWidget* parent)
    : RecordDialog(parent), m_service(service), m_registry(registry) {
    setWindowTitle(tr("Follow-up rules"));
    const FollowUpSettings s = service.settings();
    auto* intro = new QLabel(tr("When the rules raise a task. They apply from the next check."));
    intro->setWordWrap(true);
    form()->addRow(intro);
    m_noShows = spin(1, 20, s.noShowsInARow, tr(" no-shows"));
    m_noContactWeeks = spin(1, 52, s.noContactWeeks, tr(" weeks"));
    m_groupAbsences = spin(1, 20, s.groupAbsencesInARow, tr(" sessions"));
    m_grantEndingDays = spin(1, 183, s.grantEndingDays, tr(" days"));
    m_reviewNoticeDays = spin(0, 90, s.reviewNoticeDays, tr(" days"));
    m_staleWeeks = spin(1, 52, GoalFollowUp(registry).staleWeeks(), tr(" weeks"));
    addField(QStringLiteral("followup_no_shows_in_a_row"),
             tr("Assess readiness after &no-shows in a row"), m_noShows);
    addField(QStringLiteral("followup_no_contact_weeks"), tr("No &contact with a citizen for"),
             m_noContactWeeks);
    addField(QStringLiteral("followup_group_absences_in_a_row"),
             tr("&Absent from the group in a row"), m_groupAbsences);
    addField(QStringLiteral("followup_grant_ending_days"), tr("§ 82 b grant &ending within"),
             m_grantEndingDays);
    addField(QStringLiteral("followup_review_notice_days"), tr("&Review dates within"),
             m_reviewNoticeDays);
    addField(QStringLiteral("stale_subgoal_weeks"), tr("Flag a &delmål without notes after"),
             m_staleWeeks);
}

Status FollowUpRulesDialog::save() {
    FollowUpSettings s = m_service.settings();
    s.noShowsInARow = m_noShows->value();
    s.noContactWeeks = m_noContactWeeks->value();
    s.groupAbsencesInARow = m_groupAbsences->value();
    s.grantEndingDays = m_grantEndingDays->value();
    s.reviewNoticeDays = m_reviewNoticeDays->value();
    if (auto r = m_service.saveSettings(s); !r)
        return r;
    return GoalFollowUp(m_registry).setStaleWeeks(m_staleWeeks->value());
}

} // namespace bs
