#pragma once
// Who is using this installation: the staff member whose day "Min dag" shows, who is recorded as
// registering outcomes, attendance and desk visits. Chosen by the user and remembered per database
// file on this computer (until logins arrive with the access issue).
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
    // Remembers the choice; an unknown or deleted staff member is refused.
    Status set(const QUuid& staffId);

signals:
    void changed(const QUuid& staffId);

private:
    QString settingsKey() const;

    Registry& m_registry;
    QUuid m_id;
};

} // namespace bs
