#include "ChangeApplier.h"

#include "domain/Attendance.h"
#include "domain/Journal.h"
#include "services/JournalText.h"
#include "storage/JournalQueries.h"
#include "storage/Repository.h"
#include "sync/DeletionRule.h"
#include "sync/Hlc.h"

namespace bs::sync {

namespace {

const QLatin1String kDeleted("deleted");
const QLatin1String kCreated("created_utc");
constexpr int kMaxSamples = 30;
constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;

QString rowKey(const QString& table, const QString& rowId) {
    return table + QLatin1Char('/') + rowId;
}

QUuid siteOf(const QString& hlc) {
    const auto h = Hlc::fromText(hlc);
    return h ? h->site : QUuid();
}

} // namespace

ChangeApplier::ChangeApplier(Database& db) : m_db(db), m_log(db), m_queries(db) {
}

Status ChangeApplier::begin(const QList<Change>& changes) {
    if (auto s = prepare(); !s)
        return s;
    return prefetchKnownRows(changes);
}

Status ChangeApplier::prefetchKnownRows(const QList<Change>& changes) {
    QHash<QString, QStringList> idsPerTable;
    for (const Change& c : changes)
        if (c.kind == ChangeKind::Row && !covers(m_vector, c.origin, c.counter))
            idsPerTable[c.table].append(c.rowId);
    for (auto it = idsPerTable.cbegin(); it != idsPerTable.cend(); ++it) {
        auto known = m_queries.knownRows(it.key(), it.value());
        if (!known)
            return Status(known.error());
        for (const QString& id : std::as_const(*known))
            m_known.insert(rowKey(it.key(), id));
    }
    return Status::success();
}

Status ChangeApplier::prepare() {
    auto schema = m_queries.schema();
    if (!schema)
        return Status(schema.error());
    m_schema = *schema;
    auto vector = m_log.vector();
    if (!vector)
        return Status(vector.error());
    m_vector = *vector;
    m_vectorBefore = m_vector;
    auto purged = m_queries.purgedKeys();
    if (!purged)
        return Status(purged.error());
    m_purged = *purged;
    m_nowMs = m_db.clock().nowUtc().toMSecsSinceEpoch();
    m_queries.setModifiedText(m_db.nowText()); // one import, one modification time
    // Within one bundle a parent may come after its child when clocks were wrong.
    return m_queries.deferForeignKeys();
}

Status ChangeApplier::apply(const Change& c, ImportPreview& stats) {
    if (covers(m_vector, c.origin, c.counter)) {
        ++stats.alreadyHere;
        return Status::success();
    }
    m_vector[c.origin] = c.counter;
    const auto hlc = Hlc::fromText(c.hlc);
    if (!hlc)
        return Status::failure(tr("A change carries an invalid clock."));
    // A clock far ahead is applied (so every site converges) but not trusted: the local clock
    // does not follow it, and the conflict fields it wins go to the conflict list.
    const bool ahead = !m_db.hlc().observe(*hlc, m_nowMs, kMaxClockAheadMs);
    if (ahead) {
        ++stats.clockAhead;
        qint64& days = m_daysAhead[c.origin];
        days = std::max(days, (hlc->wallMs - m_nowMs + kDayMs / 2) / kDayMs);
    }
    if (c.kind == ChangeKind::Purge)
        return applyPurge(c, stats);
    if (m_purged.contains(rowKey(c.table, c.rowId)))
        return Status::success(); // an old change of an erased row: never brought back
    return applyRow(c, stats, ahead);
}

Status ChangeApplier::applyPurge(const Change& c, ImportPreview& stats) {
    if (auto s = m_log.storeReceived(c); !s)
        return s;
    const QString key = rowKey(c.table, c.rowId);
    if (m_purged.contains(key))
        return Status::success();
    m_purged.insert(key);
    ++stats.purges;
    if (c.table == QLatin1String("journal_note"))
        m_touchedNotes.remove(QUuid::fromString(c.rowId));
    if (auto s = flushWrites(); !s) // the purge drops the row's logged history
        return s;
    return m_queries.applyPurge(c.table, c.rowId, c.hlc);
}

Status ChangeApplier::applyRow(const Change& c, ImportPreview& stats, bool flaggedAhead) {
    // A row this file has never seen has no history and no stored values to look up.
    const QString known = rowKey(c.table, c.rowId);
    if (!m_known.contains(known)) {
        m_known.insert(known);
        if (auto s = m_log.storeReceived(c); !s)
            return s;
        return insertFresh(c, stats);
    }
    auto before = m_log.changesOfRow(c.table, c.rowId);
    if (!before)
        return Status(before.error());
    auto row = m_queries.readRow(c.table, c.rowId);
    if (!row)
        return Status(row.error());
    if (auto s = m_log.storeReceived(c); !s)
        return s;
    const QHash<QString, FieldClock> local = ChangeLog::clocksOf(*before);
    QList<Change> all = *before;
    all.append(c);

    // Fields: the larger clock wins; a field with no logged clock loses to any change.
    QJsonObject winners;
    for (auto it = c.fields.begin(); it != c.fields.end(); ++it) {
        if (it.key() == kDeleted)
            continue;
        const FieldClock mine = local.value(it.key());
        const bool wins = mine.hlc.isEmpty() || mine.hlc < c.hlc;
        if (wins)
            winners.insert(it.key(), it.value());
        if (!mine.hlc.isEmpty() && isConflictField(c.table, it.key()) && mine.value != it.value()) {
            const bool apart = c.base.value(it.key()).toString() != mine.hlc;
            if (apart || (flaggedAhead && wins))
                if (auto s = fieldConflict(c, it.key(), mine, wins, stats); !s)
                    return s;
        }
        if (wins && !mine.hlc.isEmpty() && isConflictField(c.table, it.key()))
            if (auto s = resolveSuperseded(c, it.key()); !s)
                return s;
    }

    // Deletion: decided from every change of the row, so the order of arrival does not matter.
    const DeletionOutcome deletion = resolveDeleted(all);
    if (!deletion.overruled.isEmpty())
        if (auto s = deletionConflicts(c, deletion, stats); !s)
            return s;
    const int deleted = deletion.deleted ? 1 : 0;
    const QString key = rowKey(c.table, c.rowId);

    if (*row) {
        const int wasDeleted = (*row)->value(kDeleted).toInt();
        if (wasDeleted != deleted)
            winners.insert(kDeleted, deleted);
        if (winners.isEmpty())
            return Status::success();
        if (auto s = m_queries.updateRow(c.table, c.rowId, winners, c.origin); !s)
            return s;
        if (wasDeleted == 0 && deleted == 1)
            countRow(key, stats.deletedRows);
        else if (wasDeleted == 1 && deleted == 0)
            countRow(key, stats.restoredRows);
        else
            countRow(key, stats.changedRows);
    } else {
        // A new row: every field's latest value from the log (a change may have arrived before
        // the row's insert when clocks were wrong; the row appears once it is complete).
        QJsonObject full;
        const auto clocks = ChangeLog::clocksOf(all);
        for (auto it = clocks.cbegin(); it != clocks.cend(); ++it)
            full.insert(it.key(), it->value);
        full.insert(kDeleted, deleted);
        for (const QString& column : m_schema.required.value(c.table))
            if (!full.contains(column) || full.value(column).isNull())
                return Status::success();
        const QString created =
            full.contains(kCreated) ? full.value(kCreated).toString() : m_db.nowText();
        if (auto s = m_queries.insertRow(c.table, c.rowId, full, created, c.origin); !s)
            return s;
        countRow(key, stats.newRows);
        if (c.table == QLatin1String("citizen"))
            sample(tr("New citizen: %1").arg(full.value(QLatin1String("name")).toString()), stats);
    }

    if (c.table == QLatin1String("journal_note")) {
        m_touchedNotes.insert(QUuid::fromString(c.rowId));
    } else if (c.table == QLatin1String("journal_revision")) {
        const auto clocks = ChangeLog::clocksOf(all);
        m_touchedNotes.insert(
            QUuid::fromString(clocks.value(QStringLiteral("note_id")).value.toString()));
    }
    return Status::success();
}

Status ChangeApplier::insertFresh(const Change& c, ImportPreview& stats) {
    // The same outcome as applyRow() for a row with no history here (every field wins, the
    // deletion marker is the change's own), without building the merge state: most of a large
    // bundle is new rows.
    QJsonObject full = c.fields;
    full.insert(kDeleted, c.setsDeleted() ? 1 : 0);
    for (const QString& column : m_schema.required.value(c.table))
        if (!full.contains(column) || full.value(column).isNull())
            return Status::success(); // the row appears once its insert arrives
    const QString created =
        full.contains(kCreated) ? full.value(kCreated).toString() : m_db.nowText();
    if (auto s = m_queries.queueInsert(c.table, c.rowId, full, created, c.origin); !s)
        return s;
    countRow(rowKey(c.table, c.rowId), stats.newRows);
    if (c.table == QLatin1String("citizen"))
        sample(tr("New citizen: %1").arg(full.value(QLatin1String("name")).toString()), stats);
    if (c.table == QLatin1String("journal_note"))
        m_touchedNotes.insert(QUuid::fromString(c.rowId));
    else if (c.table == QLatin1String("journal_revision"))
        m_touchedNotes.insert(
            QUuid::fromString(c.fields.value(QLatin1String("note_id")).toString()));
    return Status::success();
}

Status ChangeApplier::fieldConflict(const Change& c, const QString& field, const FieldClock& local,
                                    bool changeWins, ImportPreview& stats) {
    Conflict k;
    k.kind = ConflictKind::Field;
    k.table = c.table;
    k.rowId = c.rowId;
    k.field = field;
    const QJsonValue theirs = c.fields.value(field);
    k.currentValue = changeWins ? theirs : local.value;
    k.currentHlc = changeWins ? c.hlc : local.hlc;
    k.otherValue = changeWins ? local.value : theirs;
    k.otherHlc = changeWins ? local.hlc : c.hlc;
    k.otherSite = siteOf(k.otherHlc);
    ++stats.conflicts;
    return m_queries.addConflict(k);
}

Status ChangeApplier::resolveSuperseded(const Change& c, const QString& field) {
    // A value set by someone who had seen both sides of a conflict settles it.
    const QString base = c.base.value(field).toString();
    if (base.isEmpty())
        return Status::success();
    auto open = m_queries.openConflicts(c.table, c.rowId, ConflictKind::Field, field);
    if (!open)
        return Status(open.error());
    for (const Conflict& k : std::as_const(*open))
        if (std::max(k.currentHlc, k.otherHlc) <= base)
            if (auto s = m_queries.resolveConflict(k.id, QStringLiteral("superseded")); !s)
                return s;
    return Status::success();
}

Status ChangeApplier::deletionConflicts(const Change& c, const DeletionOutcome& outcome,
                                        ImportPreview& stats) {
    auto open = m_queries.openConflicts(c.table, c.rowId, ConflictKind::EditedAfterDelete);
    if (!open)
        return Status(open.error());
    for (const auto& o : outcome.overruled) {
        if (o.editKnewOfDeletion)
            continue;
        const bool known = std::any_of(open->cbegin(), open->cend(), [&](const Conflict& k) {
            return k.otherHlc == o.deletion->hlc;
        });
        if (known)
            continue;
        Conflict k;
        k.kind = ConflictKind::EditedAfterDelete;
        k.table = c.table;
        k.rowId = c.rowId;
        k.field = kDeleted;
        k.currentValue = 0;
        k.currentHlc = o.edit->hlc;
        k.otherValue = 1;
        k.otherHlc = o.deletion->hlc;
        k.otherSite = o.deletion->origin;
        ++stats.conflicts;
        if (auto s = m_queries.addConflict(k); !s)
            return s;
        open->append(k);
    }
    return Status::success();
}

Status ChangeApplier::flushWrites() {
    if (auto s = m_log.flushReceived(); !s)
        return s;
    return m_queries.flushInserts();
}

Status ChangeApplier::finish(ImportPreview& stats) {
    if (auto s = flushWrites(); !s)
        return s;
    // The vector is written once, not per change.
    for (auto it = m_vector.cbegin(); it != m_vector.cend(); ++it)
        if (it.value() > m_vectorBefore.value(it.key(), 0))
            if (auto s = m_log.advanceVector(it.key(), it.value()); !s)
                return s;
    JournalQueries journal(m_db);
    Repository repo(m_db);
    for (const QUuid& noteId : std::as_const(m_touchedNotes)) {
        auto note = repo.list<JournalNote>(QStringLiteral("id = ?"), {idText(noteId)}, true);
        if (!note)
            return Status(note.error());
        if (note->isEmpty())
            continue; // the note's own row has not arrived yet
        const JournalNote& n = note->first();
        if (auto s = n.meta.deleted ? journal.unindex(noteId)
                                    : journal.index(noteId, journaltext::fold(n.fullText()));
            !s)
            return s;
        auto heads = journal.heads(noteId);
        if (!heads)
            return Status(heads.error());
        auto open = m_queries.openConflicts(QStringLiteral("journal_note"), idText(noteId),
                                            ConflictKind::NoteVersions);
        if (!open)
            return Status(open.error());
        if (heads->size() <= 1) {
            for (const Conflict& k : std::as_const(*open))
                if (auto s = m_queries.resolveConflict(k.id, QStringLiteral("superseded")); !s)
                    return s;
            continue;
        }
        if (!open->isEmpty())
            continue;
        // Two versions written apart: shown side by side until someone writes one over both.
        Conflict k;
        k.kind = ConflictKind::NoteVersions;
        k.table = QStringLiteral("journal_note");
        k.rowId = idText(noteId);
        k.field = QStringLiteral("text");
        k.currentValue = n.fullText();
        for (const QUuid& head : std::as_const(*heads)) {
            auto r = repo.get<JournalRevision>(head);
            if (!r)
                return Status(r.error());
            JournalNote version = n;
            version.text = r->text;
            version.personalText = r->personalText;
            auto log = m_log.changesOfRow(QStringLiteral("journal_revision"), idText(head));
            const QString hlc = log && !log->isEmpty() ? log->first().hlc : QString();
            if (version.fullText() == n.fullText() && k.currentHlc.isEmpty()) {
                k.currentHlc = hlc;
            } else if (version.fullText() != n.fullText() && k.otherHlc <= hlc) {
                k.otherValue = version.fullText();
                k.otherHlc = hlc;
            }
        }
        if (k.otherHlc.isEmpty())
            continue; // every head has the same wording: nothing to choose between
        k.otherSite = siteOf(k.otherHlc);
        ++stats.newNoteVersions;
        ++stats.conflicts;
        if (auto s = m_queries.addConflict(k); !s)
            return s;
    }
    return Status::success();
}

void ChangeApplier::countRow(const QString& key, int& counter) {
    if (!m_countedRows.contains(key)) {
        m_countedRows.insert(key);
        ++counter;
    }
}

void ChangeApplier::sample(const QString& text, ImportPreview& stats) {
    if (stats.samples.size() < kMaxSamples)
        stats.samples.append(text);
}

} // namespace bs::sync
