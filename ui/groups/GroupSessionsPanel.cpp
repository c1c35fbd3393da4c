#include "GroupSessionsPanel.h"
#include "PlainText.h"

#include "AttendanceDialog.h"
#include "Format.h"
#include "PlanSessionsDialog.h"
#include "SessionPlanDialog.h"
#include "services/GroupSessions.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace bs {

namespace {
enum Column { DateCol, TimeCol, TopicCol, GoalCol, AttendanceCol, NoteCol };
constexpr int kIdRole = Qt::UserRole + 1;
} // namespace

GroupSessionsPanel::GroupSessionsPanel(Registry& registry, CurrentStaff& me, QWidget* parent)
    : QWidget(parent), m_registry(registry), m_me(me), m_tree(new QTreeWidget), m_empty(new QLabel),
      m_hint(new QLabel), m_plan(new QPushButton(tr("&Plan sessions…"))),
      m_edit(new QPushButton(tr("Edit &topic and goal…"))),
      m_attendance(new QPushButton(tr("&Attendance and note…"))) {
    m_tree->setObjectName(QStringLiteral("sessionTree"));
    m_tree->setHeaderLabels(
        {tr("Date"), tr("Time"), tr("Topic"), tr("Learning goal"), tr("Attendance"), tr("Note")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(GoalCol, QHeaderView::Stretch);
    m_empty->setObjectName(QStringLiteral("sessionsEmpty"));
    m_empty->setWordWrap(true);
    m_hint->setObjectName(QStringLiteral("sessionsHint"));
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); }"));
    m_plan->setObjectName(QStringLiteral("planSessions"));
    m_edit->setObjectName(QStringLiteral("editSessionPlan"));
    m_attendance->setObjectName(QStringLiteral("registerAttendance"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_plan);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_attendance);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_empty);
    layout->addLayout(buttons);
    layout->addWidget(m_hint);

    connect(m_plan, &QPushButton::clicked, this, &GroupSessionsPanel::planSessions);
    connect(m_edit, &QPushButton::clicked, this, &GroupSessionsPanel::editSessionPlan);
    connect(m_attendance, &QPushButton::clicked, this, &GroupSessionsPanel::registerAttendance);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &GroupSessionsPanel::updateButtons);
    connect(m_tree, &QTreeWidget::itemActivated, this, &GroupSessionsPanel::registerAttendance);
    connect(&m_me, &CurrentStaff::changed, this, &GroupSessionsPanel::updateButtons);
    (void)load({}); // nothing to read yet
}

Status GroupSessionsPanel::load(const QUuid& groupId) {
    const QUuid selected = currentSession();
    m_groupId = groupId;
    m_tree->clear();
    Status status;
    if (!groupId.isNull()) {
        auto rows = GroupSessions(m_registry).overview(groupId);
        if (rows) {
            const QDateTime now = m_registry.clock().nowUtc();
            QTreeWidgetItem* next = nullptr;
            for (const SessionOverview& o : std::as_const(*rows)) {
                const Appointment& a = o.session;
                const QDateTime local = a.localStart();
                QString attendance;
                if (a.isCancelled())
                    attendance = label(a.outcome);
                else if (o.registered > 0)
                    attendance = tr("%1 of %2 present").arg(o.present).arg(o.members);
                else if (a.startUtc > now)
                    attendance = tr("coming");
                else
                    attendance = tr("not registered");
                auto* item = new QTreeWidgetItem(
                    m_tree,
                    {dateText(local.date()), local.time().toString(QStringLiteral("HH:mm")),
                     a.topic, a.learningGoal, attendance, o.noteWritten ? tr("yes") : tr("no")});
                item->setData(0, kIdRole, a.meta.id);
                item->setToolTip(GoalCol, plainToolTip(a.learningGoal));
                if (a.isCancelled())
                    for (int c = 0; c < m_tree->columnCount(); ++c)
                        item->setForeground(
                            c, m_tree->palette().brush(QPalette::Disabled, QPalette::Text));
                if (!next && a.startUtc.addSecs(qint64(a.durationMinutes) * 60) > now)
                    next = item;
            }
            // The selection survives a reload; otherwise the latest session that has begun.
            selectSession(selected);
            if (!m_tree->currentItem() && m_tree->topLevelItemCount() > 0) {
                const int index = next ? m_tree->indexOfTopLevelItem(next) : -1;
                m_tree->setCurrentItem(m_tree->topLevelItem(
                    index > 0 ? index - 1 : (index == 0 ? 0 : m_tree->topLevelItemCount() - 1)));
                m_tree->scrollToItem(m_tree->currentItem(), QAbstractItemView::PositionAtCenter);
            }
        } else {
            status = Status(rows.error());
        }
    }
    const bool empty = m_tree->topLevelItemCount() == 0;
    m_empty->setText(groupId.isNull()
                         ? tr("Select a group above to see its sessions.")
                         : tr("No sessions planned. Use Plan sessions… to set the group's weekly "
                              "meetings."));
    m_empty->setVisible(empty);
    m_tree->setVisible(!empty);
    updateButtons();
    return status;
}

