#include "SyncService.h"
#include "storage/CitizenDataQueries.h"

#include "domain/Journal.h"
#include "services/JournalText.h"
#include "storage/ChangeLog.h"
#include "storage/Database.h"
#include "storage/JournalQueries.h"
#include "storage/OwnerOnly.h"
#include "storage/Repository.h"
#include "storage/SyncQueries.h"
#include "sync/BundleFile.h"
#include "sync/BundlePayload.h"
#include "sync/ChangeApplier.h"
#include "sync/SyncLabels.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSysInfo>

namespace bs::sync {

namespace {

const QLatin1String kSiteName("site_name");
constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;
// Progress of an import: decrypting is the first 30 %, applying the rest.
constexpr qint64 kProgressScale = 1000;
constexpr qint64 kDecryptShare = 300;

QString dryRunSentinel() {
    return QStringLiteral("\x01preview: roll back\x01");
}

} // namespace

struct SyncService::Opened {
    BundleHeader header;
    BundlePayload payload;
};

SyncService::SyncService(Database& db) : m_db(db) {
}

QUuid SyncService::siteId() const {
    return m_db.installationId();
}

QString SyncService::siteName() const {
    auto name = SyncQueries(m_db).meta(kSiteName);
    if (name && !name->trimmed().isEmpty())
        return *name;
    const QString host = QSysInfo::machineHostName();
    return host.isEmpty() ? tr("This computer") : host;
}

Status SyncService::setSiteName(const QString& name) {
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return Status::failure(tr("Enter a name for this site, e.g. \"Alunden\"."),
                               QStringLiteral("siteName"));
    if (trimmed.size() > 80)
        return Status::failure(tr("The site name can be at most 80 characters."),
                               QStringLiteral("siteName"));
    return SyncQueries(m_db).setMeta(kSiteName, trimmed);
}

Result<QList<PeerInfo>> SyncService::peers() const {
    return SyncQueries(m_db).peers();
}

QString SyncService::nameOfSite(const QUuid& site) const {
    if (site == m_db.installationId())
        return siteName();
    if (auto all = SyncQueries(m_db).peers())
        for (const PeerInfo& p : std::as_const(*all))
            if (p.site == site && !p.name.isEmpty())
                return p.name;
    return site.isNull() ? tr("unknown site")
                         : tr("site %1").arg(site.toString(QUuid::WithoutBraces).left(8));
}

Result<ExportSummary> SyncService::exportBundle(const QString& filePath, const QUuid& peer,
                                                const QString& passphrase, const Progress& progress,
                                                bool fastKdf) {
    using R = Result<ExportSummary>;
    SyncQueries queries(m_db);
    ChangeLog log(m_db);
    VersionVector known;
    QString peerName;
    if (!peer.isNull()) {
        auto all = queries.peers();
        if (!all)
            return R(all.error());
        for (const PeerInfo& p : std::as_const(*all))
            if (p.site == peer) {
                known = p.known;
                peerName = p.name;
            }
    }
    auto vector = log.vector();
    if (!vector)
        return R(vector.error());
    qint64 total = 0;
    for (auto it = vector->cbegin(); it != vector->cend(); ++it)
        total += std::max<qint64>(0, it.value() - known.value(it.key(), 0));
    PayloadCodec codec(siteName(), *vector, known);
    if (auto s = log.forEachChangeBeyond(known,
                                         [&](const Change& c) {
                                             codec.add(c);
                                             if (progress && codec.count() % 1000 == 0)
                                                 progress(codec.count(), total * 2);
                                             return true;
                                         });
        !s)
        return R(s.error());
    const qint64 changes = codec.count();
    const QByteArray payload = codec.finish();

    BundleHeader header;
    header.schema = quint16(m_db.schemaVersion());
    header.sender = m_db.installationId();
    header.createdUtc = m_db.clock().nowUtc();
    header.kdf = fastKdf ? KdfParams::fastForTests() : KdfParams::standard();
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly))
        return R::failure(tr("Could not write %1: %2").arg(filePath, file.errorString()));
    // The temporary file becomes the bundle: owner-only before the first byte is written.
    if (!file.setPermissions(kOwnerOnly)) {
        file.cancelWriting();
        return R::failure(tr("Could not write %1: %2").arg(filePath, file.errorString()));
    }
    auto written = writeBundle(file, header, payload, passphrase, [&](qint64 done, qint64 all) {
        if (progress && all > 0)
            progress(total + total * done / all, total * 2);
    });
    if (!written) {
        file.cancelWriting();
        return R(written.error());
    }
    if (!file.commit())
        return R::failure(tr("Could not write %1: %2").arg(filePath, file.errorString()));

    HistoryEntry h;
    h.bundleId = written->bundleId;
    h.sent = true;
    h.peer = peer;
    h.peerName = peerName;
    h.atUtc = header.createdUtc;
    h.changes = changes;
    h.file = QFileInfo(filePath).absoluteFilePath();
    if (auto s = queries.addHistory(h); !s)
        return R(s.error());
    // The bundle holds personal data leaving this computer: one `export` entry (docs/access.md).
    if (auto s = m_db.accessLog().record(AccessAction::Export, {}, peerName,
                                         QStringLiteral("sync bundle"));
        !s)
        return R(s.error());
    if (progress)
        progress(total * 2, total * 2);
    return ExportSummary{written->bundleId, changes, QFileInfo(filePath).size()};
}

