#include "SyncQueries.h"

#include "OwnerOnly.h"
#include "Repository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>

namespace bs {

using sync::Conflict;
using sync::ConflictKind;
using sync::HistoryEntry;
using sync::PeerInfo;

namespace {

bool isLocalBookkeeping(const QString& column) {
    return column == QLatin1String("id") || column == QLatin1String("modified_utc") ||
           column == QLatin1String("modified_by") || column == QLatin1String("revision");
}

// A value as one JSON text (wrapped in an array, so null, numbers and text all fit).
QString valueText(const QJsonValue& v) {
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
}

QJsonValue valueFromText(const QString& text) {
    const QJsonArray a = QJsonDocument::fromJson(text.toUtf8()).array();
    return a.isEmpty() ? QJsonValue(QJsonValue::Null) : a.first();
}

// Qt binds a null QString as SQL NULL; these columns hold "" for "none".
QString text(const QString& value) {
    return value.isNull() ? QString(QLatin1String("")) : value;
}

ConflictKind conflictKindFrom(const QString& code) {
    if (code == QLatin1String("edited_after_delete"))
        return ConflictKind::EditedAfterDelete;
    if (code == QLatin1String("note_versions"))
        return ConflictKind::NoteVersions;
    return ConflictKind::Field;
}

const char* kConflictColumns = "id, tbl, row_id, field, kind, local_value, local_hlc, "
                               "other_value, other_hlc, other_site, detected_utc, resolved_utc, "
                               "resolution";

Conflict readConflict(const QSqlQuery& q) {
    Conflict c;
    c.id = QUuid::fromString(q.value(0).toString());
    c.table = q.value(1).toString();
    c.rowId = q.value(2).toString();
    c.field = q.value(3).toString();
    c.kind = conflictKindFrom(q.value(4).toString());
    c.currentValue = valueFromText(q.value(5).toString());
    c.currentHlc = q.value(6).toString();
    c.otherValue = valueFromText(q.value(7).toString());
    c.otherHlc = q.value(8).toString();
    c.otherSite = QUuid::fromString(q.value(9).toString());
    c.detectedUtc = fromDbTimestamp(q.value(10).toString());
    c.resolved = !q.value(11).isNull();
    c.resolution = q.value(12).toString();
    if (const auto h = sync::Hlc::fromText(c.currentHlc))
        c.currentSite = h->site;
    if (const auto h = sync::Hlc::fromText(c.otherHlc))
        c.otherAtUtc = QDateTime::fromMSecsSinceEpoch(h->wallMs, QTimeZone::utc());
    if (const auto h = sync::Hlc::fromText(c.currentHlc))
        c.currentAtUtc = QDateTime::fromMSecsSinceEpoch(h->wallMs, QTimeZone::utc());
    return c;
}

} // namespace

QString conflictKindCode(ConflictKind kind) {
    switch (kind) {
    case ConflictKind::EditedAfterDelete:
        return QStringLiteral("edited_after_delete");
    case ConflictKind::NoteVersions:
        return QStringLiteral("note_versions");
    case ConflictKind::Field:
        break;
    }
    return QStringLiteral("field");
}

Result<SyncSchema> SyncQueries::schema() const {
    if (m_schema)
        return *m_schema;
    SyncSchema schema;
    QSqlQuery q(m_db.connection());
    for (const QString& table : sync::syncTables()) {
        if (auto r = m_db.exec(q, m_db.sql().tableColumns(), {table}); !r)
            return Result<SyncSchema>(r.error());
        QSet<QString>& columns = schema.columns[table];
        while (q.next()) {
            const QString column = q.value(0).toString();
            if (isLocalBookkeeping(column))
                continue;
            columns.insert(column);
            if (q.value(1).toInt() == 1 && q.value(2).isNull() &&
                column != QLatin1String("created_utc"))
                schema.required[table].append(column);
        }
        q.finish();
        if (columns.isEmpty())
            return Result<SyncSchema>::failure(
                tr("The database has no table %1; it cannot take part in synchronisation.")
                    .arg(table));
    }
    m_schema = schema;
    return schema;
}

Status SyncQueries::checkTable(const QString& table) const {
    if (!sync::syncTables().contains(table))
        return Status::failure(tr("%1 is not a synchronised table.").arg(table));
    return Status::success();
}

Status SyncQueries::checkColumns(const QString& table, const QJsonObject& fields) const {
    auto s = schema();
    if (!s)
        return Status(s.error());
    for (auto it = fields.begin(); it != fields.end(); ++it)
        if (!s->allows(table, it.key()))
            return Status::failure(tr("Table %1 has no column %2.").arg(table, it.key()));
    return Status::success();
}

Result<std::optional<QJsonObject>> SyncQueries::readRow(const QString& table,
                                                        const QString& id) const {
    using R = Result<std::optional<QJsonObject>>;
    if (auto s = checkTable(table); !s)
        return R(s.error());
    if (auto s = flushInserts(); !s)
        return R(s.error());
    auto q = m_cache.exec(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table), {id});
    if (!q)
        return R(q.error());
    if (!(*q)->next())
        return std::optional<QJsonObject>();
    const QSqlRecord rec = (*q)->record();
    (*q)->finish();
    QJsonObject out;
    for (int i = 0; i < rec.count(); ++i)
        out.insert(rec.fieldName(i), sync::toJsonValue(rec.value(i)));
    return std::optional<QJsonObject>(out);
}

