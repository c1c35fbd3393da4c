#include "AuthService.h"

#include "storage/AccountQueries.h"
#include "storage/CalendarQueries.h"
#include <sodium.h>

namespace bs {

namespace {

const char* const kLockoutAttempts = "access.lockout_attempts";
const char* const kLockoutMinutes = "access.lockout_minutes";
const char* const kIdleMinutes = "access.idle_minutes";

bool sodiumReady() {
    static const bool ready = sodium_init() >= 0; // thread-safe: a function-local static
    return ready;
}

// The password as bytes, wiped when it goes out of scope.
struct SecretBytes {
    QByteArray bytes;
    explicit SecretBytes(const QString& text) : bytes(text.toUtf8()) {}
    ~SecretBytes() { sodium_memzero(bytes.data(), static_cast<size_t>(bytes.size())); }
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;
};

// "14:05" today (local time), otherwise "27-11-2025 14:05".
QString localTimeText(const QDateTime& utc, const QDateTime& nowUtc) {
    const QDateTime local = utc.toTimeZone(Clock::localZone());
    const bool today = local.date() == nowUtc.toTimeZone(Clock::localZone()).date();
    return local.toString(today ? QStringLiteral("HH:mm") : QStringLiteral("dd-MM-yyyy HH:mm"));
}

} // namespace

AuthService::AuthService(Registry& registry, Options options)
    : m_registry(registry), m_options(options) {
}

// --- Passwords ---------------------------------------------------------------------------------

QString AuthService::passwordRule(const QString& userName, const QString& password) {
    if (password.size() < kMinPasswordLength)
        return tr("use at least %1 characters").arg(kMinPasswordLength);
    if (password.compare(userName.trimmed(), Qt::CaseInsensitive) == 0)
        return tr("must not be the user name");
    if (password.trimmed().isEmpty())
        return tr("must not be only spaces");
    return {};
}

QString AuthService::passwordProblem(const QString& userName, const QString& password) {
    const QString rule = passwordRule(userName, password);
    return rule.isEmpty() ? rule : tr("Password") + QStringLiteral(": ") + rule;
}

Result<QString> AuthService::hash(const QString& password) const {
    if (!sodiumReady())
        return Result<QString>::failure(tr("The encryption library could not be started"));
    const SecretBytes pw(password);
    char out[crypto_pwhash_STRBYTES];
    const auto ops = m_options.fastHashForTests ? crypto_pwhash_OPSLIMIT_MIN
                                                : crypto_pwhash_OPSLIMIT_INTERACTIVE;
    const auto mem = m_options.fastHashForTests ? crypto_pwhash_MEMLIMIT_MIN
                                                : crypto_pwhash_MEMLIMIT_INTERACTIVE;
    if (crypto_pwhash_str(out, pw.bytes.constData(), static_cast<size_t>(pw.bytes.size()), ops,
                          mem) != 0)
        return Result<QString>::failure(
            tr("The password could not be protected (not enough memory); close other programs "
               "and try again"));
    return QString::fromLatin1(out);
}

bool AuthService::verify(const QString& storedHash, const QString& password) const {
    if (!sodiumReady())
        return false;
    const QByteArray stored = storedHash.toLatin1();
    const SecretBytes pw(password);
    return crypto_pwhash_str_verify(stored.constData(), pw.bytes.constData(),
                                    static_cast<size_t>(pw.bytes.size())) == 0;
}

bool AuthService::needsRehash(const QString& storedHash) const {
    const QByteArray stored = storedHash.toLatin1();
    const auto ops = m_options.fastHashForTests ? crypto_pwhash_OPSLIMIT_MIN
                                                : crypto_pwhash_OPSLIMIT_INTERACTIVE;
    const auto mem = m_options.fastHashForTests ? crypto_pwhash_MEMLIMIT_MIN
                                                : crypto_pwhash_MEMLIMIT_INTERACTIVE;
    return crypto_pwhash_str_needs_rehash(stored.constData(), ops, mem) != 0;
}

// --- Accounts ---------------------------------------------------------------------------------

bool AuthService::needsFirstAdministrator() const {
    auto n = AccountQueries(m_registry.database()).count();
    return n && *n == 0;
}

Status AuthService::requireAdministrator() const {
    if (!m_registry.database().actor().isAdministrator())
        return Status::failure(tr("Only an administrator can manage accounts"));
    return Status::success();
}

Result<Account> AuthService::createFirstAdministrator(const QString& userName,
                                                      const QString& displayName,
                                                      const QString& password) {
    if (!needsFirstAdministrator())
        return Result<Account>::failure(
            tr("This file already has an administrator; log in, or ask the administrator"));
    NewAccount a;
    a.userName = userName;
    a.displayName = displayName;
    a.role = StaffRole::Administrator;
    a.password = password;
    a.mustChangePassword = false; // they typed it themselves
    return insertAccount(a);
}

Result<Account> AuthService::createAccount(const NewAccount& account) {
    if (Status s = requireAdministrator(); !s)
        return Result<Account>(s.error());
    return insertAccount(account);
}

Result<Account> AuthService::insertAccount(const NewAccount& n) {
    const QString userName = n.userName.trimmed();
    ValidationErrors e;
    if (userName.isEmpty())
        e.add(QStringLiteral("userName"), tr("User name"), tr("fill in"));
    else if (userName.size() > 64 || userName.contains(QLatin1Char(' ')))
        e.add(QStringLiteral("userName"), tr("User name"),
              tr("at most 64 characters, without spaces"));
    if (n.displayName.trimmed().isEmpty())
        e.add(QStringLiteral("displayName"), tr("Name"), tr("fill in"));
    else
        checkText(e, QStringLiteral("displayName"), tr("Name"), n.displayName, TextKind::Name);
    if (userName.size() <= 64)
        checkText(e, QStringLiteral("userName"), tr("User name"), userName, TextKind::Name);
    if (const QString rule = passwordRule(userName, n.password); !rule.isEmpty())
        e.add(QStringLiteral("password"), tr("Password"), rule);
    if (!e.isEmpty())
        return Result<Account>(e.toStatus().error());
    if (!n.staffId.isNull())
        if (auto s = m_registry.existing<Staff>(
                n.staffId, tr("Staff member: choose one who is listed"), QStringLiteral("staff"));
            !s)
            return Result<Account>(s.error());
    const AccountQueries queries(m_registry.database());
    auto same = queries.byUserName(userName);
    if (!same)
        return Result<Account>(same.error());
    if (*same)
        return Result<Account>::failure(
            tr("User name: \"%1\" is already in use").arg((*same)->account.userName),
            QStringLiteral("userName"));
    auto hashed = hash(n.password);
    if (!hashed)
        return Result<Account>(hashed.error());

    Account a;
    a.id = QUuid::createUuid();
    a.userName = userName;
    a.displayName = n.displayName.trimmed();
    a.staffId = n.staffId;
    a.role = n.role;
    a.mustChangePassword = n.mustChangePassword;
    a.createdUtc = m_registry.clock().nowUtc();
    const Database& db = m_registry.database();
    Status s = db.transaction([&]() -> Status {
        if (Status w = queries.insert(a, *hashed); !w)
            return w;
        return db.accessLog().record(AccessAction::Account, {}, a.userName,
                                     tr("created, role %1").arg(label(a.role)));
    });
    if (!s)
        return Result<Account>(s.error());
    return a;
}

Status AuthService::changeAccount(const QUuid& accountId, const QString& detail,
                                  const std::function<Status(Account&)>& change) {
    if (Status s = requireAdministrator(); !s)
        return s;
    const Database& db = m_registry.database();
    const AccountQueries queries(db);
    return db.transaction([&]() -> Status {
        auto found = queries.byId(accountId);
        if (!found)
            return Status(found.error());
        if (!*found)
            return Status::failure(tr("The account no longer exists"));
        Account a = (*found)->account;
        if (Status s = change(a); !s)
            return s;
        if (Status s = queries.update(a); !s)
            return s;
        return db.accessLog().record(AccessAction::Account, {}, a.userName, detail);
    });
}

namespace {

// Refuses a change that would leave no enabled administrator to manage the file.
Status keepAnAdministrator(const QList<StoredAccount>& all, const QUuid& changed) {
    for (const StoredAccount& s : all)
        if (s.account.id != changed && !s.account.disabled &&
            s.account.role == StaffRole::Administrator)
            return Status::success();
    return Status::failure(QCoreApplication::translate(
        "AuthService", "At least one enabled administrator must remain; make another account "
                       "administrator first"));
}

} // namespace

Status AuthService::setRole(const QUuid& accountId, StaffRole role) {
    const AccountQueries queries(m_registry.database());
    return changeAccount(accountId, tr("role %1").arg(label(role)), [&](Account& a) {
        if (a.role == StaffRole::Administrator && role != StaffRole::Administrator) {
            auto all = queries.all();
            if (!all)
                return Status(all.error());
            if (Status s = keepAnAdministrator(*all, a.id); !s)
                return s;
        }
        a.role = role;
        return Status::success();
    });
}

Status AuthService::setDisabled(const QUuid& accountId, bool disabled) {
    const AccountQueries queries(m_registry.database());
    return changeAccount(accountId, disabled ? tr("disabled") : tr("enabled"), [&](Account& a) {
        if (disabled && a.role == StaffRole::Administrator) {
            auto all = queries.all();
            if (!all)
                return Status(all.error());
            if (Status s = keepAnAdministrator(*all, a.id); !s)
                return s;
        }
        a.disabled = disabled;
        return Status::success();
    });
}

Status AuthService::resetPassword(const QUuid& accountId, const QString& newPassword) {
    const Database& db = m_registry.database();
    return changeAccount(accountId, tr("password reset"), [&](Account& a) {
        if (const QString p = passwordProblem(a.userName, newPassword); !p.isEmpty())
            return Status::failure(p, QStringLiteral("password"));
        auto hashed = hash(newPassword);
        if (!hashed)
            return Status(hashed.error());
        a.mustChangePassword = true;
        a.failedAttempts = 0;
        a.lockedUntilUtc = {};
        return AccountQueries(db).setPasswordHash(a.id, *hashed);
    });
}

Status AuthService::unlock(const QUuid& accountId) {
    return changeAccount(accountId, tr("unlocked"), [](Account& a) {
        a.failedAttempts = 0;
        a.lockedUntilUtc = {};
        return Status::success();
    });
}

Result<QList<Account>> AuthService::accounts() const {
    auto all = AccountQueries(m_registry.database()).all();
    if (!all)
        return Result<QList<Account>>(all.error());
    QList<Account> out;
    for (const StoredAccount& s : *all)
        out.append(s.account);
    return out;
}

Result<Account> AuthService::account(const QUuid& accountId) const {
    auto found = AccountQueries(m_registry.database()).byId(accountId);
    if (!found)
        return Result<Account>(found.error());
    if (!*found)
        return Result<Account>::failure(tr("The account no longer exists"));
    return (*found)->account;
}

Status AuthService::changeOwnPassword(const QString& oldPassword, const QString& newPassword) {
    const Database& db = m_registry.database();
    const Actor me = db.actor();
    if (!me.isAccount())
        return Status::failure(tr("Log in to change your password"));
    const AccountQueries queries(db);
    auto found = queries.byId(me.accountId);
    if (!found)
        return Status(found.error());
    if (!*found)
        return Status::failure(tr("The account no longer exists"));
    Account a = (*found)->account;
    if (!verify((*found)->passwordHash, oldPassword))
        return Status::failure(tr("Current password: not right"), QStringLiteral("oldPassword"));
    if (const QString p = passwordProblem(a.userName, newPassword); !p.isEmpty())
        return Status::failure(p, QStringLiteral("password"));
    if (newPassword == oldPassword)
        return Status::failure(tr("Password: choose a new one, not the current"),
                               QStringLiteral("password"));
    auto hashed = hash(newPassword);
    if (!hashed)
        return Status(hashed.error());
    a.mustChangePassword = false;
    return db.transaction([&]() -> Status {
        if (Status s = queries.setPasswordHash(a.id, *hashed); !s)
            return s;
        if (Status s = queries.update(a); !s)
            return s;
        return db.accessLog().record(AccessAction::Account, {}, a.userName,
                                     tr("own password changed"));
    });
}

// --- Login ------------------------------------------------------------------------------------

Status AuthService::logFailure(const QString& typed, const QString& detail) {
    // The user name as typed (never the password), under the actor of the moment (usually the
    // application itself, before anyone is logged in).
    return m_registry.database().accessLog().record(AccessAction::LoginFailed, {}, typed, detail);
}

Actor AuthService::actorFor(const Account& account) const {
    Actor actor;
    actor.accountId = account.id;
    actor.userName = account.userName;
    actor.displayName = account.displayName;
    actor.role = account.role;
    if (!account.staffId.isNull())
        if (auto staff = m_registry.existing<Staff>(account.staffId, {}, {})) {
            actor.staffId = staff->meta.id;
            actor.teamId = staff->teamId;
        }
    return actor;
}

Result<Actor> AuthService::login(const QString& userName, const QString& password) {
    const Database& db = m_registry.database();
    const QString typed = userName.trimmed();
    const QString wrong = tr("Wrong user name or password");
    const QDateTime now = m_registry.clock().nowUtc();
    const AccountQueries queries(db);
    const auto lockedMessage = [&](const QDateTime& until) {
        return tr("This account is locked after too many failed logins, until %1. An "
                  "administrator can unlock it sooner.")
            .arg(localTimeText(until, now));
    };
    auto found = queries.byUserName(typed);
    if (!found)
        return Result<Actor>(found.error());
    if (!*found) {
        // Spend the time a real check takes, so the answer's delay does not tell whether the
        // user exists.
        static const Result<QString> dummy = hash(QStringLiteral("no such user, no such pass"));
        if (dummy)
            (void)verify(*dummy, password);
        if (Status s = logFailure(typed, tr("unknown user")); !s)
            return Result<Actor>(s.error());
        return Result<Actor>::failure(wrong);
    }
    const StoredAccount stored = **found;
    Account a = stored.account;
    if (a.disabled) {
        if (Status s = logFailure(typed, tr("disabled")); !s)
            return Result<Actor>(s.error());
        return Result<Actor>::failure(
            tr("This account is disabled. Ask an administrator to enable it."));
    }
    if (a.isLockedAt(now)) {
        if (Status s = logFailure(typed, tr("locked")); !s)
            return Result<Actor>(s.error());
        return Result<Actor>::failure(lockedMessage(a.lockedUntilUtc));
    }
    if (a.lockedUntilUtc.isValid()) { // a lock that has run out
        a.lockedUntilUtc = {};
        a.failedAttempts = 0;
    }

    if (!verify(stored.passwordHash, password)) {
        const AccessSettings rules = settings();
        ++a.failedAttempts;
        const bool lockNow = a.failedAttempts >= rules.lockoutAttempts;
        if (lockNow) {
            a.lockedUntilUtc = now.addSecs(qint64(rules.lockoutMinutes) * 60);
            a.failedAttempts = 0;
        }
        Status s = db.transaction([&]() -> Status {
            if (Status w = queries.update(a); !w)
                return w;
            return logFailure(typed, lockNow ? tr("wrong password, locked") : tr("wrong password"));
        });
        if (!s)
            return Result<Actor>(s.error());
        return Result<Actor>::failure(lockNow ? lockedMessage(a.lockedUntilUtc) : wrong);
    }

    QString rehashed;
    if (needsRehash(stored.passwordHash))
        if (auto h = hash(password))
            rehashed = *h; // otherwise the old hash stays; the login still succeeds
    a.failedAttempts = 0;
    a.lastLoginUtc = now;
    const Actor actor = actorFor(a);
    const Actor before = db.actor();
    Status s = db.transaction([&]() -> Status {
        if (Status w = queries.update(a); !w)
            return w;
        if (!rehashed.isEmpty())
            if (Status w = queries.setPasswordHash(a.id, rehashed); !w)
                return w;
        // The entry names the account that logged in.
        db.setActor(actor);
        Status logged = db.accessLog().record(AccessAction::Login);
        db.setActor(before);
        return logged;
    });
    if (!s)
        return Result<Actor>(s.error());
    return actor;
}

// --- Settings ---------------------------------------------------------------------------------

AccessSettings AuthService::settings() const {
    AccessSettings out;
    auto rows = CalendarQueries(m_registry.database()).settings();
    if (!rows)
        return out;
    const auto read = [&](const char* key, int low, int high, int& target) {
        bool ok = false;
        const int v = rows->value(QLatin1String(key)).toInt(&ok);
        if (ok && v >= low && v <= high)
            target = v;
    };
    read(kLockoutAttempts, 3, 20, out.lockoutAttempts);
    read(kLockoutMinutes, 1, 1440, out.lockoutMinutes);
    read(kIdleMinutes, 1, 240, out.idleMinutes);
    return out;
}

Status AuthService::saveSettings(const AccessSettings& s) {
    if (Status a = requireAdministrator(); !a)
        return a;
    ValidationErrors e;
    if (s.lockoutAttempts < 3 || s.lockoutAttempts > 20)
        e.add(QStringLiteral("lockoutAttempts"), tr("Failed logins before lockout"),
              tr("between 3 and 20"));
    if (s.lockoutMinutes < 1 || s.lockoutMinutes > 1440)
        e.add(QStringLiteral("lockoutMinutes"), tr("Lockout"), tr("between 1 and 1440 minutes"));
    if (s.idleMinutes < 1 || s.idleMinutes > 240)
        e.add(QStringLiteral("idleMinutes"), tr("Lock the screen after"),
              tr("between 1 and 240 minutes"));
    if (!e.isEmpty())
        return e.toStatus();
    const Database& db = m_registry.database();
    const CalendarQueries queries(db);
    return db.transaction([&]() -> Status {
        if (Status w = queries.saveSetting(QLatin1String(kLockoutAttempts),
                                           QString::number(s.lockoutAttempts));
            !w)
            return w;
        if (Status w = queries.saveSetting(QLatin1String(kLockoutMinutes),
                                           QString::number(s.lockoutMinutes));
            !w)
            return w;
        if (Status w =
                queries.saveSetting(QLatin1String(kIdleMinutes), QString::number(s.idleMinutes));
            !w)
            return w;
        return db.accessLog().record(
            AccessAction::Account, {}, {},
            QStringLiteral("access settings: %1 attempts, %2 min lockout, %3 min idle")
                .arg(s.lockoutAttempts)
                .arg(s.lockoutMinutes)
                .arg(s.idleMinutes));
    });
}

} // namespace bs
