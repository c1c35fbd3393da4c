#include "LoginDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bs {

LoginDialog::LoginDialog(AuthService& auth, const QString& demoHint, QWidget* parent)
    : QDialog(parent), m_auth(auth), m_user(new QLineEdit), m_password(new QLineEdit),
      m_error(new QLabel) {
    setWindowTitle(tr("Bostøtte — log in"));
    m_user->setObjectName(QStringLiteral("userName"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_user->setMinimumWidth(260);

    auto* intro = new QLabel(tr("Log in with your user name and password."));
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&User name"), m_user);
    form->addRow(tr("&Password"), m_password);

    m_error->setObjectName(QStringLiteral("loginError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; font-weight: bold; }"));
    m_error->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Log in"));
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Quit"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    if (!demoHint.isEmpty()) {
        auto* hint = new QLabel(demoHint);
        hint->setObjectName(QStringLiteral("demoHint"));
        hint->setWordWrap(true);
        hint->setTextFormat(Qt::PlainText);
        hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
        hint->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); }"));
        layout->addWidget(hint);
    }
    layout->addWidget(buttons);
    m_user->setFocus();
}

void LoginDialog::accept() {
    if (m_user->text().trimmed().isEmpty()) {
        m_error->setText(tr("Type your user name"));
        m_error->show();
        m_user->setFocus();
        return;
    }
    auto actor = m_auth.login(m_user->text(), m_password->text());
    m_password->clear();
    if (!actor) {
        m_error->setText(actor.message());
        m_error->show();
        m_password->setFocus();
        return;
    }
    m_actor = *actor;
    m_error->hide();
    QDialog::accept();
}

QString LoginDialog::errorText() const {
    return m_error->isHidden() ? QString() : m_error->text();
}

} // namespace bs

namespace bs {

void LoginDialog::setUserName(const QString& userName) {
    m_user->setText(userName);
    m_password->setFocus();
}

} // namespace bs