SyncQueries::SyncQueries(const Database& db) : m_db(db), m_cache(db) {
}

SyncQueries::~SyncQueries() = default;

Status SyncQueries::rowValues(const QString& table, const QString& id, const QJsonObject& fields,
                              const QString& createdUtc, const QUuid& modifiedBy,
                              QStringList& columns, std::vector<QVariant>& values) const {
    if (auto s = checkTable(table); !s)
        return s;
    auto schema = this->schema();
    if (!schema)
        return Status(schema.error());
    const auto allowed = m_schema->columns.constFind(table);
    columns = {QStringLiteral("id"), QStringLiteral("modified_utc"), QStringLiteral("modified_by"),
               QStringLiteral("revision")};
    values = {id, nowText(), idText(modifiedBy), 1};
    values.reserve(size_t(fields.size()) + 5);
    if (!fields.contains(QLatin1String("created_utc"))) {
        columns << QStringLiteral("created_utc");
        values.emplace_back(createdUtc);
    }
    // One pass over the fields: each key is made a QString once.
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QString column = it.key();
        if (allowed == m_schema->columns.cend() || !allowed->contains(column))
            return Status::failure(tr("Table %1 has no column %2.").arg(table, column));
        columns << column;
        values.push_back(sync::fromJsonValue(it.value()));
    }
    return Status::success();
}

Status SyncQueries::insertRow(const QString& table, const QString& id, const QJsonObject& fields,
                              const QString& createdUtc, const QUuid& modifiedBy) const {
    if (auto s = queueInsert(table, id, fields, createdUtc, modifiedBy); !s)
        return s;
    return flushInserts();
}

Status SyncQueries::queueInsert(const QString& table, const QString& id, const QJsonObject& fields,
                                const QString& createdUtc, const QUuid& modifiedBy) const {
    QStringList columns;
    std::vector<QVariant> values;
    if (auto s = rowValues(table, id, fields, createdUtc, modifiedBy, columns, values); !s)
        return s;
    const QString shape =
        table + QLatin1Char('(') + columns.join(QLatin1Char(',')) + QLatin1Char(')');
    auto it = m_batches.find(shape);
    if (it == m_batches.end()) {
        it = m_batches.emplace(shape, std::make_unique<InsertBatch>(m_cache, table, columns)).first;
        m_batchOrder.push_back(it->second.get());
    }
    return it->second->add(std::move(values));
}

Status SyncQueries::flushInserts() const {
    for (InsertBatch* batch : m_batchOrder)
        if (auto s = batch->flush(); !s)
            return s;
    return Status::success();
}

Status SyncQueries::updateRow(const QString& table, const QString& id, const QJsonObject& fields,
                              const QUuid& modifiedBy) const {
    if (auto s = flushInserts(); !s)
        return s;
    if (auto s = checkTable(table); !s)
        return s;
    if (auto s = checkColumns(table, fields); !s)
        return s;
    QStringList sets{QStringLiteral("modified_utc = ?"), QStringLiteral("modified_by = ?"),
                     QStringLiteral("revision = revision + 1")};
    QVariantList binds{nowText(), idText(modifiedBy)};
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        sets << it.key() + QStringLiteral(" = ?");
        binds << sync::fromJsonValue(it.value());
    }
    binds << id;
    auto q = m_cache.exec(
        QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, sets.join(QStringLiteral(", "))),
        binds);
    return q ? Status::success() : Status(q.error());
}

