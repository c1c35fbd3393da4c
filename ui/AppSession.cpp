#include "AppSession.h"

#include "services/DemoGenerator.h"

namespace bs {

Status AppSession::openDatabase(const QString& path) {
    Database::Options options;
    options.exclusive = true; // one Bostøtte per file; its worker threads open without the lock
    auto db = Database::open(path, m_clock, options);
    if (!db)
        return Status(db.error());
    m_database = std::move(*db);
    m_registry = std::make_unique<Registry>(*m_database);
    return Status::success();
}

Result<std::unique_ptr<AppSession>> AppSession::open(const QString& path) {
    std::unique_ptr<AppSession> session(new AppSession);
    if (Status s = session->openDatabase(path); !s)
        return s.error();
    return session;
}

Result<std::unique_ptr<AppSession>> AppSession::openDemo() {
    std::unique_ptr<AppSession> session(new AppSession);
    session->m_tempDir = std::make_unique<QTemporaryDir>();
    if (!session->m_tempDir->isValid())
        return Result<std::unique_ptr<AppSession>>::failure(
            tr("Could not create a temporary folder for the demo database: %1")
                .arg(session->m_tempDir->errorString()));
    if (Status s =
            session->openDatabase(session->m_tempDir->filePath(QStringLiteral("demo.sqlite")));
        !s)
        return s.error();
    if (Status s = DemoGenerator::generate(session->registry()); !s)
        return Result<std::unique_ptr<AppSession>>::failure(
            tr("Could not generate the demo data: %1").arg(s.message()));
    return session;
}

} // namespace bs
