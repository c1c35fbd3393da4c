#pragma once
// Prepared statements kept for reuse by text, for code that runs the same few statements many
// thousands of times (applying a sync bundle): SQLite then parses each statement once.
#include "Database.h"

#include <QSqlQuery>
#include <memory>
#include <unordered_map>

namespace bs {

class StatementCache {
public:
    explicit StatementCache(const Database& db) : m_db(db) {}
    // Binds and executes `sql`, preparing it the first time. The query stays valid until the
    // next call with the same text; call finish() on a SELECT once read.
    Result<QSqlQuery*> exec(const QString& sql, const QVariantList& binds) {
        return exec(sql, binds.constData(), binds.size());
    }
    // The same with `count` values from `binds` (a multi-row statement's buffer, not copied).
    Result<QSqlQuery*> exec(const QString& sql, const QVariant* binds, qsizetype count);

private:
    const Database& m_db;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_queries;
};

} // namespace bs
