#include "Hlc.h"

#include <algorithm>

namespace bs::sync {

QString Hlc::toText() const {
    return QStringLiteral("%1-%2-%3")
        .arg(wallMs, 13, 10, QLatin1Char('0'))
        .arg(counter, 8, 10, QLatin1Char('0'))
        .arg(site.toString(QUuid::WithoutBraces));
}

std::optional<Hlc> Hlc::fromText(const QString& text) {
    // 13 digits, '-', 8 digits, '-', 36 characters of a UUID.
    if (text.size() != 13 + 1 + 8 + 1 + 36 || text.at(13) != QLatin1Char('-') ||
        text.at(22) != QLatin1Char('-'))
        return std::nullopt;
    bool okWall = false;
    bool okCounter = false;
    Hlc h;
    h.wallMs = text.left(13).toLongLong(&okWall);
    h.counter = text.mid(14, 8).toUInt(&okCounter);
    h.site = QUuid::fromString(text.mid(23));
    if (!okWall || !okCounter || h.site.isNull() || h.wallMs < 0)
        return std::nullopt;
    return h;
}

void HlcClock::restore(const Hlc& last) {
    if (m_last.wallMs < last.wallMs ||
        (m_last.wallMs == last.wallMs && m_last.counter < last.counter)) {
        m_last.wallMs = last.wallMs;
        m_last.counter = last.counter;
    }
}

Hlc HlcClock::tick(qint64 wallNowMs) {
    if (wallNowMs > m_last.wallMs) {
        m_last.wallMs = wallNowMs;
        m_last.counter = 0;
    } else {
        ++m_last.counter;
    }
    return m_last;
}

bool HlcClock::observe(const Hlc& received, qint64 wallNowMs, qint64 maxAheadMs) {
    if (received.wallMs > wallNowMs + maxAheadMs)
        return false;
    restore(received);
    return true;
}

} // namespace bs::sync
