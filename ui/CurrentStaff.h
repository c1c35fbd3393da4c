#pragma once
// Who is using this installation: the staff member whose day "Min dag" shows, who is recorded as
// registering outcomes, attendance and desk visits. When the logged-in account belongs to a staff
// member (the database's actor, set before this is built), it is that person and cannot be
// changed; otherwise it is chosen by the user and remembered per database file on this computer.
#include "services/Registry.h"
#include <QObject>

namespace bs {

class CurrentStaff : public QObject {
    Q_OBJECT
public:
    explicit CurrentStaff(Registry& registry, QObject* parent = nullptr);

    Registry& registry() const { return m_registry; }
    QUuid id() const { return m_id; }
    // The stored staff member, or a failure saying who to choose.
    Result<Staff> staff() const;
    // Remembers the choice; an unknown or deleted staff member is refused, and so is any
    // change while fixed to the logged-in account's staff member.
    Status set(const QUuid& staffId);
    // True when the login decides who this is.
    bool isFixed() const { return m_fixed; }

signals:
    void changed(const QUuid& staffId);

private:
    QString settingsKey() const;

    Registry& m_registry;
    QUuid m_id;
    bool m_fixed = false;
};

} // namespace bs
