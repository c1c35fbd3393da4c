#pragma once
// The Grupper section: the group courses with New and Edit and, for the selected group, tabs with
// its facts (site, facilitators, period, capacity, weekly slot), its current and past members
// (read-only) and its sessions with the session plan, attendance and the group note.
#include "CurrentStaff.h"
#include "undo/UndoContext.h"
#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;

namespace bs {

class GroupListPanel;
class GroupFactsPanel;
class GroupMembersPanel;
class GroupSessionsPanel;

class GroupsPage : public QWidget {
    Q_OBJECT
public:
    GroupsPage(UndoContext& context, CurrentStaff& me, QWidget* parent = nullptr);

    // Re-reads the groups and the selected group's members; returns the first problem met.
    Status reload();
    // Selects the group, if it is listed.
    void showGroup(const QUuid& id);
    GroupListPanel* list() const { return m_list; }
    GroupMembersPanel* members() const { return m_members; }
    GroupFactsPanel* facts() const { return m_facts; }
    GroupSessionsPanel* sessions() const { return m_sessions; }
    QTabWidget* tabs() const { return m_tabs; }

signals:
    // A problem worth a line in the status bar (e.g. the list could not be read).
    void problem(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showMembers(const QUuid& groupId);
    void report(const Status& status);

    GroupListPanel* m_list;
    GroupMembersPanel* m_members;
    GroupFactsPanel* m_facts;
    GroupSessionsPanel* m_sessions;
    QTabWidget* m_tabs;
    QLabel* m_membersTitle;
    QPushButton* m_indkoering = nullptr;
};

} // namespace bs
