#include "AccessLog.h"
#include "Database.h"
#include <QSqlQuery>

namespace bs {

namespace {

QString uuidText(const QUuid& id) {
    return id.isNull() ? QString() : id.toString(QUuid::WithoutBraces);
}

QVariant nullableId(const QUuid& id) {
    return id.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(uuidText(id));
}

QVariant fieldValue(const Fields& fields, const char* column) {
    for (const auto& [name, value] : fields)
        if (name == QLatin1String(column))
            return value;
    return {};
}

// A null QString binds as SQL NULL; the text columns are NOT NULL.
QString text(const QString& s) {
    return s.isNull() ? QStringLiteral("") : s;
}

QUuid asUuid(const QVariant& value) {
    if (value.metaType() == QMetaType::fromType<QUuid>())
        return value.toUuid();
    return QUuid::fromString(value.toString());
}

} // namespace

Status AccessLog::record(AccessAction action, const QUuid& citizenId, const QString& criterion,
                         const QString& detail, const QString& reason) const {
    return recordAs(m_actor, action, citizenId, criterion, detail, reason);
}

Status AccessLog::recordAs(const Actor& actor, AccessAction action, const QUuid& citizenId,
                           const QString& criterion, const QString& detail,
                           const QString& reason) const {
    if (!m_enabled)
        return Status::success();
    return m_db.execSql(
        QStringLiteral("INSERT INTO access_log (at_utc, account_id, user_name, action, citizen_id, "
                       "criterion, reason, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {m_db.nowText(), nullableId(actor.accountId), actor.userName, toCode(action),
         nullableId(citizenId), text(criterion), text(reason), text(detail)});
}

Result<QUuid> AccessLog::citizenOf(const QString& table, const QUuid& rowId,
                                   const Fields& fields) const {
    if (table == QLatin1String("citizen"))
        return rowId;
    if (const QUuid c = asUuid(fieldValue(fields, "citizen_id")); !c.isNull())
        return c;
    // Records that reach their citizen through a goal, a delmål or a journal note.
    QString sql;
    QUuid via;
    if (via = asUuid(fieldValue(fields, "goal_id")); !via.isNull())
        sql = QStringLiteral("SELECT citizen_id FROM goal WHERE id = ?");
    else if (via = asUuid(fieldValue(fields, "subgoal_id")); !via.isNull())
        sql = QStringLiteral("SELECT g.citizen_id FROM subgoal s JOIN goal g ON g.id = s.goal_id "
                             "WHERE s.id = ?");
    else if (via = asUuid(fieldValue(fields, "note_id")); !via.isNull())
        sql = QStringLiteral("SELECT citizen_id FROM journal_note WHERE id = ?");
    else
        return QUuid();
    QSqlQuery q(m_db.connection());
    if (auto r = m_db.exec(q, sql, {uuidText(via)}); !r)
        return Result<QUuid>(r.error());
    return q.next() ? QUuid::fromString(q.value(0).toString()) : QUuid();
}

Status AccessLog::noteWrite(const QString& table, const QUuid& rowId, const Fields& fields,
                            bool created) const {
    if (!m_enabled)
        return Status::success();
    auto citizen = citizenOf(table, rowId, fields);
    if (!citizen)
        return Status(citizen.error());
    const QString key = citizen->isNull() ? QStringLiteral("table:") + table : uuidText(*citizen);
    const int depth = m_db.transactionDepth();
    auto it = m_pending.find(key);
    if (it == m_pending.end())
        it = m_pending.insert(key, Pending{depth, created, {}});
    it->depth = std::min(it->depth, depth);
    it->created = it->created && created;
    if (!it->tables.contains(table))
        it->tables << table;
    return Status::success();
}

Status AccessLog::flushPending() const {
    const auto pending = std::exchange(m_pending, {});
    for (auto it = pending.begin(); it != pending.end(); ++it) {
        const bool aboutCitizen = !it.key().startsWith(QLatin1String("table:"));
        if (auto s = record(it->created ? AccessAction::Create : AccessAction::Change,
                            aboutCitizen ? QUuid::fromString(it.key()) : QUuid(), {},
                            it->tables.join(QLatin1Char(',')));
            !s)
            return s;
    }
    return Status::success();
}

void AccessLog::dropPending(int fromDepth) const {
    if (fromDepth == 0) {
        m_pending.clear();
        return;
    }
    m_pending.removeIf([&](const auto& it) { return it.value().depth > fromDepth; });
}

Result<QList<AccessEntry>> AccessLog::search(const AccessLogFilter& filter) const {
    QStringList where;
    QVariantList binds;
    if (!filter.citizenId.isNull()) {
        where << QStringLiteral("citizen_id = ?");
        binds << uuidText(filter.citizenId);
    }
    if (!filter.userName.isEmpty()) {
        where << QStringLiteral("user_name = ? COLLATE NOCASE");
        binds << filter.userName;
    }
    if (filter.fromUtc.isValid()) {
        where << QStringLiteral("at_utc >= ?");
        binds << toDbTimestamp(filter.fromUtc);
    }
    if (filter.toUtc.isValid()) {
        where << QStringLiteral("at_utc < ?");
        binds << toDbTimestamp(filter.toUtc);
    }
    if (filter.action) {
        where << QStringLiteral("action = ?");
        binds << toCode(*filter.action);
    }
    QString sql = QStringLiteral("SELECT seq, at_utc, account_id, user_name, action, citizen_id, "
                                 "criterion, reason, detail FROM access_log");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY at_utc DESC, seq DESC");
    if (filter.limit > 0)
        sql += QStringLiteral(" LIMIT ") + QString::number(filter.limit);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (auto r = m_db.exec(q, sql, binds); !r)
        return Result<QList<AccessEntry>>(r.error());
    QList<AccessEntry> out;
    while (q.next()) {
        AccessEntry e;
        e.seq = q.value(0).toLongLong();
        e.atUtc = fromDbTimestamp(q.value(1).toString());
        e.accountId = QUuid::fromString(q.value(2).toString());
        e.userName = q.value(3).toString();
        e.action = fromCode<AccessAction>(q.value(4).toString()).value_or(AccessAction::Read);
        e.citizenId = QUuid::fromString(q.value(5).toString());
        e.criterion = q.value(6).toString();
        e.reason = q.value(7).toString();
        e.detail = q.value(8).toString();
        out << e;
    }
    return out;
}

Result<int> AccessLog::deleteBefore(const QDateTime& utc) const {
    QSqlQuery q(m_db.connection());
    if (auto r = m_db.exec(q, QStringLiteral("DELETE FROM access_log WHERE at_utc < ?"),
                           {toDbTimestamp(utc)});
        !r)
        return Result<int>(r.error());
    return q.numRowsAffected();
}

Status AccessLog::redact(const QStringList& needles) const {
    for (const QString& needle : needles) {
        if (needle.trimmed().size() < 3) // never redact on a fragment that matches everything
            continue;
        for (const char* column : {"criterion", "reason", "detail"}) {
            const QString c = QLatin1String(column);
            if (auto s =
                    m_db.execSql(QStringLiteral("UPDATE access_log SET %1 = ? WHERE %2 > 0")
                                     .arg(c, m_db.sql().position(QStringLiteral("lower(%1)").arg(c),
                                                                 QStringLiteral("lower(?)"))),
                                 {kRedacted, needle});
                !s)
                return s;
        }
    }
    return Status::success();
}

} // namespace bs