Result<SyncService::Opened> SyncService::open(const QString& filePath, const QString& passphrase,
                                              const Progress& progress) const {
    using R = Result<Opened>;
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(
            tr("Could not open %1: %2. Nothing was imported.").arg(filePath, file.errorString()));
    auto read = readBundle(file, passphrase, [&](qint64 done, qint64 total) {
        if (progress && total > 0)
            progress(kDecryptShare * done / total, kProgressScale);
    });
    if (const auto* error = std::get_if<BundleError>(&read))
        return R::failure(error->message);
    OpenedBundle& opened = std::get<OpenedBundle>(read);
    if (auto newer = checkBundleSchema(opened.header, quint16(m_db.schemaVersion())))
        return R::failure(newer->message);
    if (opened.header.sender == m_db.installationId())
        return R::failure(tr("This bundle was written by this database itself; import it at "
                             "another site. Nothing was imported."));
    auto schema = SyncQueries(m_db).schema();
    if (!schema)
        return R(schema.error());
    auto payload = PayloadCodec::decode(opened.payload, *schema);
    if (!payload)
        return R(payload.error());
    if (auto gap = checkAssumed(payload->assumed); !gap)
        return R(gap.error());
    return Opened{opened.header, std::move(payload.value())};
}

Status SyncService::checkAssumed(const VersionVector& assumed) const {
    // The bundle leaves out what the sender believed this computer holds. If it holds less
    // (the file was restored from an older backup), applying it would leave a gap for ever.
    auto mine = ChangeLog(m_db).vector();
    if (!mine)
        return Status(mine.error());
    for (auto it = assumed.cbegin(); it != assumed.cend(); ++it)
        if (mine->value(it.key(), 0) < it.value())
            return Status::failure(
                tr("This file leaves out changes the sender believes this computer already has, "
                   "but it does not have them (was it restored from an older backup?). Ask the "
                   "sender for a file for a new computer, which carries everything. Nothing was "
                   "imported."));
    return Status::success();
}

