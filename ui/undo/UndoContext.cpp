#include "UndoContext.h"

namespace bs {

UndoContext::UndoContext(Registry& registry, QObject* parent)
    : QObject(parent), m_registry(registry), m_stack(new QUndoStack(this)) {
    m_stack->setUndoLimit(200);
}

void UndoContext::reportFailure(const QString& message) {
    // The stack is still inside undo()/redo() here: clear it (and let the user know) only after
    // it has returned.
    QMetaObject::invokeMethod(
        this,
        [this, message] {
            m_stack->clear();
            emit failed(message);
        },
        Qt::QueuedConnection);
}

} // namespace bs
