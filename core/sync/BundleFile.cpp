// The bundle file format; the byte layout is documented in docs/sync.md ("The bundle file").
#include "sync/BundleFile.h"
#include "sync/Passphrase.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QIODevice>
#include <QtEndian>

#include <sodium.h>

#include <array>
#include <cstring>

namespace bs::sync {

namespace {

// The translation context for the messages below.
class BundleFile {
    Q_DECLARE_TR_FUNCTIONS(BundleFile)
};

constexpr int magicSize = 8;
QByteArray magicOf(FileKind kind) {
    return QByteArray(kind == FileKind::Backup ? "BSTTBKUP" : "BSTTSYNC", magicSize);
}
constexpr int saltSize = crypto_pwhash_SALTBYTES;
constexpr int keySize = crypto_secretstream_xchacha20poly1305_KEYBYTES;
constexpr int streamHeaderSize = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
constexpr int macSize = crypto_secretstream_xchacha20poly1305_ABYTES;
constexpr int checkSize = 16;
// Fixed fields up to and including the key check, then extension bytes a newer format may add
// (min_reader 1 readers skip them), the stream header and the header checksum.
constexpr int fixedSize = 100;
constexpr int headerSizeV1 = fixedSize + streamHeaderSize + checkSize; // 140
constexpr int maxHeaderSize = 4096;
constexpr int chunkLengthSize = 4;
constexpr char methodStored = 0;
constexpr char methodZlib = 1;
constexpr qint64 latestCreatedMs = 253402300799999; // 9999-12-31T23:59:59.999Z

bool sodiumReady() {
    static const bool ready = sodium_init() >= 0; // thread-safe: a function-local static
    return ready;
}

// The derived key and stream state, wiped when they go out of scope.
struct Secrets {
    std::array<unsigned char, keySize> key{};
    crypto_secretstream_xchacha20poly1305_state state{};
    Secrets() = default;
    Secrets(const Secrets&) = delete;
    Secrets& operator=(const Secrets&) = delete;
    ~Secrets() {
        sodium_memzero(key.data(), key.size());
        sodium_memzero(&state, sizeof state);
    }
};

const unsigned char* bytes(const QByteArray& a) {
    return reinterpret_cast<const unsigned char*>(a.constData());
}
unsigned char* bytes(QByteArray& a) {
    return reinterpret_cast<unsigned char*>(a.data());
}

bool deriveKey(Secrets& s, const QString& passphrase, const QByteArray& salt,
               const KdfParams& kdf) {
    QByteArray secret = normalisePassphrase(passphrase).toUtf8();
    const int rc =
        crypto_pwhash(s.key.data(), s.key.size(), secret.constData(),
                      static_cast<unsigned long long>(secret.size()), bytes(salt), kdf.opsLimit,
                      std::size_t(kdf.memLimitKiB) * 1024, crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(secret.data(), std::size_t(secret.size()));
    return rc == 0;
}

QByteArray keyCheck(const Secrets& s) {
    static constexpr char context[] = "Bostotte sync bundle key check v1";
    QByteArray check(checkSize, '\0');
    crypto_generichash(bytes(check), checkSize, reinterpret_cast<const unsigned char*>(context),
                       sizeof context - 1, s.key.data(), s.key.size());
    return check;
}

QByteArray checksum(const QByteArray& data) {
    QByteArray sum(checkSize, '\0');
    crypto_generichash(bytes(sum), checkSize, bytes(data), std::size_t(data.size()), nullptr, 0);
    return sum;
}

template <typename T> void put(QByteArray& out, T value) {
    std::array<char, sizeof(T)> le{};
    qToLittleEndian(value, le.data());
    out.append(le.data(), qsizetype(le.size()));
}
template <typename T> T get(const QByteArray& in, int offset) {
    return qFromLittleEndian<T>(in.constData() + offset);
}

bool kdfWithin(const KdfParams& kdf, const BundleLimits& limits) {
    return kdf.opsLimit >= crypto_pwhash_OPSLIMIT_MIN && kdf.opsLimit <= limits.maxOpsLimit &&
           kdf.memLimitKiB >= crypto_pwhash_MEMLIMIT_MIN / 1024 &&
           kdf.memLimitKiB <= limits.maxMemLimitKiB;
}

BundleError fail(FileKind kind, BundleProblem problem, const QString& detail = {}) {
    return {problem, detail.isEmpty() ? fileProblemMessage(kind, problem) : detail};
}

// The encoded clear header: fixed fields, stream header and checksum.
QByteArray encodeHeader(FileKind kind, const BundleHeader& h, const QByteArray& check,
                        const QByteArray& streamHeader) {
    QByteArray out;
    out.append(magicOf(kind));
    put<quint16>(out, h.format);
    put<quint16>(out, h.minReader);
    put<quint16>(out, quint16(headerSizeV1));
    put<quint16>(out, h.schema);
    out.append(h.sender.toRfc4122());
    out.append(h.bundleId.toRfc4122());
    put<qint64>(out, h.createdUtc.toMSecsSinceEpoch());
    put<quint32>(out, h.kdf.opsLimit);
    put<quint32>(out, h.kdf.memLimitKiB);
    out.append(h.salt);
    put<quint32>(out, h.chunkSize);
    out.append(check);
    out.append(streamHeader);
    out.append(checksum(out));
    Q_ASSERT(out.size() == headerSizeV1);
    return out;
}

// Reads exactly what is asked for, counting the bytes for progress.
class Input {
public:
    enum class Got { All, Short, Error };
    Input(QIODevice& in, BundleProgress progress)
        : m_in(in), m_progress(std::move(progress)),
          m_total(in.isSequential() ? -1 : in.bytesAvailable()) {}

    Got read(QByteArray& into, qint64 size) {
        into.resize(qsizetype(size));
        qint64 done = 0;
        while (done < size) {
            const qint64 n = m_in.read(into.data() + done, size - done);
            if (n < 0)
                return Got::Error;
            if (n == 0 && !(m_in.isSequential() && m_in.waitForReadyRead(30000)))
                break;
            done += n;
        }
        m_read += done;
        if (m_progress)
            m_progress(m_read, m_total);
        into.resize(qsizetype(done));
        return done == size ? Got::All : Got::Short;
    }
    bool atEnd() {
        char c = 0;
        return m_in.peek(&c, 1) <= 0 && !(m_in.isSequential() && m_in.waitForReadyRead(30000));
    }
    QString errorString() const { return m_in.errorString(); }

private:
    QIODevice& m_in;
    BundleProgress m_progress;
    qint64 m_total;
    qint64 m_read = 0;
};

BundleError ioError(FileKind kind, const Input& in) {
    return fail(kind, BundleProblem::Io,
                kind == FileKind::Backup
                    ? BundleFile::tr("The backup could not be read (%1). Nothing was restored.")
                          .arg(in.errorString())
                    : BundleFile::tr("The file could not be read (%1). Nothing was imported.")
                          .arg(in.errorString()));
}

struct ParsedHeader {
    BundleHeader header;
    QByteArray raw; // every clear byte: the first chunk's additional data
    QByteArray keyCheck;
    QByteArray streamHeader;
};

std::variant<ParsedHeader, BundleError> parseHeader(FileKind kind, Input& in,
                                                    const BundleLimits& limits) {
    const QByteArray magic = magicOf(kind);
    ParsedHeader p;
    QByteArray& raw = p.raw;
    switch (in.read(raw, magicSize + 6)) {
    case Input::Got::Error:
        return ioError(kind, in);
    case Input::Got::Short:
        // A cut-off copy of a real bundle still starts with (part of) the magic.
        if (raw.isEmpty() || !magic.startsWith(raw.left(magicSize)))
            return fail(kind, BundleProblem::NotABundle);
        return fail(kind, BundleProblem::Truncated);
    case Input::Got::All:
        break;
    }
    if (raw.left(magicSize) != magic)
        return fail(kind, BundleProblem::NotABundle);
    BundleHeader& h = p.header;
    h.format = get<quint16>(raw, 8);
    h.minReader = get<quint16>(raw, 10);
    const quint16 headerSize = get<quint16>(raw, 12);
    // Checked before anything else is trusted and before the costly key derivation.
    if (h.minReader > BundleHeader::currentFormat)
        return fail(kind, BundleProblem::NewerFormat);
    if (h.minReader == 0 || h.format < h.minReader || headerSize < headerSizeV1 ||
        headerSize > maxHeaderSize)
        return fail(kind, BundleProblem::Damaged);

    QByteArray rest;
    switch (in.read(rest, headerSize - raw.size())) {
    case Input::Got::Error:
        return ioError(kind, in);
    case Input::Got::Short:
        return fail(kind, BundleProblem::Truncated);
    case Input::Got::All:
        break;
    }
    raw.append(rest);
    if (checksum(raw.left(headerSize - checkSize)) != raw.right(checkSize))
        return fail(kind, BundleProblem::Damaged);

    h.schema = get<quint16>(raw, 14);
    h.sender = QUuid::fromRfc4122(QByteArrayView(raw).sliced(16, 16));
    h.bundleId = QUuid::fromRfc4122(QByteArrayView(raw).sliced(32, 16));
    const qint64 createdMs = get<qint64>(raw, 48);
    h.kdf.opsLimit = get<quint32>(raw, 56);
    h.kdf.memLimitKiB = get<quint32>(raw, 60);
    h.salt = raw.mid(64, saltSize);
    h.chunkSize = get<quint32>(raw, 80);
    p.keyCheck = raw.mid(84, checkSize);
    p.streamHeader = raw.mid(headerSize - checkSize - streamHeaderSize, streamHeaderSize);
    if (createdMs < 0 || createdMs > latestCreatedMs)
        return fail(kind, BundleProblem::Damaged);
    h.createdUtc = QDateTime::fromMSecsSinceEpoch(createdMs, Qt::UTC);
    if (!kdfWithin(h.kdf, limits))
        return fail(kind, BundleProblem::Damaged,
                    kind == FileKind::Backup
                        ? BundleFile::tr("The backup asks for a heavier passphrase check than "
                                         "Bostøtte allows (it was changed or made by another "
                                         "program). Nothing was restored.")
                        : BundleFile::tr("The file asks for a heavier passphrase check than "
                                         "Bostøtte allows (it was changed or made by another "
                                         "program). Nothing was imported."));
    if (h.chunkSize == 0 || h.chunkSize > limits.maxChunkSize)
        return fail(kind, BundleProblem::Damaged);
    return p;
}

// Compresses a chunk when that makes it smaller: a method byte, then the data.
QByteArray encodeChunk(QByteArrayView plain) {
    QByteArray zipped = plain.isEmpty() ? QByteArray() : qCompress(plain.toByteArray());
    QByteArray out;
    if (!zipped.isEmpty() && zipped.size() < plain.size()) {
        out.reserve(zipped.size() + 1);
        out.append(methodZlib).append(zipped);
    } else {
        out.reserve(plain.size() + 1);
        out.append(methodStored).append(plain.data(), plain.size());
    }
    return out;
}

std::optional<QByteArray> decodeChunk(const QByteArray& encoded, quint32 chunkSize) {
    if (encoded.isEmpty())
        return std::nullopt;
    const QByteArray data = encoded.mid(1);
    if (encoded.at(0) == methodStored)
        return data.size() <= qsizetype(chunkSize) ? std::optional(data) : std::nullopt;
    if (encoded.at(0) != methodZlib || data.size() < 5)
        return std::nullopt;
    // qUncompress trusts its big-endian length prefix: cap it first.
    const quint32 expected = qFromBigEndian<quint32>(data.constData());
    if (expected == 0 || expected > chunkSize)
        return std::nullopt;
    QByteArray plain = qUncompress(data);
    if (plain.size() != qsizetype(expected))
        return std::nullopt;
    return plain;
}

} // namespace

KdfParams KdfParams::standard() {
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE / 1024};
}

KdfParams KdfParams::fastForTests() {
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN / 1024};
}

