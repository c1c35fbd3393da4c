#include "ServerPassword.h"

#include "access/ServerPasswordDialog.h"
#include <QApplication>

namespace bs {

PasswordAsker passwordDialogAsker(QWidget* parent) {
    return [parent](const ServerLocation& where, const QString& problem) {
        // A wait cursor from the caller would hide that typing is wanted.
        const bool waiting = QApplication::overrideCursor() != nullptr;
        if (waiting)
            QApplication::setOverrideCursor(Qt::ArrowCursor);
        auto password = ServerPasswordDialog::ask(where, problem, parent);
        if (waiting)
            QApplication::restoreOverrideCursor();
        return password;
    };
}

Result<std::unique_ptr<AppSession>> openSessionAskingPassword(const QString& location,
                                                              const PasswordAsker& ask) {
    return withServerPassword<std::unique_ptr<AppSession>>(
        location, [&location] { return AppSession::open(location); }, ask);
}

} // namespace bs