Status SyncQueries::writeLocal(const QString& table, const QString& id,
                               const QJsonObject& fields) const {
    return m_db.transaction([&]() -> Status {
        auto row = readRow(table, id);
        if (!row)
            return Status(row.error());
        if (!*row)
            return Status::failure(tr("The record was not found (it may have been removed)."));
        if (auto s = updateRow(table, id, fields, m_db.installationId()); !s)
            return s;
        auto c = ChangeLog(m_db).recordLocal(table, id, fields, false);
        return c ? Status::success() : Status(c.error());
    });
}

Result<QSet<QString>> SyncQueries::knownRows(const QString& table, const QStringList& ids) const {
    using R = Result<QSet<QString>>;
    if (auto s = checkTable(table); !s)
        return R(s.error());
    if (auto s = flushInserts(); !s)
        return R(s.error());
    constexpr qsizetype kBatch = 500; // well under SQLite's limit of bound parameters
    QSet<QString> out;
    QVariantList binds;
    for (qsizetype from = 0; from < ids.size(); from += kBatch) {
        const qsizetype n = std::min(kBatch, ids.size() - from);
        binds.clear();
        for (int twice = 0; twice < 2; ++twice)
            for (qsizetype i = from; i < from + n; ++i)
                binds << ids.at(i);
        const QString marks = QStringLiteral("?, ").repeated(n - 1) + QLatin1Char('?');
        // Both the log and the table: a row may exist without a logged change (written before
        // the log by other means), and a logged change may wait for its row. Prepared once per
        // batch size (parsing a statement of 1 000 parameters cost more than running it).
        const QString sql = QStringLiteral("SELECT row_id FROM change_log WHERE tbl = '") + table +
                            QStringLiteral("' AND row_id IN (") + marks +
                            QStringLiteral(") UNION SELECT id FROM ") + table +
                            QStringLiteral(" WHERE id IN (") + marks + QLatin1Char(')');
        auto q = m_cache.exec(sql, binds);
        if (!q)
            return R(q.error());
        while ((*q)->next())
            out.insert((*q)->value(0).toString());
        (*q)->finish();
    }
    return out;
}

Result<QSet<QString>> SyncQueries::purgedKeys() const {
    QSqlQuery q(m_db.connection());
    if (auto r = m_db.exec(q, QStringLiteral("SELECT tbl, row_id FROM purged")); !r)
        return Result<QSet<QString>>(r.error());
    QSet<QString> out;
    while (q.next())
        out.insert(q.value(0).toString() + QLatin1Char('/') + q.value(1).toString());
    return out;
}

Result<QList<SyncQueries::PurgedRow>> SyncQueries::purgedRows() const {
    QSqlQuery q(m_db.connection());
    if (auto r = m_db.exec(q, QStringLiteral("SELECT tbl, row_id, hlc FROM purged")); !r)
        return Result<QList<PurgedRow>>(r.error());
    QList<PurgedRow> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return out;
}

Status SyncQueries::applyPurge(const QString& table, const QString& id, const QString& hlc) const {
    if (auto s = checkTable(table); !s)
        return s;
    if (auto s = flushInserts(); !s)
        return s;
    if (auto s = m_db.execSql(QStringLiteral("INSERT INTO purged (tbl, row_id, hlc) VALUES (?, ?, "
                                             "?) ON CONFLICT DO NOTHING"),
                              {table, id, hlc});
        !s)
        return s;
    if (auto s = m_db.execSql(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table), {id}); !s)
        return s;
    if (table == QLatin1String("journal_note"))
        if (auto s =
                m_db.execSql(QStringLiteral("DELETE FROM journal_search WHERE note_id = ?"), {id});
            !s)
            return s;
    // A conflict keeps both values of a field: about a purged row it is deleted, open or
    // resolved, here and wherever the purge arrives.
    if (auto s = m_db.execSql(
            QStringLiteral("DELETE FROM sync_conflict WHERE tbl = ? AND row_id = ?"), {table, id});
        !s)
        return s;
    return ChangeLog(m_db).dropRowHistory(table, id);
}

Status SyncQueries::purgeLocal(const QString& table, const QString& id) const {
    if (auto s = checkTable(table); !s)
        return s;
    return m_db.transaction([&]() -> Status {
        auto row = readRow(table, id);
        if (!row)
            return Status(row.error());
        if (!*row)
            return Status::failure(tr("The record was not found (it may have been removed)."));
        auto c = ChangeLog(m_db).recordPurge(table, id);
        if (!c)
            return Status(c.error());
        if (auto s = applyPurge(table, id, c->hlc); !s) {
            if (s.message().contains(QLatin1String("FOREIGN KEY")))
                return Status::failure(tr("Other records still refer to this one; erase them "
                                          "first. Nothing was erased."));
            return s;
        }
        return Status::success();
    });
}

