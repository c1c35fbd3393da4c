#pragma once
// Administration ▸ users: the accounts of this computer (user name, name, role, staff member,
// last login, locked/disabled) with New, Reset password, Unlock, Disable/Enable and Change role,
// and the access settings (lockout and screen lock). Administrator only: for anyone else it
// says so and offers nothing.
#include "security/AuthService.h"
#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace bs {

class AccountsPanel : public QWidget {
    Q_OBJECT
public:
    explicit AccountsPanel(AuthService& auth, QWidget* parent = nullptr);

    // Reads the accounts and settings again (call when the panel is shown).
    Status reload();
    // The selected account, if any.
    std::optional<Account> selected() const;
    QString messageText() const;

    // What the buttons do; the dialogs open window-modally.
    void newAccount();
    void resetPassword();
    void unlockSelected();
    void toggleDisabled();
    void changeRole();
    void saveSettings();

signals:
    void accountsChanged();

private:
    void showMessage(const QString& text, bool problem);
    void updateButtons();
    void afterChange(const QUuid& select, const QString& done);

    AuthService& m_auth;
    QTableWidget* m_table;
    QPushButton* m_new;
    QPushButton* m_reset;
    QPushButton* m_unlock;
    QPushButton* m_disable;
    QPushButton* m_role;
    QSpinBox* m_attempts;
    QSpinBox* m_lockMinutes;
    QSpinBox* m_idleMinutes;
    QPushButton* m_saveSettings;
    QLabel* m_message;
    QList<Account> m_accounts;
};

} // namespace bs
