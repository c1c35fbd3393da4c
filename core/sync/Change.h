#pragma once
// One recorded change of one row, as kept in `change_log` and carried in sync bundles.
// A change names the site that made it and that site's counter (together unique), its hybrid
// logical clock, the row, and the new values of the fields it changed.
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QUuid>
#include <QVariant>

namespace bs::sync {

enum class ChangeKind {
    Row,   // field values of a row (an insert carries all of them)
    Purge, // legal erasure: the row's content is removed everywhere and never comes back
};

struct Change {
    QUuid origin;       // the site that made the change
    qint64 counter = 0; // that site's sequence number, 1, 2, 3, ...
    QString hlc;        // Hlc::toText()
    QString table;      // a synchronised table (see syncTables())
    QString rowId;      // the row's id (a UUID, or a setting's key)
    ChangeKind kind = ChangeKind::Row;
    // Column -> new value (JSON null, number or string: exactly what SQLite stores). An insert
    // carries every column (and created_utc); an update only the columns it changed.
    QJsonObject fields;
    // Column -> the clock (text) of the value this change replaced at its origin, "" for none.
    // A received change whose base differs from the receiver's current clock of that field was
    // made concurrently with the receiver's value: a conflict where it matters.
    QJsonObject base;
    // Only for a change that sets deleted = 1: the deleting site's version vector at that moment
    // (origin -> counter). An edit of the row not covered by it was made without knowing of the
    // deletion, and wins over it.
    QJsonObject seen;

    bool setsDeleted() const { return fields.value(QLatin1String("deleted")).toInt() == 1; }
};

// For each origin site, the highest counter applied (all lower ones are applied too).
using VersionVector = QHash<QUuid, qint64>;

QJsonObject vectorToJson(const VersionVector& v);
VersionVector vectorFromJson(const QJsonObject& o);
bool covers(const VersionVector& v, const QUuid& origin, qint64 counter);

// The tables whose rows travel between sites (every table with the sync columns).
const QStringList& syncTables();
// Fields whose losing value in a concurrent edit is kept as a conflict for a person to resolve
// (address, grant dates, statuses, consents); other fields keep the loser in change_log only.
bool isConflictField(const QString& table, const QString& field);

// An id that every site computes alike for a row that is one thing everywhere (a member's
// attendance at a session, a follow-up rule's task), so rows made at two sites merge into one.
QUuid stableId(const QString& kind, const QString& key);

// The JSON form of a value as SQLite stores it: null, a number (booleans as 0/1) or text.
QJsonValue toJsonValue(const QVariant& value);
QVariant fromJsonValue(const QJsonValue& value);

} // namespace bs::sync
