#include "ChangeLog.h"

#include "Repository.h"
#include "sync/DeletionRule.h"
#include "sync/Hlc.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace bs {

using sync::Change;
using sync::ChangeKind;
using sync::VersionVector;

namespace {

// Appends `s` as a JSON string literal.
void appendJsonString(QString& out, const QString& s) {
    out += QLatin1Char('"');
    for (const QChar ch : s) {
        const char16_t u = ch.unicode();
        if (u == u'"' || u == u'\\') {
            out += QLatin1Char('\\');
            out += ch;
        } else if (u < 0x20) {
            out += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
        } else {
            out += ch;
        }
    }
    out += QLatin1Char('"');
}

// The compact JSON text of a change's fields, base or seen vector. These are flat objects of
// null, integers and text; they are written directly (QJsonDocument built a document per change,
// a fifth of an import's time). Anything else (a fraction, a nested value) goes through
// QJsonDocument as before. Either way the text parses back to the same object.
QString jsonText(const QJsonObject& o) {
    if (o.isEmpty())
        return QStringLiteral("{}"); // most bases and seen vectors: no document to build
    constexpr double kExact = 9007199254740992.0; // 2^53: integers a double holds exactly
    QString out;
    out.reserve(64 * o.size());
    out += QLatin1Char('{');
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it != o.begin())
            out += QLatin1Char(',');
        appendJsonString(out, it.key());
        out += QLatin1Char(':');
        const QJsonValue v = it.value();
        switch (v.type()) {
        case QJsonValue::Null:
            out += QLatin1String("null");
            break;
        case QJsonValue::String:
            appendJsonString(out, v.toString());
            break;
        case QJsonValue::Double: {
            const double d = v.toDouble();
            const qint64 i = v.toInteger();
            if (double(i) != d || d >= kExact || d <= -kExact)
                return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
            out += QString::number(i);
            break;
        }
        default:
            return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
        }
    }
    out += QLatin1Char('}');
    return out;
}

QJsonObject jsonObject(const QString& text) {
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString kindCode(ChangeKind k) {
    return k == ChangeKind::Purge ? QStringLiteral("purge") : QStringLiteral("row");
}

const char* kColumns = "origin, counter, hlc, tbl, row_id, kind, fields, base, seen";

} // namespace

ChangeLog::ChangeLog(const Database& db) : m_db(db), m_cache(db) {
}

ChangeLog::~ChangeLog() = default;

Status ChangeLog::cachedExec(const QString& sql, const QVariantList& binds) const {
    auto q = m_cache.exec(sql, binds);
    return q ? Status::success() : Status(q.error());
}

Change ChangeLog::readChange(const QSqlQuery& q) {
    Change c;
    c.origin = QUuid::fromString(q.value(0).toString());
    c.counter = q.value(1).toLongLong();
    c.hlc = q.value(2).toString();
    c.table = q.value(3).toString();
    c.rowId = q.value(4).toString();
    c.kind = q.value(5).toString() == QLatin1String("purge") ? ChangeKind::Purge : ChangeKind::Row;
    c.fields = jsonObject(q.value(6).toString());
    c.base = jsonObject(q.value(7).toString());
    c.seen = jsonObject(q.value(8).toString());
    return c;
}

Result<Change> ChangeLog::recordLocal(const QString& table, const QString& rowId,
                                      const QJsonObject& fields, bool isInsert) {
    Change c;
    c.origin = m_db.installationId();
    c.table = table;
    c.rowId = rowId;
    c.fields = fields;
    if (fields.isEmpty())
        return c;
    if (!isInsert) {
        auto changes = changesOfRow(table, rowId);
        if (!changes)
            return Result<Change>(changes.error());
        // An edit of a deleted row restates the deletion, so other sites do not take the edit
        // for one made without knowing of it (which would bring the row back there only).
        if (!c.fields.contains(QLatin1String("deleted")) && sync::resolveDeleted(*changes).deleted)
            c.fields.insert(QStringLiteral("deleted"), 1);
        const auto clocks = clocksOf(*changes);
        for (auto it = c.fields.begin(); it != c.fields.end(); ++it)
            c.base.insert(it.key(), clocks.value(it.key()).hlc);
    }
    return stampAndStore(c);
}

Result<Change> ChangeLog::stampAndStore(Change c) {
    // This site's next counter and a new clock; a deletion also records what this site has seen.
    auto v = vector();
    if (!v)
        return Result<Change>(v.error());
    if (c.setsDeleted())
        c.seen = sync::vectorToJson(*v);
    c.hlc = m_db.hlc().tick(m_db.clock().nowUtc().toMSecsSinceEpoch()).toText();
    if (m_db.isServer()) {
        // Many users write under the server's one site id at once: the next counter is taken
        // atomically, and the row stays locked until commit, so no two changes share one.
        auto q = m_cache.exec(QStringLiteral("INSERT INTO sync_vector (origin, counter) VALUES "
                                             "(?, 1) ON CONFLICT (origin) DO UPDATE SET counter "
                                             "= sync_vector.counter + 1 RETURNING counter"),
                              {idText(c.origin)});
        if (!q)
            return Result<Change>(q.error());
        if (!(*q)->next())
            return Result<Change>::failure(tr("Could not number the change."));
        c.counter = (*q)->value(0).toLongLong();
        (*q)->finish();
        if (auto s = insert(c); !s)
            return Result<Change>(s.error());
        return c;
    }
    c.counter = v->value(c.origin, 0) + 1;
    if (auto s = insert(c); !s)
        return Result<Change>(s.error());
    if (auto s = advanceVector(c.origin, c.counter); !s)
        return Result<Change>(s.error());
    return c;
}

