#pragma once
// Typed storage of the domain records: save (insert or optimistic update), get by id, list by a
// condition. Deletion sets the deletion marker; rows are never removed here.
#include "Database.h"
#include "Mappers.h"
#include <QSqlQuery>

namespace bs {

class Repository {
    Q_DECLARE_TR_FUNCTIONS(Repository)
public:
    explicit Repository(Database& db) : m_db(db) {}
    Database& database() const { return m_db; }

    // Inserts a new record (meta.revision == 0) or updates it if nobody changed it since it was
    // read. Fills in the sync columns in `value.meta`.
    template <typename T> Status save(T& value) {
        return saveRow(QLatin1String(Mapper<T>::table()), value.meta, Mapper<T>::fields(value));
    }

    template <typename T> Status markDeleted(T& value, bool deleted = true) {
        const bool before = value.meta.deleted;
        value.meta.deleted = deleted;
        Status s = save(value);
        if (!s)
            value.meta.deleted = before;
        return s;
    }

    template <typename T> Result<T> get(const QUuid& id) const {
        auto rows = list<T>(QStringLiteral("id = ?"), {id.toString(QUuid::WithoutBraces)}, true);
        if (!rows)
            return Result<T>(rows.error());
        if (rows->isEmpty())
            return Result<T>::failure(tr("The record was not found (it may have been removed)."));
        return rows->first();
    }

    // Rows matching `where` (SQL over the table's columns), ordered by `orderBy`.
    template <typename T>
    Result<QList<T>> list(const QString& where = {}, const QVariantList& binds = {},
                          bool includeDeleted = false, const QString& orderBy = {}) const {
        QSqlQuery q(m_db.connection());
        QString sql = QStringLiteral("SELECT * FROM %1").arg(QLatin1String(Mapper<T>::table()));
        QStringList conds;
        if (!includeDeleted)
            conds << QStringLiteral("deleted = 0");
        if (!where.isEmpty())
            conds << QStringLiteral("(%1)").arg(where);
        if (!conds.isEmpty())
            sql += QStringLiteral(" WHERE ") + conds.join(QStringLiteral(" AND "));
        if (!orderBy.isEmpty())
            sql += QStringLiteral(" ORDER BY ") + orderBy;
        if (auto r = m_db.exec(q, sql, binds); !r)
            return Result<QList<T>>(r.error());
        QList<T> out;
        while (q.next())
            out.append(Mapper<T>::read(q.record()));
        return out;
    }

    // Records whose `column` equals `value`, e.g. listBy<Grant>("citizen_id", id).
    template <typename T>
    Result<QList<T>> listBy(const char* column, const QVariant& value, const QString& orderBy = {},
                            bool includeDeleted = false) const {
        return list<T>(QLatin1String(column) + QStringLiteral(" = ?"), {value}, includeDeleted,
                       orderBy);
    }

private:
    Status saveRow(const QString& table, SyncMeta& meta, const Fields& fields);
    Status writeRow(const QString& table, SyncMeta& meta, const Fields& fields);

    Database& m_db;
};

inline QString idText(const QUuid& id) {
    return id.toString(QUuid::WithoutBraces);
}

} // namespace bs
