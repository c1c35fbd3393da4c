#include "AccountQueries.h"

#include <QSqlQuery>

namespace bs {

namespace {

const QString kColumns =
    QStringLiteral("id, user_name, display_name, staff_id, role, password_hash, failed_attempts, "
                   "locked_until_utc, disabled, must_change_password, created_utc, last_login_utc");

QString idText(const QUuid& id) {
    return id.toString(QUuid::WithoutBraces);
}

QVariant nullableId(const QUuid& id) {
    return id.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(idText(id));
}

QVariant nullableTime(const QDateTime& utc) {
    return utc.isValid() ? QVariant(toDbTimestamp(utc)) : QVariant(QMetaType::fromType<QString>());
}

QDateTime timeOf(const QVariant& value) {
    return value.isNull() ? QDateTime() : fromDbTimestamp(value.toString());
}

StoredAccount fromRow(const QSqlQuery& q) {
    StoredAccount s;
    Account& a = s.account;
    a.id = QUuid::fromString(q.value(0).toString());
    a.userName = q.value(1).toString();
    a.displayName = q.value(2).toString();
    a.staffId = QUuid::fromString(q.value(3).toString());
    a.role = fromCode<StaffRole>(q.value(4).toString()).value_or(StaffRole::Worker);
    s.passwordHash = q.value(5).toString();
    a.failedAttempts = q.value(6).toInt();
    a.lockedUntilUtc = timeOf(q.value(7));
    a.disabled = q.value(8).toInt() != 0;
    a.mustChangePassword = q.value(9).toInt() != 0;
    a.createdUtc = timeOf(q.value(10));
    a.lastLoginUtc = timeOf(q.value(11));
    return s;
}

} // namespace

Result<int> AccountQueries::count() const {
    QSqlQuery q(m_db.connection());
    if (auto r = m_db.exec(q, QStringLiteral("SELECT count(*) FROM user_account")); !r)
        return Result<int>(r.error());
    return q.next() ? q.value(0).toInt() : 0;
}

Result<QList<StoredAccount>> AccountQueries::all() const {
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (auto r = m_db.exec(q, QStringLiteral("SELECT ") + kColumns +
                                  QStringLiteral(" FROM user_account ORDER BY user_name"));
        !r)
        return Result<QList<StoredAccount>>(r.error());
    QList<StoredAccount> out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

Result<std::optional<StoredAccount>> AccountQueries::byId(const QUuid& id) const {
    using R = Result<std::optional<StoredAccount>>;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (auto r = m_db.exec(q,
                           QStringLiteral("SELECT ") + kColumns +
                               QStringLiteral(" FROM user_account WHERE id = ?"),
                           {idText(id)});
        !r)
        return R(r.error());
    if (!q.next())
        return R(std::optional<StoredAccount>());
    return R(std::optional<StoredAccount>(fromRow(q)));
}

Result<std::optional<StoredAccount>> AccountQueries::byUserName(const QString& userName) const {
    using R = Result<std::optional<StoredAccount>>;
    auto every = all(); // a handful of rows per computer
    if (!every)
        return R(every.error());
    for (const StoredAccount& s : *every)
        if (s.account.userName.compare(userName, Qt::CaseInsensitive) == 0)
            return R(std::optional<StoredAccount>(s));
    return R(std::optional<StoredAccount>());
}

Status AccountQueries::insert(const Account& a, const QString& passwordHash) const {
    return m_db.execSql(
        QStringLiteral("INSERT INTO user_account (") + kColumns +
            QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {idText(a.id), a.userName, a.displayName, nullableId(a.staffId), toCode(a.role),
         passwordHash, a.failedAttempts, nullableTime(a.lockedUntilUtc), a.disabled ? 1 : 0,
         a.mustChangePassword ? 1 : 0, toDbTimestamp(a.createdUtc), nullableTime(a.lastLoginUtc)});
}

Status AccountQueries::update(const Account& a) const {
    return m_db.execSql(
        QStringLiteral("UPDATE user_account SET user_name = ?, display_name = ?, staff_id = ?, "
                       "role = ?, failed_attempts = ?, locked_until_utc = ?, disabled = ?, "
                       "must_change_password = ?, last_login_utc = ? WHERE id = ?"),
        {a.userName, a.displayName, nullableId(a.staffId), toCode(a.role), a.failedAttempts,
         nullableTime(a.lockedUntilUtc), a.disabled ? 1 : 0, a.mustChangePassword ? 1 : 0,
         nullableTime(a.lastLoginUtc), idText(a.id)});
}

Status AccountQueries::setPasswordHash(const QUuid& id, const QString& passwordHash) const {
    return m_db.execSql(QStringLiteral("UPDATE user_account SET password_hash = ? WHERE id = ?"),
                        {passwordHash, idText(id)});
}

} // namespace bs