Result<ImportPreview> SyncService::apply(const Opened& opened, bool keep, const QString& filePath,
                                         const Progress& progress) const {
    using R = Result<ImportPreview>;
    ImportPreview p;
    p.sender = opened.header.sender;
    p.senderName = opened.payload.senderName;
    p.bundleId = opened.header.bundleId;
    p.createdUtc = opened.header.createdUtc;
    p.schema = opened.header.schema;
    p.changes = opened.payload.changes.size();
    SyncQueries queries(m_db);
    auto imported = queries.hasHistory(p.bundleId);
    if (!imported)
        return R(imported.error());
    p.alreadyImported = *imported;

    const QDateTime now = m_db.clock().nowUtc();
    const QString senderLabel = p.senderName.isEmpty() ? nameOfSite(p.sender) : p.senderName;
    const qint64 behindMs = p.createdUtc.msecsTo(now);
    if (behindMs > kDayMs) {
        for (const Change& c : opened.payload.changes)
            if (c.origin == p.sender)
                ++p.clockBehind;
        p.warnings << tr("The clock of %1 was %n day(s) behind this computer's when it wrote the "
                         "bundle; its changes lose to newer ones. Ask them to check the date.",
                         nullptr, int(behindMs / kDayMs))
                          .arg(senderLabel);
    }

    const HlcClock savedClock = m_db.hlc();
    ChangeApplier applier(m_db);
    const Status s = m_db.transaction([&]() -> Status {
        if (auto b = applier.begin(opened.payload.changes); !b)
            return b;
        qint64 done = 0;
        const qint64 total = opened.payload.changes.size();
        for (const Change& c : opened.payload.changes) {
            if (auto a = applier.apply(c, p); !a)
                return a;
            if (progress && ++done % 1000 == 0)
                progress(kDecryptShare + (kProgressScale - kDecryptShare) * done / total,
                         kProgressScale);
        }
        if (auto f = applier.finish(p); !f)
            return f;
        if (!keep)
            return Status::failure(dryRunSentinel());
        // What the sender holds, so the next export to it carries only what it lacks.
        PeerInfo peer;
        peer.site = p.sender;
        peer.name = p.senderName;
        peer.lastSeenUtc = now;
        if (auto all = queries.peers())
            for (const PeerInfo& known : std::as_const(*all))
                if (known.site == p.sender)
                    peer.known = known.known;
        for (auto it = opened.payload.vector.cbegin(); it != opened.payload.vector.cend(); ++it)
            peer.known[it.key()] = std::max(peer.known.value(it.key(), 0), it.value());
        if (auto w = queries.savePeer(peer, p.bundleId); !w)
            return w;
        HistoryEntry h;
        h.bundleId = p.bundleId;
        h.peer = p.sender;
        h.peerName = p.senderName;
        h.atUtc = now;
        h.changes = p.changes;
        h.newRows = p.newRows;
        h.changedRows = p.changedRows + p.deletedRows + p.restoredRows;
        h.conflicts = p.conflicts;
        h.flagged = p.clockAhead + p.clockBehind;
        h.file = QFileInfo(filePath).absoluteFilePath();
        if (auto w = queries.addHistory(h); !w)
            return w;
        // One `import` entry, committed (or rolled back) with the changes it brought.
        return m_db.accessLog().record(AccessAction::Import, {}, senderLabel,
                                       QStringLiteral("sync bundle"));
    });
    if (!keep) {
        m_db.hlc() = savedClock; // the preview wrote nothing, so the clock did not move either
        if (s.message() != dryRunSentinel())
            return R(s.error());
    } else if (!s) {
        m_db.hlc() = savedClock;
        return R::failure(tr("The import failed and nothing was changed: %1").arg(s.message()));
    }
    for (auto it = applier.daysAhead().cbegin(); it != applier.daysAhead().cend(); ++it)
        p.warnings << tr("Changes from %1 carry a clock %n day(s) ahead of this computer's. They "
                         "were not trusted to win: check the date on that computer, and check "
                         "the conflict list.",
                         nullptr, int(std::max<qint64>(1, it.value())))
                          .arg(it.key() == p.sender ? senderLabel : nameOfSite(it.key()));
    if (p.alreadyImported)
        p.warnings << tr("This bundle was imported before; importing it again changes nothing.");
    if (progress)
        progress(kProgressScale, kProgressScale);
    return p;
}

Result<ImportPreview> SyncService::preview(const QString& filePath, const QString& passphrase,
                                           const Progress& progress) const {
    auto opened = open(filePath, passphrase, progress);
    if (!opened)
        return Result<ImportPreview>(opened.error());
    return apply(*opened, false, filePath, progress);
}

Result<ImportResult> SyncService::importBundle(const QString& filePath, const QString& passphrase,
                                               const Progress& progress) {
    using R = Result<ImportResult>;
    auto opened = open(filePath, passphrase, progress);
    if (!opened)
        return R(opened.error());
    ImportResult result;
    // A file gets a safety copy first. A server has none: its backups are the IT department's,
    // and the import is one transaction there too.
    if (!m_db.isServer()) {
        const QString stamp = m_db.clock().nowUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        result.backupPath = QStringLiteral("%1.before-import-%2Z.bak").arg(m_db.path(), stamp);
        for (int n = 2; QFile::exists(result.backupPath); ++n)
            result.backupPath =
                QStringLiteral("%1.before-import-%2Z-%3.bak").arg(m_db.path(), stamp).arg(n);
        if (auto s = SyncQueries(m_db).backupTo(result.backupPath); !s)
            return R(s.error());
    }
    auto applied = apply(*opened, true, filePath, progress);
    if (!applied)
        return R(applied.error());
    result.preview = *applied;
    if (result.preview.purges > 0)
        cleanAfterPurges(result);
    return result;
}

void SyncService::cleanAfterPurges(ImportResult& result) const {
    // The import erased rows (a citizen erased at another site): their content must be gone from
    // this file too, and the plain safety copies (this import's included) still hold it.
    const CitizenDataQueries queries(m_db);
    if (auto s = queries.scrubFile(); !s)
        result.preview.warnings << s.message();
    QStringList kept;
    for (const QString& path : queries.plainSafetyCopies())
        if (!QFile::remove(path))
            kept << QDir::toNativeSeparators(path);
    if (!QFile::exists(result.backupPath))
        result.backupPath.clear();
    result.preview.warnings
        << (kept.isEmpty()
                ? tr("The import erased data, so the file was cleaned and the plain safety copies "
                     "next to it were removed.")
                : tr("The import erased data, but these safety copies still hold it and could "
                     "not be removed; delete them by hand: %1")
                      .arg(kept.join(QStringLiteral(", "))));
}

