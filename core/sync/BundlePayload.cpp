#include "BundlePayload.h"

#include "storage/SyncQueries.h"
#include "sync/Hlc.h"

#include <QCborStreamReader>
#include <QCborStreamWriter>
#include <cmath>
#include <optional>

namespace bs::sync {

namespace {

constexpr qint64 kFormat = 1;
const QLatin1String kSetting("setting");

void writeScalar(QCborStreamWriter& w, const QJsonValue& v) {
    switch (v.type()) {
    case QJsonValue::Double: {
        const double d = v.toDouble();
        const qint64 i = v.toInteger();
        if (double(i) == d)
            w.append(i);
        else
            w.append(d);
        break;
    }
    case QJsonValue::String:
        w.append(v.toString());
        break;
    case QJsonValue::Bool:
        w.append(qint64(v.toBool() ? 1 : 0));
        break;
    default:
        w.appendNull();
    }
}

void writeObject(QCborStreamWriter& w, const QJsonObject& o) {
    w.startMap(o.size());
    for (auto it = o.begin(); it != o.end(); ++it) {
        w.append(it.key());
        writeScalar(w, it.value());
    }
    w.endMap();
}

bool isCanonicalUuid(const QString& text) {
    if (text.size() != 36)
        return false;
    const QUuid id = QUuid::fromString(text);
    return !id.isNull() && id.toString(QUuid::WithoutBraces) == text;
}

bool isSettingKey(const QString& key) {
    if (key.isEmpty() || key.size() > 200)
        return false;
    for (const QChar ch : key)
        if (ch.category() == QChar::Other_Control)
            return false;
    return true;
}

// Reads the CBOR stream strictly; the first problem found stops everything.
class Decoder {
    Q_DECLARE_TR_FUNCTIONS(PayloadCodec)
public:
    Decoder(const QByteArray& bytes, const SyncSchema& schema, const PayloadLimits& limits)
        : m_bytes(bytes), m_r(bytes), m_schema(schema), m_limits(limits) {}

    Result<BundlePayload> run() {
        BundlePayload out;
        if (!decode(out))
            return Result<BundlePayload>::failure(
                tr("The bundle's content is not valid, so nothing was imported: %1").arg(m_error));
        return out;
    }

private:
    bool fail(const QString& why) {
        if (m_error.isEmpty())
            m_error = why;
        return false;
    }
    bool failAt(const QString& why) {
        return fail(m_index >= 0 ? tr("change %1: %2").arg(m_index + 1).arg(why) : why);
    }

    bool decode(BundlePayload& out) {
        if (!m_r.isMap() || !m_r.enterContainer())
            return fail(tr("it does not start with the expected record"));
        bool haveFormat = false;
        bool haveChanges = false;
        while (m_r.hasNext()) {
            QString key;
            if (!readText(key, 64))
                return fail(tr("a heading is not text"));
            if (key == QLatin1String("format")) {
                qint64 f = 0;
                if (!readInt(f) || f != kFormat)
                    return fail(tr("unknown content format"));
                haveFormat = true;
            } else if (key == QLatin1String("sender_name")) {
                if (!readText(out.senderName, 400))
                    return fail(tr("the sender's name is not valid"));
            } else if (key == QLatin1String("vector")) {
                if (!readVector(out.vector))
                    return fail(tr("the sender's version vector is not valid"));
            } else if (key == QLatin1String("assumed")) {
                if (!readVector(out.assumed))
                    return fail(tr("the recipient's assumed version vector is not valid"));
            } else if (key == QLatin1String("changes")) {
                if (!readChanges(out.changes))
                    return false;
                haveChanges = true;
            } else {
                return fail(tr("unknown heading \"%1\"").arg(key.left(40)));
            }
        }
        if (!m_r.leaveContainer() || m_r.lastError() != QCborError::NoError)
            return fail(tr("the content is cut off or damaged"));
        if (m_r.currentOffset() != m_bytes.size())
            return fail(tr("unexpected data after the content"));
        if (!haveFormat || !haveChanges)
            return fail(tr("the list of changes is missing"));
        return true;
    }

    bool readText(QString& out, qint64 maxChars) {
        if (!m_r.isString())
            return false;
        out.clear();
        auto chunk = m_r.readString();
        while (chunk.status == QCborStreamReader::Ok) {
            out += chunk.data;
            if (out.size() > maxChars)
                return false;
            chunk = m_r.readString();
        }
        return chunk.status == QCborStreamReader::EndOfString;
    }

