#pragma once
// What covers the main window while it is locked: who is logged in, the password field, and the
// way out for another user. The content behind it stays unreadable until the same user's
// password is typed (IdleLock decides; this widget only asks).
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace bs {

class LockScreen : public QWidget {
    Q_OBJECT
public:
    explicit LockScreen(const QString& who, QWidget* parent = nullptr);

    QString password() const;
    void clearPassword();
    void showError(const QString& message);
    QString errorText() const;
    void focusPassword();

signals:
    void unlockRequested();
    void switchUserRequested();

private:
    QLineEdit* m_password;
    QLabel* m_error;
};

} // namespace bs
