#include "GroupsPage.h"

#include "GroupFactsPanel.h"
#include "GroupListPanel.h"
#include "GroupMembersPanel.h"
#include "GroupSessionsPanel.h"
#include "IndkoeringDialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace bs {

GroupsPage::GroupsPage(UndoContext& context, CurrentStaff& me, QWidget* parent)
    : QWidget(parent), m_list(new GroupListPanel(context)),
      m_members(new GroupMembersPanel(context)), m_facts(new GroupFactsPanel(context.registry())),
      m_sessions(new GroupSessionsPanel(context.registry(), me)), m_tabs(new QTabWidget),
      m_membersTitle(new QLabel) {
    auto* title = new QLabel(tr("Groups"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);

    m_membersTitle->setObjectName(QStringLiteral("membersTitle"));
    QFont bold = m_membersTitle->font();
    bold.setBold(true);
    m_membersTitle->setFont(bold);
    // The panels line up with the page title rather than indenting their own margins.
    m_list->layout()->setContentsMargins(0, 0, 0, 0);
    m_members->layout()->setContentsMargins(0, 0, 0, 0);
    auto* membersBox = new QWidget;
    auto* membersLayout = new QVBoxLayout(membersBox);
    auto* membersTop = new QHBoxLayout;
    membersTop->addWidget(m_membersTitle, 1);
    m_indkoering = new QPushButton(tr("&Indkøring…"));
    m_indkoering->setObjectName(QStringLiteral("indkoeringButton"));
    m_indkoering->setToolTip(tr("Group sessions and individual visits in alternating weeks for a "
                                "member moving into the group"));
    membersTop->addWidget(m_indkoering);
    membersLayout->addLayout(membersTop);
    membersLayout->addWidget(m_members, 1);
    connect(m_indkoering, &QPushButton::clicked, this, [this, &context] {
        const SupportGroup* group = m_list->currentGroup();
        if (!group)
            return;
        IndkoeringDialog dialog(context.registry(), *group, this);
        if (dialog.exec() == QDialog::Accepted) {
            report(m_sessions->load(group->meta.id));
            context.notifyAppointmentChanged({});
        }
    });

    m_tabs->setObjectName(QStringLiteral("groupTabs"));
    m_tabs->addTab(m_sessions, tr("&Sessions"));
    m_tabs->addTab(membersBox, tr("&Members"));
    m_tabs->addTab(m_facts, tr("Group &facts"));

    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_list);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(splitter, 1);

    connect(m_list, &GroupListPanel::currentGroupChanged, this, &GroupsPage::showMembers);
    connect(m_sessions, &GroupSessionsPanel::problem, this, &GroupsPage::problem);
    // A new session plan can change the weekly slot.
    connect(m_sessions, &GroupSessionsPanel::sessionsChanged, this,
            [this] { report(m_facts->load(m_list->currentGroup())); });
    // Groups show site and staff names. Memberships follow the citizens' support forms, edited
    // elsewhere: the page reads them again whenever it is shown.
    connect(&context, &UndoContext::organisationChanged, this,
            [this](UndoContext::OrgRecord kind, const QUuid& id) {
                report(reload());
                if (kind == UndoContext::OrgRecord::Group)
                    showGroup(id);
            });
    showMembers({});
}

Status GroupsPage::reload() {
    const Status status = m_list->reload();
    // The selection survives the reload, but the members may have changed.
    showMembers(m_list->currentGroup() ? m_list->currentGroup()->meta.id : QUuid());
    return status;
}

void GroupsPage::showGroup(const QUuid& id) {
    m_list->select(id);
}

void GroupsPage::showMembers(const QUuid& groupId) {
    const SupportGroup* group = m_list->currentGroup();
    m_membersTitle->setText(group ? tr("Members of %1").arg(group->name)
                                  : tr("Members: select a group above"));
    const QUuid shown = group ? groupId : QUuid();
    report(m_members->load(shown));
    report(m_facts->load(group));
    report(m_sessions->load(shown));
    m_indkoering->setEnabled(group != nullptr);
}

void GroupsPage::report(const Status& status) {
    if (!status)
        emit problem(status.message());
}

void GroupsPage::showEvent(QShowEvent* event) {
    // Memberships change outside this page (through support forms): read them afresh.
    report(reload());
    QWidget::showEvent(event);
}

} // namespace bs
