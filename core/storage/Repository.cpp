#include "Repository.h"

#include "ChangeLog.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlRecord>

namespace bs {

namespace {
// Qt binds a null QString as SQL NULL; text columns hold "" for "not filled in".
QVariant bindable(const QVariant& v) {
    if (v.typeId() == QMetaType::QString && v.toString().isNull())
        return QString(QLatin1String(""));
    return v;
}
} // namespace

Status Repository::saveRow(const QString& table, SyncMeta& meta, const Fields& fields) {
    // The row and its change-log entry are written together or not at all.
    SyncMeta updated = meta;
    const Status s = m_db.transaction([&] { return writeRow(table, updated, fields); });
    if (s)
        meta = updated;
    return s;
}

Status Repository::writeRow(const QString& table, SyncMeta& meta, const Fields& fields) {
    const QDateTime now = m_db.clock().nowUtc();
    const QString nowText = toDbTimestamp(now);
    const QString installation = idText(m_db.installationId());
    QSqlQuery q(m_db.connection());

    if (meta.isNew()) {
        if (meta.id.isNull())
            meta.id = newId();
        QStringList columns{QStringLiteral("id"),           QStringLiteral("created_utc"),
                            QStringLiteral("modified_utc"), QStringLiteral("modified_by"),
                            QStringLiteral("deleted"),      QStringLiteral("revision")};
        QVariantList binds{idText(meta.id),      nowText, nowText, installation,
                           meta.deleted ? 1 : 0, 1};
        for (const auto& [column, value] : fields) {
            columns << column;
            binds << bindable(value);
        }
        QStringList marks;
        for (int i = 0; i < columns.size(); ++i)
            marks << QStringLiteral("?");
        const QString sql =
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
        if (auto r = m_db.exec(q, sql, binds); !r)
            return Status(r.error());
        QJsonObject logged{{QStringLiteral("created_utc"), nowText},
                           {QStringLiteral("deleted"), meta.deleted ? 1 : 0}};
        for (const auto& [column, value] : fields)
            logged.insert(column, sync::toJsonValue(bindable(value)));
        if (auto c = ChangeLog(m_db).recordLocal(table, idText(meta.id), logged, true); !c)
            return Status(c.error());
        if (auto s = m_db.accessLog().noteWrite(table, meta.id, fields, true); !s)
            return s;
        meta.createdUtc = now;
        meta.modifiedUtc = now;
        meta.modifiedBy = m_db.installationId();
        meta.revision = 1;
        return Status::success();
    }

    // What changed, for the change log: compare with the stored row.
    QJsonObject logged;
    {
        QSqlQuery old(m_db.connection());
        if (auto r = m_db.exec(old, QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table),
                               {idText(meta.id)});
            !r)
            return Status(r.error());
        if (old.next()) {
            const QSqlRecord row = old.record();
            const QJsonValue deleted(meta.deleted ? 1 : 0);
            if (sync::toJsonValue(row.value(QStringLiteral("deleted"))) != deleted)
                logged.insert(QStringLiteral("deleted"), deleted);
            for (const auto& [column, value] : fields) {
                const QJsonValue next = sync::toJsonValue(bindable(value));
                if (sync::toJsonValue(row.value(column)) != next)
                    logged.insert(column, next);
            }
        }
    }
    QStringList sets{QStringLiteral("modified_utc = ?"), QStringLiteral("modified_by = ?"),
                     QStringLiteral("deleted = ?"), QStringLiteral("revision = revision + 1")};
    QVariantList binds{nowText, installation, meta.deleted ? 1 : 0};
    for (const auto& [column, value] : fields) {
        sets << column + QStringLiteral(" = ?");
        binds << bindable(value);
    }
    binds << idText(meta.id) << meta.revision;
    const QString sql = QStringLiteral("UPDATE %1 SET %2 WHERE id = ? AND revision = ?")
                            .arg(table, sets.join(QStringLiteral(", ")));
    if (auto r = m_db.exec(q, sql, binds); !r)
        return Status(r.error());
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("Someone else changed this record after you opened it. Nothing "
                                  "was overwritten: open it again to see the latest version."));
    if (auto c = ChangeLog(m_db).recordLocal(table, idText(meta.id), logged, false); !c)
        return Status(c.error());
    if (auto s = m_db.accessLog().noteWrite(table, meta.id, fields, false); !s)
        return s;
    meta.modifiedUtc = now;
    meta.modifiedBy = m_db.installationId();
    meta.revision += 1;
    return Status::success();
}

} // namespace bs
