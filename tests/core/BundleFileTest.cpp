// The sync bundle file (core/sync/BundleFile): round trips, and every way a file can be wrong —
// cut short at any byte, any byte changed, extra bytes, a wrong passphrase, a newer format,
// parameters beyond the reader's caps — is refused with its reason and never yields a payload.
#include "sync/BundleFile.h"
#include "sync/Passphrase.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QtEndian>

#include <catch2/catch.hpp>

#include <set>
#include <sodium.h>

using namespace bs::sync;

namespace {

const QString secret = QStringLiteral("hest-bord-sol-kage-tog-mark");

BundleHeader testHeader(quint32 chunkSize = BundleHeader::defaultChunkSize) {
    BundleHeader h;
    h.schema = 9;
    h.sender = QUuid(QStringLiteral("{6f1c2d3e-4b5a-4c6d-8e7f-0123456789ab}"));
    h.createdUtc = QDateTime(QDate(2025, 11, 25), QTime(9, 0), Qt::UTC);
    h.kdf = KdfParams::fastForTests();
    h.chunkSize = chunkSize;
    return h;
}

QByteArray write(const QByteArray& payload, quint32 chunkSize = BundleHeader::defaultChunkSize,
                 const QString& passphrase = secret, BundleHeader header = {}) {
    if (header.sender.isNull())
        header = testHeader(chunkSize);
    QByteArray file;
    QBuffer out(&file);
    out.open(QIODevice::WriteOnly);
    const auto written = writeBundle(out, header, payload, passphrase);
    REQUIRE(written.ok());
    return file;
}

std::variant<OpenedBundle, BundleError> read(QByteArray file, const QString& passphrase = secret,
                                             const BundleLimits& limits = {}) {
    QBuffer in(&file);
    in.open(QIODevice::ReadOnly);
    return readBundle(in, passphrase, {}, limits);
}

BundleProblem problemOf(const std::variant<OpenedBundle, BundleError>& r) {
    return std::holds_alternative<BundleError>(r) ? std::get<BundleError>(r).problem
                                                  : BundleProblem::None;
}

QByteArray randomBytes(qsizetype n, quint32 seed) {
    QRandomGenerator rng(seed);
    QByteArray a(n, '\0');
    for (char& c : a)
        c = char(rng.bounded(256));
    return a;
}

// The clear header is 140 bytes in format 1; its last 16 are BLAKE2b-128 of the rest.
constexpr int headerSize = 140;
void resealHeader(QByteArray& file) {
    QByteArray sum(16, '\0');
    crypto_generichash(reinterpret_cast<unsigned char*>(sum.data()), 16,
                       reinterpret_cast<const unsigned char*>(file.constData()), headerSize - 16,
                       nullptr, 0);
    file.replace(headerSize - 16, 16, sum);
}

} // namespace

TEST_CASE("A bundle round-trips payloads of every size", "[bundle]") {
    const QByteArray text =
        QByteArray("{\"table\":\"citizen\",\"field\":\"city\"}\n").repeated(9000);
    const QList<QByteArray> payloads = {QByteArray(), QByteArray("x"), randomBytes(64 * 1024, 1),
                                        text, randomBytes(3 * 64 * 1024 + 17, 2)};
    for (const QByteArray& payload : payloads) {
        CAPTURE(payload.size());
        const QByteArray file = write(payload);
        const auto opened = read(file);
        REQUIRE(std::holds_alternative<OpenedBundle>(opened));
        CHECK(std::get<OpenedBundle>(opened).payload == payload);
        CHECK(std::get<OpenedBundle>(opened).header.sender == testHeader().sender);
    }
    // Text compresses; random data is stored as it is, with only the framing added.
    CHECK(write(text).size() < text.size() / 10);
    CHECK(write(randomBytes(200000, 3)).size() < 200000 + 400);
}

