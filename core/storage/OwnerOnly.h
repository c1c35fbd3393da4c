#pragma once
// Files that hold personal data are readable and writable by their owner only (0600): the live
// database and its -wal/-shm/-journal, the safety copies made before a migration or an import,
// the lock file, sync bundles and backups (docs/access.md "The database file"). New files are
// created owner-only from the start, whatever the umask, so no other user can open them while
// their content is being written.
#include "domain/Result.h"

#include <QFileDevice>
#include <QString>

class QFile;

namespace bs {

inline constexpr QFileDevice::Permissions kOwnerOnly =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// Makes an existing file owner-only; true when done or when there is no such file.
bool makeOwnerOnly(const QString& path);

// The database file and the files SQLite keeps next to it (-wal, -shm, -journal).
void protectDatabaseFiles(const QString& path);

// Opens `file` for writing (truncating it), created owner-only; an existing file is made
// owner-only before anything is written.
Status openOwnerOnly(QFile& file);

// Makes an empty owner-only file at `path` (replacing what was there), for a tool such as SQLite's
// VACUUM INTO that then writes into it and keeps its permissions.
Status createEmptyOwnerOnly(const QString& path);

// Overwrites a plain copy with zeros before deleting it, so its content does not linger in the
// file's old blocks as readily (best effort: journaling file systems and SSDs may keep copies).
void shredFile(const QString& path);

} // namespace bs
