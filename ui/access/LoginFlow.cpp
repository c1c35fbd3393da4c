#include "LoginFlow.h"

#include "ChangePasswordDialog.h"
#include "FirstAdministratorDialog.h"
#include "LoginDialog.h"

namespace bs {

std::optional<Actor> runLogin(AuthService& auth, const QString& demoHint) {
    const Database& db = auth.registry().database();
    QString firstUser;
    if (auth.needsFirstAdministrator()) {
        FirstAdministratorDialog first(auth);
        if (first.exec() != QDialog::Accepted)
            return std::nullopt;
        firstUser = first.account().userName;
    }
    LoginDialog login(auth, demoHint);
    if (!firstUser.isEmpty())
        login.setUserName(firstUser);
    if (login.exec() != QDialog::Accepted)
        return std::nullopt;
    const Actor actor = login.actor();
    db.setActor(actor);
    if (auto account = auth.account(actor.accountId); account && account->mustChangePassword) {
        ChangePasswordDialog change(auth, true);
        if (change.exec() != QDialog::Accepted) {
            db.setActor(Actor::system());
            return std::nullopt;
        }
    }
    return actor;
}

} // namespace bs
