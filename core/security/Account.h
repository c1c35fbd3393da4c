#pragma once
// A login of this computer (table user_account, docs/access.md) as the rest of the program sees
// it: never with its password hash, which stays inside AuthService and AccountQueries.
#include "domain/Enums.h"
#include <QDateTime>
#include <QString>
#include <QUuid>

namespace bs {

struct Account {
    QUuid id;
    QString userName;    // unique, compared without regard to case
    QString displayName; // the person's name
    QUuid staffId;       // the staff member this login belongs to, if any
    StaffRole role = StaffRole::Worker;
    int failedAttempts = 0;   // failed logins in a row since the last success or lock
    QDateTime lockedUntilUtc; // invalid: not locked
    bool disabled = false;
    bool mustChangePassword = false; // set by an administrator's reset
    QDateTime createdUtc;
    QDateTime lastLoginUtc; // invalid: never logged in

    bool isLockedAt(const QDateTime& nowUtc) const {
        return lockedUntilUtc.isValid() && lockedUntilUtc > nowUtc;
    }
};

// The access rules an administrator sets for the municipality (the `setting` table, synced).
struct AccessSettings {
    int lockoutAttempts = 5; // failed logins in a row before the account locks
    int lockoutMinutes = 15; // how long it stays locked
    int idleMinutes = 10;    // the screen locks after this long without input
};

} // namespace bs
