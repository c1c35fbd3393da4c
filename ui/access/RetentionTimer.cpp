#include "RetentionTimer.h"

#include "security/AccessRetention.h"

#include <QTimer>

namespace bs {

RetentionTimer::RetentionTimer(Database& db, QObject* parent)
    : QObject(parent), m_db(db), m_timer(new QTimer(this)) {
    m_timer->setInterval(kIntervalMs);
    connect(m_timer, &QTimer::timeout, this, [this] { (void)purgeNow(); });
    m_timer->start();
    // Once as soon as the event loop runs, so that whoever connects to the signals right after
    // construction hears about it.
    QTimer::singleShot(0, this, [this] { (void)purgeNow(); });
}

Result<int> RetentionTimer::purgeNow() {
    auto n = AccessRetention::purgeExpired(m_db);
    if (!n) {
        emit problem(n.message());
        return n;
    }
    m_lastPurged = *n;
    if (*n > 0)
        emit purged(*n);
    return n;
}

} // namespace bs
