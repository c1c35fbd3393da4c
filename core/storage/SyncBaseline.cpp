#include "SyncBaseline.h"

#include "Database.h"
#include "Repository.h"
#include "sync/Change.h"

#include <QSqlQuery>

namespace bs {

Status recordSyncBaseline(Database& db) {
    if (db.isServer())
        return Status::success(); // a server database is made empty at the latest schema
    // The baseline is attributed to a site of its own, made for this migration: two copies of a
    // pre-sync file that migrate separately then never share (site, counter) pairs.
    const QUuid baseline = QUuid::createUuid();
    const QString origin = idText(baseline);
    qint64 offset = 0;
    for (const QString& table : sync::syncTables()) {
        QSqlQuery q(db.connection());
        if (auto r = db.exec(q, db.sql().tableColumns(), {table}); !r)
            return Status(r.error());
        QStringList pairs;
        while (q.next()) {
            const QString column = q.value(0).toString();
            if (column == QLatin1String("id") || column == QLatin1String("modified_utc") ||
                column == QLatin1String("modified_by") || column == QLatin1String("revision"))
                continue;
            pairs << QLatin1Char('\'') + column + QStringLiteral("', ") + column;
        }
        q.finish();
        // The clock of a baseline change is the row's last modification time, counter 0.
        // (Concatenated, not QString::arg: printf's "%013d" would read as a place marker.)
        const QString sql =
            QStringLiteral("INSERT INTO change_log (origin, counter, hlc, tbl, row_id, kind, "
                           "fields, base, seen) SELECT ?, ? + row_number() OVER (ORDER BY "
                           "rowid), printf('%013d-%08d-%s', CAST(strftime('%s', modified_utc) "
                           "AS INTEGER) * 1000 + CAST(substr(modified_utc, 21, 3) AS INTEGER), "
                           "0, ?), '") +
            table + QStringLiteral("', id, 'row', json_object(") +
            pairs.join(QStringLiteral(", ")) + QStringLiteral("), '{}', '{}' FROM ") + table;
        if (auto r = db.exec(q, sql, {origin, offset, origin}); !r)
            return Status(r.error());
        offset += q.numRowsAffected();
    }
    if (offset == 0)
        return Status::success();
    if (auto s = db.execSql(QStringLiteral("INSERT INTO sync_vector (origin, counter) VALUES "
                                           "(?, ?)"),
                            {origin, offset});
        !s)
        return s;
    return db.execSql(QStringLiteral("INSERT INTO meta(key, value) VALUES ('baseline_site', ?)"),
                      {origin});
}

} // namespace bs
