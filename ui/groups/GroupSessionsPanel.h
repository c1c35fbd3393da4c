#pragma once
// The sessions of one group: date, time, topic, learning goal, attendance ("5 of 7 present") and
// whether the note is written, with Plan sessions…, Edit topic and goal… and Attendance and
// note…. Registering attendance records the staff member chosen under Settings.
#include "CurrentStaff.h"
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace bs {

class GroupSessionsPanel : public QWidget {
    Q_OBJECT
public:
    GroupSessionsPanel(Registry& registry, CurrentStaff& me, QWidget* parent = nullptr);

    // Shows the group's sessions; a null id clears the list.
    Status load(const QUuid& groupId);
    QTreeWidget* tree() const { return m_tree; }
    QUuid currentSession() const;
    void selectSession(const QUuid& appointmentId);

    void planSessions();
    void editSessionPlan();
    void registerAttendance();

signals:
    // Sessions were planned or changed (the weekly slot may have changed).
    void sessionsChanged();
    void problem(const QString& message);

private:
    void updateButtons();
    void reloadAndSelect(const QUuid& appointmentId);

    Registry& m_registry;
    CurrentStaff& m_me;
    QUuid m_groupId;
    QTreeWidget* m_tree;
    QLabel* m_empty;
    QLabel* m_hint;
    QPushButton* m_plan;
    QPushButton* m_edit;
    QPushButton* m_attendance;
};

} // namespace bs