QString bundleProblemMessage(BundleProblem problem) {
    switch (problem) {
    case BundleProblem::None:
        return {};
    case BundleProblem::NotABundle:
        return BundleFile::tr("This is not a Bostøtte sync file. Nothing was imported.");
    case BundleProblem::NewerFormat:
        return BundleFile::tr("The file was made by a newer Bostøtte: update the program and "
                              "import the file again. Nothing was imported.");
    case BundleProblem::WrongPassphrase:
        return BundleFile::tr("The passphrase does not fit this file. Check the words and try "
                              "again.");
    case BundleProblem::Damaged:
        return BundleFile::tr("The file is damaged (it was changed or not copied completely). "
                              "Nothing was imported.");
    case BundleProblem::Truncated:
        return BundleFile::tr("The file ends too early: it was not copied completely. Nothing "
                              "was imported.");
    case BundleProblem::TooLarge:
        return BundleFile::tr("The file holds more data than Bostøtte can import at once. "
                              "Nothing was imported.");
    case BundleProblem::Io:
        return BundleFile::tr("The file could not be read. Nothing was imported.");
    }
    return {};
}

QString fileProblemMessage(FileKind kind, BundleProblem problem) {
    if (kind == FileKind::SyncBundle)
        return bundleProblemMessage(problem);
    switch (problem) {
    case BundleProblem::None:
        return {};
    case BundleProblem::NotABundle:
        return BundleFile::tr("This is not a Bostøtte backup. Nothing was restored.");
    case BundleProblem::NewerFormat:
        return BundleFile::tr("The backup was made by a newer Bostøtte: update the program and "
                              "restore it again. Nothing was restored.");
    case BundleProblem::WrongPassphrase:
        return BundleFile::tr("The backup passphrase does not fit this backup. Check the words "
                              "and try again.");
    case BundleProblem::Damaged:
        return BundleFile::tr("The backup is damaged (it was changed or not copied completely). "
                              "Nothing was restored.");
    case BundleProblem::Truncated:
        return BundleFile::tr("The backup ends too early: it was not copied completely. Nothing "
                              "was restored.");
    case BundleProblem::TooLarge:
        return BundleFile::tr("The backup is larger than Bostøtte accepts. Nothing was restored.");
    case BundleProblem::Io:
        return BundleFile::tr("The backup could not be read. Nothing was restored.");
    }
    return {};
}

