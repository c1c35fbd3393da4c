#include "ChangePasswordDialog.h"

#include <QBoxLayout>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace bs {

ChangePasswordDialog::ChangePasswordDialog(AuthService& auth, bool forced, QWidget* parent)
    : RecordDialog(parent), m_auth(auth), m_old(new QLineEdit), m_new(new QLineEdit),
      m_repeat(new QLineEdit) {
    setWindowTitle(tr("Change password"));
    auto* intro = new QLabel(
        forced ? tr("An administrator has given you a temporary password. Choose your own "
                    "password (at least %1 characters) before you continue.")
                     .arg(AuthService::kMinPasswordLength)
               : tr("Choose a new password of at least %1 characters.")
                     .arg(AuthService::kMinPasswordLength));
    intro->setObjectName(QStringLiteral("changePasswordIntro"));
    intro->setWordWrap(true);
    intro->setFixedWidth(420); // wrapped text needs a width to know its height
    // Above the form: a spanning form row does not get the height of its wrapped lines.
    if (auto* box = qobject_cast<QBoxLayout*>(layout()))
        box->insertWidget(0, intro);
    for (QLineEdit* e : {m_old, m_new, m_repeat})
        e->setEchoMode(QLineEdit::Password);
    m_old->setMinimumWidth(240);
    addField(QStringLiteral("oldPassword"), tr("C&urrent password"), m_old);
    addField(QStringLiteral("password"), tr("&New password"), m_new);
    addField(QStringLiteral("repeat"), tr("&Repeat new password"), m_repeat);
    buttons()->button(QDialogButtonBox::Save)->setText(tr("Change password"));
    if (forced)
        buttons()->button(QDialogButtonBox::Cancel)->setText(tr("Quit"));
    m_old->setFocus();
}

Status ChangePasswordDialog::save() {
    if (m_new->text() != m_repeat->text())
        return Status::failure(tr("Repeat new password: the two passwords differ"),
                               QStringLiteral("repeat"));
    return m_auth.changeOwnPassword(m_old->text(), m_new->text());
}

} // namespace bs
