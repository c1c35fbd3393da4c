#pragma once
// Undo for rota edits: the days a change touched, as they were before and after. Undo and redo
// write each role of each day back through the rota service.
#include "services/RotaService.h"
#include "undo/UndoContext.h"
#include <QUndoCommand>
#include <functional>

namespace bs {

class RotaChangeCommand : public QUndoCommand {
public:
    // `before` and `after` cover the same days. `refresh` shows the result on screen.
    RotaChangeCommand(UndoContext& context, const QString& text, QList<RotaDay> before,
                      QList<RotaDay> after, std::function<void()> refresh);
    void undo() override;
    void redo() override;

private:
    void apply(const QList<RotaDay>& days);

    UndoContext& m_context;
    QList<RotaDay> m_before;
    QList<RotaDay> m_after;
    std::function<void()> m_refresh;
    bool m_firstRedo = true; // the change is saved before the command is pushed
};

} // namespace bs