    bool readInt(qint64& out) {
        if (m_r.isUnsignedInteger()) {
            const quint64 v = quint64(m_r.toUnsignedInteger());
            if (v > quint64(std::numeric_limits<qint64>::max()))
                return false;
            out = qint64(v);
            return m_r.next();
        }
        if (m_r.isNegativeInteger()) {
            const quint64 v = quint64(m_r.toNegativeInteger());
            if (v > quint64(std::numeric_limits<qint64>::max()))
                return false;
            out = -qint64(v);
            return m_r.next();
        }
        return false;
    }

    // null, an integer, a finite double or text: what SQLite stores.
    bool readScalar(QJsonValue& out) {
        if (m_r.isNull()) {
            out = QJsonValue(QJsonValue::Null);
            return m_r.next();
        }
        if (m_r.isInteger()) {
            qint64 i = 0;
            if (!readInt(i))
                return false;
            out = QJsonValue(i);
            return true;
        }
        if (m_r.isFloat16() || m_r.isFloat() || m_r.isDouble()) {
            const double d = m_r.isDouble()  ? m_r.toDouble()
                             : m_r.isFloat() ? double(m_r.toFloat())
                                             : double(m_r.toFloat16());
            if (!std::isfinite(d))
                return false;
            out = d;
            return m_r.next();
        }
        if (m_r.isString()) {
            QString s;
            if (!readText(s, m_limits.maxTextBytes))
                return false;
            if (s.toUtf8().size() > m_limits.maxTextBytes)
                return false;
            out = s;
            return true;
        }
        return false;
    }

    bool readVector(VersionVector& out) {
        if (!m_r.isMap() || !m_r.enterContainer())
            return false;
        while (m_r.hasNext()) {
            QString site;
            qint64 counter = 0;
            if (!readText(site, 36) || !isCanonicalUuid(site) || !readInt(counter) || counter < 0)
                return false;
            out.insert(QUuid::fromString(site), counter);
            if (out.size() > 100000)
                return false;
        }
        return m_r.leaveContainer();
    }

    bool readObject(QJsonObject& out, qint64 maxEntries) {
        if (!m_r.isMap() || !m_r.enterContainer())
            return false;
        while (m_r.hasNext()) {
            QString key;
            QJsonValue value;
            if (!readText(key, 64) || !readScalar(value) || out.contains(key))
                return false;
            out.insert(key, value);
            if (out.size() > maxEntries)
                return false;
        }
        return m_r.leaveContainer();
    }

    bool readChanges(QList<Change>& out) {
        if (!m_r.isArray() || !m_r.enterContainer())
            return fail(tr("the list of changes is not valid"));
        m_index = 0;
        while (m_r.hasNext()) {
            if (m_index >= m_limits.maxChanges)
                return fail(tr("more than %L1 changes").arg(m_limits.maxChanges));
            Change c;
            if (!readChange(c))
                return false;
            out.append(std::move(c));
            ++m_index;
        }
        m_index = -1;
        if (!m_r.leaveContainer())
            return fail(tr("the list of changes is cut off"));
        return true;
    }

