#include "FollowUpPage.h"
#include "PlainText.h"

#include "FollowUpDialogs.h"
#include "Format.h"
#include "undo/RecordCommands.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTime>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace bs {

namespace {

const QColor kOverdue(0xb3, 0x26, 0x1e);

QString statusText(const FollowUpItem& i) {
    switch (i.task.status) {
    case TaskStatus::Done:
        return FollowUpPage::tr("Done %1: %2")
            .arg(dateText(i.task.doneUtc.toTimeZone(Clock::localZone()).date()), i.task.doneNote);
    case TaskStatus::Snoozed:
        if (!i.open)
            return FollowUpPage::tr("Snoozed until %1: %2")
                .arg(dateText(i.task.snoozedUntil), i.task.snoozeReason);
        return FollowUpPage::tr("Back from snooze (%1)").arg(i.task.snoozeReason);
    case TaskStatus::Open:
        break;
    }
    return i.overdue ? FollowUpPage::tr("Overdue") : FollowUpPage::tr("Open");
}

} // namespace

FollowUpPage::FollowUpPage(UndoContext& context, CurrentStaff& me, QWidget* parent)
    : QWidget(parent), m_context(context), m_me(me), m_service(context.registry()),
      m_scope(new QComboBox), m_type(new QComboBox), m_due(new QComboBox),
      m_showDone(new QCheckBox(tr("Show d&one"))),
      m_showSnoozed(new QCheckBox(tr("Show s&noozed"))), m_check(new QPushButton(tr("&Check now"))),
      m_rules(new QPushButton(tr("R&ules…"))), m_checked(new QLabel), m_stack(new QStackedWidget),
      m_table(new QTreeWidget), m_empty(new QLabel), m_done(new QPushButton(tr("&Done…"))),
      m_snooze(new QPushButton(tr("&Snooze…"))), m_reassign(new QPushButton(tr("&Reassign…"))),
      m_open(new QPushButton(tr("Open c&itizen"))), m_hint(new QLabel) {
    auto* title = new QLabel(tr("Follow-up"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);

    m_scope->setObjectName(QStringLiteral("followupScope"));
    m_scope->addItem(tr("Mine"), int(Scope::Mine));
    m_scope->addItem(tr("My team"), int(Scope::MyTeam));
    m_scope->addItem(tr("Everyone"), int(Scope::Everyone));
    m_type->setObjectName(QStringLiteral("followupType"));
    m_type->addItem(tr("All types"), -1);
    for (const TaskRule rule : allValues<TaskRule>())
        m_type->addItem(label(rule), int(rule));
    m_due->setObjectName(QStringLiteral("followupDue"));
    m_due->addItem(tr("Any due date"), int(DueWithin::All));
    m_due->addItem(tr("Due within 7 days"), int(DueWithin::Week));
    m_due->addItem(tr("Due today"), int(DueWithin::Today));
    m_due->addItem(tr("Overdue"), int(DueWithin::Overdue));
    m_showDone->setObjectName(QStringLiteral("followupShowDone"));
    m_showSnoozed->setObjectName(QStringLiteral("followupShowSnoozed"));
    m_check->setObjectName(QStringLiteral("followupCheckNow"));
    m_check->setToolTip(tr("Run the follow-up rules now"));
    m_rules->setObjectName(QStringLiteral("followupRules"));
    m_rules->setToolTip(tr("When the rules raise a task"));
    m_checked->setObjectName(QStringLiteral("followupChecked"));
    m_checked->setTextFormat(Qt::PlainText);
    m_checked->setWordWrap(true);

    auto* showLabel = new QLabel(tr("S&how:"));
    showLabel->setBuddy(m_scope);
    auto* filters = new QHBoxLayout;
    filters->addWidget(showLabel);
    filters->addWidget(m_scope);
    filters->addWidget(m_type);
    filters->addWidget(m_due);
    filters->addWidget(m_showDone);
    filters->addWidget(m_showSnoozed);
    filters->addStretch();
    filters->addWidget(m_check);
    filters->addWidget(m_rules);

    m_table->setObjectName(QStringLiteral("followupTable"));
    m_table->setHeaderLabels(
        {tr("Due"), tr("Type"), tr("Citizen"), tr("Reason"), tr("Assigned to"), tr("Status")});
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->header()->setStretchLastSection(false);
    m_table->header()->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(DueColumn, 110);
    m_table->setColumnWidth(TypeColumn, 170);
    m_table->setColumnWidth(CitizenColumn, 150);
    m_table->setColumnWidth(AssigneeColumn, 90);
    m_table->setColumnWidth(StatusColumn, 180);
    m_empty->setObjectName(QStringLiteral("followupEmpty"));
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    QFont emptyFont = m_empty->font();
    emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.2);
    m_empty->setFont(emptyFont);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    m_done->setObjectName(QStringLiteral("followupDone"));
    m_snooze->setObjectName(QStringLiteral("followupSnooze"));
    m_reassign->setObjectName(QStringLiteral("followupReassign"));
    m_open->setObjectName(QStringLiteral("followupOpenCitizen"));
    m_hint->setObjectName(QStringLiteral("followupHint"));
    m_hint->setWordWrap(true);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_done);
    actions->addWidget(m_snooze);
    actions->addWidget(m_reassign);
    actions->addWidget(m_open);
    actions->addWidget(m_hint, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(filters);
    layout->addWidget(m_checked);
    layout->addWidget(m_stack, 1);
    layout->addLayout(actions);

    const auto refill = [this] { report(reload()); };
    connect(m_scope, &QComboBox::currentIndexChanged, this, refill);
    connect(m_type, &QComboBox::currentIndexChanged, this, refill);
    connect(m_due, &QComboBox::currentIndexChanged, this, refill);
    connect(m_showDone, &QCheckBox::toggled, this, refill);
    connect(m_showSnoozed, &QCheckBox::toggled, this, refill);
    connect(m_check, &QPushButton::clicked, this, [this] { report(checkNow()); });
    connect(m_rules, &QPushButton::clicked, this, &FollowUpPage::openRules);
    connect(m_done, &QPushButton::clicked, this, &FollowUpPage::markDone);
    connect(m_snooze, &QPushButton::clicked, this, &FollowUpPage::snooze);
    connect(m_reassign, &QPushButton::clicked, this, &FollowUpPage::reassign);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const FollowUpItem* i = selectedItem(); i && !i->task.citizenId.isNull())
            emit openCitizen(i->task.citizenId);
    });
    // Enter or a double-click opens the citizen.
    connect(m_table, &QTreeWidget::itemActivated, this, [this] {
        if (const FollowUpItem* i = selectedItem(); i && !i->task.citizenId.isNull())
            emit openCitizen(i->task.citizenId);
    });
    connect(m_table, &QTreeWidget::currentItemChanged, this, &FollowUpPage::updateButtons);
    connect(&m_me, &CurrentStaff::changed, this, refill);
    connect(&m_context, &UndoContext::changed, this, refill);
    updateButtons();
}

void FollowUpPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    // The rules read the whole register (about a second for a thousand citizens): check on the
    // first visit and then at most every ten minutes; "Check now" runs them at any time.
    const QDateTime now = m_context.registry().clock().nowUtc();
    if (m_lastRun.isValid() && m_lastRun.secsTo(now) < kRecheckSeconds) {
        report(reload());
        return;
    }
    report(checkNow());
}

void FollowUpPage::report(const Status& status) {
    if (!status)
        emit problem(status.message());
}

// --- Reading ------------------------------------------------------------------------------------

Status FollowUpPage::checkNow() {
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto ran = m_service.run();
    QApplication::restoreOverrideCursor();
    m_lastRun = m_context.registry().clock().nowUtc();
    const QString at = m_context.registry()
                           .clock()
                           .nowUtc()
                           .toTimeZone(Clock::localZone())
                           .toString(QStringLiteral("HH:mm"));
    if (!ran) {
        m_checked->setText(tr("The rules could not be checked: %1").arg(ran.message()));
        return Status(ran.error());
    }
    m_checked->setText(ran->raised == 0
                           ? tr("Checked %1: nothing new.").arg(at)
                           : tr("Checked %1: %n new task(s).", "", ran->raised).arg(at));
    return reload();
}

TaskFilter FollowUpPage::filter(QString* emptyReason) const {
    TaskFilter f;
    const QDate today = m_context.registry().clock().today();
    switch (Scope(m_scope->currentData().toInt())) {
    case Scope::Mine:
        if (m_me.id().isNull())
            *emptyReason = tr("Choose who you are under Settings to see your tasks, or show "
                              "everyone's.");
        f.assigneeId = m_me.id();
        break;
    case Scope::MyTeam: {
        const auto staff = m_me.staff();
        if (!staff)
            *emptyReason = tr("Choose who you are under Settings to see your team's tasks.");
        else if (staff->teamId.isNull())
            *emptyReason = tr("You are not on a team. Choose your team under Settings, or show "
                              "everyone's tasks.");
        else
            f.teamId = staff->teamId;
        break;
    }
    case Scope::Everyone:
        break;
    }
    if (const int rule = m_type->currentData().toInt(); rule >= 0)
        f.rule = TaskRule(rule);
    switch (DueWithin(m_due->currentData().toInt())) {
    case DueWithin::All:
        break;
    case DueWithin::Week:
        f.dueBefore = today.addDays(7);
        break;
    case DueWithin::Today:
        f.dueBefore = today;
        break;
    case DueWithin::Overdue:
        f.dueBefore = today.addDays(-1);
        break;
    }
    f.includeDone = m_showDone->isChecked();
    f.includeSnoozed = m_showSnoozed->isChecked();
    return f;
}

