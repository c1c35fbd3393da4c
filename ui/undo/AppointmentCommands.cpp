#include "AppointmentCommands.h"

#include "services/Scheduler.h"
#include "undo/RecordCommands.h"

namespace bs {

namespace {

RecordCommand::Notify notifyFor(UndoContext& context, const Appointment& a) {
    return [&context, id = a.meta.id] { context.notifyAppointmentChanged(id); };
}

} // namespace

Status restoreAppointment(Registry& registry, const Appointment& value) {
    auto current = withStoredMeta(registry, value);
    if (!current)
        return Status(current.error());
    auto warnings = Scheduler(registry).changeOne(*current);
    return warnings ? Status::success() : Status(warnings.error());
}

QUndoCommand* appointmentCreatedCommand(UndoContext& context, const Appointment& created) {
    return createdCommand(context, notifyFor(context, created), UndoContext::tr("Book appointment"),
                          created);
}

QUndoCommand* appointmentChangedCommand(UndoContext& context, const QString& text,
                                        const Appointment& before, const Appointment& after) {
    Registry& registry = context.registry();
    return new RecordCommand(
        context, notifyFor(context, after), text,
        [&registry, before] { return restoreAppointment(registry, before); },
        [&registry, after] { return restoreAppointment(registry, after); });
}

} // namespace bs
