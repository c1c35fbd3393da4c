#include "AppSession.h"

#include "services/DemoGenerator.h"
#include "services/Scheduler.h"
#include <QHash>
#include <algorithm>

namespace bs {

Status AppSession::openDatabase(const QString& path) {
    Database::Options options;
    options.exclusive = true; // one Bostøtte per file; its worker threads open without the lock
    auto db = Database::open(path, m_clock, options);
    if (!db)
        return Status(db.error());
    m_database = std::move(*db);
    m_registry = std::make_unique<Registry>(*m_database);
    m_auth = std::make_unique<AuthService>(*m_registry);
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
    if (Status s = session->createDemoAccounts(); !s)
        return Result<std::unique_ptr<AppSession>>::failure(
            tr("Could not create the demo logins: %1").arg(s.message()));
    return session;
}

Status AppSession::createDemoAccounts() {
    // The demo's passwords are public, so the quick hash keeps --demo fast; the first login
    // re-hashes with the real limits.
    AuthService quick(*m_registry, AuthService::Options{true});
    auto admin = quick.createFirstAdministrator(QStringLiteral("admin"), tr("Administrator (demo)"),
                                                kDemoPassword);
    if (!admin)
        return Status(admin.error());
    auto staff = m_registry->staff();
    if (!staff)
        return Status(staff.error());
    // The first leader and the two workers with the most appointments today, so that Min dag
    // has content for them.
    QHash<QUuid, int> today;
    const QDate date = m_registry->clock().today();
    if (auto found = Scheduler(*m_registry)
                         .appointments(localToUtc(date, QTime(0, 0)),
                                       localToUtc(date.addDays(1), QTime(0, 0))))
        for (const Appointment& a : *found)
            ++today[a.staffId];
    QList<Staff> ordered = *staff;
    std::stable_sort(ordered.begin(), ordered.end(), [&today](const Staff& a, const Staff& b) {
        return today.value(a.meta.id) > today.value(b.meta.id);
    });
    QList<Staff> chosen;
    int workers = 0;
    bool leader = false;
    for (const Staff& s : ordered) {
        if (s.role == StaffRole::Leader && !leader) {
            leader = true;
            chosen.prepend(s);
        } else if (s.role == StaffRole::Worker && workers < 2) {
            ++workers;
            chosen.append(s);
        }
    }
    QStringList logins{QStringLiteral("admin")};
    for (const Staff& s : chosen) {
        NewAccount n;
        n.userName = s.initials.toLower();
        n.displayName = s.name;
        n.staffId = s.meta.id;
        n.role = s.role;
        n.password = kDemoPassword;
        n.mustChangePassword = false;
        auto created = quick.createAccount(n);
        if (!created)
            return Status(created.error());
        logins << QStringLiteral("%1 (%2, %3)").arg(n.userName, s.name, label(s.role).toLower());
    }
    m_demoHint = tr("Demo: log in as %1 — the password is \"%2\".")
                     .arg(logins.join(QStringLiteral(", ")), kDemoPassword);
    return Status::success();
}

} // namespace bs
