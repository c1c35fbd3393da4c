#include "RecordCommands.h"

namespace bs {

RecordCommand::RecordCommand(UndoContext& context, const QUuid& citizenId, const QString& text,
                             Action undo, Action redo)
    : RecordCommand(
          context, [&context, citizenId] { context.notifyChanged(citizenId); }, text,
          std::move(undo), std::move(redo)) {
}

RecordCommand::RecordCommand(UndoContext& context, Notify notify, const QString& text, Action undo,
                             Action redo)
    : QUndoCommand(text), m_context(context), m_notify(std::move(notify)), m_undo(std::move(undo)),
      m_redo(std::move(redo)) {
}

void RecordCommand::undo() {
    run(m_undo, true);
}

void RecordCommand::redo() {
    if (m_alreadyDone) {
        m_alreadyDone = false;
        m_notify();
        return;
    }
    run(m_redo, false);
}

void RecordCommand::run(const Action& action, bool undoing) {
    if (const Status s = action(); !s)
        m_context.reportFailure(
            undoing ? UndoContext::tr("Could not undo \"%1\": %2").arg(text(), s.message())
                    : UndoContext::tr("Could not redo \"%1\": %2").arg(text(), s.message()));
    m_notify();
}

} // namespace bs
