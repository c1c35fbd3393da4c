#pragma once
// The big timer of the visit in progress: "12:05 of 20:00" against the site's time per visit,
// green while there is time, amber from 80 % and red once the allowance is used up, so the worker
// on duty sees it from across the desk.
#include <QLabel>

namespace bs {

// "mm:ss" (minutes may pass 59: "75:00").
QString minutesSecondsText(qint64 seconds);

class DeskTimerLabel : public QLabel {
    Q_OBJECT
public:
    enum class Level { Idle, Ok, Warning, Over };
    Q_ENUM(Level)

    explicit DeskTimerLabel(QWidget* parent = nullptr);

    // Shows `elapsedSeconds` against `allowanceSeconds`.
    void showElapsed(qint64 elapsedSeconds, qint64 allowanceSeconds);
    // No visit in progress.
    void clearTimer();
    Level level() const { return m_level; }

private:
    void setLevel(Level level);

    Level m_level = Level::Idle;
};

} // namespace bs