Result<FileKey> deriveFileKey(const QString& passphrase, const KdfParams& kdf,
                              const QByteArray& salt) {
    using R = Result<FileKey>;
    if (!sodiumReady())
        return R::failure(BundleFile::tr("The encryption library could not start."));
    if (normalisePassphrase(passphrase).isEmpty())
        return R::failure(BundleFile::tr("Choose a passphrase before exporting."),
                          QStringLiteral("passphrase"));
    if (!kdfWithin(kdf, BundleLimits{}) || (!salt.isEmpty() && salt.size() != saltSize))
        return R::failure(BundleFile::tr("The bundle's settings are out of range."));
    FileKey out;
    out.kdf = kdf;
    out.salt = salt;
    if (out.salt.isEmpty()) {
        out.salt = QByteArray(saltSize, '\0');
        randombytes_buf(bytes(out.salt), saltSize);
    }
    Secrets s;
    if (!deriveKey(s, passphrase, out.salt, kdf))
        return R::failure(BundleFile::tr("Not enough memory to protect the file."));
    out.key = QByteArray(reinterpret_cast<const char*>(s.key.data()), keySize);
    return out;
}

Result<BundleHeader> writeEncrypted(FileKind kind, QIODevice& out, BundleHeader header,
                                    QIODevice& plain, const FileKey& key,
                                    const BundleProgress& progress) {
    using R = Result<BundleHeader>;
    if (!sodiumReady())
        return R::failure(BundleFile::tr("The encryption library could not start."));
    if (key.key.size() != keySize || key.salt.size() != saltSize)
        return R::failure(BundleFile::tr("The encryption key is missing or damaged."));
    if (header.sender.isNull())
        return R::failure(BundleFile::tr("The sending site has no id."), QStringLiteral("sender"));
    if (!header.createdUtc.isValid())
        return R::failure(BundleFile::tr("The bundle has no time of creation."));
    header.kdf = key.kdf;
    header.salt = key.salt;
    const BundleLimits limits;
    if (!kdfWithin(header.kdf, limits) || header.chunkSize == 0 ||
        header.chunkSize > limits.maxChunkSize || header.format != BundleHeader::currentFormat ||
        header.minReader == 0 || header.minReader > header.format || plain.isSequential())
        return R::failure(BundleFile::tr("The bundle's settings are out of range."));
    const qint64 total = plain.size() - plain.pos();
    if (kind == FileKind::SyncBundle && total > limits.maxPayload)
        return R::failure(bundleProblemMessage(BundleProblem::TooLarge));
    if (header.bundleId.isNull())
        header.bundleId = QUuid::createUuid();
    header.createdUtc = header.createdUtc.toUTC();

    Secrets s;
    std::memcpy(s.key.data(), key.key.constData(), keySize);
    QByteArray streamHeader(streamHeaderSize, '\0');
    crypto_secretstream_xchacha20poly1305_init_push(&s.state, bytes(streamHeader), s.key.data());
    const QByteArray clear = encodeHeader(kind, header, keyCheck(s), streamHeader);

    auto writeAll = [&](const QByteArray& data) { return out.write(data) == data.size(); };
    const auto writeFailed = [&] {
        return R::failure(
            BundleFile::tr("The file could not be written (%1).").arg(out.errorString()));
    };
    if (!writeAll(clear))
        return writeFailed();
    qint64 offset = 0;
    bool first = true;
    QByteArray chunk;
    do {
        const qint64 n = std::min<qint64>(header.chunkSize, total - offset);
        const bool last = offset + n >= total;
        chunk.resize(qsizetype(n));
        if (n > 0 && plain.read(chunk.data(), n) != n)
            return R::failure(BundleFile::tr("The data to protect could not be read (%1).")
                                  .arg(plain.errorString()));
        const QByteArray encoded = encodeChunk(chunk);
        QByteArray cipher(chunkLengthSize + encoded.size() + macSize, '\0');
        qToLittleEndian(quint32(encoded.size() + macSize), cipher.data());
        crypto_secretstream_xchacha20poly1305_push(
            &s.state, bytes(cipher) + chunkLengthSize, nullptr, bytes(encoded),
            std::size_t(encoded.size()), first ? bytes(clear) : nullptr,
            first ? std::size_t(clear.size()) : 0,
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
                 : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
        if (!writeAll(cipher))
            return writeFailed();
        offset += n;
        first = false;
        if (progress)
            progress(offset, total);
    } while (offset < total);
    sodium_memzero(chunk.data(), std::size_t(chunk.size()));
    return header;
}

Result<BundleHeader> writeBundle(QIODevice& out, BundleHeader header, const QByteArray& payload,
                                 const QString& passphrase, const BundleProgress& progress) {
    using R = Result<BundleHeader>;
    if (!sodiumReady())
        return R::failure(BundleFile::tr("The encryption library could not start."));
    if (normalisePassphrase(passphrase).isEmpty())
        return R::failure(BundleFile::tr("Choose a passphrase before exporting."),
                          QStringLiteral("passphrase"));
    if (header.sender.isNull())
        return R::failure(BundleFile::tr("The sending site has no id."), QStringLiteral("sender"));
    if (!header.createdUtc.isValid())
        return R::failure(BundleFile::tr("The bundle has no time of creation."));
    const BundleLimits limits;
    if (!kdfWithin(header.kdf, limits) || header.chunkSize == 0 ||
        header.chunkSize > limits.maxChunkSize || header.format != BundleHeader::currentFormat ||
        header.minReader == 0 || header.minReader > header.format)
        return R::failure(BundleFile::tr("The bundle's settings are out of range."));
    if (payload.size() > limits.maxPayload)
        return R::failure(bundleProblemMessage(BundleProblem::TooLarge));
    auto key = deriveFileKey(passphrase, header.kdf); // a fresh salt for every bundle
    if (!key)
        return R(key.error());
    QBuffer in;
    in.setData(payload);
    in.open(QIODevice::ReadOnly);
    auto written = writeEncrypted(FileKind::SyncBundle, out, header, in, *key, progress);
    sodium_memzero(key->key.data(), std::size_t(key->key.size()));
    return written;
}

std::variant<BundleHeader, BundleError> peekHeader(FileKind kind, QIODevice& in,
                                                   const BundleLimits& limits) {
    if (!sodiumReady())
        return fail(kind, BundleProblem::Io);
    Input input(in, {});
    auto parsed = parseHeader(kind, input, limits);
    if (auto* e = std::get_if<BundleError>(&parsed))
        return *e;
    return std::get<ParsedHeader>(parsed).header;
}

std::variant<BundleHeader, BundleError> peekBundleHeader(QIODevice& in,
                                                         const BundleLimits& limits) {
    return peekHeader(FileKind::SyncBundle, in, limits);
}

std::variant<BundleHeader, BundleError>
readEncrypted(FileKind kind, QIODevice& in, const QString& passphrase, QIODevice& plainOut,
              const BundleProgress& progress, const BundleLimits& limits) {
    if (!sodiumReady())
        return fail(kind, BundleProblem::Io);
    Input input(in, progress);
    auto parsed = parseHeader(kind, input, limits);
    if (auto* e = std::get_if<BundleError>(&parsed))
        return *e;
    const ParsedHeader& p = std::get<ParsedHeader>(parsed);

    Secrets s;
    if (!deriveKey(s, passphrase, p.header.salt, p.header.kdf))
        return fail(kind, BundleProblem::Io,
                    kind == FileKind::Backup
                        ? BundleFile::tr("Not enough memory to open the backup. Nothing was "
                                         "restored.")
                        : BundleFile::tr("Not enough memory to open the file. Nothing was "
                                         "imported."));
    if (sodium_memcmp(keyCheck(s).constData(), p.keyCheck.constData(), checkSize) != 0)
        return fail(kind, BundleProblem::WrongPassphrase);
    if (crypto_secretstream_xchacha20poly1305_init_pull(&s.state, bytes(p.streamHeader),
                                                        s.key.data()) != 0)
        return fail(kind, BundleProblem::Damaged);

    const qint64 maxCipher = qint64(p.header.chunkSize) + 1 + macSize;
    qint64 written = 0;
    bool first = true;
    QByteArray lengthBytes, cipher, plain;
    for (;;) {
        switch (input.read(lengthBytes, chunkLengthSize)) {
        case Input::Got::Error:
            return ioError(kind, input);
        case Input::Got::Short:
            return fail(kind, BundleProblem::Truncated);
        case Input::Got::All:
            break;
        }
        const quint32 length = qFromLittleEndian<quint32>(lengthBytes.constData());
        if (length < quint32(macSize + 1) || length > maxCipher)
            return fail(kind, BundleProblem::Damaged);
        switch (input.read(cipher, length)) {
        case Input::Got::Error:
            return ioError(kind, input);
        case Input::Got::Short:
            return fail(kind, BundleProblem::Truncated);
        case Input::Got::All:
            break;
        }
        plain.resize(qsizetype(length) - macSize);
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(
                &s.state, bytes(plain), nullptr, &tag, bytes(cipher), length,
                first ? bytes(p.raw) : nullptr, first ? std::size_t(p.raw.size()) : 0) != 0)
            return fail(kind, BundleProblem::Damaged);
        first = false;
        if (tag != crypto_secretstream_xchacha20poly1305_TAG_MESSAGE &&
            tag != crypto_secretstream_xchacha20poly1305_TAG_FINAL)
            return fail(kind, BundleProblem::Damaged);
        std::optional<QByteArray> chunk = decodeChunk(plain, p.header.chunkSize);
        if (!chunk)
            return fail(kind, BundleProblem::Damaged);
        if (written + chunk->size() > limits.maxPayload)
            return fail(kind, BundleProblem::TooLarge);
        if (plainOut.write(*chunk) != chunk->size())
            return fail(kind, BundleProblem::Io,
                        BundleFile::tr("The decrypted data could not be written (%1).")
                            .arg(plainOut.errorString()));
        written += chunk->size();
        sodium_memzero(chunk->data(), std::size_t(chunk->size()));
        if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL)
            break;
    }
    sodium_memzero(plain.data(), std::size_t(plain.size()));
    if (!input.atEnd())
        return fail(kind, BundleProblem::Damaged); // bytes after the final chunk
    return p.header;
}

std::variant<OpenedBundle, BundleError> readBundle(QIODevice& in, const QString& passphrase,
                                                   const BundleProgress& progress,
                                                   const BundleLimits& limits) {
    OpenedBundle opened;
    QBuffer out(&opened.payload);
    out.open(QIODevice::WriteOnly);
    auto read = readEncrypted(FileKind::SyncBundle, in, passphrase, out, progress, limits);
    if (auto* e = std::get_if<BundleError>(&read))
        return *e;
    out.close();
    opened.header = std::get<BundleHeader>(read);
    return opened;
}

std::optional<BundleError> checkBundleSchema(const BundleHeader& header, quint16 ourSchema) {
    if (header.schema > ourSchema)
        return fail(FileKind::SyncBundle, BundleProblem::NewerFormat);
    return std::nullopt;
}

} // namespace bs::sync
