#pragma once
// Where a database file may live: on this computer's own disk. SQLite cannot lock a file reliably
// over SMB/NFS (two writers corrupt it), and the data would travel the network unprotected, so a
// file on a network share is refused before it is opened (docs/access.md "The database file").
#include "domain/Result.h"

#include <QByteArray>
#include <QString>
#include <functional>

namespace bs {

// The file-system type of the folder holding `path` ("ext4", "cifs", …); empty when unknown.
using FileSystemProbe = std::function<QByteArray(const QString& path)>;

// The probe used when none is injected: QStorageInfo of the nearest existing folder.
QByteArray storageFileSystemType(const QString& path);

// Whether a file-system type is a network or remote one (cifs, smb3, nfs4, fuse.sshfs, 9p …).
bool isNetworkFileSystem(const QByteArray& type);

// Whether `path` is on a network share: a UNC path (\\server\share or //server/share), or a
// folder whose file system is a network one. Fails only when `path` is empty.
Result<bool> isNetworkLocation(const QString& path, const FileSystemProbe& probe = {});

// The refusal for a database file on a network share; empty when `path` is local.
Status checkLocalDatabaseLocation(const QString& path, const FileSystemProbe& probe = {});

} // namespace bs
