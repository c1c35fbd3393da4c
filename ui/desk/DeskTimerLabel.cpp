#include "DeskTimerLabel.h"

namespace bs {

QString minutesSecondsText(qint64 seconds) {
    seconds = qMax<qint64>(0, seconds);
    return QStringLiteral("%1:%2")
        .arg(seconds / 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

DeskTimerLabel::DeskTimerLabel(QWidget* parent) : QLabel(parent) {
    setAlignment(Qt::AlignCenter);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 2.6);
    big.setBold(true);
    big.setStyleHint(QFont::Monospace);
    setFont(big);
    setMinimumHeight(fontMetrics().height() + 16);
    clearTimer();
}

void DeskTimerLabel::showElapsed(qint64 elapsedSeconds, qint64 allowanceSeconds) {
    setText(tr("%1 of %2")
                .arg(minutesSecondsText(elapsedSeconds), minutesSecondsText(allowanceSeconds)));
    if (allowanceSeconds > 0 && elapsedSeconds > allowanceSeconds)
        setLevel(Level::Over);
    else if (allowanceSeconds > 0 && elapsedSeconds * 5 >= allowanceSeconds * 4)
        setLevel(Level::Warning);
    else
        setLevel(Level::Ok);
    setToolTip(m_level == Level::Over
                   ? tr("The visit has taken longer than the site's time per visit")
                   : tr("Time of this visit against the site's time per visit"));
}

void DeskTimerLabel::clearTimer() {
    setText(QStringLiteral("--:--"));
    setToolTip(QString());
    setLevel(Level::Idle);
}

void DeskTimerLabel::setLevel(Level level) {
    m_level = level;
    // Colours that read on light and dark palettes; the text says the same for colour-blind users.
    switch (level) {
    case Level::Idle:
        setStyleSheet(QStringLiteral("QLabel { color: palette(mid); }"));
        break;
    case Level::Ok:
        setStyleSheet(QStringLiteral("QLabel { color: white; background: #2e7d32; "
                                     "border-radius: 6px; padding: 4px 12px; }"));
        break;
    case Level::Warning:
        setStyleSheet(QStringLiteral("QLabel { color: black; background: #f9a825; "
                                     "border-radius: 6px; padding: 4px 12px; }"));
        break;
    case Level::Over:
        setStyleSheet(QStringLiteral("QLabel { color: white; background: #c62828; "
                                     "border-radius: 6px; padding: 4px 12px; }"));
        break;
    }
}

} // namespace bs
