#include "IdleLock.h"

#include "LockScreen.h"

#include <QApplication>
#include <QEvent>

namespace bs {

IdleLock::IdleLock(QWidget& window, AuthService& auth, const Actor& actor, QObject* parent)
    : QObject(parent), m_window(window), m_auth(auth), m_actor(actor) {
    setObjectName(QStringLiteral("idleLock"));
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::lockNow);
    setTimeoutMs(m_auth.settings().idleMinutes * 60 * 1000);
    qApp->installEventFilter(this);
    m_window.installEventFilter(this); // resizes, so the cover follows the window
}

IdleLock::~IdleLock() {
    qApp->removeEventFilter(this);
}

void IdleLock::setTimeoutMs(int ms) {
    m_timer.stop();
    m_timer.setInterval(ms);
    if (ms > 0 && !isLocked())
        m_timer.start();
}

bool IdleLock::insideLockScreen(QObject* object) const {
    for (QObject* o = object; o; o = o->parent())
        if (o == m_screen)
            return true;
    return false;
}

bool IdleLock::eventFilter(QObject* watched, QEvent* event) {
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::ShortcutOverride:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::ContextMenu:
        if (!isLocked()) {
            if (m_timer.interval() > 0)
                m_timer.start(); // input: the countdown starts over
            return false;
        }
        // Locked: only the lock screen takes input. Window-system objects pass, so that the
        // events reach the widgets (and this filter) at all.
        return watched->isWidgetType() && !insideLockScreen(watched);
    case QEvent::Shortcut:
        // The window's menu and action shortcuts (their receivers are actions, not widgets).
        return isLocked() && !insideLockScreen(watched);
    case QEvent::Resize:
        if (isLocked() && watched == &m_window)
            m_screen->setGeometry(m_window.rect());
        return false;
    default:
        return false;
    }
}

void IdleLock::lockNow() {
    if (isLocked())
        return;
    m_timer.stop();
    // Dialogs and other windows show data too: hidden until the unlock; menus simply close.
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (w == &m_window || !w->isVisible())
            continue;
        if (w->windowType() == Qt::Popup || w->windowType() == Qt::ToolTip) {
            w->close();
            continue;
        }
        m_hidden.append(w);
        w->hide();
    }
    for (QObject* child : m_window.children()) {
        auto* w = qobject_cast<QWidget*>(child);
        if (w && !w->isWindow() && w->isEnabled()) {
            w->setEnabled(false);
            m_disabled.append(w);
        }
    }
    const QString who = m_actor.displayName.isEmpty()
                            ? m_actor.userName
                            : QStringLiteral("%1 (%2)").arg(m_actor.displayName, m_actor.userName);
    m_screen = new LockScreen(who, &m_window);
    m_screen->setGeometry(m_window.rect());
    m_screen->show();
    m_screen->raise();
    m_screen->focusPassword();
    connect(m_screen, &LockScreen::unlockRequested, this,
            [this] { (void)tryUnlock(m_screen->password()); });
    connect(m_screen, &LockScreen::switchUserRequested, this, &IdleLock::switchUserRequested);
    emit locked();
}

bool IdleLock::tryUnlock(const QString& password) {
    if (!isLocked())
        return true;
    auto actor = m_auth.login(m_actor.userName, password);
    m_screen->clearPassword();
    if (!actor || actor->accountId != m_actor.accountId) {
        m_screen->showError(actor ? tr("Only %1 can unlock this screen").arg(m_actor.userName)
                                  : actor.message());
        m_screen->focusPassword();
        return false;
    }
    unlock();
    return true;
}

void IdleLock::unlock() {
    for (const QPointer<QWidget>& w : std::as_const(m_disabled))
        if (w)
            w->setEnabled(true);
    m_disabled.clear();
    m_screen->hide();
    m_screen->deleteLater(); // may be inside its own signal
    m_screen = nullptr;
    for (const QPointer<QWidget>& w : std::as_const(m_hidden))
        if (w)
            w->show();
    m_hidden.clear();
    if (m_timer.interval() > 0)
        m_timer.start();
    emit unlocked();
}

} // namespace bs
