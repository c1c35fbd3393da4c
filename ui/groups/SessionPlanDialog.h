#pragma once
// What one group meeting works on: its topic and its learning goal.
#include "dialogs/RecordDialog.h"
#include "services/GroupSessions.h"

class QLineEdit;
class QPlainTextEdit;

namespace bs {

class SessionPlanDialog : public RecordDialog {
    Q_OBJECT
public:
    SessionPlanDialog(Registry& registry, const Appointment& session, QWidget* parent = nullptr);

protected:
    Status save() override;

private:
    Registry& m_registry;
    Appointment m_session;
    QLineEdit* m_topic;
    QPlainTextEdit* m_goal;
};

} // namespace bs