Status SyncQueries::deferForeignKeys() const {
    if (m_db.isServer()) // the server's references are DEFERRABLE (migrationStatement)
        return m_db.execSql(QStringLiteral("SET CONSTRAINTS ALL DEFERRED"));
    // A large import touches many pages (random UUID keys); a page cache of up to 64 MiB keeps
    // more of them in memory instead of spilling them to the WAL and reading them back.
    if (auto s = m_db.execSql(QStringLiteral("PRAGMA cache_size = -65536")); !s)
        return s;
    return m_db.execSql(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
}

Status SyncQueries::backupTo(const QString& path) const {
    if (auto s = createEmptyOwnerOnly(path); !s) // VACUUM INTO keeps the empty file's permissions
        return Status::failure(
            tr("Could not back up the database before the import; nothing was imported: %1")
                .arg(s.message()));
    if (auto s = m_db.execSql(QStringLiteral("VACUUM INTO ?"), {path}); !s)
        return Status::failure(
            tr("Could not back up the database before the import; nothing was imported: %1")
                .arg(s.message()));
    return Status::success();
}

Result<QString> SyncQueries::meta(const QString& key) const {
    QSqlQuery q(m_db.connection());
    if (auto r = m_db.exec(q, QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key}); !r)
        return Result<QString>(r.error());
    return q.next() ? q.value(0).toString() : QString();
}

Status SyncQueries::setMeta(const QString& key, const QString& value) const {
    return m_db.execSql(QStringLiteral("INSERT INTO meta(key, value) VALUES (?, ?) ON "
                                       "CONFLICT(key) DO UPDATE SET value = excluded.value"),
                        {key, value});
}

Result<QList<PeerInfo>> SyncQueries::peers() const {
    QSqlQuery q(m_db.connection());
    if (auto r = m_db.exec(q, QStringLiteral("SELECT site, name, vector, last_seen_utc FROM "
                                             "sync_peer ORDER BY name, site"));
        !r)
        return Result<QList<PeerInfo>>(r.error());
    QList<PeerInfo> out;
    while (q.next()) {
        PeerInfo p;
        p.site = QUuid::fromString(q.value(0).toString());
        p.name = q.value(1).toString();
        p.known =
            sync::vectorFromJson(QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object());
        p.lastSeenUtc = fromDbTimestamp(q.value(3).toString());
        out.append(p);
    }
    return out;
}

Status SyncQueries::savePeer(const PeerInfo& peer, const QUuid& bundleId) const {
    const QString vector = QString::fromUtf8(
        QJsonDocument(sync::vectorToJson(peer.known)).toJson(QJsonDocument::Compact));
    return m_db.execSql(QStringLiteral("INSERT INTO sync_peer (site, name, vector, last_bundle_id, "
                                       "last_seen_utc) VALUES (?, ?, ?, ?, ?) ON CONFLICT(site) "
                                       "DO UPDATE SET name = excluded.name, vector = "
                                       "excluded.vector, last_bundle_id = excluded.last_bundle_id, "
                                       "last_seen_utc = excluded.last_seen_utc"),
                        {idText(peer.site), text(peer.name), vector, idText(bundleId),
                         toDbTimestamp(peer.lastSeenUtc)});
}

