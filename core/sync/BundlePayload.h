#pragma once
// What a bundle carries inside its encryption (docs/sync.md "What a bundle carries"): the
// sender's name and version vector and the changes, as compact CBOR. Decoding validates every
// record against this database's schema before anything is applied: a known table, columns of
// that table (never the local bookkeeping columns), a UUID row id (a key for settings), a clock
// of the change's own site, a positive counter, null/number/text values of bounded size. One bad
// record refuses the whole bundle, with a message that names it.
#include "domain/Result.h"
#include "sync/Change.h"

#include <QCoreApplication>

namespace bs {
struct SyncSchema;
}

namespace bs::sync {

struct BundlePayload {
    QString senderName;
    VersionVector vector; // what the sender held when it wrote the bundle
    // What the sender assumed the recipient holds (the changes up to it are left out). A
    // recipient that holds less (restored from an old backup) refuses the bundle: it would
    // have a gap.
    VersionVector assumed;
    QList<Change> changes;
};

struct PayloadLimits {
    qint64 maxChanges = 10'000'000;
    qint64 maxTextBytes = 1024 * 1024; // one value, in UTF-8
};

class PayloadCodec {
    Q_DECLARE_TR_FUNCTIONS(PayloadCodec)
public:
    // Appends changes one by one (from ChangeLog::forEachChangeBeyond), then finish().
    PayloadCodec(const QString& senderName, const VersionVector& vector,
                 const VersionVector& assumed);
    ~PayloadCodec();
    PayloadCodec(const PayloadCodec&) = delete;
    PayloadCodec& operator=(const PayloadCodec&) = delete;
    void add(const Change& change);
    qint64 count() const { return m_count; }
    QByteArray finish();

    static Result<BundlePayload> decode(const QByteArray& bytes, const SyncSchema& schema,
                                        const PayloadLimits& limits = {});

private:
    QByteArray m_bytes;
    class QCborStreamWriter* m_writer = nullptr;
    qint64 m_count = 0;
};

} // namespace bs::sync
