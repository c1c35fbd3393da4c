#include "CalendarQueries.h"

#include "ChangeLog.h"
#include "Repository.h"

#include <QSqlQuery>

namespace bs {

namespace {

// No appointment is longer than this (Appointment::validate), so a range query can bound the
// start from below and use the (…, start_utc) indexes.
constexpr qint64 kMaxDurationSecs = 12 * 60 * 60;

// The overlap condition and its three bindings (to, from − longest, from).
QString overlapCondition(const SqlDialect& sql) {
    return QStringLiteral("a.deleted = 0 AND a.start_utc < ? AND a.start_utc >= ? AND ") +
           sql.addMinutesUtc(QStringLiteral("a.start_utc"), QStringLiteral("a.duration_minutes")) +
           QStringLiteral(" > ?");
}
QVariantList overlapBinds(const QDateTime& fromUtc, const QDateTime& toUtc) {
    return {toDbTimestamp(toUtc), toDbTimestamp(fromUtc.addSecs(-kMaxDurationSecs)),
            toDbTimestamp(fromUtc)};
}

// "column IN (?, ?, …)" for the ids, appending their bindings.
QString inList(const char* column, const QList<QUuid>& ids, QVariantList& binds) {
    QStringList marks;
    for (const QUuid& id : ids) {
        marks << QStringLiteral("?");
        binds << idText(id);
    }
    return QStringLiteral("a.") + QLatin1String(column) + QStringLiteral(" IN (") +
           marks.join(QStringLiteral(", ")) + QStringLiteral(")");
}

struct Membership {
    QUuid groupId;
    QDate from;
    QDate to;
};

} // namespace

Result<QList<Appointment>> CalendarQueries::select(const QString& where,
                                                   const QVariantList& binds) const {
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT a.* FROM appointment a WHERE ") + where +
                        QStringLiteral(" ORDER BY a.start_utc, a.id");
    if (auto r = m_db.exec(q, sql, binds); !r)
        return Result<QList<Appointment>>(r.error());
    QList<Appointment> out;
    while (q.next())
        out.append(Mapper<Appointment>::read(q.record()));
    return out;
}

Result<QList<Appointment>> CalendarQueries::overlapping(const QDateTime& fromUtc,
                                                        const QDateTime& toUtc,
                                                        const AppointmentFilter& filter) const {
    QString where = overlapCondition(m_db.sql());
    QVariantList binds = overlapBinds(fromUtc, toUtc);
    if (!filter.staffId.isNull()) {
        where += QStringLiteral(" AND a.staff_id = ?");
        binds << idText(filter.staffId);
    }
    if (!filter.groupId.isNull()) {
        where += QStringLiteral(" AND a.group_id = ?");
        binds << idText(filter.groupId);
    }
    if (!filter.siteId.isNull()) {
        where += QStringLiteral(" AND (a.site_id = ? OR (a.site_id IS NULL AND a.group_id IN "
                                "(SELECT id FROM support_group WHERE site_id = ?)))");
        binds << idText(filter.siteId) << idText(filter.siteId);
    }
    QList<Membership> memberships;
    if (!filter.citizenId.isNull()) {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        if (auto r = m_db.exec(q,
                               QStringLiteral("SELECT group_id, from_date, to_date FROM "
                                              "group_member WHERE citizen_id = ? AND deleted = 0"),
                               {idText(filter.citizenId)});
            !r)
            return Result<QList<Appointment>>(r.error());
        while (q.next())
            memberships.append({QUuid::fromString(q.value(0).toString()), fromDbDate(q.value(1)),
                                fromDbDate(q.value(2))});
        where += QStringLiteral(" AND (a.citizen_id = ? OR (a.citizen_id IS NULL AND a.group_id "
                                "IN (SELECT group_id FROM group_member WHERE citizen_id = ? AND "
                                "deleted = 0)))");
        binds << idText(filter.citizenId) << idText(filter.citizenId);
    }
    auto rows = select(where, binds);
    if (!rows || filter.citizenId.isNull())
        return rows;
    // A group session counts for the citizen only on a date the citizen is a member.
    QList<Appointment> out;
    for (const Appointment& a : *rows) {
        if (a.citizenId == filter.citizenId) {
            out.append(a);
            continue;
        }
        const QDate day = a.localStart().date();
        for (const Membership& m : memberships)
            if (m.groupId == a.groupId && m.from <= day && (m.to.isNull() || day <= m.to)) {
                out.append(a);
                break;
            }
    }
    return out;
}

Result<QList<Appointment>>
CalendarQueries::overlapping(const QDateTime& fromUtc, const QDateTime& toUtc,
                             const AppointmentsInvolving& involving) const {
    QString where = overlapCondition(m_db.sql());
    QVariantList binds = overlapBinds(fromUtc, toUtc);
    QStringList any;
    if (!involving.staffIds.isEmpty())
        any << inList("staff_id", involving.staffIds, binds);
    if (!involving.citizenIds.isEmpty())
        any << inList("citizen_id", involving.citizenIds, binds);
    if (!involving.groupIds.isEmpty())
        any << inList("group_id", involving.groupIds, binds);
    if (!any.isEmpty())
        where += QStringLiteral(" AND (") + any.join(QStringLiteral(" OR ")) + QStringLiteral(")");
    return select(where, binds);
}

Result<QList<Appointment>> CalendarQueries::seriesOccurrences(const QUuid& seriesId) const {
    return select(QStringLiteral("a.deleted = 0 AND a.series_id = ?"), {idText(seriesId)});
}

Result<QHash<QString, QString>> CalendarQueries::settings() const {
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (auto r = m_db.exec(q, QStringLiteral("SELECT id, value FROM setting WHERE deleted = 0"));
        !r)
        return Result<QHash<QString, QString>>(r.error());
    QHash<QString, QString> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

Status CalendarQueries::saveSetting(const QString& id, const QString& value) const {
    return m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        if (auto r = m_db.exec(q, QStringLiteral("SELECT value, deleted FROM setting WHERE id = ?"),
                               {id});
            !r)
            return Status(r.error());
        const bool exists = q.next();
        const bool same = exists && q.value(0).toString() == value && q.value(1).toInt() == 0;
        q.finish();
        if (same)
            return Status::success();
        const QString now = m_db.nowText();
        if (auto s = m_db.execSql(
                QStringLiteral(
                    "INSERT INTO setting (id, value, created_utc, modified_utc, modified_by, "
                    "deleted, revision) VALUES (?, ?, ?, ?, ?, 0, 1) "
                    "ON CONFLICT(id) DO UPDATE SET value = excluded.value, "
                    "modified_utc = excluded.modified_utc, "
                    "modified_by = excluded.modified_by, deleted = 0, "
                    "revision = setting.revision + 1"),
                {id, value, now, now, idText(m_db.installationId())});
            !s)
            return s;
        // Settings travel to other sites like any record; the key is the row id.
        QJsonObject logged{{QStringLiteral("value"), value}, {QStringLiteral("deleted"), 0}};
        if (!exists)
            logged.insert(QStringLiteral("created_utc"), now);
        auto c = ChangeLog(m_db).recordLocal(QStringLiteral("setting"), id, logged, !exists);
        return c ? Status::success() : Status(c.error());
    });
}

} // namespace bs