Status ChangeLog::insert(const Change& c) {
    if (auto s = flushReceived(); !s)
        return s;
    return cachedExec(QStringLiteral("INSERT INTO change_log (%1) VALUES (?, ?, ?, ?, ?, ?, ?, "
                                     "?, ?) ON CONFLICT DO NOTHING")
                          .arg(QLatin1String(kColumns)),
                      {idText(c.origin), c.counter, c.hlc, c.table, c.rowId, kindCode(c.kind),
                       jsonText(c.fields), jsonText(c.base), jsonText(c.seen)});
}

Status ChangeLog::advanceVector(const QUuid& origin, qint64 counter) {
    return cachedExec(QStringLiteral("INSERT INTO sync_vector (origin, counter) VALUES (?, ?) "
                                     "ON CONFLICT(origin) DO UPDATE SET counter = ") +
                          m_db.sql().greatest(QStringLiteral("sync_vector.counter"),
                                              QStringLiteral("excluded.counter")),
                      {idText(origin), counter});
}

Result<QList<Change>> ChangeLog::changesOfRow(const QString& table, const QString& rowId) const {
    if (auto s = flushReceived(); !s)
        return Result<QList<Change>>(s.error());
    auto q = m_cache.exec(QStringLiteral("SELECT %1 FROM change_log WHERE tbl = ? AND row_id = ? "
                                         "ORDER BY hlc")
                              .arg(QLatin1String(kColumns)),
                          {table, rowId});
    if (!q)
        return Result<QList<Change>>(q.error());
    QList<Change> out;
    while ((*q)->next())
        out.append(readChange(**q));
    (*q)->finish();
    return out;
}

QHash<QString, FieldClock> ChangeLog::clocksOf(const QList<Change>& changes) {
    QHash<QString, FieldClock> out;
    for (const Change& c : changes) {
        if (c.kind != ChangeKind::Row)
            continue;
        for (auto it = c.fields.begin(); it != c.fields.end(); ++it) {
            auto found = out.find(it.key());
            if (found == out.end())
                out.insert(it.key(), FieldClock{c.hlc, it.value()});
            else if (found->hlc < c.hlc)
                *found = FieldClock{c.hlc, it.value()};
        }
    }
    return out;
}

Result<QHash<QString, FieldClock>> ChangeLog::fieldClocks(const QString& table,
                                                          const QString& rowId) const {
    auto changes = changesOfRow(table, rowId);
    if (!changes)
        return Result<QHash<QString, FieldClock>>(changes.error());
    return clocksOf(*changes);
}

Result<VersionVector> ChangeLog::vector() const {
    QSqlQuery q(m_db.connection());
    if (auto r = m_db.exec(q, QStringLiteral("SELECT origin, counter FROM sync_vector")); !r)
        return Result<VersionVector>(r.error());
    VersionVector v;
    while (q.next())
        v.insert(QUuid::fromString(q.value(0).toString()), q.value(1).toLongLong());
    return v;
}

Status ChangeLog::forEachChangeBeyond(const VersionVector& known,
                                      const std::function<bool(const Change&)>& fn) const {
    if (auto s = flushReceived(); !s)
        return s;
    // The known vector goes in as a small temporary table so one ordered scan does the work.
    if (auto s = m_db.execSql(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS sync_known "
                                             "(origin TEXT PRIMARY KEY, counter INTEGER)"));
        !s)
        return s;
    if (auto s = m_db.execSql(QStringLiteral("DELETE FROM sync_known")); !s)
        return s;
    for (auto it = known.cbegin(); it != known.cend(); ++it)
        if (auto s = m_db.execSql(QStringLiteral("INSERT INTO sync_known VALUES (?, ?)"),
                                  {idText(it.key()), it.value()});
            !s)
            return s;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (auto r = m_db.exec(q, QStringLiteral("SELECT %1 FROM change_log c WHERE c.counter > "
                                             "coalesce((SELECT k.counter FROM sync_known k "
                                             "WHERE k.origin = c.origin), 0) ORDER BY c.hlc, "
                                             "c.origin, c.counter")
                                  .arg(QLatin1String(kColumns)));
        !r)
        return Status(r.error());
    while (q.next())
        if (!fn(readChange(q)))
            break;
    return Status::success();
}

Status ChangeLog::storeReceived(const Change& c) {
    if (!m_received)
        m_received =
            std::make_unique<InsertBatch>(m_cache, QStringLiteral("change_log"),
                                          QString::fromLatin1(kColumns).split(QStringLiteral(", ")),
                                          QStringLiteral("ON CONFLICT DO NOTHING"));
    return m_received->add({idText(c.origin), c.counter, c.hlc, c.table, c.rowId, kindCode(c.kind),
                            jsonText(c.fields), jsonText(c.base), jsonText(c.seen)});
}

Status ChangeLog::flushReceived() const {
    return m_received ? m_received->flush() : Status::success();
}

Result<Change> ChangeLog::recordPurge(const QString& table, const QString& rowId) {
    Change c;
    c.origin = m_db.installationId();
    c.table = table;
    c.rowId = rowId;
    c.kind = ChangeKind::Purge;
    return stampAndStore(c);
}

Status ChangeLog::dropRowHistory(const QString& table, const QString& rowId) {
    if (auto s = flushReceived(); !s)
        return s;
    return m_db.execSql(QStringLiteral("DELETE FROM change_log WHERE tbl = ? AND row_id = ? AND "
                                       "kind <> 'purge'"),
                        {table, rowId});
}

Result<QString> ChangeLog::largestClock() const {
    if (auto s = flushReceived(); !s)
        return Result<QString>(s.error());
    QSqlQuery q(m_db.connection());
    if (auto r = m_db.exec(q, QStringLiteral("SELECT max(hlc) FROM change_log")); !r)
        return Result<QString>(r.error());
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace bs
