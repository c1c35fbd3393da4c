#pragma once
// Follow-up of one indsatsmål: its timeline (start, notes about its delmål, assessments, reviews,
// end), a chart of the function level over time and one of the progress assessments per month,
// the delmål nobody has written about lately, and "Review…" (status på indsats). When a review
// ends the citizen's last open goal under a grant, the dialog asks whether to end the grant and
// its support forms; nothing ends unless confirmed. Reviews and endings are undoable.
#include "services/GoalFollowUp.h"
#include "undo/UndoContext.h"
#include <QDialog>

class QChartView;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace bs {

class CurrentStaff;

class GoalFollowUpDialog : public QDialog {
    Q_OBJECT
public:
    // `staff` says who records a review; without a chosen staff member Review is disabled.
    GoalFollowUpDialog(UndoContext& context, const CurrentStaff* staff, const QUuid& goalId,
                       QWidget* parent = nullptr);

    QTreeWidget* timeline() const { return m_timeline; }
    // Re-reads the goal, its timeline and the charts; a problem reading them is shown in place.
    void reload();
    void review();

signals:
    // A review ended the goal and something could end with it; the proposal dialog is `dialog`.
    void proposalShown(QDialog* dialog);

private:
    void showProposal(const ClosingProposal& proposal);
    void fillTimeline(const QList<TimelineEntry>& entries);
    void fillCharts();
    void updateReviewButton();

    UndoContext& m_context;
    const CurrentStaff* m_staff;
    GoalFollowUp m_followUp;
    QUuid m_goalId;
    Goal m_goal;
    QLabel* m_title;
    QLabel* m_facts;
    QLabel* m_stale;
    QTreeWidget* m_timeline;
    QStackedWidget* m_levelStack;
    QChartView* m_levelChart;
    QStackedWidget* m_progressStack;
    QChartView* m_progressChart;
    QLabel* m_hint;
    QPushButton* m_review;
};

} // namespace bs