Status SyncQueries::addHistory(const HistoryEntry& e) const {
    return m_db.execSql(QStringLiteral("INSERT INTO sync_history (id, direction, peer, peer_name, "
                                       "at_utc, changes, new_rows, changed_rows, conflicts, "
                                       "flagged, file) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                       "ON CONFLICT(id) DO NOTHING"),
                        {idText(e.bundleId),
                         e.sent ? QStringLiteral("sent") : QStringLiteral("received"),
                         e.peer.isNull() ? QString(QLatin1String("")) : idText(e.peer),
                         text(e.peerName), toDbTimestamp(e.atUtc), e.changes, e.newRows,
                         e.changedRows, e.conflicts, e.flagged, text(e.file)});
}

Result<QList<HistoryEntry>> SyncQueries::history() const {
    QSqlQuery q(m_db.connection());
    if (auto r = m_db.exec(q, QStringLiteral("SELECT id, direction, peer, peer_name, at_utc, "
                                             "changes, new_rows, changed_rows, conflicts, "
                                             "flagged, file FROM sync_history ORDER BY at_utc "
                                             "DESC, id"));
        !r)
        return Result<QList<HistoryEntry>>(r.error());
    QList<HistoryEntry> out;
    while (q.next()) {
        HistoryEntry e;
        e.bundleId = QUuid::fromString(q.value(0).toString());
        e.sent = q.value(1).toString() == QLatin1String("sent");
        e.peer = QUuid::fromString(q.value(2).toString());
        e.peerName = q.value(3).toString();
        e.atUtc = fromDbTimestamp(q.value(4).toString());
        e.changes = q.value(5).toLongLong();
        e.newRows = q.value(6).toInt();
        e.changedRows = q.value(7).toInt();
        e.conflicts = q.value(8).toInt();
        e.flagged = q.value(9).toInt();
        e.file = q.value(10).toString();
        out.append(e);
    }
    return out;
}

Result<bool> SyncQueries::hasHistory(const QUuid& bundleId) const {
    QSqlQuery q(m_db.connection());
    if (auto r = m_db.exec(q,
                           QStringLiteral("SELECT 1 FROM sync_history WHERE id = ? AND direction "
                                          "= 'received'"),
                           {idText(bundleId)});
        !r)
        return Result<bool>(r.error());
    return q.next();
}

Status SyncQueries::addConflict(const Conflict& c) const {
    return m_db.execSql(QStringLiteral("INSERT INTO sync_conflict (%1) VALUES (?, ?, ?, ?, ?, ?, "
                                       "?, ?, ?, ?, ?, NULL, '')")
                            .arg(QLatin1String(kConflictColumns)),
                        {idText(c.id.isNull() ? QUuid::createUuid() : c.id), c.table, c.rowId,
                         text(c.field), conflictKindCode(c.kind), valueText(c.currentValue),
                         text(c.currentHlc), valueText(c.otherValue), text(c.otherHlc),
                         c.otherSite.isNull() ? QString(QLatin1String("")) : idText(c.otherSite),
                         m_db.nowText()});
}

Result<QList<Conflict>> SyncQueries::conflicts(bool includeResolved) const {
    QSqlQuery q(m_db.connection());
    if (auto r = m_db.exec(q, QStringLiteral("SELECT %1 FROM sync_conflict %2 ORDER BY "
                                             "detected_utc DESC, tbl, row_id, field")
                                  .arg(QLatin1String(kConflictColumns),
                                       includeResolved ? QString()
                                                       : QStringLiteral("WHERE resolved_utc IS "
                                                                        "NULL")));
        !r)
        return Result<QList<Conflict>>(r.error());
    QList<Conflict> out;
    while (q.next())
        out.append(readConflict(q));
    return out;
}

Result<std::optional<Conflict>> SyncQueries::conflict(const QUuid& id) const {
    using R = Result<std::optional<Conflict>>;
    QSqlQuery q(m_db.connection());
    if (auto r = m_db.exec(q,
                           QStringLiteral("SELECT %1 FROM sync_conflict WHERE id = ?")
                               .arg(QLatin1String(kConflictColumns)),
                           {idText(id)});
        !r)
        return R(r.error());
    if (!q.next())
        return std::optional<Conflict>();
    return std::optional<Conflict>(readConflict(q));
}

Result<QList<Conflict>> SyncQueries::openConflicts(const QString& table, const QString& rowId,
                                                   ConflictKind kind, const QString& field) const {
    const QString f = field.isEmpty() ? QString(QLatin1String("")) : field;
    QSqlQuery q(m_db.connection());
    if (auto r = m_db.exec(q,
                           QStringLiteral("SELECT %1 FROM sync_conflict WHERE resolved_utc IS NULL "
                                          "AND tbl = ? AND row_id = ? AND kind = ? AND (? = '' OR "
                                          "field = ?)")
                               .arg(QLatin1String(kConflictColumns)),
                           {table, rowId, conflictKindCode(kind), f, f});
        !r)
        return Result<QList<Conflict>>(r.error());
    QList<Conflict> out;
    while (q.next())
        out.append(readConflict(q));
    return out;
}

Status SyncQueries::resolveConflict(const QUuid& id, const QString& resolution) const {
    return m_db.execSql(QStringLiteral("UPDATE sync_conflict SET resolved_utc = ?, resolution = ? "
                                       "WHERE id = ? AND resolved_utc IS NULL"),
                        {m_db.nowText(), resolution, idText(id)});
}

} // namespace bs
