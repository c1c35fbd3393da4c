// A bundle that is damaged, cut short, for another passphrase, from a newer version, or that
// decrypts but carries something invalid is refused as a whole, and the database is unchanged
// (every table compared, the change log included).
#include "storage/Migrations.h"
#include "support/SyncSites.h"
#include "sync/BundlePayload.h"

#include <QBuffer>
#include <QFile>

using namespace bs;
using namespace bs::test;

namespace {

QString s(const char* text) {
    return QString::fromUtf8(text);
}

QByteArray readAll(const QString& path) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeAll(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

// A bundle with this payload, properly encrypted, as `sender`.
QString craft(SyncSite& at, const QUuid& sender, const QByteArray& payload, quint16 schema = 9) {
    sync::BundleHeader h;
    h.schema = schema;
    h.sender = sender;
    h.createdUtc = at.clock.nowUtc();
    h.kdf = sync::KdfParams::fastForTests();
    h.chunkSize = 256;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(sync::writeBundle(buffer, h, payload, kTestPassphrase).ok());
    const QString path = at.dir.filePath(QStringLiteral("crafted-%1.bst").arg(++at.bundles));
    writeAll(path, buffer.data());
    return path;
}

sync::Change validChange(const QUuid& origin) {
    sync::Change c;
    c.origin = origin;
    c.counter = 1;
    c.hlc = sync::Hlc{utc(2025, 11, 25).toMSecsSinceEpoch(), 0, origin}.toText();
    c.table = QStringLiteral("team");
    c.rowId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    c.fields = {{QStringLiteral("name"), s("Team Nord")},
                {QStringLiteral("created_utc"), s("2025-11-25T09:00:00.000Z")},
                {QStringLiteral("deleted"), 0}};
    return c;
}

QByteArray payloadOf(const QList<sync::Change>& changes) {
    sync::PayloadCodec codec(s("Alunden"), {}, {});
    for (const auto& c : changes)
        codec.add(c);
    return codec.finish();
}

} // namespace

TEST_CASE("Damaged, cut, foreign, newer and invalid bundles are refused and change nothing",
          "[sync]") {
    SyncSite office(s("Kontoret"));
    SyncSite alunden(s("Alunden"));
    Builders{alunden.reg()}.citizen(s("Anna Hansen"));
    Builders{office.reg()}.citizen(s("Bo Jensen"));
    const QString good = alunden.exportFor(office.id());
    const QByteArray bytes = readAll(good);
    const QString before = office.dump(true);
    const QString bad = office.dir.filePath(s("bad.bst"));

    auto refused = [&](const QString& path, const QString& expected = {}) {
        auto p = office.sync->preview(path, kTestPassphrase);
        CHECK_FALSE(p.ok());
        auto r = office.sync->importBundle(path, kTestPassphrase);
        CHECK_FALSE(r.ok());
        if (!expected.isEmpty()) {
            INFO(r.message().toStdString());
            CHECK(r.message().contains(expected));
        }
    };

    SECTION("every truncation point") {
        for (int n = 0; n < bytes.size(); n += std::max(1, int(bytes.size() / 60))) {
            writeAll(bad, bytes.left(n));
            refused(bad);
        }
    }
    SECTION("flipped bytes") {
        for (int i = 0; i < bytes.size(); i += std::max(1, int(bytes.size() / 60))) {
            QByteArray copy = bytes;
            copy[i] = char(copy[i] ^ 0x20);
            writeAll(bad, copy);
            refused(bad);
        }
    }
    SECTION("a wrong passphrase") {
        auto r = office.sync->importBundle(good, s("forkert-kode"));
        REQUIRE_FALSE(r.ok());
        CHECK(r.message().contains(s("passphrase")));
    }
    SECTION("a newer schema") {
        const auto ours = quint16(office.db->schemaVersion());
        refused(craft(office, alunden.id(), payloadOf({validChange(alunden.id())}), ours + 1),
                s("Bostøtte"));
    }
    SECTION("content that decrypts but is not valid") {
        const QUuid a = alunden.id();
        refused(craft(office, a, QByteArrayLiteral("not cbor at all")), s("not valid"));
        auto c = validChange(a);
        c.table = s("meta");
        refused(craft(office, a, payloadOf({c})), s("unknown table"));
        c = validChange(a);
        c.fields.insert(s("revision"), 5);
        refused(craft(office, a, payloadOf({c})), s("no field \"revision\""));
        c = validChange(a);
        c.fields.insert(s("name = 'x'; DROP TABLE citizen; --"), 1);
        refused(craft(office, a, payloadOf({c})), s("no field"));
        c = validChange(a);
        c.rowId = s("1 OR 1=1");
        refused(craft(office, a, payloadOf({c})), s("record id"));
        c = validChange(a);
        c.hlc = sync::Hlc{1, 0, QUuid::createUuid()}.toText();
        refused(craft(office, a, payloadOf({c})), s("clock"));
        c = validChange(a);
        c.counter = 0;
        refused(craft(office, a, payloadOf({c})), s("counter"));
        c = validChange(a);
        c.fields.insert(s("name"), QString(1024 * 1024 + 1, QLatin1Char('x')));
        refused(craft(office, a, payloadOf({c})), s("field values"));
        c = validChange(a);
        c.fields.insert(s("deleted"), 7);
        refused(craft(office, a, payloadOf({validChange(a), c})), s("change 2"));
        // A valid change applies (the crafted file is otherwise fine).
        REQUIRE(office.sync
                    ->importBundle(craft(office, a, payloadOf({validChange(a)})), kTestPassphrase)
                    .ok());
        return;
    }
    SECTION("one's own bundle") {
        refused(office.exportFor({}), s("this database itself"));
        // The export itself is recorded in the history; nothing else changed.
        return;
    }
    CHECK(office.dump(true) == before);
}
