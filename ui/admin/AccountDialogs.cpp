#include "AccountDialogs.h"

#include "widgets/Combos.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace bs {

namespace {

QLineEdit* passwordEdit() {
    auto* e = new QLineEdit;
    e->setEchoMode(QLineEdit::Password);
    return e;
}

Status samePasswords(const QLineEdit* password, const QLineEdit* repeat) {
    if (password->text() != repeat->text())
        return Status::failure(QCoreApplication::translate(
                                   "AccountDialogs", "Repeat password: the two passwords differ"),
                               QStringLiteral("repeat"));
    return Status::success();
}

} // namespace

NewAccountDialog::NewAccountDialog(AuthService& auth, QWidget* parent)
    : RecordDialog(parent), m_auth(auth), m_user(new QLineEdit), m_name(new QLineEdit),
      m_staff(new QComboBox), m_role(new QComboBox), m_password(passwordEdit()),
      m_repeat(passwordEdit()) {
    setWindowTitle(tr("New user"));
    m_staff->addItem(tr("(no staff member)"), QUuid());
    if (auto staff = auth.registry().staff())
        for (const Staff& s : *staff)
            m_staff->addItem(QStringLiteral("%1 (%2)").arg(s.name, s.initials), s.meta.id);
    else
        showProblem(staff.message());
    fillEnumCombo(m_role, StaffRole::Worker);
    // Choosing a staff member fills in the name and role the user has not typed.
    connect(m_staff, &QComboBox::currentIndexChanged, this, [this, &auth] {
        const QUuid id = idValue(m_staff);
        if (id.isNull())
            return;
        if (auto s = auth.registry().record<Staff>(id)) {
            if (m_name->text().trimmed().isEmpty())
                m_name->setText(s->name);
            if (m_user->text().trimmed().isEmpty())
                m_user->setText(s->initials.toLower());
            m_role->setCurrentIndex(m_role->findData(int(s->role)));
        }
    });
    m_user->setMinimumWidth(240);
    addField(QStringLiteral("staff"), tr("&Staff member"), m_staff);
    addField(QStringLiteral("userName"), tr("&User name"), m_user);
    addField(QStringLiteral("displayName"), tr("&Name"), m_name);
    addField(QStringLiteral("role"), tr("&Role"), m_role);
    addField(QStringLiteral("password"), tr("First &password"), m_password);
    addField(QStringLiteral("repeat"), tr("R&epeat password"), m_repeat);
    auto* note = new QLabel(tr("Give the first password to the user in person. They choose "
                               "their own at the first login."));
    note->setWordWrap(true);
    note->setFixedWidth(420);
    if (auto* box = qobject_cast<QBoxLayout*>(layout()))
        box->insertWidget(1, note);
    buttons()->button(QDialogButtonBox::Save)->setText(tr("Create user"));
}

Status NewAccountDialog::save() {
    if (Status s = samePasswords(m_password, m_repeat); !s)
        return s;
    NewAccount n;
    n.userName = m_user->text();
    n.displayName = m_name->text();
    n.staffId = idValue(m_staff);
    n.role = enumValue<StaffRole>(m_role);
    n.password = m_password->text();
    auto created = m_auth.createAccount(n);
    if (!created)
        return Status(created.error());
    m_account = *created;
    return Status::success();
}

ResetPasswordDialog::ResetPasswordDialog(AuthService& auth, const Account& account, QWidget* parent)
    : RecordDialog(parent), m_auth(auth), m_account(account), m_password(passwordEdit()),
      m_repeat(passwordEdit()) {
    setWindowTitle(tr("Reset password"));
    auto* intro = new QLabel(tr("A temporary password for %1 (%2). They must choose their own "
                                "at the next login; the account is also unlocked.")
                                 .arg(account.displayName, account.userName));
    intro->setWordWrap(true);
    intro->setFixedWidth(400); // wrapped text needs a width to know its height
    // Above the form: a spanning form row does not get the height of its wrapped lines.
    if (auto* box = qobject_cast<QBoxLayout*>(layout()))
        box->insertWidget(0, intro);
    m_password->setMinimumWidth(220);
    addField(QStringLiteral("password"), tr("Temporary &password"), m_password);
    addField(QStringLiteral("repeat"), tr("R&epeat password"), m_repeat);
    buttons()->button(QDialogButtonBox::Save)->setText(tr("Reset password"));
}

Status ResetPasswordDialog::save() {
    if (Status s = samePasswords(m_password, m_repeat); !s)
        return s;
    return m_auth.resetPassword(m_account.id, m_password->text());
}

RoleDialog::RoleDialog(AuthService& auth, const Account& account, QWidget* parent)
    : RecordDialog(parent), m_auth(auth), m_account(account), m_role(new QComboBox) {
    setWindowTitle(tr("Change role"));
    fillEnumCombo(m_role, account.role);
    addField(QStringLiteral("role"), tr("Role of %1").arg(account.userName), m_role);
}

Status RoleDialog::save() {
    return m_auth.setRole(m_account.id, enumValue<StaffRole>(m_role));
}

} // namespace bs
