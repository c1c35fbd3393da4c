#pragma once
// Ends something on a date: a citizen's course, a grant, a support form, an indsatsmål or a
// delmål. For goals the user also chooses the outcome. The ending itself is `action`, so its
// errors show in the dialog like any save error.
#include "RecordDialog.h"
#include "domain/Enums.h"
#include <QDate>
#include <functional>

class QComboBox;
class QDateEdit;

namespace bs {

class EndDialog : public RecordDialog {
    Q_OBJECT
public:
    using Action = std::function<Status(QDate date, GoalStatus outcome)>;
    // `explanation` tells what ending does. `withOutcome` adds the outcome choice (achieved,
    // partly achieved, not achieved, discontinued).
    EndDialog(const QString& title, const QString& explanation, QDate date, bool withOutcome,
              Action action, QWidget* parent = nullptr);

    QDate date() const;
    GoalStatus outcome() const;

protected:
    Status save() override { return m_action(date(), outcome()); }

private:
    Action m_action;
    QDateEdit* m_date;
    QComboBox* m_outcome = nullptr;
};

} // namespace bs