TEST_CASE("Writing reports progress and returns the header it wrote", "[bundle]") {
    const QByteArray payload = randomBytes(150000, 4);
    QByteArray file;
    QBuffer out(&file);
    out.open(QIODevice::WriteOnly);
    QList<qint64> steps;
    const auto written =
        writeBundle(out, testHeader(), payload, secret, [&](qint64 done, qint64 total) {
            CHECK(total == payload.size());
            steps.append(done);
        });
    REQUIRE(written.ok());
    CHECK(steps == QList<qint64>{65536, 131072, 150000});
    CHECK(!written->bundleId.isNull());
    CHECK(written->salt.size() == 16);

    QBuffer in(&file);
    in.open(QIODevice::ReadOnly);
    qint64 last = 0;
    const auto opened = readBundle(in, secret, [&](qint64 done, qint64 total) {
        CHECK(total == file.size());
        last = done;
    });
    REQUIRE(std::holds_alternative<OpenedBundle>(opened));
    CHECK(last == file.size());
    CHECK(std::get<OpenedBundle>(opened).header.bundleId == written->bundleId);
}

TEST_CASE("Two bundles of the same payload share no salt, id or ciphertext", "[bundle]") {
    const QByteArray a = write("same"), b = write("same");
    CHECK(a.mid(32, 16) != b.mid(32, 16)); // bundle id
    CHECK(a.mid(64, 16) != b.mid(64, 16)); // salt
    CHECK(a.mid(headerSize) != b.mid(headerSize));
}

TEST_CASE("The clear header can be read before the passphrase is asked", "[bundle]") {
    QByteArray file = write("payload");
    QBuffer in(&file);
    in.open(QIODevice::ReadOnly);
    const auto peeked = peekBundleHeader(in);
    REQUIRE(std::holds_alternative<BundleHeader>(peeked));
    const BundleHeader& h = std::get<BundleHeader>(peeked);
    CHECK(h.format == 1);
    CHECK(h.minReader == 1);
    CHECK(h.schema == 9);
    CHECK(h.sender == testHeader().sender);
    CHECK(h.createdUtc == testHeader().createdUtc);
    CHECK(h.createdUtc.timeSpec() == Qt::UTC);
    CHECK(h.kdf == KdfParams::fastForTests());

    QByteArray text("just some text file, not a bundle at all");
    QBuffer other(&text);
    other.open(QIODevice::ReadOnly);
    const auto notBundle = peekBundleHeader(other);
    REQUIRE(std::holds_alternative<BundleError>(notBundle));
    CHECK(std::get<BundleError>(notBundle).problem == BundleProblem::NotABundle);
}

TEST_CASE("A wrong passphrase is told apart from a damaged file", "[bundle]") {
    const QByteArray file = write("payload");
    const auto wrong = read(file, QStringLiteral("hest-bord-sol-kage-tog-marker"));
    CHECK(problemOf(wrong) == BundleProblem::WrongPassphrase);
    CHECK(std::get<BundleError>(wrong).message.contains(QStringLiteral("passphrase")));
    CHECK(problemOf(read(file, QString())) == BundleProblem::WrongPassphrase);
}

TEST_CASE("Passphrases are compared after normalising what was typed", "[bundle][passphrase]") {
    CHECK(normalisePassphrase(QStringLiteral("Hest Bord  Sol")) == QStringLiteral("hest-bord-sol"));
    CHECK(normalisePassphrase(QStringLiteral("  hest,bord - sol\t")) ==
          QStringLiteral("hest-bord-sol"));
    CHECK(normalisePassphrase(QStringLiteral("HEST--BORD;SOL.")) ==
          QStringLiteral("hest-bord-sol"));
    // Composed and decomposed "å" are the same letter.
    CHECK(normalisePassphrase(QStringLiteral("bl\u00E5")) ==
          normalisePassphrase(QStringLiteral("bla\u030A")));
    CHECK(normalisePassphrase(QStringLiteral("hest bord")) != QStringLiteral("hestbord"));

    const QByteArray file = write("payload", 64 * 1024, QStringLiteral("Hest Bord  Sol"));
    CHECK(problemOf(read(file, QStringLiteral("hest-bord-sol"))) == BundleProblem::None);
    CHECK(problemOf(read(file, QStringLiteral(" HEST, bord, sol "))) == BundleProblem::None);
    CHECK(problemOf(read(file, QStringLiteral("hest-bord"))) == BundleProblem::WrongPassphrase);

    QByteArray sink;
    QBuffer out(&sink);
    out.open(QIODevice::WriteOnly);
    CHECK_FALSE(writeBundle(out, testHeader(), "x", QStringLiteral(" - , ")).ok());
    CHECK(sink.isEmpty());
}

