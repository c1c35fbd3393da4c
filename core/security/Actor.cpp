#include "Actor.h"
#include <QProcessEnvironment>

namespace bs {

Actor Actor::commandLine() {
    const auto env = QProcessEnvironment::systemEnvironment();
    QString user = env.value(QStringLiteral("USER"), env.value(QStringLiteral("USERNAME")));
    if (user.isEmpty())
        user = QStringLiteral("?");
    Actor a;
    a.userName = QStringLiteral("cli:") + user;
    a.displayName = a.userName;
    a.role = StaffRole::Administrator;
    return a;
}

Actor Actor::system() {
    Actor a;
    a.userName = QStringLiteral("system");
    a.displayName = a.userName;
    a.role = StaffRole::Administrator;
    return a;
}

} // namespace bs
