#pragma once
// The encrypted sync bundle file (issue 6, docs/sync.md "The bundle file"): bytes in, bytes out,
// independent of the database. A clear header says who sent it and with which key-derivation
// parameters; the payload travels as libsodium secretstream chunks whose first chunk
// authenticates the whole header, so a changed, cut or extended file is refused as a whole and
// the payload is handed out only when every byte is intact.
//
// The same format, under its own magic, encrypts backups of the whole database (FileKind::Backup,
// core/security/BackupService): those are streamed from and to files chunk by chunk, never held
// in memory whole.
//
// This file and Passphrase.cpp depend on QtCore, libsodium and the header-only Result.h only, so
// the libFuzzer target (tests/fuzz) can compile them on their own.
#include "domain/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUuid>

#include <functional>
#include <optional>
#include <variant>

class QIODevice;

namespace bs::sync {

// What an encrypted file holds: the magic tells them apart, the rest of the format is shared.
enum class FileKind { SyncBundle, Backup };

// Argon2id cost of turning the passphrase into the key.
struct KdfParams {
    quint32 opsLimit = 0;
    quint32 memLimitKiB = 0;
    static KdfParams standard();     // libsodium's INTERACTIVE limits (2 passes, 64 MiB)
    static KdfParams fastForTests(); // libsodium's minimums (1 pass, 8 KiB): tests and fuzzing only
    bool operator==(const KdfParams&) const = default;
};

// What the reader accepts, so a crafted file cannot hang it or exhaust its memory.
struct BundleLimits {
    quint32 maxOpsLimit = 10;
    quint32 maxMemLimitKiB = 1024 * 1024; // 1 GiB
    quint32 maxChunkSize = 1024 * 1024;   // plaintext bytes per chunk
    qint64 maxPayload = qint64(2) * 1024 * 1024 * 1024;
};

// The clear header. Nothing in it is secret; it is authenticated only by a full readBundle().
struct BundleHeader {
    static constexpr quint16 currentFormat = 1;
    static constexpr quint32 defaultChunkSize = 64 * 1024;

    quint16 format = currentFormat;
    quint16 minReader = 1; // the oldest reader that understands the file
    quint16 schema = 0;    // the sender's database schema version
    QUuid sender;          // the sender's site id
    QUuid bundleId;        // random; writeBundle() makes one when it is null
    QDateTime createdUtc;  // from the caller's injected clock; required
    KdfParams kdf = KdfParams::standard();
    QByteArray salt;                      // 16 bytes; writeBundle() always draws a fresh one
    quint32 chunkSize = defaultChunkSize; // plaintext bytes per chunk (small in tests)
};

enum class BundleProblem {
    None,
    NotABundle,
    NewerFormat,
    WrongPassphrase,
    Damaged,
    Truncated,
    TooLarge,
    Io
};

struct BundleError {
    BundleProblem problem = BundleProblem::None;
    QString message; // user-readable, translated; says that nothing was imported
};

struct OpenedBundle {
    BundleHeader header;
    QByteArray payload;
};

// A key derived from a passphrase, with the salt and cost that made it. Backups keep one so a
// scheduled backup can run without anyone typing the passphrase; every file written with it
// carries the same salt, and each its own random stream header.
struct FileKey {
    QByteArray key;  // 32 bytes
    QByteArray salt; // 16 bytes
    KdfParams kdf;
};

// (bytes done, bytes total); total is -1 when a sequential device cannot tell its size.
using BundleProgress = std::function<void(qint64, qint64)>;

// Encrypts `payload` under `passphrase` (normalised with normalisePassphrase first) and writes the
// file to `out`. Returns the header as written (with its bundle id and salt) for the caller's
// history. Refuses an empty passphrase, a missing sender or time, and out-of-range parameters.
Result<BundleHeader> writeBundle(QIODevice& out, BundleHeader header, const QByteArray& payload,
                                 const QString& passphrase, const BundleProgress& progress = {});

// Reads the clear header only (sender, schema, time) to show before asking for the passphrase.
// It checks the magic, the format and the header's checksum but does NOT authenticate anything:
// anyone can write any header. Trust it only after readBundle() has succeeded.
std::variant<BundleHeader, BundleError> peekBundleHeader(QIODevice& in,
                                                         const BundleLimits& limits = {});

// Reads, authenticates and decrypts the whole file. The payload is returned only when the whole
// file is intact; otherwise the error names the problem (wrong passphrase, damaged, truncated…).
std::variant<OpenedBundle, BundleError> readBundle(QIODevice& in, const QString& passphrase,
                                                   const BundleProgress& progress = {},
                                                   const BundleLimits& limits = {});

// For the importer, which knows the database: a bundle from a newer schema than `ourSchema` is
// refused with the same "update Bostøtte" message as a newer file format.
std::optional<BundleError> checkBundleSchema(const BundleHeader& header, quint16 ourSchema);

// The user-readable message for a problem (the ones in BundleError::message).
QString bundleProblemMessage(BundleProblem problem);
QString fileProblemMessage(FileKind kind, BundleProblem problem);

// Derives the key for `passphrase` (normalised first) with a fresh random salt, or with `salt`
// when one is given (to check a passphrase against a stored key).
Result<FileKey> deriveFileKey(const QString& passphrase, const KdfParams& kdf,
                              const QByteArray& salt = {});

// Encrypts the rest of `plain` (a file: its size must be known) chunk by chunk into `out`, under
// `key`; the header's salt and cost are the key's. writeBundle() is this with a fresh key over an
// in-memory payload.
Result<BundleHeader> writeEncrypted(FileKind kind, QIODevice& out, BundleHeader header,
                                    QIODevice& plain, const FileKey& key,
                                    const BundleProgress& progress = {});

// Reads, authenticates and decrypts `in` into `plainOut` chunk by chunk. Bytes are written to
// `plainOut` before the end is authenticated: the caller must discard them unless this succeeds.
std::variant<BundleHeader, BundleError>
readEncrypted(FileKind kind, QIODevice& in, const QString& passphrase, QIODevice& plainOut,
              const BundleProgress& progress = {}, const BundleLimits& limits = {});
std::variant<BundleHeader, BundleError> peekHeader(FileKind kind, QIODevice& in,
                                                   const BundleLimits& limits = {});

} // namespace bs::sync
