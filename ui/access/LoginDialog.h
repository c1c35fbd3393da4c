#pragma once
// The login at start (docs/access.md): user name and password, checked by AuthService. A refusal
// is shown in the dialog, which stays open (wrong password, locked, disabled); Cancel quits.
// In the demo a hint lists the demo logins.
#include "security/AuthService.h"
#include <QDialog>

class QLabel;
class QLineEdit;

namespace bs {

class LoginDialog : public QDialog {
    Q_OBJECT
public:
    // `demoHint`: shown under the fields when not empty (the demo's logins).
    explicit LoginDialog(AuthService& auth, const QString& demoHint = {},
                         QWidget* parent = nullptr);

    // Checks the login; closes only when it succeeded.
    void accept() override;
    // Who logged in (valid after the dialog was accepted).
    const Actor& actor() const { return m_actor; }
    QString errorText() const;
    // Fills in the user name and puts the cursor in the password field.
    void setUserName(const QString& userName);

private:
    AuthService& m_auth;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QLabel* m_error;
    Actor m_actor;
};

} // namespace bs
