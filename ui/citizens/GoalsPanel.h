#pragma once
// The citizen's goal tree: each indsatsmål (FFB theme and condition, status, dates, levels) with
// its delmål beneath it. New indsatsmål, New delmål (under the selected goal), Edit and End
// (with the outcome: achieved, partly achieved, not achieved, discontinued), and Follow-up (the
// goal's timeline, charts and review). Delmål nobody has written about for the set number of
// weeks are marked.
#include "RecordListPanel.h"
#include <QSet>

class QPushButton;

namespace bs {

class CurrentStaff;

class GoalsPanel : public RecordListPanel {
    Q_OBJECT
public:
    explicit GoalsPanel(UndoContext& context, QWidget* parent = nullptr);
    Status load(const QUuid& citizenId) override;

    void newGoal();
    void newSubGoal();
    void editSelected();
    void endSelected();
    // Opens the follow-up of the selected indsatsmål (or the one above the selected delmål).
    void followUpSelected();
    // Who records reviews; without one, Review in the follow-up says to choose under Settings.
    void setCurrentStaff(const CurrentStaff* staff) { m_staff = staff; }
    // The delmål flagged as not written about lately, at the last load.
    const QSet<QUuid>& staleSubGoals() const { return m_stale; }

protected:
    void updateButtons() override;

private:
    enum Kind { GoalKind, SubGoalKind };
    // The selected indsatsmål, or the one above the selected delmål.
    const Goal* selectedGoal() const;
    const SubGoal* selectedSubGoal() const;
    void editGoal(const Goal& goal);
    void editSubGoal(const SubGoal& subGoal);
    void endGoal(const Goal& goal);
    void endSubGoal(const SubGoal& subGoal);

    QList<Goal> m_goals;
    QList<SubGoal> m_subGoals; // of every goal in m_goals
    QPushButton* m_newGoal;
    QPushButton* m_newSubGoal;
    QPushButton* m_edit;
    QPushButton* m_end;
    QPushButton* m_followUp;
    const CurrentStaff* m_staff = nullptr;
    QSet<QUuid> m_stale;
};

} // namespace bs
