#pragma once
// The screen lock (docs/access.md): after `access.idle_minutes` without keyboard or mouse input
// anywhere in the application, the main window's content is covered by a LockScreen, the
// window's widgets and shortcuts stop working and other open windows (dialogs) are hidden, until
// the same user types the password again. "Log in as someone else" emits switchUserRequested():
// the application then closes this session and shows the login.
#include "security/AuthService.h"
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace bs {

class LockScreen;

class IdleLock : public QObject {
    Q_OBJECT
public:
    // Watches all input of the application (an event filter on qApp); the timeout comes from
    // AuthService::settings().idleMinutes.
    IdleLock(QWidget& window, AuthService& auth, const Actor& actor, QObject* parent = nullptr);
    ~IdleLock() override;

    // For tests and for a changed setting; restarts the countdown.
    void setTimeoutMs(int ms);
    int timeoutMs() const { return m_timer.interval(); }
    bool isLocked() const { return m_screen != nullptr; }
    LockScreen* lockScreen() const { return m_screen; }

    void lockNow();
    // Checks `password` as the logged-in user's; unlocks on success, otherwise shows why.
    bool tryUnlock(const QString& password);

signals:
    void locked();
    void unlocked();
    void switchUserRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool insideLockScreen(QObject* object) const;
    void unlock();

    QWidget& m_window;
    AuthService& m_auth;
    Actor m_actor;
    QTimer m_timer;
    LockScreen* m_screen = nullptr;
    QList<QPointer<QWidget>> m_disabled; // the window's own widgets, off while locked
    QList<QPointer<QWidget>> m_hidden;   // other windows hidden while locked
};

} // namespace bs
