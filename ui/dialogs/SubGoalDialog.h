#pragma once
// Create or edit a delmål under an indsatsmål: a concrete criterion and a deadline.
#include "RecordDialog.h"
#include "services/Registry.h"

class QDateEdit;
class QPlainTextEdit;

namespace bs {

class SubGoalDialog : public RecordDialog {
    Q_OBJECT
public:
    // `goal` is the indsatsmål the delmål belongs under (shown for context).
    SubGoalDialog(Registry& registry, const SubGoal& subGoal, const Goal& goal,
                  QWidget* parent = nullptr);
    const SubGoal& subGoal() const { return m_subGoal; }

protected:
    Status save() override;

private:
    Registry& m_registry;
    SubGoal m_subGoal;
    QPlainTextEdit* m_criterion;
    QDateEdit* m_deadline;
};

} // namespace bs
