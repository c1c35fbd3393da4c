#pragma once
// The SQL of the login accounts (table user_account). Local to this computer: accounts are never
// synchronised and are not written through Repository (their changes are logged by AuthService
// as `account` entries instead). The password hash only travels between here and AuthService.
#include "Database.h"
#include "security/Account.h"
#include <optional>

namespace bs {

struct StoredAccount {
    Account account;
    QString passwordHash; // libsodium crypto_pwhash_str text
};

class AccountQueries {
public:
    explicit AccountQueries(const Database& db) : m_db(db) {}

    Result<int> count() const;
    // Every account with its hash, ordered by user name.
    Result<QList<StoredAccount>> all() const;
    Result<std::optional<StoredAccount>> byId(const QUuid& id) const;
    // Compared without regard to case, also for æ, ø and å (SQLite's NOCASE knows ASCII only).
    Result<std::optional<StoredAccount>> byUserName(const QString& userName) const;

    Status insert(const Account& account, const QString& passwordHash) const;
    // Writes every field of `account` except the id and the creation time.
    Status update(const Account& account) const;
    Status setPasswordHash(const QUuid& id, const QString& passwordHash) const;

private:
    const Database& m_db;
};

} // namespace bs
