#include "FirstAdministratorDialog.h"

#include <QBoxLayout>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace bs {

FirstAdministratorDialog::FirstAdministratorDialog(AuthService& auth, QWidget* parent)
    : RecordDialog(parent), m_auth(auth), m_name(new QLineEdit), m_user(new QLineEdit),
      m_password(new QLineEdit), m_repeat(new QLineEdit) {
    setWindowTitle(tr("Bostøtte — the administrator of this file"));
    auto* intro = new QLabel(
        tr("This database file has no users yet. Create the administrator of this file: the "
           "person who creates the other users, unlocks them and looks after the access log "
           "and backups. Use at least %1 characters in the password, and keep it safe — "
           "without it no one can log in.")
            .arg(AuthService::kMinPasswordLength));
    intro->setWordWrap(true);
    intro->setFixedWidth(460); // wrapped text needs a width to know its height
    // Above the form: a spanning form row does not get the height of its wrapped lines.
    if (auto* box = qobject_cast<QBoxLayout*>(layout()))
        box->insertWidget(0, intro);
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_name->setMinimumWidth(260);
    addField(QStringLiteral("displayName"), tr("&Name"), m_name);
    addField(QStringLiteral("userName"), tr("&User name"), m_user);
    addField(QStringLiteral("password"), tr("&Password"), m_password);
    addField(QStringLiteral("repeat"), tr("&Repeat password"), m_repeat);
    buttons()->button(QDialogButtonBox::Save)->setText(tr("Create administrator"));
    buttons()->button(QDialogButtonBox::Cancel)->setText(tr("Quit"));
    m_name->setFocus();
}

Status FirstAdministratorDialog::save() {
    if (m_password->text() != m_repeat->text())
        return Status::failure(tr("Repeat password: the two passwords differ"),
                               QStringLiteral("repeat"));
    auto created =
        m_auth.createFirstAdministrator(m_user->text(), m_name->text(), m_password->text());
    if (!created)
        return Status(created.error());
    m_account = *created;
    return Status::success();
}

} // namespace bs
