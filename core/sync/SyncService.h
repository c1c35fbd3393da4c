#pragma once
// Offline sync between sites through encrypted bundle files (issue 6, docs/sync.md).
// Export writes every change a peer is not known to have; import decrypts and validates the
// whole file first, previews it, then applies it in one transaction after a backup. Field values
// merge by hybrid logical clock; journal notes keep every revision; deletions lose to concurrent
// edits; purges cannot be undone by an old bundle. Nothing here touches the UI.
#include "domain/Result.h"
#include "sync/Change.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonValue>
#include <functional>

namespace bs {
class Database;
}

namespace bs::sync {

using Progress = std::function<void(qint64 done, qint64 total)>;

struct PeerInfo {
    QUuid site;
    QString name;        // the name the peer gave itself ("Alunden"), from its last bundle
    VersionVector known; // what the peer reported holding in its last bundle
    QDateTime lastSeenUtc;
};

struct ExportSummary {
    QUuid bundleId;
    qint64 changes = 0;
    qint64 bytes = 0;
};

// What an import would do, computed without writing anything.
struct ImportPreview {
    QUuid sender;
    QString senderName;
    QUuid bundleId;
    QDateTime createdUtc; // the sender's clock when it wrote the bundle
    int schema = 0;
    qint64 changes = 0;     // changes in the bundle
    qint64 alreadyHere = 0; // of those, already applied here (skipped)
    int newRows = 0;
    int changedRows = 0;
    int deletedRows = 0;
    int restoredRows = 0; // deleted here, edited there meanwhile: they come back
    int purges = 0;
    int conflicts = 0;       // new entries the conflict list would get
    int newNoteVersions = 0; // notes that would show two versions
    int clockAhead = 0;      // changes more than 24 h ahead of this clock (flagged)
    int clockBehind = 0;     // changes from a sender whose clock is more than 24 h behind
    QStringList warnings;    // user-readable sentences (clock skew, an unknown sender, ...)
    // A readable sample of what changes, for the preview list: "Ny borger: Anna Hansen".
    QStringList samples;
    bool alreadyImported = false; // this bundle id was imported before (applying changes nothing)
};

struct ImportResult {
    ImportPreview preview;
    QString backupPath; // the copy taken before applying
};

enum class ConflictKind {
    Field,             // a field changed at two sites apart; the newer value won
    EditedAfterDelete, // deleted at one site, edited at another meanwhile: the edit won
    NoteVersions,      // two versions of a journal note written apart
};

struct Conflict {
    QUuid id;
    ConflictKind kind = ConflictKind::Field;
    QString table;
    QString rowId;
    QString field;
    QString recordLabel;     // "Borger Anna Hansen", "Notat 12.11.2025 om Anna Hansen"
    QString fieldLabel;      // "Adresse"
    QJsonValue currentValue; // the value in use now (the winner)
    QJsonValue otherValue;   // the value that lost
    QString currentSiteName;
    QString otherSiteName;
    QDateTime currentAtUtc;
    QDateTime otherAtUtc;
    QDateTime detectedUtc;
    bool resolved = false;
    // The raw record behind the labels: the clocks of both values and the sites that made them.
    QString currentHlc;
    QString otherHlc;
    QUuid currentSite;
    QUuid otherSite;
    QString resolution; // "kept_current", "kept_other", "superseded"
};

struct HistoryEntry {
    QUuid bundleId;
    bool sent = false;
    QUuid peer;
    QString peerName;
    QDateTime atUtc;
    qint64 changes = 0;
    int newRows = 0;
    int changedRows = 0;
    int conflicts = 0;
    int flagged = 0;
    QString file;
};

class SyncService {
    Q_DECLARE_TR_FUNCTIONS(SyncService)
public:
    explicit SyncService(Database& db);

    QUuid siteId() const;
    // A name for this site that peers see ("Kontoret", "Alunden"); meta.site_name.
    QString siteName() const;
    Status setSiteName(const QString& name);
    Result<QList<PeerInfo>> peers() const;

    // Writes every change `peer` is not known to have (everything for a null or unknown peer)
    // to `filePath`, encrypted with `passphrase`. Records it in the history. The file is written
    // to a temporary name and renamed, so a failure leaves no half-written bundle.
    // `fastKdf` (tests and benchmarks only) uses libsodium's minimum Argon2id cost.
    Result<ExportSummary> exportBundle(const QString& filePath, const QUuid& peer,
                                       const QString& passphrase, const Progress& progress = {},
                                       bool fastKdf = false);
    // Decrypts and validates the whole file and says what importing it would do. Writes nothing.
    Result<ImportPreview> preview(const QString& filePath, const QString& passphrase,
                                  const Progress& progress = {}) const;
    // The same checks as preview() (decrypt, validate), then a backup next to the database
    // (<db>.before-import-<UTC time>.bak), then every change in one transaction; any failure
    // rolls everything back. Records the bundle in the history and the sender's vector as what
    // it holds. The preview in the result holds the counts of what was applied.
    Result<ImportResult> importBundle(const QString& filePath, const QString& passphrase,
                                      const Progress& progress = {});

    Result<QList<Conflict>> conflicts(bool includeResolved = false) const;
    // Keeps the current value (marks it resolved) or brings back the other value as a new change
    // that supersedes both (it travels to the other sites like any edit). For NoteVersions,
    // `keepOther` chooses which version's text becomes the new revision that supersedes both.
    Status resolveConflict(const QUuid& conflictId, bool keepOther);

    Result<QList<HistoryEntry>> history() const;

    // Legal erasure (issue 7): removes the row here for good and records a purge that travels
    // in every bundle from now on, so no site keeps it and no old bundle brings it back.
    // `table` is a synchronised table (syncTables()); other records must not refer to the row.
    Status purgeRow(const QString& table, const QString& rowId);

private:
    struct Opened;
    // After an import that purged rows: clean the file and remove the plain safety copies.
    void cleanAfterPurges(ImportResult& result) const;
    Result<Opened> open(const QString& filePath, const QString& passphrase,
                        const Progress& progress) const;
    // Applies the opened bundle inside one transaction; `keep` false rolls everything back.
    Result<ImportPreview> apply(const Opened& opened, bool keep, const QString& filePath,
                                const Progress& progress) const;
    QString nameOfSite(const QUuid& site) const;
    Status checkAssumed(const VersionVector& assumed) const;

    Database& m_db;
};

} // namespace bs::sync
