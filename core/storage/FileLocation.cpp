#include "FileLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

namespace bs {

namespace {

class FileLocation {
    Q_DECLARE_TR_FUNCTIONS(FileLocation)
};

bool isUncPath(const QString& path) {
    const auto uncStart = [&](QChar sep) {
        return path.size() > 2 && path.at(0) == sep && path.at(1) == sep && path.at(2) != sep;
    };
    return uncStart(QLatin1Char('\\')) || uncStart(QLatin1Char('/'));
}

// The name a UNC path shows for its file system in the message.
QByteArray uncLabel() {
    return QByteArrayLiteral("smb");
}

} // namespace

QByteArray storageFileSystemType(const QString& path) {
    // The file may not exist yet: ask about the nearest folder that does.
    QFileInfo info(path);
    QString dir = info.exists() && info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    while (!dir.isEmpty() && !QFileInfo::exists(dir)) {
        const QString parent = QFileInfo(dir).absolutePath();
        if (parent == dir)
            break;
        dir = parent;
    }
    return QStorageInfo(dir).fileSystemType();
}

bool isNetworkFileSystem(const QByteArray& type) {
    static const QList<QByteArray> network = {
        "cifs",       "smb",       "smb2",       "smb3",           "smbfs",       "nfs",
        "nfs4",       "9p",        "afs",        "ceph",           "glusterfs",   "davfs",
        "fuse.sshfs", "sshfs",     "fuse.davfs", "fuse.glusterfs", "fuse.cephfs", "ncpfs",
        "coda",       "lustre",    "gpfs",       "fuse.rclone",    "fuse.s3fs",   "webdav",
        "afpfs",      "fuse.afpfs"};
    const QByteArray t = type.trimmed().toLower();
    return network.contains(t);
}

Result<bool> isNetworkLocation(const QString& path, const FileSystemProbe& probe) {
    if (path.isEmpty())
        return Result<bool>::failure(FileLocation::tr("No database file was given."));
    if (isUncPath(path))
        return true;
    const QByteArray type = probe ? probe(path) : storageFileSystemType(path);
    return isNetworkFileSystem(type);
}

Status checkLocalDatabaseLocation(const QString& path, const FileSystemProbe& probe) {
    if (path == QLatin1String(":memory:"))
        return Status::success();
    auto network = isNetworkLocation(path, probe);
    if (!network)
        return Status(network.error());
    if (!*network)
        return Status::success();
    QByteArray type =
        isUncPath(path) ? uncLabel() : (probe ? probe(path) : storageFileSystemType(path));
    return Status::failure(
        FileLocation::tr("The database is on a network drive (%1). Bostøtte keeps its file on this "
                         "computer's own disk, because SQLite cannot lock files reliably over the "
                         "network and the data would travel unprotected. Copy it to a local "
                         "folder, or use the server mode.")
            .arg(QString::fromLatin1(type.trimmed())));
}

} // namespace bs
