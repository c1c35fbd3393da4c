#pragma once
// Reads one member of a zip file (an XLSX workbook, an ODT document) back for a test, with libzip
// (Debian: libzip-dev). Empty when the file or the member is missing.
#include <QByteArray>
#include <QFile>
#include <QString>
#include <QStringList>
#include <zip.h>

namespace bs::test {

inline QByteArray zipMember(const QString& path, const char* member) {
    int error = 0;
    zip_t* archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &error);
    if (!archive)
        return {};
    QByteArray out;
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat(archive, member, 0, &stat) == 0) {
        if (zip_file_t* file = zip_fopen(archive, member, 0)) {
            out.resize(static_cast<qsizetype>(stat.size));
            const zip_int64_t read = zip_fread(file, out.data(), stat.size);
            if (read < 0 || static_cast<zip_uint64_t>(read) != stat.size)
                out.clear();
            zip_fclose(file);
        }
    }
    zip_close(archive);
    return out;
}

// The names of the members of a zip file, in the archive's order.
inline QStringList zipNames(const QString& path) {
    int error = 0;
    zip_t* archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &error);
    if (!archive)
        return {};
    QStringList out;
    const zip_int64_t n = zip_get_num_entries(archive, 0);
    for (zip_int64_t i = 0; i < n; ++i)
        if (const char* name = zip_get_name(archive, zip_uint64_t(i), 0))
            out << QString::fromUtf8(name);
    zip_close(archive);
    return out;
}

} // namespace bs::test