TEST_CASE("Every truncation of a small bundle is refused as truncated", "[bundle]") {
    // 64-byte chunks: five chunks, so cuts fall in the header, in lengths and in every chunk.
    const QByteArray payload = randomBytes(300, 5);
    const QByteArray file = write(payload, 64);
    REQUIRE(problemOf(read(file)) == BundleProblem::None);
    for (qsizetype n = 0; n < file.size(); ++n) {
        CAPTURE(n);
        const auto r = read(file.left(n));
        REQUIRE(std::holds_alternative<BundleError>(r));
        CHECK(problemOf(r) == (n == 0 ? BundleProblem::NotABundle : BundleProblem::Truncated));
    }
}

TEST_CASE("Every changed byte of a small bundle is refused", "[bundle]") {
    const QByteArray payload = randomBytes(150, 6);
    const QByteArray file = write(payload, 64);
    std::set<BundleProblem> seen;
    for (qsizetype i = 0; i < file.size(); ++i) {
        CAPTURE(i);
        QByteArray changed = file;
        changed[i] = char(changed[i] ^ 0x01);
        const auto r = read(changed);
        REQUIRE(std::holds_alternative<BundleError>(r));
        seen.insert(problemOf(r));
        // Outside the magic and the version fields, a change reads as damage (or, when it makes
        // the header or a chunk claim more bytes than the file has, as a cut-off file), never as
        // a wrong passphrase, which would send the user retyping a correct one.
        const bool lengthField = i == 13 || i >= headerSize;
        if (i >= 12)
            CHECK((problemOf(r) == BundleProblem::Damaged ||
                   (problemOf(r) == BundleProblem::Truncated && lengthField)));
    }
    CHECK(seen.count(BundleProblem::NotABundle) == 1);
    CHECK(seen.count(BundleProblem::Damaged) == 1);
}

TEST_CASE("The header is authenticated, not only checksummed", "[bundle]") {
    // An attacker can recompute the checksum; the first chunk's MAC still covers every header
    // byte: schema, sender, bundle id, time, chunk size and stream header.
    const QByteArray file = write(randomBytes(150, 8), 64);
    QList<int> offsets;
    for (int i = 14; i < 56; ++i)
        offsets.append(i);
    for (int i = 80; i < 84; ++i)
        offsets.append(i);
    for (int i = 100; i < 124; ++i)
        offsets.append(i);
    for (int i : offsets) {
        CAPTURE(i);
        QByteArray crafted = file;
        crafted[i] = char(crafted[i] ^ 0x01);
        resealHeader(crafted);
        CHECK(problemOf(read(crafted)) == BundleProblem::Damaged);
    }
}

TEST_CASE("Bytes after the final chunk make the file damaged", "[bundle]") {
    const QByteArray file = write("payload", 64);
    CHECK(problemOf(read(file + QByteArray(1, '\0'))) == BundleProblem::Damaged);
    CHECK(problemOf(read(file + file)) == BundleProblem::Damaged);
}

TEST_CASE("A bundle from a newer format is refused before the key derivation", "[bundle]") {
    QByteArray file = write("payload");
    // A newer min_reader with absurd key-derivation costs: refused as newer, at once.
    QByteArray newer = file;
    qToLittleEndian<quint16>(2, newer.data() + 10);
    qToLittleEndian<quint32>(0xFFFFFFFF, newer.data() + 56);
    qToLittleEndian<quint32>(0xFFFFFFFF, newer.data() + 60);
    const auto r = read(newer);
    CHECK(problemOf(r) == BundleProblem::NewerFormat);
    CHECK(std::get<BundleError>(r).message.contains(QStringLiteral("update")));

    QBuffer in(&newer);
    in.open(QIODevice::ReadOnly);
    const auto peeked = peekBundleHeader(in);
    REQUIRE(std::holds_alternative<BundleError>(peeked));
    CHECK(std::get<BundleError>(peeked).problem == BundleProblem::NewerFormat);

    // A newer schema: the importer asks checkBundleSchema with its own schema version.
    CHECK_FALSE(checkBundleSchema(testHeader(), 9).has_value());
    REQUIRE(checkBundleSchema(testHeader(), 8).has_value());
    CHECK(checkBundleSchema(testHeader(), 8)->problem == BundleProblem::NewerFormat);
}

