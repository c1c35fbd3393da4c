#include "RotaCommands.h"

namespace bs {

RotaChangeCommand::RotaChangeCommand(UndoContext& context, const QString& text,
                                     QList<RotaDay> before, QList<RotaDay> after,
                                     std::function<void()> refresh)
    : QUndoCommand(text), m_context(context), m_before(std::move(before)),
      m_after(std::move(after)), m_refresh(std::move(refresh)) {
}

void RotaChangeCommand::undo() {
    apply(m_before);
}

void RotaChangeCommand::redo() {
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    apply(m_after);
}

void RotaChangeCommand::apply(const QList<RotaDay>& days) {
    RotaService rota(m_context.registry());
    Status result = m_context.registry().database().transaction([&]() -> Status {
        for (const RotaDay& day : days) {
            if (day.date.dayOfWeek() >= 6) {
                // Clear both first, so swapping duty and backup never meets itself.
                for (RotaRole role : {RotaRole::WeekendDuty, RotaRole::WeekendBackup})
                    if (auto s = rota.assign(day.date, role, {}); !s)
                        return s;
                if (auto s = rota.assign(day.date, RotaRole::WeekendDuty, day.weekendDuty); !s)
                    return s;
                if (auto s = rota.assign(day.date, RotaRole::WeekendBackup, day.weekendBackup); !s)
                    return s;
            }
            if (auto s = rota.assign(day.date, RotaRole::OnCall, day.onCall); !s)
                return s;
        }
        return Status::success();
    });
    if (!result)
        m_context.reportFailure(result.message());
    if (m_refresh)
        m_refresh();
}

} // namespace bs
