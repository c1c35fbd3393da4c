#pragma once
// The encrypted sync bundle file (issue 6, docs/sync.md "The bundle file"): bytes in, bytes out,
// independent of the database. A clear header says who sent it and with which key-derivation
// parameters; the payload travels as libsodium secretstream chunks whose first chunk
// authenticates the whole header, so a changed, cut or extended file is refused as a whole and
// the payload is handed out only when every byte is intact.
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

} // namespace bs::sync
