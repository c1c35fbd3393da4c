#pragma once
// The start of a session (docs/access.md): the first administrator on a file without accounts,
// the login, and the forced password change after an administrator's reset. Modal dialogs, run
// before the main window exists and again after "Log in as someone else".
#include "security/AuthService.h"
#include <optional>

namespace bs {

// Returns who logged in and makes them the database's actor; nothing when the user quit.
std::optional<Actor> runLogin(AuthService& auth, const QString& demoHint = {});

} // namespace bs
