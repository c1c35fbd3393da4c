#pragma once
// Runs the access log's retention (AccessRetention::purgeExpired) when the application starts
// and every 24 hours while it runs, so entries past six months go even on a computer that is
// never closed. Problems are reported, not fatal.
#include "storage/Database.h"
#include <QObject>

class QTimer;

namespace bs {

class RetentionTimer : public QObject {
    Q_OBJECT
public:
    static constexpr int kIntervalMs = 24 * 60 * 60 * 1000;

    // Purges once when the event loop next runs (purged/problem tell the outcome), then daily.
    explicit RetentionTimer(Database& db, QObject* parent = nullptr);

    // Purges now; returns how many entries went.
    Result<int> purgeNow();
    int lastPurged() const { return m_lastPurged; }

signals:
    void purged(int count);
    void problem(const QString& message);

private:
    Database& m_db;
    QTimer* m_timer;
    int m_lastPurged = 0;
};

} // namespace bs
