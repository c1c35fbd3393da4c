#pragma once
// The first start of a file without accounts: the person who sets the program up becomes the
// administrator of this file (accounts, the access log, backups). Nothing else can be done
// before this account exists.
#include "dialogs/RecordDialog.h"
#include "security/AuthService.h"

class QLineEdit;

namespace bs {

class FirstAdministratorDialog : public RecordDialog {
    Q_OBJECT
public:
    explicit FirstAdministratorDialog(AuthService& auth, QWidget* parent = nullptr);
    // The account created (valid after the dialog was accepted).
    const Account& account() const { return m_account; }

protected:
    Status save() override;

private:
    AuthService& m_auth;
    QLineEdit* m_name;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    Account m_account;
};

} // namespace bs
