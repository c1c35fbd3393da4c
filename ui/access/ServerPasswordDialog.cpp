#include "ServerPasswordDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bs {

ServerPasswordDialog::ServerPasswordDialog(const ServerLocation& where, const QString& problem,
                                           QWidget* parent)
    : QDialog(parent), m_password(new QLineEdit), m_problem(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel)) {
    setObjectName(QStringLiteral("serverPasswordDialog"));
    setWindowTitle(tr("Database password"));

    auto* intro = new QLabel(tr("The database server asks for a password.\n\nUser %1 on the "
                                "server %2, database %3.")
                                 .arg(where.user, where.host, where.database));
    intro->setObjectName(QStringLiteral("intro"));
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);

    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; font-weight: bold; }"));
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());

    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMinimumWidth(260);

    auto* note = new QLabel(tr("The password is kept only while Bostøtte runs; it is never "
                               "saved on this computer."));
    note->setWordWrap(true);
    note->setEnabled(false); // the platform's dimmed text: a hint, not a field

    auto* form = new QFormLayout;
    form->addRow(tr("&Password"), m_password);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_password, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.isEmpty());
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_problem);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_buttons);
    setMinimumWidth(440);
    m_password->setFocus();
}

QString ServerPasswordDialog::password() const {
    return m_password->text();
}

QString ServerPasswordDialog::problemText() const {
    return m_problem->isHidden() ? QString() : m_problem->text();
}

std::optional<QString> ServerPasswordDialog::ask(const ServerLocation& where,
                                                 const QString& problem, QWidget* parent) {
    ServerPasswordDialog dialog(where, problem, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.password();
}

} // namespace bs
