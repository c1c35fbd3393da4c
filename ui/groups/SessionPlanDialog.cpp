#include "SessionPlanDialog.h"

#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>

namespace bs {

SessionPlanDialog::SessionPlanDialog(Registry& registry, const Appointment& session,
                                     QWidget* parent)
    : RecordDialog(parent), m_registry(registry), m_session(session),
      m_topic(new QLineEdit(session.topic)), m_goal(new QPlainTextEdit(session.learningGoal)) {
    setWindowTitle(
        tr("Session on %1").arg(QLocale().toString(session.localStart(), QLocale::ShortFormat)));
    setMinimumWidth(440);
    m_topic->setPlaceholderText(tr("e.g. Budget for the month"));
    m_goal->setPlaceholderText(tr("What the members should be able to do afterwards"));
    m_goal->setTabChangesFocus(true);
    m_goal->setFixedHeight(m_goal->fontMetrics().lineSpacing() * 4 + 12);
    addField(QStringLiteral("topic"), tr("&Topic"), m_topic);
    addField(QStringLiteral("learningGoal"), tr("&Learning goal"), m_goal);
    m_topic->setFocus();
}

Status SessionPlanDialog::save() {
    return GroupSessions(m_registry)
        .setSessionPlan(m_session.meta.id, m_topic->text(), m_goal->toPlainText());
}

} // namespace bs
