#pragma once
// Hybrid logical clock (Kulkarni et al.): wall time in ms, a counter for events in the same ms,
// and the site id as the final tie-break. Its text form sorts the same way as the clock, so every
// site picks the same newest value for a field (see docs/sync.md).
#include <QString>
#include <QUuid>
#include <optional>

namespace bs::sync {

struct Hlc {
    qint64 wallMs = 0;
    quint32 counter = 0;
    QUuid site;

    // "WWWWWWWWWWWWW-CCCCCCCC-<site uuid>": fixed widths, so text order is clock order.
    QString toText() const;
    static std::optional<Hlc> fromText(const QString& text);
    bool isNull() const { return wallMs == 0 && counter == 0 && site.isNull(); }

    friend bool operator==(const Hlc& a, const Hlc& b) {
        return a.wallMs == b.wallMs && a.counter == b.counter && a.site == b.site;
    }
    friend bool operator<(const Hlc& a, const Hlc& b) { return a.toText() < b.toText(); }
};

// The clock of one site: local events tick it, received clocks advance it.
class HlcClock {
public:
    explicit HlcClock(QUuid site = {}) : m_last{0, 0, site} {}
    void setSite(const QUuid& site) { m_last.site = site; }
    QUuid site() const { return m_last.site; }
    // Continues after `last` (the largest clock already recorded in the file).
    void restore(const Hlc& last);
    // The clock of a new local event at wall time `wallNowMs`.
    Hlc tick(qint64 wallNowMs);
    // A received clock: later local events order after it. Returns false and ignores it when it
    // is more than `maxAheadMs` ahead of the wall clock (a clock that is not trusted).
    bool observe(const Hlc& received, qint64 wallNowMs, qint64 maxAheadMs);
    Hlc last() const { return m_last; }

private:
    Hlc m_last;
};

constexpr qint64 kMaxClockAheadMs = 24LL * 60 * 60 * 1000;

} // namespace bs::sync
