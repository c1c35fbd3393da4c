#pragma once
// What the GUI runs on: the clock, the open database (a file, or a freshly generated demo
// database in a temporary folder that is removed on exit), the registry over it and the logins.
#include "security/AuthService.h"
#include "services/Registry.h"
#include <QTemporaryDir>
#include <memory>

namespace bs {

class AppSession {
    Q_DECLARE_TR_FUNCTIONS(AppSession)
public:
    // Opens (and if needed creates) the database at `path`.
    static Result<std::unique_ptr<AppSession>> open(const QString& path);
    // Generates a demo database in a temporary folder, with the demo logins (kDemoPassword):
    // "admin" and a leader and two workers by their initials.
    static Result<std::unique_ptr<AppSession>> openDemo();
    static inline const QString kDemoPassword = QStringLiteral("demo-adgang");

    Registry& registry() { return *m_registry; }
    AuthService& auth() { return *m_auth; }
    // The login dialog's hint in the demo (its logins and password); empty otherwise.
    QString demoHint() const { return m_demoHint; }

private:
    AppSession() = default;
    Status openDatabase(const QString& path);
    Status createDemoAccounts();

    // Declared in the order they must be built; destroyed in reverse.
    std::unique_ptr<QTemporaryDir> m_tempDir;
    SystemClock m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Registry> m_registry;
    std::unique_ptr<AuthService> m_auth;
    QString m_demoHint;
};

} // namespace bs
