// export, import, conflicts: offline sync from scripts (docs/sync.md). The passphrase is read
// from a file so it never appears in the process list or the shell history.
#include "cli/Commands.h"

#include "sync/Passphrase.h"
#include "sync/SyncService.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace bs::cli {

namespace {

// The shortest passphrase export accepts: three generated words, or a sentence.
constexpr int kMinPassphraseLength = 16;

// Writes a new passphrase to `path` (readable by the owner only); refuses an existing file.
Result<QString> writeNewPassphrase(const QString& path) {
    if (QFileInfo::exists(path))
        return Result<QString>::failure(
            Context::tr("%1 exists; --new-passphrase writes a new file and never overwrites one")
                .arg(path));
    const QString passphrase = sync::generatePassphrase();
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) ||
        !f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        f.write(passphrase.toUtf8() + '\n') < 0 || !f.commit())
        return Result<QString>::failure(
            Context::tr("cannot write the passphrase file %1: %2").arg(path, f.errorString()));
    return passphrase;
}

// A peer by site id or by the name it gave itself.
Result<QUuid> findPeer(const sync::SyncService& service, const QString& given) {
    if (given.isEmpty())
        return QUuid();
    auto peers = service.peers();
    if (!peers)
        return Result<QUuid>(peers.error());
    const QUuid asId = QUuid::fromString(given);
    QStringList known;
    for (const sync::PeerInfo& p : std::as_const(*peers)) {
        if ((!asId.isNull() && p.site == asId) ||
            p.name.compare(given.trimmed(), Qt::CaseInsensitive) == 0)
            return p.site;
        known << QStringLiteral("%1 (%2)").arg(p.name, p.site.toString(QUuid::WithoutBraces));
    }
    if (!asId.isNull())
        return asId; // a site not heard from yet: everything is sent
    return Result<QUuid>::failure(
        known.isEmpty() ? Context::tr("unknown peer \"%1\": no bundle has been received from any "
                                      "other computer yet; leave out --peer to send everything")
                              .arg(given)
                        : Context::tr("unknown peer \"%1\"; known: %2")
                              .arg(given, known.join(QStringLiteral(", "))));
}

QJsonObject previewJson(const sync::ImportPreview& p) {
    return QJsonObject{
        {QStringLiteral("sender"), p.sender.toString(QUuid::WithoutBraces)},
        {QStringLiteral("sender_name"), p.senderName},
        {QStringLiteral("bundle"), p.bundleId.toString(QUuid::WithoutBraces)},
        {QStringLiteral("created_utc"), p.createdUtc.toString(Qt::ISODateWithMs)},
        {QStringLiteral("schema"), p.schema},
        {QStringLiteral("changes"), double(p.changes)},
        {QStringLiteral("already_here"), double(p.alreadyHere)},
        {QStringLiteral("new_rows"), p.newRows},
        {QStringLiteral("changed_rows"), p.changedRows},
        {QStringLiteral("deleted_rows"), p.deletedRows},
        {QStringLiteral("restored_rows"), p.restoredRows},
        {QStringLiteral("purges"), p.purges},
        {QStringLiteral("conflicts"), p.conflicts},
        {QStringLiteral("note_versions"), p.newNoteVersions},
        {QStringLiteral("clock_ahead"), p.clockAhead},
        {QStringLiteral("clock_behind"), p.clockBehind},
        {QStringLiteral("already_imported"), p.alreadyImported},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(p.warnings)},
    };
}

void writePreviewText(QTextStream& out, const sync::ImportPreview& p) {
    out << Context::tr("From %1, written %2 (UTC)")
               .arg(p.senderName.isEmpty() ? p.sender.toString(QUuid::WithoutBraces) : p.senderName,
                    p.createdUtc.toString(QStringLiteral("yyyy-MM-dd HH:mm")))
        << '\n';
    out << Context::tr("Changes in the file: %1, already here: %2")
               .arg(p.changes)
               .arg(p.alreadyHere)
        << '\n';
    out << Context::tr("New records: %1, changed: %2, deleted: %3, restored: %4")
               .arg(p.newRows)
               .arg(p.changedRows)
               .arg(p.deletedRows)
               .arg(p.restoredRows)
        << '\n';
    out << Context::tr("Conflicts to look at: %1, notes with two versions: %2")
               .arg(p.conflicts)
               .arg(p.newNoteVersions)
        << '\n';
    for (const QString& w : p.warnings)
        out << Context::tr("Warning: %1").arg(w) << '\n';
}

QJsonValue valueJson(const QJsonValue& v) {
    return v.isUndefined() ? QJsonValue(QJsonValue::Null) : v;
}

QString conflictKindCode(sync::ConflictKind k) {
    switch (k) {
    case sync::ConflictKind::Field:
        return QStringLiteral("field");
    case sync::ConflictKind::EditedAfterDelete:
        return QStringLiteral("edited_after_delete");
    case sync::ConflictKind::NoteVersions:
        return QStringLiteral("note_versions");
    }
    return {};
}

} // namespace

