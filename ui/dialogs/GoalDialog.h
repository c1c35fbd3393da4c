#pragma once
// Create or edit an indsatsmål: an FFB theme and condition (tilstand), the goal type, the
// function levels (only under Activity and participation) and the goal in the citizen's own
// words.
#include "RecordDialog.h"
#include "services/Registry.h"

class QComboBox;
class QDateEdit;
class QPlainTextEdit;

namespace bs {

class OptionalDateEdit;

class GoalDialog : public RecordDialog {
    Q_OBJECT
public:
    // `grants` are the citizen's grants the goal may belong under.
    GoalDialog(Registry& registry, const Goal& goal, const QList<Grant>& grants,
               QWidget* parent = nullptr);
    const Goal& goal() const { return m_goal; }

protected:
    Status save() override;

private:
    void themeChanged();

    Registry& m_registry;
    Goal m_goal;
    QComboBox* m_theme;
    QComboBox* m_condition;
    QComboBox* m_type;
    QComboBox* m_currentLevel;
    QComboBox* m_targetLevel;
    QPlainTextEdit* m_description;
    QComboBox* m_grant;
    QDateEdit* m_start;
    OptionalDateEdit* m_review;
};

} // namespace bs
