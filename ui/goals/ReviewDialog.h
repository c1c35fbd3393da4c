#pragma once
// The FFB review of an indsatsmål ("status på indsats"): continue, end, or end and refer to a new
// effort, with a summary and the date; ending asks how the goal ended (achieved, partly, not
// achieved, discontinued); continuing may set the next review date. Saving goes through
// GoalFollowUp::review, so a refused review writes nothing and the dialog says why.
#include "dialogs/RecordDialog.h"
#include "services/GoalFollowUp.h"

class QComboBox;
class QDateEdit;
class QPlainTextEdit;

namespace bs {

class OptionalDateEdit;

class ReviewDialog : public RecordDialog {
    Q_OBJECT
public:
    ReviewDialog(GoalFollowUp& followUp, const Goal& goal, const QUuid& authorId, QDate today,
                 QWidget* parent = nullptr);

    // After a successful save: what was stored, and what could end now.
    const ReviewResult& result() const { return m_result; }

protected:
    Status save() override;

private:
    void updateFields();

    GoalFollowUp& m_followUp;
    Goal m_goal;
    QUuid m_authorId;
    ReviewResult m_result;
    QComboBox* m_status;
    QComboBox* m_outcome;
    QDateEdit* m_date;
    OptionalDateEdit* m_nextReview;
    QPlainTextEdit* m_summary;
};

} // namespace bs
