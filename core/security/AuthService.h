#pragma once
// Logins of this computer (docs/access.md, "Accounts and roles"): the first administrator,
// accounts managed by administrators, passwords hashed with Argon2id (libsodium
// crypto_pwhash_str), lockout after repeated failures, and the access settings. Every login,
// refusal and administrator change is written to the access log; a password never is.
#include "security/Account.h"
#include "security/Actor.h"
#include "services/Registry.h"
#include <QCoreApplication>

namespace bs {

// What an administrator fills in for a new account.
struct NewAccount {
    QString userName;
    QString displayName;
    QUuid staffId; // optional; must be a listed staff member
    StaffRole role = StaffRole::Worker;
    QString password;               // the first password
    bool mustChangePassword = true; // the user chooses their own at the first login
};

class AuthService {
    Q_DECLARE_TR_FUNCTIONS(AuthService)
public:
    struct Options {
        // libsodium's MIN limits instead of INTERACTIVE, so tests hash in microseconds.
        bool fastHashForTests = false;
    };
    static constexpr int kMinPasswordLength = 10;

    explicit AuthService(Registry& registry) : AuthService(registry, Options{}) {}
    AuthService(Registry& registry, Options options);

    Registry& registry() const { return m_registry; }

    // True while the file has no account: the first start asks for the administrator.
    bool needsFirstAdministrator() const;
    // Refused once any account exists.
    Result<Account> createFirstAdministrator(const QString& userName, const QString& displayName,
                                             const QString& password);

    // Administrator only (the database's current actor).
    Result<Account> createAccount(const NewAccount& account);
    Status setRole(const QUuid& accountId, StaffRole role);
    Status setDisabled(const QUuid& accountId, bool disabled);
    // Sets a new password that the user must change at the next login; also unlocks.
    Status resetPassword(const QUuid& accountId, const QString& newPassword);
    Status unlock(const QUuid& accountId);
    Result<QList<Account>> accounts() const;
    Result<Account> account(const QUuid& accountId) const;

    // The logged-in account's own password (the database's current actor).
    Status changeOwnPassword(const QString& oldPassword, const QString& newPassword);

    // Checks the user name and password. On success returns who is acting; the caller sets it
    // with database().setActor(). Unknown users and wrong passwords get the same message; a
    // locked or disabled account is refused without checking the password.
    Result<Actor> login(const QString& userName, const QString& password);

    AccessSettings settings() const;
    // Administrator only; each value within its range.
    Status saveSettings(const AccessSettings& settings);

    // The rules a new password must meet ("password" field), empty when it is good.
    static QString passwordProblem(const QString& userName, const QString& password);
    // The same without the field's name ("use at least 10 characters").
    static QString passwordRule(const QString& userName, const QString& password);

private:
    Status requireAdministrator() const;
    Result<QString> hash(const QString& password) const;
    bool verify(const QString& storedHash, const QString& password) const;
    bool needsRehash(const QString& storedHash) const;
    Result<Account> insertAccount(const NewAccount& account);
    // Loads, changes and stores one account, logging an `account` entry with `detail`.
    Status changeAccount(const QUuid& accountId, const QString& detail,
                         const std::function<Status(Account&)>& change);
    Status logFailure(const QString& typed, const QString& detail);
    Actor actorFor(const Account& account) const;

    Registry& m_registry;
    Options m_options;
};

} // namespace bs
