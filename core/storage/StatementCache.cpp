#include "StatementCache.h"

#include <QSqlError>

namespace bs {

Result<QSqlQuery*> StatementCache::exec(const QString& sql, const QVariant* binds,
                                        qsizetype count) {
    auto it = m_queries.find(sql);
    if (it == m_queries.end()) {
        auto q = std::make_unique<QSqlQuery>(m_db.connection());
        q->setForwardOnly(true);
        if (!q->prepare(sql))
            return Result<QSqlQuery*>::failure(
                Database::tr("Database error: %1").arg(q->lastError().text()));
        it = m_queries.emplace(sql, std::move(q)).first;
    }
    QSqlQuery* q = it->second.get();
    for (qsizetype i = 0; i < count; ++i)
        q->bindValue(int(i), binds[i]);
    if (!q->exec())
        return Result<QSqlQuery*>::failure(
            Database::tr("Database error: %1").arg(q->lastError().text()));
    return q;
}

} // namespace bs