Status FollowUpPage::reload() {
    const QUuid selected = selectedTask();
    QString emptyReason;
    const TaskFilter f = filter(&emptyReason);
    m_items.clear();
    Status status;
    if (emptyReason.isEmpty()) {
        auto items = m_service.tasks(f);
        if (items)
            m_items = *items;
        else
            status = Status(items.error());
    }
    if (!emptyReason.isEmpty())
        m_empty->setText(emptyReason);
    else if (!status)
        m_empty->setText(tr("The tasks could not be read: %1").arg(status.message()));
    else if (f.rule || f.dueBefore.isValid())
        m_empty->setText(tr("No tasks match the filters."));
    else if (Scope(m_scope->currentData().toInt()) == Scope::Mine)
        m_empty->setText(tr("Nothing to follow up for you. New tasks appear here when the "
                            "rules find something."));
    else
        m_empty->setText(tr("Nothing to follow up."));
    fill();
    selectTask(selected);
    updateButtons();
    return status;
}

void FollowUpPage::fill() {
    m_table->clear();
    for (const FollowUpItem& i : std::as_const(m_items)) {
        auto* row = new QTreeWidgetItem(
            m_table,
            {dateText(i.due), label(i.task.rule), i.citizenName, i.task.reason,
             i.assigneeInitials.isEmpty() ? tr("Nobody") : i.assigneeInitials, statusText(i)});
        row->setData(DueColumn, Qt::UserRole, i.task.meta.id);
        row->setToolTip(ReasonColumn, plainToolTip(i.task.reason));
        row->setToolTip(AssigneeColumn, plainToolTip(i.assigneeName));
        row->setToolTip(StatusColumn, statusText(i));
        if (i.overdue) {
            QFont bold = row->font(DueColumn);
            bold.setBold(true);
            for (int c : {DueColumn, StatusColumn}) {
                row->setFont(c, bold);
                row->setForeground(c, kOverdue);
            }
            row->setToolTip(DueColumn, tr("Overdue"));
        } else if (!i.open) {
            for (int c = 0; c < m_table->columnCount(); ++c)
                row->setForeground(c, m_table->palette().color(QPalette::Disabled, QPalette::Text));
        }
    }
    m_stack->setCurrentWidget(m_items.isEmpty() ? static_cast<QWidget*>(m_empty) : m_table);
}

const FollowUpItem* FollowUpPage::selectedItem() const {
    const QUuid id = selectedTask();
    for (const FollowUpItem& i : m_items)
        if (i.task.meta.id == id)
            return &i;
    return nullptr;
}