int runExport(Context& ctx, const QStringList& args) {
    auto parsed = Args::parse(
        args, {{"to", true}, {"peer", true}, {"passphrase-file", true}, {"new-passphrase", false}},
        0);
    if (!parsed)
        return ctx.usage(parsed.message());
    const QString target = parsed->value("to");
    if (target.isEmpty())
        return ctx.usage(Context::tr("--to FILE is required"));
    if (QFileInfo(target).isDir())
        return ctx.usage(Context::tr("--to %1 is a folder; give a file name").arg(target));
    const QString passFile = parsed->value("passphrase-file");
    if (passFile.isEmpty())
        return ctx.usage(Context::tr("--passphrase-file is required"));
    auto db = ctx.openExisting();
    if (!db)
        return ctx.fail(db.message());
    sync::SyncService service(*db.value());
    auto peer = findPeer(service, parsed->value("peer"));
    if (!peer)
        return ctx.usage(peer.message());
    auto passphrase =
        parsed->has("new-passphrase") ? writeNewPassphrase(passFile) : readPassphraseFile(passFile);
    if (!passphrase)
        return ctx.usage(passphrase.message());
    if (passphrase->size() < kMinPassphraseLength)
        return ctx.usage(Context::tr("the passphrase is too short (at least %1 characters); "
                                     "--new-passphrase writes a generated one")
                             .arg(kMinPassphraseLength));
    auto summary = service.exportBundle(target, *peer, *passphrase);
    if (!summary) {
        if (parsed->has("new-passphrase"))
            QFile::remove(passFile); // no bundle uses it
        return ctx.fail(summary.message());
    }
    ctx.out << Context::tr("Wrote %1 changes to %2 (%3 bytes).")
                   .arg(summary->changes)
                   .arg(target)
                   .arg(summary->bytes)
            << '\n';
    if (parsed->has("new-passphrase"))
        ctx.out << Context::tr("The passphrase is in %1: give it to the recipient separately "
                               "from the file.")
                       .arg(passFile)
                << '\n';
    return ExitOk;
}

int runImport(Context& ctx, const QStringList& args) {
    auto parsed =
        Args::parse(args, {{"passphrase-file", true}, {"dry-run", false}, {"format", true}}, 1);
    if (!parsed)
        return ctx.usage(parsed.message());
    if (parsed->positionals().isEmpty())
        return ctx.usage(Context::tr("name the bundle file to import"));
    const QString file = parsed->positionals().first();
    if (!QFileInfo(file).isFile())
        return ctx.usage(Context::tr("the bundle file %1 does not exist").arg(file));
    auto format = parseJsonOrText(parsed->value("format"));
    if (!format)
        return ctx.usage(format.message());
    auto passphrase = readPassphraseFile(parsed->value("passphrase-file"));
    if (!passphrase)
        return ctx.usage(passphrase.message());
    auto db = ctx.openExisting();
    if (!db)
        return ctx.fail(db.message());
    sync::SyncService service(*db.value());
    const bool dryRun = parsed->has("dry-run");
    sync::ImportPreview preview;
    QString backup;
    if (dryRun) {
        auto p = service.preview(file, *passphrase);
        if (!p)
            return ctx.fail(p.message());
        preview = *p;
    } else {
        auto r = service.importBundle(file, *passphrase);
        if (!r)
            return ctx.fail(r.message());
        preview = r->preview;
        backup = r->backupPath;
    }
    if (*format == Format::Json) {
        QJsonObject o = previewJson(preview);
        o.insert(QStringLiteral("applied"), !dryRun);
        o.insert(QStringLiteral("backup"), backup);
        ctx.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    writePreviewText(ctx.out, preview);
    if (dryRun)
        ctx.out << Context::tr("Dry run: nothing was imported.") << '\n';
    else
        ctx.out << Context::tr("Imported. The database as it was before is kept in %1.").arg(backup)
                << '\n';
    return ExitOk;
}

int runConflicts(Context& ctx, const QStringList& args) {
    auto parsed = Args::parse(args, {{"format", true}, {"all", false}}, 0);
    if (!parsed)
        return ctx.usage(parsed.message());
    auto format = parseJsonOrText(parsed->value("format"));
    if (!format)
        return ctx.usage(format.message());
    auto db = ctx.openExisting();
    if (!db)
        return ctx.fail(db.message());
    sync::SyncService service(*db.value());
    auto conflicts = service.conflicts(parsed->has("all"));
    if (!conflicts)
        return ctx.fail(conflicts.message());
    if (*format == Format::Json) {
        QJsonArray rows;
        for (const sync::Conflict& c : std::as_const(*conflicts))
            rows.append(QJsonObject{
                {QStringLiteral("id"), c.id.toString(QUuid::WithoutBraces)},
                {QStringLiteral("kind"), conflictKindCode(c.kind)},
                {QStringLiteral("table"), c.table},
                {QStringLiteral("row_id"), c.rowId},
                {QStringLiteral("field"), c.field},
                {QStringLiteral("record"), c.recordLabel},
                {QStringLiteral("field_label"), c.fieldLabel},
                {QStringLiteral("current_value"), valueJson(c.currentValue)},
                {QStringLiteral("current_site"), c.currentSiteName},
                {QStringLiteral("current_at_utc"), c.currentAtUtc.toString(Qt::ISODateWithMs)},
                {QStringLiteral("other_value"), valueJson(c.otherValue)},
                {QStringLiteral("other_site"), c.otherSiteName},
                {QStringLiteral("other_at_utc"), c.otherAtUtc.toString(Qt::ISODateWithMs)},
                {QStringLiteral("detected_utc"), c.detectedUtc.toString(Qt::ISODateWithMs)},
                {QStringLiteral("resolved"), c.resolved},
            });
        ctx.out << QJsonDocument(rows).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    if (conflicts->isEmpty()) {
        ctx.out << Context::tr("No conflicts: every change merged cleanly.") << '\n';
        return ExitOk;
    }
    for (const sync::Conflict& c : std::as_const(*conflicts))
        ctx.out << c.recordLabel << '\t' << c.fieldLabel << '\t'
                << c.currentValue.toVariant().toString() << " (" << c.currentSiteName << ")\t"
                << c.otherValue.toVariant().toString() << " (" << c.otherSiteName << ")\n";
    return ExitOk;
}

} // namespace bs::cli