QUuid GroupSessionsPanel::currentSession() const {
    const QTreeWidgetItem* item = m_tree->currentItem();
    return item ? item->data(0, kIdRole).toUuid() : QUuid();
}

void GroupSessionsPanel::selectSession(const QUuid& appointmentId) {
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        if (!appointmentId.isNull() &&
            m_tree->topLevelItem(i)->data(0, kIdRole).toUuid() == appointmentId) {
            m_tree->setCurrentItem(m_tree->topLevelItem(i));
            m_tree->scrollToItem(m_tree->topLevelItem(i));
        }
}

void GroupSessionsPanel::updateButtons() {
    const bool hasGroup = !m_groupId.isNull();
    const bool hasSession = !currentSession().isNull();
    m_plan->setEnabled(hasGroup);
    m_edit->setEnabled(hasSession);
    m_attendance->setEnabled(hasSession && !m_me.id().isNull());
    m_hint->setText(hasGroup && m_me.id().isNull()
                        ? tr("To register attendance, choose who you are under Settings.")
                        : QString());
    m_hint->setVisible(!m_hint->text().isEmpty());
}

void GroupSessionsPanel::reloadAndSelect(const QUuid& appointmentId) {
    if (Status s = load(m_groupId); !s)
        emit problem(s.message());
    selectSession(appointmentId);
    emit sessionsChanged();
}

void GroupSessionsPanel::planSessions() {
    if (m_groupId.isNull())
        return;
    auto group = m_registry.existing<SupportGroup>(m_groupId, tr("The group no longer exists"),
                                                   QStringLiteral("group"));
    if (!group) {
        emit problem(group.message());
        return;
    }
    openDialog(new PlanSessionsDialog(m_registry, *group, this), [this](PlanSessionsDialog& d) {
        reloadAndSelect(d.made().isEmpty() ? QUuid() : d.made().first().meta.id);
    });
}

void GroupSessionsPanel::editSessionPlan() {
    const QUuid id = currentSession();
    if (id.isNull())
        return;
    auto session = m_registry.record<Appointment>(id);
    if (!session) {
        emit problem(session.message());
        return;
    }
    openDialog(new SessionPlanDialog(m_registry, *session, this),
               [this, id](SessionPlanDialog&) { reloadAndSelect(id); });
}

void GroupSessionsPanel::registerAttendance() {
    const QUuid id = currentSession();
    if (id.isNull())
        return;
    if (m_me.id().isNull()) {
        emit problem(tr("To register attendance, choose who you are under Settings."));
        return;
    }
    openDialog(new AttendanceDialog(m_registry, id, m_me.id(), this),
               [this, id](AttendanceDialog&) { reloadAndSelect(id); });
}

} // namespace bs