TEST_CASE("Key-derivation costs beyond the caps are refused without running it", "[bundle]") {
    const QByteArray file = write("payload");
    const auto withCosts = [&](quint32 ops, quint32 memKiB) {
        QByteArray crafted = file;
        qToLittleEndian<quint32>(ops, crafted.data() + 56);
        qToLittleEndian<quint32>(memKiB, crafted.data() + 60);
        resealHeader(crafted); // a consistent header, as an attacker would make it
        return read(crafted);
    };
    CHECK(problemOf(withCosts(11, 8192)) == BundleProblem::Damaged);
    CHECK(problemOf(withCosts(1, 1024 * 1024 + 1)) == BundleProblem::Damaged);
    CHECK(problemOf(withCosts(0xFFFFFFFF, 0xFFFFFFFF)) == BundleProblem::Damaged);
    CHECK(problemOf(withCosts(0, 8192)) == BundleProblem::Damaged);
    CHECK(problemOf(withCosts(1, 1)) == BundleProblem::Damaged);
    CHECK(std::get<BundleError>(withCosts(11, 8192)).message.contains(QStringLiteral("heavier")));
    // Within the caps but not what the file was written with: the key differs.
    CHECK(problemOf(withCosts(2, 8192)) == BundleProblem::WrongPassphrase);

    // The writer keeps to the same caps.
    BundleHeader heavy = testHeader();
    heavy.kdf.opsLimit = 11;
    QByteArray sink;
    QBuffer out(&sink);
    out.open(QIODevice::WriteOnly);
    CHECK_FALSE(writeBundle(out, heavy, "x", secret).ok());
}

TEST_CASE("Chunk lengths and the total payload are capped", "[bundle]") {
    const QByteArray file = write(randomBytes(1000, 7), 64);
    // A chunk length beyond what the header's chunk size allows.
    QByteArray crafted = file;
    qToLittleEndian<quint32>(0x7FFFFFFF, crafted.data() + headerSize);
    CHECK(problemOf(read(crafted)) == BundleProblem::Damaged);
    // A header claiming chunks larger than the reader accepts.
    BundleLimits smallChunks;
    smallChunks.maxChunkSize = 32;
    CHECK(problemOf(read(file, secret, smallChunks)) == BundleProblem::Damaged);
    // More payload than the reader accepts.
    BundleLimits small;
    small.maxPayload = 999;
    CHECK(problemOf(read(file, secret, small)) == BundleProblem::TooLarge);
    small.maxPayload = 1000;
    CHECK(problemOf(read(file, secret, small)) == BundleProblem::None);
}

TEST_CASE("Every problem has its own clear message", "[bundle]") {
    QSet<QString> messages;
    for (BundleProblem p : {BundleProblem::NotABundle, BundleProblem::NewerFormat,
                            BundleProblem::WrongPassphrase, BundleProblem::Damaged,
                            BundleProblem::Truncated, BundleProblem::TooLarge, BundleProblem::Io}) {
        const QString m = bundleProblemMessage(p);
        CHECK(m.size() > 20);
        messages.insert(m);
    }
    CHECK(messages.size() == 7);
}

TEST_CASE("Generated passphrases are six words from the Danish list", "[bundle][passphrase]") {
    const QStringList& list = passphraseWords();
    CHECK(list.size() == passphraseWordCount());
    CHECK(list.size() >= 2048);
    CHECK(QSet<QString>(list.begin(), list.end()).size() == list.size());
    const QRegularExpression plain(QStringLiteral("^[a-z]{2,10}$"));
    for (const QString& w : list) {
        CAPTURE(w);
        CHECK(plain.match(w).hasMatch());
    }

    QSet<QString> used;
    int allDistinct = 0;
    for (int i = 0; i < 100; ++i) {
        const QString p = generatePassphrase();
        CHECK(normalisePassphrase(p) == p);
        const QStringList words = p.split(QLatin1Char('-'));
        REQUIRE(words.size() == 6);
        for (const QString& w : words)
            CHECK(list.contains(w));
        used.unite(QSet<QString>(words.begin(), words.end()));
        allDistinct += QSet<QString>(words.begin(), words.end()).size() == 6 ? 1 : 0;
    }
    CHECK(allDistinct >= 90); // a repeat within six words has a chance of about 0.7 %
    CHECK(used.size() > 450); // 600 draws from 2000+ words spread widely
    CHECK(generatePassphrase() != generatePassphrase());
    CHECK(generatePassphrase(3).split(QLatin1Char('-')).size() == 3);
}
