#pragma once
// The administrator's account dialogs: a new account (with its first password, which the user
// must change at the first login), a password reset, and a change of role. Each saves through
// AuthService and stays open with the message when refused.
#include "dialogs/RecordDialog.h"
#include "security/AuthService.h"

class QComboBox;
class QLineEdit;

namespace bs {

class NewAccountDialog : public RecordDialog {
    Q_OBJECT
public:
    explicit NewAccountDialog(AuthService& auth, QWidget* parent = nullptr);
    const Account& account() const { return m_account; }

protected:
    Status save() override;

private:
    AuthService& m_auth;
    QLineEdit* m_user;
    QLineEdit* m_name;
    QComboBox* m_staff;
    QComboBox* m_role;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    Account m_account;
};

class ResetPasswordDialog : public RecordDialog {
    Q_OBJECT
public:
    ResetPasswordDialog(AuthService& auth, const Account& account, QWidget* parent = nullptr);

protected:
    Status save() override;

private:
    AuthService& m_auth;
    Account m_account;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
};

class RoleDialog : public RecordDialog {
    Q_OBJECT
public:
    RoleDialog(AuthService& auth, const Account& account, QWidget* parent = nullptr);

protected:
    Status save() override;

private:
    AuthService& m_auth;
    Account m_account;
    QComboBox* m_role;
};

} // namespace bs
