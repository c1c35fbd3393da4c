#pragma once
// Server mode's password loop: try to open; when the server refuses because of the password,
// ask for it, keep it in memory (ServerLocation::rememberPassword, under the location's URI, so
// worker threads opening db.path() find it) and try again. A wrong password shows the server's
// words in the next prompt; Cancel gives up with the field kCancelledField. Files and other
// failures pass straight through.
#include "AppSession.h"
#include "storage/ServerLocation.h"
#include <QCoreApplication>
#include <QWidget>
#include <functional>
#include <optional>

namespace bs {

// Asks for the password of `where`; `problem` is the previous refusal (empty the first time).
using PasswordAsker =
    std::function<std::optional<QString>(const ServerLocation& where, const QString& problem)>;

// The field of the failure returned when the user cancelled the prompt.
inline const QString kCancelledField = QStringLiteral("cancelled");

// The ServerPasswordDialog, modal over `parent`.
PasswordAsker passwordDialogAsker(QWidget* parent = nullptr);

// Runs `attempt` until it no longer fails for want of the right password, or the user cancels.
template <typename T>
Result<T> withServerPassword(const QString& location, const std::function<Result<T>()>& attempt,
                             const PasswordAsker& ask) {
    Result<T> result = attempt();
    if (result || result.error().field != QLatin1String("password") ||
        !ServerLocation::isServerUri(location))
        return result;
    const auto where = ServerLocation::parse(location);
    if (!where)
        return result;
    const QString key = where->uri();
    // The first refusal without a typed password is only "a password is needed"; not worth
    // showing as an error.
    QString problem =
        ServerLocation::rememberedPassword(key).isEmpty() ? QString() : result.message();
    for (;;) {
        const std::optional<QString> password = ask(*where, problem);
        if (!password) {
            ServerLocation::rememberPassword(key, QString()); // forget a wrong one
            return Result<T>::failure(
                QCoreApplication::translate("bs::ServerPassword",
                                            "No password was given for the database server."),
                kCancelledField);
        }
        ServerLocation::rememberPassword(key, *password);
        result = attempt();
        if (result || result.error().field != QLatin1String("password"))
            return result;
        problem = result.message();
    }
}

// AppSession::open(location), asking for the server's password as needed.
Result<std::unique_ptr<AppSession>> openSessionAskingPassword(const QString& location,
                                                              const PasswordAsker& ask);

} // namespace bs
