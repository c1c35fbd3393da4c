#pragma once
// The undo history of the citizen register and the organisation (teams, staff, sites, groups).
// Every edit the user makes is pushed here as a command after it was saved; undo and redo go
// through the registry like any other edit.
#include "services/Registry.h"
#include <QObject>
#include <QUndoStack>

namespace bs {

class UndoContext : public QObject {
    Q_OBJECT
public:
    // The organisation records, which belong to no citizen.
    enum class OrgRecord { Team, Staff, Site, Group };
    Q_ENUM(OrgRecord)

    explicit UndoContext(Registry& registry, QObject* parent = nullptr);

    Registry& registry() const { return m_registry; }
    QUndoStack* stack() const { return m_stack; }
    // Records an edit that is already saved; pushing does not save it again.
    void push(QUndoCommand* command) { m_stack->push(command); }

    // Called by commands.
    void notifyChanged(const QUuid& citizenId) { emit changed(citizenId); }
    void notifyAppointmentChanged(const QUuid& appointmentId) {
        emit appointmentChanged(appointmentId);
    }
    void notifyOrganisationChanged(OrgRecord kind, const QUuid& id) {
        emit organisationChanged(kind, id);
    }
    void reportFailure(const QString& message);

signals:
    // A command was done, undone or redone; views showing this citizen reload.
    void changed(const QUuid& citizenId);
    // The same for an appointment: the calendar and My day reload.
    void appointmentChanged(const QUuid& appointmentId);
    // The same for a team, staff member, site or group: views listing them reload.
    void organisationChanged(bs::UndoContext::OrgRecord kind, const QUuid& id);
    // An undo or redo could not be carried out. The history no longer matches the stored data,
    // so it has been cleared.
    void failed(const QString& message);

private:
    Registry& m_registry;
    QUndoStack* m_stack;
};

} // namespace bs
