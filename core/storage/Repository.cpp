#include "Repository.h"

#include <QSqlError>

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
        meta.createdUtc = now;
        meta.modifiedUtc = now;
        meta.modifiedBy = m_db.installationId();
        meta.revision = 1;
        return Status::success();
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
    meta.modifiedUtc = now;
    meta.modifiedBy = m_db.installationId();
    meta.revision += 1;
    return Status::success();
}

} // namespace bs