Result<QList<Conflict>> SyncService::conflicts(bool includeResolved) const {
    SyncQueries queries(m_db);
    auto list = queries.conflicts(includeResolved);
    if (!list)
        return list;
    for (Conflict& c : *list) {
        c.recordLabel = SyncLabels::recordLabel(queries, c.table, c.rowId);
        c.fieldLabel = c.kind == ConflictKind::NoteVersions ? tr("Two versions of the note")
                       : c.kind == ConflictKind::EditedAfterDelete
                           ? tr("Deleted and edited")
                           : SyncLabels::fieldLabel(c.table, c.field);
        c.currentSiteName = nameOfSite(c.currentSite);
        c.otherSiteName = nameOfSite(c.otherSite);
    }
    return list;
}

Status SyncService::resolveConflict(const QUuid& conflictId, bool keepOther) {
    SyncQueries queries(m_db);
    auto found = queries.conflict(conflictId);
    if (!found)
        return Status(found.error());
    if (!*found)
        return Status::failure(tr("The conflict was not found (it may have been resolved at "
                                  "another site)."));
    const Conflict c = **found;
    if (c.resolved)
        return Status::failure(tr("This conflict has already been resolved."));
    const QString resolution =
        keepOther ? QStringLiteral("kept_other") : QStringLiteral("kept_current");
    return m_db.transaction([&]() -> Status {
        if (c.kind == ConflictKind::NoteVersions) {
            if (auto written = [&]() -> Status {
                    Repository repo(m_db);
                    JournalQueries journal(m_db);
                    const QUuid noteId = QUuid::fromString(c.rowId);
                    auto note = repo.get<JournalNote>(noteId);
                    if (!note)
                        return Status(note.error());
                    auto heads = journal.heads(noteId);
                    if (!heads)
                        return Status(heads.error());
                    const QString wanted = keepOther ? c.otherValue.toString() : note->fullText();
                    std::optional<JournalRevision> chosen;
                    for (const QUuid& head : std::as_const(*heads)) {
                        auto r = repo.get<JournalRevision>(head);
                        if (!r)
                            return Status(r.error());
                        JournalNote version = *note;
                        version.text = r->text;
                        version.personalText = r->personalText;
                        if (!chosen || version.fullText() == wanted)
                            chosen = *r;
                    }
                    if (!chosen)
                        return Status::failure(tr("The note has no versions to choose from."));
                    auto number = journal.nextRevisionNumber(noteId);
                    if (!number)
                        return Status(number.error());
                    JournalRevision r;
                    r.noteId = noteId;
                    r.number = *number;
                    r.parentIds = *heads; // supersedes every version
                    r.authorId = chosen->authorId;
                    r.savedUtc = m_db.clock().nowUtc();
                    r.text = chosen->text;
                    r.personalText = chosen->personalText;
                    if (auto s = repo.save(r); !s)
                        return s;
                    if (note->text != r.text || note->personalText != r.personalText) {
                        note->text = r.text;
                        note->personalText = r.personalText;
                        if (auto s = repo.save(*note); !s)
                            return s;
                    }
                    return journal.index(noteId, journaltext::fold(note->fullText()));
                }();
                !written)
                return written;
        } else if (c.kind == ConflictKind::EditedAfterDelete) {
            if (keepOther)
                if (auto s = queries.writeLocal(c.table, c.rowId, {{QStringLiteral("deleted"), 1}});
                    !s)
                    return s;
        } else {
            // Either choice is written as a new change, so it supersedes both values at every
            // site and settles the same conflict there.
            QJsonValue value = c.otherValue;
            if (!keepOther) {
                auto row = queries.readRow(c.table, c.rowId);
                if (!row)
                    return Status(row.error());
                if (!*row)
                    return Status::failure(tr("The record was not found (it may have been "
                                              "removed)."));
                value = (*row)->value(c.field);
            }
            if (auto s = queries.writeLocal(c.table, c.rowId, {{c.field, value}}); !s)
                return s;
            auto others = queries.openConflicts(c.table, c.rowId, ConflictKind::Field, c.field);
            if (!others)
                return Status(others.error());
            for (const Conflict& o : std::as_const(*others))
                if (o.id != c.id)
                    if (auto s = queries.resolveConflict(o.id, QStringLiteral("superseded")); !s)
                        return s;
        }
        return queries.resolveConflict(c.id, resolution);
    });
}

Result<QList<HistoryEntry>> SyncService::history() const {
    return SyncQueries(m_db).history();
}

Status SyncService::purgeRow(const QString& table, const QString& rowId) {
    return SyncQueries(m_db).purgeLocal(table, rowId);
}

} // namespace bs::sync
