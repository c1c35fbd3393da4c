#pragma once
// Who is acting: a logged-in account (its staff member, team and role), the command line, or the
// application itself. Every access-log entry names its actor.
#include "domain/Enums.h"
#include <QString>
#include <QUuid>

namespace bs {

struct Actor {
    QUuid accountId;     // null for the command line and the application itself
    QString userName;    // the account's user name; "cli:<os user>" or "system"
    QString displayName; // shown to administrators; never in a citizen's extract
    QUuid staffId;       // the staff member the account belongs to, if any
    QUuid teamId;        // that staff member's team
    StaffRole role = StaffRole::Worker;

    bool isAccount() const { return !accountId.isNull(); }
    bool isAdministrator() const { return role == StaffRole::Administrator; }

    // The operating-system user running bostotte-cli: an administrator's tool that needs the
    // owner's access to the file, and logs everything it does under that name.
    static Actor commandLine();
    // The application itself: migrations, retention, merges of synchronised changes, tests.
    static Actor system();
};

} // namespace bs
