#pragma once
// What the GUI runs on: the clock, the open database (a file, or a freshly generated demo
// database in a temporary folder that is removed on exit) and the registry over it.
#include "services/Registry.h"
#include <QTemporaryDir>
#include <memory>

namespace bs {

class AppSession {
    Q_DECLARE_TR_FUNCTIONS(AppSession)
public:
    // Opens (and if needed creates) the database at `path`.
    static Result<std::unique_ptr<AppSession>> open(const QString& path);
    // Generates a demo database in a temporary folder.
    static Result<std::unique_ptr<AppSession>> openDemo();

    Registry& registry() { return *m_registry; }

private:
    AppSession() = default;
    Status openDatabase(const QString& path);

    // Declared in the order they must be built; destroyed in reverse.
    std::unique_ptr<QTemporaryDir> m_tempDir;
    SystemClock m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Registry> m_registry;
};

} // namespace bs
