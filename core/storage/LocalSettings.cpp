#include "LocalSettings.h"

#include <QSqlQuery>

namespace bs {

Result<QHash<QString, QString>> LocalSettings::all(const QString& prefix) const {
    QSqlQuery q(m_db.connection());
    if (auto r = m_db.exec(q,
                           QStringLiteral("SELECT key, value FROM local_setting WHERE "
                                          "substr(key, 1, length(?)) = ?"),
                           {prefix, prefix});
        !r)
        return Result<QHash<QString, QString>>(r.error());
    QHash<QString, QString> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

Status LocalSettings::set(const QString& key, const QString& value) const {
    return m_db.execSql(QStringLiteral("INSERT INTO local_setting(key, value) VALUES (?, ?) ON "
                                       "CONFLICT(key) DO UPDATE SET value = excluded.value"),
                        {key, value});
}

Status LocalSettings::remove(const QString& key) const {
    return m_db.execSql(QStringLiteral("DELETE FROM local_setting WHERE key = ?"), {key});
}

} // namespace bs
