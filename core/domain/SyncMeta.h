#pragma once
// Bookkeeping every synchronised record carries: a UUID key, UTC timestamps, the installation
// that made the last change, a deletion marker (records are never hard-deleted) and a revision
// counter used for optimistic concurrency checks.
#include <QDateTime>
#include <QUuid>

namespace bs {

struct SyncMeta {
    QUuid id;
    QDateTime createdUtc;
    QDateTime modifiedUtc;
    QUuid modifiedBy; // installation id
    bool deleted = false;
    int revision = 0; // 0 = never stored

    bool isNew() const { return revision == 0; }
};

inline QUuid newId() {
    return QUuid::createUuid();
}

} // namespace bs
