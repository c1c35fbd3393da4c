#include "OwnerOnly.h"

#include <QCoreApplication>
#include <QFile>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace bs {

namespace {
class OwnerOnly {
    Q_DECLARE_TR_FUNCTIONS(OwnerOnly)
};
} // namespace

bool makeOwnerOnly(const QString& path) {
    if (!QFile::exists(path))
        return true;
    return QFile::setPermissions(path, kOwnerOnly);
}

void protectDatabaseFiles(const QString& path) {
    if (path.isEmpty() || path == QLatin1String(":memory:"))
        return;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        makeOwnerOnly(path + QLatin1String(suffix));
}

Status openOwnerOnly(QFile& file) {
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate, kOwnerOnly))
        return Status::failure(
            OwnerOnly::tr("Could not write %1: %2").arg(file.fileName(), file.errorString()));
    if (!file.setPermissions(kOwnerOnly)) { // the file existed: open() kept its permissions
        file.close();
        return Status::failure(OwnerOnly::tr("Could not make %1 private to this user: %2")
                                   .arg(file.fileName(), file.errorString()));
    }
    return Status::success();
}

Status createEmptyOwnerOnly(const QString& path) {
    QFile::remove(path);
    QFile file(path);
    if (auto s = openOwnerOnly(file); !s)
        return s;
    file.close();
    return Status::success();
}

void shredFile(const QString& path) {
    QFile file(path);
    if (file.open(QIODevice::ReadWrite)) {
        const QByteArray zeros(1024 * 1024, '\0');
        qint64 left = file.size();
        while (left > 0) {
            const qint64 n = std::min<qint64>(left, zeros.size());
            if (file.write(zeros.constData(), n) != n)
                break;
            left -= n;
        }
        file.flush();
#ifdef Q_OS_UNIX
        ::fsync(file.handle()); // the zeros reach the disk before the name goes
#endif
        file.close();
    }
    QFile::remove(path);
}

} // namespace bs
