#pragma once
// The clock is injected everywhere time matters, so tests control "now".
#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace bs {

class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    // The municipality's local date (Europe/Copenhagen), which is what "today" means to a user.
    QDate today() const { return nowUtc().toTimeZone(localZone()).date(); }
    static QTimeZone localZone() { return QTimeZone(QByteArrayLiteral("Europe/Copenhagen")); }
};

class SystemClock final : public Clock {
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

class FixedClock final : public Clock {
public:
    explicit FixedClock(QDateTime nowUtc) : m_now(nowUtc.toUTC()) {}
    QDateTime nowUtc() const override { return m_now; }
    void set(QDateTime nowUtc) { m_now = nowUtc.toUTC(); }
    void advanceSecs(qint64 secs) { m_now = m_now.addSecs(secs); }

private:
    QDateTime m_now;
};

} // namespace bs
