// Accounts, login and lockout (docs/access.md, "Accounts and roles").
#include "security/AuthService.h"
#include "storage/AccountQueries.h"
#include "support/TestDatabase.h"

#include <QFile>
#include <QSqlQuery>

using namespace bs;
using bs::test::Builders;
using bs::test::TestDatabase;

namespace {

const QString kAdminPassword = QStringLiteral("Kaffe-og-kage-42");
const QString kWorkerPassword = QStringLiteral("Rugbrød-med-ost");

struct Auth {
    TestDatabase t; // clock: Tuesday 25 November 2025, 10:00 local (09:00 UTC)
    AuthService auth{t.reg(), AuthService::Options{true}};

    Account admin() {
        auto a = auth.createFirstAdministrator(QStringLiteral("admin"),
                                               QStringLiteral("Anna Admin"), kAdminPassword);
        INFO(a.message().toStdString());
        REQUIRE(a.ok());
        return *a;
    }
    Account worker(const QUuid& staffId = {}) {
        NewAccount n;
        n.userName = QStringLiteral("Søren");
        n.displayName = QStringLiteral("Søren Sørensen");
        n.staffId = staffId;
        n.password = kWorkerPassword;
        auto a = auth.createAccount(n);
        INFO(a.message().toStdString());
        REQUIRE(a.ok());
        return *a;
    }
    QList<AccessEntry> log(AccessAction action) {
        AccessLogFilter f;
        f.action = action;
        auto entries = t.db->accessLog().search(f);
        REQUIRE(entries.ok());
        return *entries;
    }
    QString storedHash(const QString& userName) {
        auto found = AccountQueries(*t.db).byUserName(userName);
        REQUIRE(found.ok());
        REQUIRE(found->has_value());
        return (*found)->passwordHash;
    }
};

QByteArray fileBytes(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace

TEST_CASE("The first administrator is created once, on a file without accounts", "[auth]") {
    Auth a;
    CHECK(a.auth.needsFirstAdministrator());
    const Account admin = a.admin();
    CHECK(admin.role == StaffRole::Administrator);
    CHECK_FALSE(admin.mustChangePassword);
    CHECK_FALSE(a.auth.needsFirstAdministrator());

    auto again = a.auth.createFirstAdministrator(QStringLiteral("boss"), QStringLiteral("Boss"),
                                                 QStringLiteral("another-password"));
    CHECK_FALSE(again.ok());
    CHECK(a.auth.accounts()->size() == 1);
}

TEST_CASE("Passwords are stored as Argon2id hashes and nowhere as text", "[auth][sqlite-only]") {
    Auth a;
    a.admin();
    a.worker();
    CHECK(a.storedHash(QStringLiteral("admin")).startsWith(QStringLiteral("$argon2id$")));
    CHECK(a.storedHash(QStringLiteral("søren")).startsWith(QStringLiteral("$argon2id$")));
    REQUIRE(a.auth.login(QStringLiteral("admin"), kAdminPassword).ok());
    REQUIRE_FALSE(a.auth.login(QStringLiteral("admin"), QStringLiteral("Gæt-et-kodeord")).ok());

    REQUIRE(a.t.db->execSql(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
    const QByteArray bytes = fileBytes(a.t.path()) + fileBytes(a.t.path() + QStringLiteral("-wal"));
    REQUIRE(bytes.size() > 4096);
    REQUIRE(bytes.contains(QByteArrayLiteral("$argon2id$"))); // the search does reach the rows
    CHECK_FALSE(bytes.contains(kAdminPassword.toUtf8()));
    CHECK_FALSE(bytes.contains(kWorkerPassword.toUtf8()));
    CHECK_FALSE(bytes.contains(QStringLiteral("Gæt-et-kodeord").toUtf8()));
}

TEST_CASE("A login gives the account's actor and logs exactly one entry", "[auth]") {
    Auth a;
    a.admin();
    Builders b{a.t.reg()};
    const Team team = b.team(QStringLiteral("Team Nord"));
    const Staff staff =
        b.staff(QStringLiteral("SS"), QStringLiteral("Søren Sørensen"), team.meta.id);
    const Account worker = a.worker(staff.meta.id);

    auto actor = a.auth.login(QStringLiteral("SØREN"), kWorkerPassword);
    INFO(actor.message().toStdString());
    REQUIRE(actor.ok());
    CHECK(actor->accountId == worker.id);
    CHECK(actor->userName == QStringLiteral("Søren"));
    CHECK(actor->staffId == staff.meta.id);
    CHECK(actor->teamId == team.meta.id);
    CHECK(actor->role == StaffRole::Worker);
    CHECK_FALSE(actor->isAdministrator());

    const auto logins = a.log(AccessAction::Login);
    REQUIRE(logins.size() == 1);
    CHECK(logins[0].accountId == worker.id);
    CHECK(logins[0].userName == QStringLiteral("Søren"));
    CHECK(a.log(AccessAction::LoginFailed).isEmpty());
    CHECK(a.auth.account(worker.id)->lastLoginUtc == a.t.clock.nowUtc());
    // The caller decides when the actor takes over.
    CHECK(a.t.db->actor().userName == QStringLiteral("system"));
}

TEST_CASE("Unknown users and wrong passwords get the same message and one entry each", "[auth]") {
    Auth a;
    a.admin();
    auto wrong = a.auth.login(QStringLiteral("admin"), QStringLiteral("not-the-password"));
    auto unknown = a.auth.login(QStringLiteral("nobody"), QStringLiteral("not-the-password"));
    REQUIRE_FALSE(wrong.ok());
    REQUIRE_FALSE(unknown.ok());
    CHECK(wrong.message() == unknown.message());
    CHECK_FALSE(wrong.message().isEmpty());

    const auto failed = a.log(AccessAction::LoginFailed);
    REQUIRE(failed.size() == 2);
    QStringList criteria{failed[0].criterion, failed[1].criterion};
    criteria.sort();
    CHECK(criteria == QStringList{QStringLiteral("admin"), QStringLiteral("nobody")});
    for (const AccessEntry& e : failed)
        CHECK_FALSE((e.criterion + e.detail + e.reason).contains(QStringLiteral("not-the")));
    CHECK(a.log(AccessAction::Login).isEmpty());
}

TEST_CASE("Repeated failures lock the account until the minutes have passed", "[auth]") {
    Auth a;
    a.admin();
    const Account worker = a.worker();
    const auto wrong = [&] {
        return a.auth.login(QStringLiteral("søren"), QStringLiteral("wrong-password"));
    };
    for (int i = 0; i < 4; ++i)
        CHECK(wrong().message() == QStringLiteral("Wrong user name or password"));
    auto fifth = wrong();
    CHECK(fifth.message().contains(QStringLiteral("locked")));
    CHECK(fifth.message().contains(QStringLiteral("10:15"))); // 10:00 local + 15 minutes

    // Locked: the right password is refused with the same lock message.
    auto right = a.auth.login(QStringLiteral("søren"), kWorkerPassword);
    REQUIRE_FALSE(right.ok());
    CHECK(right.message() == fifth.message());
    CHECK(a.auth.account(worker.id)->isLockedAt(a.t.clock.nowUtc()));

    a.t.clock.advanceSecs(14 * 60);
    CHECK_FALSE(a.auth.login(QStringLiteral("søren"), kWorkerPassword).ok());
    a.t.clock.advanceSecs(60);
    auto later = a.auth.login(QStringLiteral("søren"), kWorkerPassword);
    INFO(later.message().toStdString());
    CHECK(later.ok());
    CHECK(a.log(AccessAction::LoginFailed).size() == 7);
    CHECK(a.log(AccessAction::Login).size() == 1);
}

TEST_CASE("An administrator unlocks an account; the lockout follows the settings", "[auth]") {
    Auth a;
    a.admin();
    const Account worker = a.worker();
    AccessSettings rules;
    rules.lockoutAttempts = 3;
    rules.lockoutMinutes = 60;
    REQUIRE(a.auth.saveSettings(rules).ok());
    for (int i = 0; i < 3; ++i)
        (void)a.auth.login(QStringLiteral("søren"), QStringLiteral("wrong-password"));
    CHECK_FALSE(a.auth.login(QStringLiteral("søren"), kWorkerPassword).ok());
    CHECK(a.auth.account(worker.id)->lockedUntilUtc == a.t.clock.nowUtc().addSecs(3600));

    REQUIRE(a.auth.unlock(worker.id).ok());
    CHECK(a.auth.login(QStringLiteral("søren"), kWorkerPassword).ok());
    const auto changes = a.log(AccessAction::Account);
    REQUIRE_FALSE(changes.isEmpty());
    CHECK(changes.first().detail == QStringLiteral("unlocked")); // newest first
}

TEST_CASE("Only an administrator manages accounts", "[auth]") {
    Auth a;
    a.admin();
    a.worker();
    auto actor = a.auth.login(QStringLiteral("søren"), kWorkerPassword);
    REQUIRE(actor.ok());
    a.t.db->setActor(*actor);

    NewAccount n;
    n.userName = QStringLiteral("jonas");
    n.displayName = QStringLiteral("Jonas Krogh");
    n.password = QStringLiteral("long-enough-password");
    auto created = a.auth.createAccount(n);
    REQUIRE_FALSE(created.ok());
    CHECK(created.message().contains(QStringLiteral("administrator")));
    CHECK(a.auth.accounts()->size() == 2);
    CHECK_FALSE(a.auth.unlock(actor->accountId).ok());
    CHECK_FALSE(a.auth.setRole(actor->accountId, StaffRole::Administrator).ok());
    CHECK_FALSE(a.auth.saveSettings(AccessSettings{}).ok());
}

TEST_CASE("New accounts: unique user names, known staff and password rules", "[auth]") {
    Auth a;
    a.admin();
    a.worker();
    NewAccount n;
    n.userName = QStringLiteral("SØREN");
    n.displayName = QStringLiteral("Another");
    n.password = QStringLiteral("long-enough-password");
    auto dup = a.auth.createAccount(n);
    CHECK(dup.error().field == QStringLiteral("userName"));

    n.userName = QStringLiteral("mette");
    n.password = QStringLiteral("short");
    CHECK(a.auth.createAccount(n).error().field == QStringLiteral("password"));
    n.password = QStringLiteral("mette");
    CHECK_FALSE(a.auth.createAccount(n).ok());
    n.password = QStringLiteral("long-enough-password");
    n.staffId = QUuid::createUuid();
    CHECK(a.auth.createAccount(n).error().field == QStringLiteral("staff"));
    CHECK(a.auth.accounts()->size() == 2);

    n.staffId = {};
    auto ok = a.auth.createAccount(n);
    REQUIRE(ok.ok());
    CHECK(ok->mustChangePassword);
}

TEST_CASE("Disabled accounts are refused; the last administrator stays", "[auth]") {
    Auth a;
    const Account admin = a.admin();
    const Account worker = a.worker();
    CHECK_FALSE(a.auth.setDisabled(admin.id, true).ok());
    CHECK_FALSE(a.auth.setRole(admin.id, StaffRole::Worker).ok());

    REQUIRE(a.auth.setDisabled(worker.id, true).ok());
    auto refused = a.auth.login(QStringLiteral("søren"), kWorkerPassword);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("disabled")));
    REQUIRE(a.auth.setDisabled(worker.id, false).ok());
    CHECK(a.auth.login(QStringLiteral("søren"), kWorkerPassword).ok());
}

TEST_CASE("A reset password must be changed by its owner", "[auth]") {
    Auth a;
    a.admin();
    const Account worker = a.worker();
    REQUIRE(a.auth.resetPassword(worker.id, QStringLiteral("temporary-123")).ok());
    CHECK(a.auth.account(worker.id)->mustChangePassword);
    CHECK_FALSE(a.auth.login(QStringLiteral("søren"), kWorkerPassword).ok());
    auto actor = a.auth.login(QStringLiteral("søren"), QStringLiteral("temporary-123"));
    REQUIRE(actor.ok());
    a.t.db->setActor(*actor);

    CHECK(a.auth.changeOwnPassword(QStringLiteral("wrong-one-here"), QStringLiteral("my-own-1234"))
              .error()
              .field == QStringLiteral("oldPassword"));
    CHECK(a.auth.changeOwnPassword(QStringLiteral("temporary-123"), QStringLiteral("short"))
              .error()
              .field == QStringLiteral("password"));
    REQUIRE(a.auth.changeOwnPassword(QStringLiteral("temporary-123"), QStringLiteral("my-own-1234"))
                .ok());
    CHECK_FALSE(a.auth.account(worker.id)->mustChangePassword);
    CHECK(a.auth.login(QStringLiteral("søren"), QStringLiteral("my-own-1234")).ok());
}

TEST_CASE("Access settings have defaults and ranges", "[auth]") {
    Auth a;
    a.admin();
    const AccessSettings defaults = a.auth.settings();
    CHECK(defaults.lockoutAttempts == 5);
    CHECK(defaults.lockoutMinutes == 15);
    CHECK(defaults.idleMinutes == 10);

    AccessSettings bad;
    bad.idleMinutes = 0;
    auto refused = a.auth.saveSettings(bad);
    CHECK(refused.error().field == QStringLiteral("idleMinutes"));
    bad.idleMinutes = 10;
    bad.lockoutAttempts = 1;
    CHECK(a.auth.saveSettings(bad).error().field == QStringLiteral("lockoutAttempts"));
    CHECK(a.auth.settings().lockoutAttempts == 5);

    AccessSettings good{4, 30, 5};
    REQUIRE(a.auth.saveSettings(good).ok());
    const AccessSettings read = a.auth.settings();
    CHECK(read.lockoutAttempts == 4);
    CHECK(read.lockoutMinutes == 30);
    CHECK(read.idleMinutes == 5);
}