QUuid FollowUpPage::selectedTask() const {
    const QTreeWidgetItem* row = m_table->currentItem();
    return row ? row->data(DueColumn, Qt::UserRole).toUuid() : QUuid();
}

void FollowUpPage::selectTask(const QUuid& taskId) {
    for (int r = 0; r < m_table->topLevelItemCount(); ++r) {
        QTreeWidgetItem* row = m_table->topLevelItem(r);
        if (row->data(DueColumn, Qt::UserRole).toUuid() == taskId) {
            m_table->setCurrentItem(row);
            return;
        }
    }
    if (m_table->topLevelItemCount() > 0)
        m_table->setCurrentItem(m_table->topLevelItem(0));
}

QString FollowUpPage::emptyText() const {
    return m_stack->currentWidget() == m_empty ? m_empty->text() : QString();
}

void FollowUpPage::setScope(Scope scope) {
    m_scope->setCurrentIndex(m_scope->findData(int(scope)));
}

void FollowUpPage::setDueWithin(DueWithin due) {
    m_due->setCurrentIndex(m_due->findData(int(due)));
}

void FollowUpPage::updateButtons() {
    const FollowUpItem* i = selectedItem();
    const bool actionable = i && i->task.status != TaskStatus::Done;
    const bool known = !m_me.id().isNull();
    m_done->setEnabled(actionable && known);
    m_snooze->setEnabled(actionable && known);
    m_reassign->setEnabled(actionable);
    m_open->setEnabled(i && !i->task.citizenId.isNull());
    m_hint->setText(known ? QString()
                          : tr("Choose who you are under Settings to mark tasks done or "
                               "snooze them."));
}

// --- Actions ------------------------------------------------------------------------------------

void FollowUpPage::recordChange(const FollowUpTask& before, const QString& text) {
    Registry& registry = m_context.registry();
    auto after = m_service.item(before.meta.id);
    if (!after) {
        report(reload());
        return;
    }
    const FollowUpTask changed = after->task;
    UndoContext& context = m_context;
    const QUuid citizenId = before.citizenId;
    m_context.push(new RecordCommand(
        context, [&context, citizenId] { context.notifyChanged(citizenId); }, text,
        [&registry, before] { return FollowUpService(registry).restore(before); },
        [&registry, changed] { return FollowUpService(registry).restore(changed); }));
}

void FollowUpPage::markDone() {
    const FollowUpItem* i = selectedItem();
    if (!i || m_me.id().isNull())
        return;
    const FollowUpTask before = i->task;
    const QString text = tr("Task done: %1, %2").arg(label(before.rule), i->citizenName);
    openDialog(new TaskDoneDialog(m_service, *i, m_me.id(), this),
               [this, before, text](TaskDoneDialog&) { recordChange(before, text); });
}

void FollowUpPage::snooze() {
    const FollowUpItem* i = selectedItem();
    if (!i || m_me.id().isNull())
        return;
    const FollowUpTask before = i->task;
    const QString text = tr("Task snoozed: %1, %2").arg(label(before.rule), i->citizenName);
    openDialog(
        new SnoozeDialog(m_service, *i, m_context.registry().clock().today(), m_me.id(), this),
        [this, before, text](SnoozeDialog&) { recordChange(before, text); });
}

void FollowUpPage::reassign() {
    const FollowUpItem* i = selectedItem();
    if (!i)
        return;
    auto staff = m_context.registry().staff();
    if (!staff) {
        emit problem(staff.message());
        return;
    }
    const FollowUpTask before = i->task;
    const QString text = tr("Task reassigned: %1, %2").arg(label(before.rule), i->citizenName);
    openDialog(new ReassignDialog(m_service, *i, *staff, this),
               [this, before, text](ReassignDialog&) { recordChange(before, text); });
}

void FollowUpPage::openRules() {
    openDialog(new FollowUpRulesDialog(m_service, m_context.registry(), this),
               [this](FollowUpRulesDialog&) { report(checkNow()); });
}

} // namespace bs
