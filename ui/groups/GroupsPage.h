#pragma once
// The Grupper section: the group courses with New and Edit, and the selected group's current and
// past members, read-only. Session plans and attendance are not in this version; the page says
// so.
#include "undo/UndoContext.h"
#include <QWidget>

class QLabel;

namespace bs {

class GroupListPanel;
class GroupMembersPanel;

class GroupsPage : public QWidget {
    Q_OBJECT
public:
    explicit GroupsPage(UndoContext& context, QWidget* parent = nullptr);

    // Re-reads the groups and the selected group's members; returns the first problem met.
    Status reload();
    // Selects the group, if it is listed.
    void showGroup(const QUuid& id);
    GroupListPanel* list() const { return m_list; }
    GroupMembersPanel* members() const { return m_members; }

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
    QLabel* m_membersTitle;
};

} // namespace bs
