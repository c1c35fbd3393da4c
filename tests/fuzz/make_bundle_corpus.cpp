// Writes the fuzzer's seed corpus: small valid bundles (made with the fuzzer's passphrase and the
// minimum key-derivation cost), a cut-off one and a header-only one. Usage: make_bundle_corpus DIR
#include "FuzzBundle.h"
#include "sync/Passphrase.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdio>

using namespace bs::sync;

namespace {

QByteArray bundle(const QByteArray& payload, quint32 chunkSize) {
    BundleHeader h;
    h.schema = 9;
    h.sender = QUuid(QStringLiteral("{6f1c2d3e-4b5a-4c6d-8e7f-0123456789ab}"));
    h.bundleId = QUuid(QStringLiteral("{00000000-0000-4000-8000-000000000001}"));
    h.createdUtc = QDateTime(QDate(2025, 11, 25), QTime(9, 0), Qt::UTC);
    h.kdf = KdfParams::fastForTests();
    h.chunkSize = chunkSize;
    QByteArray file;
    QBuffer out(&file);
    out.open(QIODevice::WriteOnly);
    if (!writeBundle(out, h, payload, fuzz::passphrase()).ok())
        std::abort();
    return file;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: make_bundle_corpus DIR\n");
        return 2;
    }
    const QDir dir(QString::fromLocal8Bit(argv[1]));
    const QByteArray records =
        QByteArray(
            "{\"table\":\"citizen\",\"row\":\"6f1c\",\"field\":\"city\",\"value\":\"Vejle\"}\n")
            .repeated(40);
    const QByteArray multi = bundle(records, 256);
    const QList<std::pair<const char*, QByteArray>> files = {
        {"empty.bundle", bundle({}, 64 * 1024)},
        {"one-byte.bundle", bundle("x", 64 * 1024)},
        {"records.bundle", bundle(records, 64 * 1024)},
        {"multi-chunk.bundle", multi},
        {"truncated.bundle", multi.left(multi.size() / 2)},
        {"header-only.bundle", multi.left(140)},
    };
    for (const auto& [name, bytes] : files) {
        QFile f(dir.filePath(QString::fromLatin1(name)));
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return 1;
    }
    return 0;
}