    bool readChange(Change& c) {
        if (!m_r.isArray() || !m_r.enterContainer())
            return failAt(tr("not a change record"));
        QString origin;
        qint64 kind = 0;
        if (!readText(origin, 36) || !isCanonicalUuid(origin))
            return failAt(tr("the origin site is not a valid id"));
        c.origin = QUuid::fromString(origin);
        if (!readInt(c.counter) || c.counter <= 0)
            return failAt(tr("the counter is not a positive number"));
        if (!readText(c.hlc, 64))
            return failAt(tr("the clock is not text"));
        const auto hlc = Hlc::fromText(c.hlc);
        if (!hlc || hlc->site != c.origin || hlc->toText() != c.hlc)
            return failAt(tr("the clock is not a valid clock of the origin site"));
        if (!readText(c.table, 64) || !syncTables().contains(c.table))
            return failAt(tr("unknown table \"%1\"").arg(c.table.left(40)));
        if (!readText(c.rowId, 200) ||
            !(c.table == kSetting ? isSettingKey(c.rowId) : isCanonicalUuid(c.rowId)))
            return failAt(tr("the record id of table %1 is not valid").arg(c.table));
        if (!readInt(kind) || (kind != 0 && kind != 1))
            return failAt(tr("unknown kind of change"));
        c.kind = kind == 1 ? ChangeKind::Purge : ChangeKind::Row;
        if (!readObject(c.fields, 200))
            return failAt(tr("the field values are not valid (null, numbers or text up to 1 MB)"));
        for (auto it = c.fields.begin(); it != c.fields.end(); ++it)
            if (!m_schema.allows(c.table, it.key()))
                return failAt(tr("table %1 has no field \"%2\"").arg(c.table, it.key().left(40)));
        if (c.kind == ChangeKind::Purge && !c.fields.isEmpty())
            return failAt(tr("a purge carries field values"));
        if (c.kind == ChangeKind::Row && c.fields.isEmpty())
            return failAt(tr("a change without fields"));
        if (c.fields.contains(QLatin1String("deleted"))) {
            const QJsonValue d = c.fields.value(QLatin1String("deleted"));
            if (!d.isDouble() || (d.toInteger(-1) != 0 && d.toInteger(-1) != 1))
                return failAt(tr("the deletion marker is neither 0 nor 1"));
        }
        if (!readObject(c.base, 200))
            return failAt(tr("the base clocks are not valid"));
        for (auto it = c.base.begin(); it != c.base.end(); ++it) {
            const QString b = it.value().toString();
            if (!c.fields.contains(it.key()) || !it.value().isString() ||
                (!b.isEmpty() && !Hlc::fromText(b)))
                return failAt(tr("the base clocks are not valid"));
        }
        if (!readObject(c.seen, 100000))
            return failAt(tr("the seen vector is not valid"));
        for (auto it = c.seen.begin(); it != c.seen.end(); ++it)
            if (!isCanonicalUuid(it.key()) || !it.value().isDouble() ||
                it.value().toInteger(-1) < 0)
                return failAt(tr("the seen vector is not valid"));
        if (m_r.hasNext() || !m_r.leaveContainer())
            return failAt(tr("not a change record"));
        return true;
    }

    const QByteArray& m_bytes;
    QCborStreamReader m_r;
    const SyncSchema& m_schema;
    const PayloadLimits& m_limits;
    QString m_error;
    qint64 m_index = -1;
};

} // namespace

PayloadCodec::PayloadCodec(const QString& senderName, const VersionVector& vector,
                           const VersionVector& assumed)
    : m_writer(new QCborStreamWriter(&m_bytes)) {
    m_writer->startMap(5);
    m_writer->append(QLatin1String("format"));
    m_writer->append(kFormat);
    m_writer->append(QLatin1String("sender_name"));
    m_writer->append(senderName);
    m_writer->append(QLatin1String("vector"));
    m_writer->startMap(vector.size());
    for (auto it = vector.cbegin(); it != vector.cend(); ++it) {
        m_writer->append(it.key().toString(QUuid::WithoutBraces));
        m_writer->append(it.value());
    }
    m_writer->endMap();
    m_writer->append(QLatin1String("assumed"));
    m_writer->startMap(assumed.size());
    for (auto it = assumed.cbegin(); it != assumed.cend(); ++it) {
        m_writer->append(it.key().toString(QUuid::WithoutBraces));
        m_writer->append(it.value());
    }
    m_writer->endMap();
    m_writer->append(QLatin1String("changes"));
    m_writer->startArray(); // length unknown until the log has been read
}

PayloadCodec::~PayloadCodec() {
    delete m_writer;
}

void PayloadCodec::add(const Change& c) {
    QCborStreamWriter& w = *m_writer;
    w.startArray(9);
    w.append(c.origin.toString(QUuid::WithoutBraces));
    w.append(c.counter);
    w.append(c.hlc);
    w.append(c.table);
    w.append(c.rowId);
    w.append(qint64(c.kind == ChangeKind::Purge ? 1 : 0));
    writeObject(w, c.fields);
    writeObject(w, c.base);
    writeObject(w, c.seen);
    w.endArray();
    ++m_count;
}

QByteArray PayloadCodec::finish() {
    if (m_writer) {
        m_writer->endArray();
        m_writer->endMap();
        delete m_writer;
        m_writer = nullptr;
    }
    return m_bytes;
}

Result<BundlePayload> PayloadCodec::decode(const QByteArray& bytes, const SyncSchema& schema,
                                           const PayloadLimits& limits) {
    return Decoder(bytes, schema, limits).run();
}

} // namespace bs::sync
