#pragma once
// Undo commands for the calendar, in the style of RecordCommands: pushed after the Scheduler saved
// the user's edit. Undo of a booking marks the appointment deleted (redo restores it); undo of a
// move, resize, edit or outcome saves the appointment's earlier values back through
// Scheduler::changeOne, outcome and who registered it included. Every do, undo and redo notifies
// UndoContext::appointmentChanged, which the calendar and My day reload on.
#include "domain/Appointment.h"
#include "undo/UndoContext.h"

class QUndoCommand;

namespace bs {

// The appointment `created` was booked.
QUndoCommand* appointmentCreatedCommand(UndoContext& context, const Appointment& created);
// The appointment was changed from `before` to `after` (both as stored).
QUndoCommand* appointmentChangedCommand(UndoContext& context, const QString& text,
                                        const Appointment& before, const Appointment& after);
// Saves `value`'s fields over the stored appointment (with the stored bookkeeping).
Status restoreAppointment(Registry& registry, const Appointment& value);

} // namespace bs
