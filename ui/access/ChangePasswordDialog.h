#pragma once
// The logged-in user changes their own password; forced after an administrator's reset
// (Account::mustChangePassword), when Cancel means not continuing.
#include "dialogs/RecordDialog.h"
#include "security/AuthService.h"

class QLineEdit;

namespace bs {

class ChangePasswordDialog : public RecordDialog {
    Q_OBJECT
public:
    ChangePasswordDialog(AuthService& auth, bool forced, QWidget* parent = nullptr);

protected:
    Status save() override;

private:
    AuthService& m_auth;
    QLineEdit* m_old;
    QLineEdit* m_new;
    QLineEdit* m_repeat;
};

} // namespace bs
