#pragma once
// The citizen's goal tree: each indsatsmål (FFB theme and condition, status, dates, levels) with
// its delmål beneath it. New indsatsmål, New delmål (under the selected goal), Edit and End
// (with the outcome: achieved, partly achieved, not achieved, discontinued).
#include "RecordListPanel.h"

class QPushButton;

namespace bs {

class GoalsPanel : public RecordListPanel {
    Q_OBJECT
public:
    explicit GoalsPanel(UndoContext& context, QWidget* parent = nullptr);
    Status load(const QUuid& citizenId) override;

    void newGoal();
    void newSubGoal();
    void editSelected();
    void endSelected();

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
};

} // namespace bs
